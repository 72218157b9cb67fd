/*
 * The note form of <client-notes>: its draft (what the user typed, kept through failures and
 * conflicts), the checks before saving, and its template. Keywords are typed into a chip input
 * (Enter or a comma adds one, Backspace in the empty box removes the last).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Appointment } from '../../model/appointment.js';
import type { CatalogOption } from '../../model/catalog.js';
import { NoteEditable, type Note } from '../../model/notes.js';
import type { Attachment } from '../../model/primitives.js';
import { renderAppointmentField } from '../records/appointments.js';
import { attachmentDraft, renderAttachmentField, uploadAttachments, type AttachmentDraft } from '../records/attachments.js';
import { renderChip } from '../shared/chip.js';
import { formHandlers, renderConflictNote, renderFormFooter } from '../records/form-parts.js';

const MAX_KEYWORDS = 20;
const MAX_TITLE = 200;
const MAX_BODY = 10000;
const MAX_KEYWORD = 40;

export interface NoteDraft {
  /** The note being edited (its latest known version); undefined when writing a new one. */
  note: Note | undefined;
  kind: Note['kind'];
  appointmentId: string | null;
  categoryId: string | null;
  title: string;
  body: string;
  keywords: string[];
  /** The keyword being typed. */
  keywordText: string;
  attachments: AttachmentDraft;
  problems: { title?: boolean; body?: boolean; appointment?: boolean; keywords?: string };
  error: unknown;
  /** The note changed elsewhere since the form opened: saving again overwrites it. */
  conflict: boolean;
  saving: boolean;
  /** While saving: the attachment on its way. */
  uploading: string | undefined;
  /** The user changed something. */
  dirty: boolean;
}

const blank = {
  problems: {},
  error: undefined,
  conflict: false,
  saving: false,
  uploading: undefined,
  dirty: false,
  keywordText: '',
} as const;

export function newNoteDraft(): NoteDraft {
  return { ...blank, note: undefined, kind: 'general', appointmentId: null, categoryId: null, title: '', body: '', keywords: [], attachments: attachmentDraft() };
}

export function draftFromNote(note: Note): NoteDraft {
  return {
    ...blank,
    note,
    kind: note.kind,
    appointmentId: note.appointmentId,
    categoryId: note.categoryId,
    title: note.title,
    body: note.body,
    keywords: [...note.keywords],
    attachments: attachmentDraft(note.attachments),
  };
}

/** Adds the typed keyword (trimmed, once, within the limits). */
function addKeyword(draft: NoteDraft, localize: LocalizeController): NoteDraft {
  const keyword = draft.keywordText.trim().replace(/,+$/, '').trim();
  if (!keyword) return { ...draft, keywordText: '' };
  if (draft.keywords.some((existing) => existing.toLowerCase() === keyword.toLowerCase())) return { ...draft, keywordText: '' };
  if (draft.keywords.length >= MAX_KEYWORDS) return { ...draft, problems: { ...draft.problems, keywords: localize.t.records.notes.tooManyKeywords(MAX_KEYWORDS) } };
  if (keyword.length > MAX_KEYWORD) return { ...draft, problems: { ...draft.problems, keywords: localize.t.records.tooLong(MAX_KEYWORD) } };
  return { ...draft, keywords: [...draft.keywords, keyword], keywordText: '', problems: { ...draft.problems, keywords: undefined } };
}

export type CheckedDraft =
  | { ok: false; draft: NoteDraft }
  | {
      ok: true;
      draft: NoteDraft;
      input: Omit<Note, 'attachments' | 'id' | 'version' | 'clientId' | 'createdAt' | 'updatedAt' | 'author'>;
      attachments: (adapter: ClientDataAdapter, clientId: string, onUploading: (name: string) => void) => Promise<Attachment[]>;
    };

/** Checks the draft before saving: field problems, or the input to send. */
export function draftInput(current: NoteDraft, localize: LocalizeController): CheckedDraft {
  const draft = addKeyword(current, localize);
  if (draft.problems.keywords) return { ok: false, draft };
  const input = {
    kind: draft.kind,
    appointmentId: draft.kind === 'attention' ? draft.appointmentId : null,
    categoryId: draft.categoryId,
    title: draft.title.trim(),
    body: draft.body.trim(),
    keywords: draft.keywords,
  };
  const parsed = NoteEditable.safeParse({ ...input, attachments: [] });
  const paths = parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0]));
  const problems: NoteDraft['problems'] = {
    title: paths.includes('title'),
    body: paths.includes('body'),
    appointment: draft.kind === 'attention' && !draft.appointmentId,
    ...(paths.includes('keywords') ? { keywords: localize.t.records.notes.tooManyKeywords(MAX_KEYWORDS) } : {}),
  };
  if (problems.title || problems.body || problems.appointment || problems.keywords) return { ok: false, draft: { ...draft, problems } };
  return {
    ok: true,
    draft: { ...draft, problems: {} },
    input,
    attachments: (adapter, clientId, onUploading) => uploadAttachments(adapter, clientId, draft.attachments, onUploading),
  };
}

