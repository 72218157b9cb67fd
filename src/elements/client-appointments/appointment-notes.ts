/*
 * The attention notes section of an appointment's details panel, rendered as the notes tab renders
 * notes. Loaded with the notes the first time a panel opens (with the notes' strings and styles),
 * so the tab's own chunk stays small.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { recordStrings } from '../../i18n/groups/records.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Appointment } from '../../model/appointment.js';
import type { CatalogOption } from '../../model/catalog.js';
import type { Note } from '../../model/notes.js';
import { noteStyles, renderAttentionNotes } from '../client-notes/attention-note.js';
import { chipStyles } from '../shared/chip.js';
import { errorMessage } from '../shared/state-view.js';

/** The attention notes of the open appointment, as they load. */
export interface AppointmentNotes {
  loading: boolean;
  notes: readonly Note[];
  categories: readonly CatalogOption[];
  error: unknown;
}

/** What the panel adopts into the tab's shadow root and loads for the locale before rendering notes. */
export const notesStyles = [chipStyles, ...noteStyles];
export const notesStrings = recordStrings;

export function renderAppointmentNotes(appointment: Appointment, state: AppointmentNotes, localize: LocalizeController): TemplateResult {
  const { t } = localize;
  const a = t.visits.appointments;
  let body: unknown;
  if (state.loading) body = html`<p class="muted" role="status">${a.notesLoading}</p>`;
  else if (state.error !== undefined) body = html`<p class="message error" role="alert">${errorMessage(state.error, t)}</p>`;
  else if (!state.notes.length) body = html`<p class="muted">${a.noNotes}</p>`;
  else body = renderAttentionNotes(state.notes, { localize, categories: state.categories, appointments: [appointment] });
  return html`<section class="notes" aria-labelledby="appointment-notes-title">
    <h5 id="appointment-notes-title">${a.notesTitle}</h5>
    ${body}
  </section>`;
}
