/*
 * The comment form of <client-comments>: its draft (kept through failures and conflicts), the
 * checks before saving, and its template. The private checkbox is there only for sessions allowed
 * to read private comments (the adapter refuses the others).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Appointment } from '../../model/appointment.js';
import { COMMENT_PRIORITIES, CommentEditable, type Comment, type CommentInput } from '../../model/notes.js';
import type { Attachment } from '../../model/primitives.js';
import { renderAppointmentField } from '../records/appointments.js';
import { attachmentDraft, renderAttachmentField, uploadAttachments, type AttachmentDraft } from '../records/attachments.js';
import { formHandlers, renderConflictNote, renderFormFooter } from '../records/form-parts.js';

const MAX_BODY = 5000;

export interface CommentDraft {
  /** The comment being edited (its latest known version); undefined when writing a new one. */
  comment: Comment | undefined;
  body: string;
  priority: Comment['priority'];
  appointmentId: string | null;
  private: boolean;
  pinned: boolean;
  attachments: AttachmentDraft;
  problems: { body?: boolean };
  error: unknown;
  conflict: boolean;
  saving: boolean;
  uploading: string | undefined;
  dirty: boolean;
}

const blank = { problems: {}, error: undefined, conflict: false, saving: false, uploading: undefined, dirty: false } as const;

export function newCommentDraft(): CommentDraft {
  return { ...blank, comment: undefined, body: '', priority: 'normal', appointmentId: null, private: false, pinned: false, attachments: attachmentDraft() };
}

export function draftFromComment(comment: Comment): CommentDraft {
  return {
    ...blank,
    comment,
    body: comment.body,
    priority: comment.priority,
    appointmentId: comment.appointmentId,
    private: comment.private,
    pinned: comment.pinned,
    attachments: attachmentDraft(comment.attachments),
  };
}

export type CheckedCommentDraft =
  | { ok: false; draft: CommentDraft }
  | {
      ok: true;
      input: Omit<CommentInput, 'attachments'>;
      attachments: (adapter: ClientDataAdapter, clientId: string, onUploading: (name: string) => void) => Promise<Attachment[]>;
    };

/**
 * Checks the draft before saving. `mayMarkPrivate`: without it the private flag is not sent (a new
 * comment is not private; an edit leaves the flag as it is).
 */
export function commentInput(draft: CommentDraft, mayMarkPrivate: boolean): CheckedCommentDraft {
  const input = {
    body: draft.body.trim(),
    priority: draft.priority,
    appointmentId: draft.appointmentId,
    pinned: draft.pinned,
    ...(mayMarkPrivate ? { private: draft.private } : {}),
  };
  const parsed = CommentEditable.safeParse({ private: false, ...input, attachments: [] });
  if (!parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'body')) return { ok: false, draft: { ...draft, problems: { body: true } } };
  return { ok: true, input, attachments: (adapter, clientId, onUploading) => uploadAttachments(adapter, clientId, draft.attachments, onUploading) };
}

export interface CommentFormContext {
  localize: LocalizeController;
  appointments: readonly Appointment[];
  canUpload: boolean;
  mayMarkPrivate: boolean;
  /** Applies a change to the draft as it is now (events may arrive before the next render). */
  onChange: (update: (draft: CommentDraft) => CommentDraft) => void;
  onSubmit: () => void;
  onCancel: () => void;
  onUseLatest: () => void;
}

export function renderCommentForm(draft: CommentDraft, context: CommentFormContext): TemplateResult {
  const { localize } = context;
  const r = localize.t.records;
  const c = r.comments;
  const change = (patch: (current: CommentDraft) => Partial<CommentDraft>) => context.onChange((current) => ({ ...current, ...patch(current) }));
  const handlers = formHandlers(context.onSubmit, context.onCancel);
  return html`<form class="form" part="form" novalidate aria-labelledby="comment-form-title" @submit=${handlers.submit} @keydown=${handlers.keydown}>
    <h4 id="comment-form-title">${draft.comment ? c.editTitle : c.addTitle}</h4>
    ${renderConflictNote(draft, context.onUseLatest, localize)}
    <div class="field" part="field">
      <label for="comment-body">${c.body}<span class="required" aria-hidden="true"> *</span></label>
      <textarea
        id="comment-body"
        required
        rows="3"
        maxlength=${MAX_BODY}
        .value=${draft.body}
        aria-invalid=${draft.problems.body ? 'true' : 'false'}
        aria-describedby=${draft.problems.body ? 'comment-body-error' : nothing}
        @input=${(event: Event) => change(() => ({ body: (event.target as HTMLTextAreaElement).value, problems: {} }))}
      ></textarea>
      ${draft.problems.body ? html`<span class="field-error" id="comment-body-error">${r.required}</span>` : nothing}
    </div>
    <div class="form-row">
      <div class="field" part="field">
        <label for="comment-priority">${c.priority}</label>
        <select id="comment-priority" @change=${(event: Event) => change(() => ({ priority: (event.target as HTMLSelectElement).value as Comment['priority'] }))}>
          ${COMMENT_PRIORITIES.map((priority) => html`<option value=${priority} ?selected=${draft.priority === priority}>${c.priorities[priority]}</option>`)}
        </select>
      </div>
      ${renderAppointmentField(
        { id: 'comment-appointment', value: draft.appointmentId, appointments: context.appointments, allowNone: true, onChange: (appointmentId) => change(() => ({ appointmentId })) },
        localize,
      )}
    </div>
    <div class="checks">
      <label class="inline-check"
        ><input id="comment-pinned" type="checkbox" .checked=${draft.pinned} @change=${(event: Event) => change(() => ({ pinned: (event.target as HTMLInputElement).checked }))} />
        ${c.pinned}</label
      >
      ${context.mayMarkPrivate
        ? html`<label class="inline-check"
              ><input
                id="comment-private"
                type="checkbox"
                aria-describedby="comment-private-hint"
                .checked=${draft.private}
                @change=${(event: Event) => change(() => ({ private: (event.target as HTMLInputElement).checked }))}
              />
              ${c.private}</label
            >
            <span class="hint" id="comment-private-hint">${c.privateHint}</span>`
        : nothing}
    </div>
    ${renderAttachmentField(
      { id: 'comment-attachments', draft: draft.attachments, canUpload: context.canUpload, uploading: draft.uploading, onChange: (update) => change((current) => ({ attachments: update(current.attachments) })) },
      localize,
    )}
    ${renderFormFooter(draft, context.onCancel, localize)}
  </form>`;
}
