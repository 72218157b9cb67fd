import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { OptimisticMutation } from '../../controllers/optimistic-mutation.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { recordStrings } from '../../i18n/groups/records.js';
import type { StringsSource } from '../../i18n/strings.js';
import type { Appointment } from '../../model/appointment.js';
import { Comment } from '../../model/notes.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { formStyles, tabFrameStyles } from '../client-file/tab-styles.js';
import { renderByline } from '../client-notes/note-content.js';
import { appointmentsOf, describeAppointment } from '../records/appointments.js';
import { attachmentStyles, renderAttachmentList } from '../records/attachments.js';
import { recordStyles } from '../records/record-styles.js';
import { replaceById } from '../records/record-save.js';
import { ConfirmDialogController, confirmDialogStyles } from '../shared/confirm-dialog.js';
import { isNotFound, renderState, rollbackMessage, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import { DraftHolder, returnSelector, saveDraft } from '../records/draft-holder.js';
import { commentInput, draftFromComment, newCommentDraft, renderCommentForm, type CommentDraft } from './comment-form.js';

/** `client-comments-change`: a comment was added, edited (pinned included) or deleted. */
export interface ClientCommentsChangeDetail {
  clientId: string;
  action: 'add' | 'edit' | 'remove';
  comment: Comment;
}

declare global {
  interface HTMLElementEventMap {
    'client-comments-change': CustomEvent<ClientCommentsChangeDetail>;
  }
}

interface Data {
  comments: Comment[];
  appointments: Appointment[];
  /** The session's user: the author of what they write. */
  userId: string | undefined;
}

const pinIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><path d="M6 2h4l-1 4 3 3H4l3-3zM8 9v5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" /></svg>`;
const lockIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><rect x="3" y="7" width="10" height="7" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5" /><path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="currentColor" stroke-width="1.5" /></svg>`;
const alertIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false"><path d="M8 2l6.5 11.5h-13zM8 6.5v3.5M8 11.8v.2" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round" /></svg>`;

/** Pinned first, then newest first. */
function ordered(comments: readonly Comment[]): Comment[] {
  return [...comments].sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * Comments about the client, general or about one appointment, with a priority, attachments, and
 * pinned ones first. Private comments are for sessions with `comments.private`: the adapter never
 * returns them to others, and only those sessions see the private checkbox. The author edits and
 * deletes their comments; `comments.manage` edits and deletes anyone's.
 *
 * @tagname client-comments
 * @summary Comments: general or per appointment, priority, private, pinned first, attachments.
 *
 * @fires client-comments-change - A comment was added, edited or deleted. `detail: { clientId, action, comment }`.
 *
 * @cssprop --client-color-surface - Background of comments.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons and pinned comments.
 * @cssprop --client-color-warning - High priority.
 * @cssprop --client-color-danger - Urgent priority, errors and the delete button.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart list - The list of comments.
 * @csspart comment - One comment.
 * @csspart attachments - A comment's attachments.
 * @csspart form - The add / edit form.
 * @csspart field - A form field.
 * @csspart button - A button (also `button-primary`).
 * @csspart message - The message after a change that was undone.
 * @csspart confirm-dialog - The confirmation before deleting (also `confirm-title`, `confirm-message`, `confirm-cancel`, `confirm-accept`).
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientComments extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, recordStrings];

  static override styles = [
    tokens,
    stateStyles,
    formStyles,
    tabFrameStyles,
    confirmDialogStyles,
    recordStyles,
    attachmentStyles,
    css`
      .record.pinned {
        border-inline-start: 4px solid var(--_accent);
      }
      .checks {
        display: flex;
        flex-wrap: wrap;
        gap: 6px calc(var(--_space) * 2);
        align-items: center;
      }
      .appointment-link {
        margin: 0;
        font-size: var(--_font-size-small);
        color: var(--_fg-muted);
      }
    `,
  ];

  private readonly form = new DraftHolder<CommentDraft>(this);

  /** The open add / edit form. */
  private get draft(): CommentDraft | undefined {
    return this.form.value;
  }

  private readonly confirm = new ConfirmDialogController(this);
  private readonly mutation = new OptimisticMutation(this, { describeFailure: (error) => rollbackMessage(error, this.localize.t) });

  private readonly data = new ResourceController(this, {
    args: () => (this.adapter?.comments && this.clientId ? ([this.adapter, this.clientId] as const) : undefined),
    load: async ([adapter, id], { signal }): Promise<Data> => {
      const [page, appointments, session] = await Promise.all([
        adapter.comments!.list(id, { limit: 500 }, { signal }),
        appointmentsOf(adapter, id, signal),
        adapter.session ? adapter.session.get({ signal }) : Promise.resolve(undefined),
      ]);
      return { comments: page.items, appointments, userId: session?.user.id ?? this.currentUser?.id };
    },
  });

  /** The comments shown, pinned first. */
  get comments(): readonly Comment[] {
    return ordered(this.data.value?.comments ?? []);
  }

  override get hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  private get canUpload(): boolean {
    return !!this.adapter?.files && this.can('files.manage');
  }

  /** The author, or a session with comments.manage. */
  private mayChange(comment: Comment): boolean {
    return this.can('comments.manage') || (this.data.value?.userId !== undefined && comment.author.id === this.data.value.userId);
  }

  private setComments(comments: Comment[]): void {
    const data = this.data.value;
    if (data) this.data.set({ ...data, comments });
  }

  private setDraft(draft: CommentDraft | undefined): void {
    this.form.set(draft);
  }

  /** Opens the form to write a comment. */
  startAdd(): void {
    this.form.open(newCommentDraft(), '#comment-body');
  }

  /** Opens the form to edit a comment. */
  startEdit(comment: Comment): void {
    this.form.open(draftFromComment(comment), '#comment-body');
  }

  private closeForm(): void {
    this.form.close(returnSelector(this.draft?.comment?.id));
  }

  /** Saves the form; keeps it filled and says why when the save fails. */
  async submit(): Promise<void> {
    const draft = this.draft;
    const adapter = this.adapter;
    if (!draft || !adapter?.comments || draft.saving) return;
    const checked = commentInput(draft, this.can('comments.private'));
    if (!checked.ok) {
      this.setDraft(checked.draft);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
      return;
    }
    const clientId = this.clientId;
    const editing = draft.comment;
    const all = () => this.data.value?.comments ?? [];
    const { saved, latest } = await saveDraft(this.form, {
      attachments: (onUploading) => checked.attachments(adapter, clientId, onUploading),
      save: (attachments) => {
        const input = { ...checked.input, attachments };
        return editing ? adapter.comments!.update(clientId, editing.id, input, { expectedVersion: editing.version }) : adapter.comments!.create(clientId, input);
      },
      schema: Comment,
      withLatest: (current, comment) => ({ ...current, comment }),
    });
    if (latest) this.setComments(replaceById(all(), latest));
    if (!saved) return;
    this.setComments(editing ? replaceById(all(), saved) : [saved, ...all()]);
    this.emit('client-comments-change', { clientId, action: editing ? 'edit' : 'add', comment: saved });
    this.closeForm();
  }

  private useLatest(): void {
    const comment = this.draft?.comment;
    if (comment) this.startEdit(comment);
  }

  /** Pins or unpins a comment at once (undone if saving fails). */
  async togglePin(comment: Comment): Promise<void> {
    const adapter = this.adapter;
    if (!adapter?.comments) return;
    const clientId = this.clientId;
    const outcome = await this.mutation.run({
      key: comment.id,
      apply: () => {
        const before = this.data.value?.comments ?? [];
        this.setComments(replaceById(before, { ...comment, pinned: !comment.pinned }));
        return () => this.setComments([...before]);
      },
      commit: () => adapter.comments!.update(clientId, comment.id, { pinned: !comment.pinned }, { expectedVersion: comment.version }),
      onCommitted: (saved) => this.setComments(replaceById(this.data.value?.comments ?? [], saved)),
    });
    if (outcome.ok) this.emit('client-comments-change', { clientId, action: 'edit', comment: outcome.value });
  }

  /** Asks to confirm, then deletes a comment (at once; restored if deleting fails). */
  async askRemove(comment: Comment): Promise<void> {
    const { t } = this.localize;
    const c = t.records.comments;
    const confirmed = await this.confirm.ask({ title: c.removeTitle, message: c.removeMessage, confirmLabel: t.common.delete, cancelLabel: t.common.cancel, danger: true });
    const adapter = this.adapter;
    if (!confirmed || !adapter?.comments) return;
    const clientId = this.clientId;
    const outcome = await this.mutation.run({
      apply: () => {
        const before = this.data.value?.comments ?? [];
        this.setComments(before.filter((entry) => entry.id !== comment.id));
        return () => this.setComments([...before]);
      },
      commit: () =>
        adapter.comments!.remove(clientId, comment.id).catch((error: unknown) => {
          if (!isNotFound(error)) throw error; // already gone: what the user wanted
        }),
    });
    if (outcome.ok) this.emit('client-comments-change', { clientId, action: 'remove', comment });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.add-button, h3')?.focus();
  }

  override render() {
    const { t } = this.localize;
    const c = t.records.comments;
    if (!this.adapter) return renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t);
    if (!this.adapter.comments) return renderState({ kind: 'empty', title: c.unavailable }, t);
    if (!this.clientId) return renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t);
    return html`${this.data.render({
      loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 3, label: c.loading }, t),
      error: (error) =>
        isNotFound(error) ? renderState({ kind: 'not-found' }, t) : renderState({ kind: 'error', error, retry: () => void this.data.reload() }, t),
      ready: (data) => this.renderComments(data),
    })}
    ${this.confirm.render()}`;
  }

  private renderComments(data: Data): TemplateResult {
    const { t } = this.localize;
    const c = t.records.comments;
    const adding = this.draft && !this.draft.comment;
    const comments = this.comments;
    const form = (draft: CommentDraft) =>
      renderCommentForm(draft, {
        localize: this.localize,
        appointments: data.appointments,
        canUpload: this.canUpload,
        mayMarkPrivate: this.can('comments.private'),
        onChange: (update) => this.draft && this.setDraft({ ...update(this.draft), dirty: true }),
        onSubmit: () => void this.submit(),
        onCancel: () => this.closeForm(),
        onUseLatest: () => this.useLatest(),
      });
    return html`<div class="header">
        <h3 tabindex="-1">${c.title}</h3>
        ${!adding && comments.length
          ? html`<button type="button" class="button primary add-button" part="button button-primary" @click=${() => this.startAdd()}>${c.add}</button>`
          : nothing}
      </div>
      <p class="intro">${this.can('comments.manage') ? c.intro : `${c.intro} ${c.authorOnly}`}</p>
      ${adding ? form(this.draft!) : nothing}
      ${comments.length
        ? html`<p class="count" role="status">${this.localize.plural(comments.length, c.count)}</p>
            <ul class="records" part="list">
              ${comments.map((comment) => (this.draft?.comment?.id === comment.id ? html`<li>${form(this.draft)}</li>` : this.renderComment(comment, data)))}
            </ul>`
        : adding
          ? nothing
          : renderState({ kind: 'empty', title: c.emptyTitle, message: c.emptyMessage, action: { label: c.add, onClick: () => this.startAdd() } }, t)}
      <p class="message" part="message" role="alert">${this.mutation.message ?? ''}</p>`;
  }

  private renderComment(comment: Comment, data: Data): TemplateResult {
    const { t } = this.localize;
    const c = t.records.comments;
    const priorityClass = comment.priority === 'urgent' ? 'danger' : comment.priority === 'high' ? 'warning' : '';
    const label = html`<span class="visually-hidden"> ${comment.body.slice(0, 40)}</span>`;
    return html`<li class="record ${comment.pinned ? 'pinned' : ''}" part="comment" data-id=${comment.id}>
      <div class="record-head">
        ${comment.pinned ? html`<span class="badge accent">${pinIcon}${c.pinnedBadge}</span>` : nothing}
        ${comment.private ? html`<span class="badge private">${lockIcon}${c.privateBadge}</span>` : nothing}
        <span class="badge priority ${priorityClass}">${priorityClass ? alertIcon : nothing}${c.priority}: ${c.priorities[comment.priority]}</span>
      </div>
      ${comment.appointmentId ? html`<p class="appointment-link">${t.records.appointment.linked(describeAppointment(comment.appointmentId, data.appointments, this.localize))}</p>` : nothing}
      <p class="record-body">${comment.body}</p>
      ${renderAttachmentList(comment.attachments, this.localize)}
      ${renderByline(comment.author.name, comment.createdAt, comment.updatedAt, this.localize)}
      ${this.mayChange(comment)
        ? html`<div class="record-actions">
            <button type="button" class="button small pin-button" part="button" aria-pressed=${comment.pinned ? 'true' : 'false'} ?disabled=${this.mutation.isPending(comment.id)} @click=${() => void this.togglePin(comment)}>
              ${comment.pinned ? c.unpin : c.pin}${label}
            </button>
            <button type="button" class="button small" part="button" data-edit=${comment.id} @click=${() => this.startEdit(comment)}>${t.common.edit}${label}</button>
            <button type="button" class="button small danger" part="button" @click=${() => void this.askRemove(comment)}>${t.common.delete}${label}</button>
          </div>`
        : nothing}
    </li>`;
  }
}
