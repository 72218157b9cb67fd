/*
 * What a note shows — kind and category badges, title, text, keywords, attachments and byline —
 * without actions, so the notes tab and other views (an appointment's attention notes) render
 * notes the same way. Everything from the record is rendered as text.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Appointment } from '../../model/appointment.js';
import type { CatalogOption } from '../../model/catalog.js';
import type { Note } from '../../model/notes.js';
import { renderChip } from '../shared/chip.js';
import { describeAppointment } from '../records/appointments.js';
import { renderAttachmentList } from '../records/attachments.js';

export interface NoteContext {
  localize: LocalizeController;
  categories: readonly CatalogOption[];
  appointments: readonly Appointment[];
  /** Makes each keyword a button that filters the list by it. */
  onKeyword?: (keyword: string) => void;
}

/** "Ana Ruiz · 3 Mar 2026, 10:30 · edited". */
export function renderByline(author: string, createdAt: string, updatedAt: string, localize: LocalizeController): TemplateResult {
  const r = localize.t.records;
  return html`<p class="byline">
    ${r.byline(author, localize.dateTime(createdAt))}${updatedAt !== createdAt ? html` · <span>${r.edited}</span>` : nothing}
  </p>`;
}

export function renderNoteContent(note: Note, context: NoteContext): TemplateResult {
  const { localize } = context;
  const n = localize.t.records.notes;
  const category = note.categoryId ? context.categories.find((option) => option.id === note.categoryId) : undefined;
  return html`<div class="record-head">
      <span class="badge ${note.kind === 'attention' ? 'warning' : ''}">${n.kind[note.kind]}</span>
      ${category ? html`<span class="badge accent">${category.label}</span>` : nothing}
      ${note.title ? html`<h4 class="record-title">${note.title}</h4>` : nothing}
    </div>
    ${note.kind === 'attention' && note.appointmentId
      ? html`<p class="appointment-link">${n.attentionFor(describeAppointment(note.appointmentId, context.appointments, localize))}</p>`
      : nothing}
    <p class="record-body">${note.body}</p>
    ${note.keywords.length
      ? html`<ul class="keywords" aria-label=${n.keywords}>
          ${note.keywords.map(
            (keyword) =>
              html`<li>
                ${context.onKeyword
                  ? html`<button type="button" class="keyword" part="keyword" aria-label=${n.filterBy(keyword)} @click=${() => context.onKeyword!(keyword)}>${keyword}</button>`
                  : renderChip({ label: keyword })}
              </li>`,
          )}
        </ul>`
      : nothing}
    ${renderAttachmentList(note.attachments, localize)}
    ${renderByline(note.author.name, note.createdAt, note.updatedAt, localize)}`;
}