export interface NoteFormContext {
  localize: LocalizeController;
  categories: readonly CatalogOption[];
  appointments: readonly Appointment[];
  canUpload: boolean;
  /** Applies a change to the draft as it is now (events may arrive before the next render). */
  onChange: (update: (draft: NoteDraft) => NoteDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
  onUseLatest: () => void;
}

export function renderNoteForm(draft: NoteDraft, context: NoteFormContext): TemplateResult {
  const { localize } = context;
  const { t } = localize;
  const r = t.records;
  const n = r.notes;
  const change = (patch: (current: NoteDraft) => Partial<NoteDraft>) => context.onChange((current) => ({ ...current, ...patch(current) }));
  const missingCategory = draft.categoryId && !context.categories.some((option) => option.id === draft.categoryId);
  const handlers = formHandlers(context.onSubmit, context.onCancel);
  return html`<form class="form" part="form" novalidate aria-labelledby="note-form-title" @submit=${handlers.submit} @keydown=${handlers.keydown}>
    <h4 id="note-form-title">${draft.note ? n.editTitle : n.addTitle}</h4>
    ${renderConflictNote(draft, context.onUseLatest, localize)}
    <div class="form-row">
      <fieldset class="kind-choice">
        <legend class="label">${n.kindFilter}</legend>
        ${(['general', 'attention'] as const).map(
          (kind) =>
            html`<label class="inline-check"
              ><input type="radio" name="note-kind" value=${kind} .checked=${draft.kind === kind} @change=${() => change((current) => ({ kind, problems: { ...current.problems, appointment: false } }))} />
              ${n.kind[kind]}</label
            >`,
        )}
      </fieldset>
      ${draft.kind === 'attention'
        ? renderAppointmentField(
            {
              id: 'note-appointment',
              value: draft.appointmentId,
              appointments: context.appointments,
              allowNone: false,
              invalid: !!draft.problems.appointment,
              errorId: 'note-appointment-error',
              onChange: (appointmentId) => change((current) => ({ appointmentId, problems: { ...current.problems, appointment: false } })),
            },
            localize,
          )
        : nothing}
      <div class="field" part="field">
        <label for="note-category">${n.category}</label>
        <select id="note-category" @change=${(event: Event) => change(() => ({ categoryId: (event.target as HTMLSelectElement).value || null }))}>
          <option value="" ?selected=${!draft.categoryId}>${n.noCategory}</option>
          ${missingCategory ? html`<option value=${draft.categoryId!} selected>${draft.categoryId}</option>` : nothing}
          ${context.categories.map((option) => html`<option value=${option.id} ?selected=${draft.categoryId === option.id}>${option.label}</option>`)}
        </select>
      </div>
    </div>
    <div class="field" part="field">
      <label for="note-title">${n.titleField}</label>
      <input
        id="note-title"
        maxlength=${MAX_TITLE}
        .value=${draft.title}
        aria-invalid=${draft.problems.title ? 'true' : 'false'}
        aria-describedby=${draft.problems.title ? 'note-title-error' : nothing}
        @input=${(event: Event) => change((current) => ({ title: (event.target as HTMLInputElement).value, problems: { ...current.problems, title: false } }))}
      />
      ${draft.problems.title ? html`<span class="field-error" id="note-title-error">${r.tooLong(MAX_TITLE)}</span>` : nothing}
    </div>
    <div class="field" part="field">
      <label for="note-body">${n.body}<span class="required" aria-hidden="true"> *</span></label>
      <textarea
        id="note-body"
        required
        maxlength=${MAX_BODY}
        rows="4"
        .value=${draft.body}
        aria-invalid=${draft.problems.body ? 'true' : 'false'}
        aria-describedby=${draft.problems.body ? 'note-body-error' : nothing}
        @input=${(event: Event) => change((current) => ({ body: (event.target as HTMLTextAreaElement).value, problems: { ...current.problems, body: false } }))}
      ></textarea>
      ${draft.problems.body ? html`<span class="field-error" id="note-body-error">${r.required}</span>` : nothing}
    </div>
    <div class="field" part="field">
      <label for="note-keyword">${n.keywords}</label>
      <div class="keyword-input">
        ${draft.keywords.map((keyword) =>
          renderChip({ label: keyword, removeLabel: n.removeKeyword(keyword), onRemove: () => change((current) => ({ keywords: current.keywords.filter((entry) => entry !== keyword) })) }),
        )}
        <input
          id="note-keyword"
          .value=${draft.keywordText}
          aria-describedby=${draft.problems.keywords ? 'note-keyword-hint note-keyword-error' : 'note-keyword-hint'}
          aria-invalid=${draft.problems.keywords ? 'true' : 'false'}
          @input=${(event: Event) => {
            const value = (event.target as HTMLInputElement).value;
            if (value.includes(',')) context.onChange((current) => addKeyword({ ...current, keywordText: value }, localize));
            else change(() => ({ keywordText: value }));
          }}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              context.onChange((current) => addKeyword(current, localize));
            } else if (event.key === 'Backspace' && !draft.keywordText && draft.keywords.length) {
              change((current) => ({ keywords: current.keywords.slice(0, -1) }));
            }
          }}
        />
      </div>
      <span class="hint" id="note-keyword-hint">${n.keywordsHint}</span>
      ${draft.problems.keywords ? html`<span class="field-error" id="note-keyword-error">${draft.problems.keywords}</span>` : nothing}
    </div>
    ${renderAttachmentField(
      { id: 'note-attachments', draft: draft.attachments, canUpload: context.canUpload, uploading: draft.uploading, onChange: (update) => change((current) => ({ attachments: update(current.attachments) })) },
      localize,
    )}
    ${renderFormFooter(draft, context.onCancel, localize)}
  </form>`;
}
