import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { OptimisticMutation } from '../../controllers/optimistic-mutation.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { recordStrings } from '../../i18n/groups/records.js';
import type { StringsSource } from '../../i18n/strings.js';
import type { Appointment } from '../../model/appointment.js';
import type { CatalogOption } from '../../model/catalog.js';
import { Note } from '../../model/notes.js';
import { normalizeText } from '../../model/text.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { abortable, catalogOf } from '../client-file/lookups.js';
import { formStyles, tabFrameStyles } from '../client-file/tab-styles.js';
import { appointmentsOf } from '../records/appointments.js';
import { replaceById } from '../records/record-save.js';
import { chipStyles } from '../shared/chip.js';
import { ConfirmDialogController, confirmDialogStyles } from '../shared/confirm-dialog.js';
import { isNotFound, renderState, rollbackMessage, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import { DraftHolder, returnSelector, saveDraft } from '../records/draft-holder.js';
import { noteStyles } from './attention-note.js';
import { renderNoteContent } from './note-content.js';
import { draftFromNote, draftInput, newNoteDraft, renderNoteForm, type NoteDraft } from './note-form.js';

/** `client-notes-change`: a note was added, edited or deleted. */
export interface ClientNotesChangeDetail {
  clientId: string;
  action: 'add' | 'edit' | 'remove';
  note: Note;
}

declare global {
  interface HTMLElementEventMap {
    'client-notes-change': CustomEvent<ClientNotesChangeDetail>;
  }
}

interface Data {
  notes: Note[];
  categories: CatalogOption[];
  appointments: Appointment[];
}

/** The list's search and filters. */
interface NoteFilters {
  query: string;
  kind: '' | Note['kind'];
  categoryId: string;
  keyword: string;
}

const NO_FILTERS: NoteFilters = { query: '', kind: '', categoryId: '', keyword: '' };

/**
 * Internal notes about the client: general notes and attention notes about one appointment, with a
 * category from the catalog, keywords, attachments, date and author. Search, filter by type,
 * category and keyword; add, edit and delete with `notes.manage`.
 *
 * @tagname client-notes
 * @summary Internal notes: general and per appointment, categories, keywords, attachments, search and filters.
 *
 * @fires client-notes-change - A note was added, edited or deleted. `detail: { clientId, action, note }`.
 *
 * @cssprop --client-color-surface - Background of notes.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons and category badges.
 * @cssprop --client-color-warning - Attention notes.
 * @cssprop --client-color-danger - Errors and the delete button.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart list - The list of notes.
 * @csspart note - One note.
 * @csspart keyword - A keyword button (filters by it).
 * @csspart attachments - A note's attachments.
 * @csspart form - The add / edit form.
 * @csspart field - A form field.
 * @csspart chip - A keyword chip in the form.
 * @csspart chip-remove - Its remove button.
 * @csspart button - A button (also `button-primary`).
 * @csspart message - The message after a failed deletion.
 * @csspart confirm-dialog - The confirmation before deleting (also `confirm-title`, `confirm-message`, `confirm-cancel`, `confirm-accept`).
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientNotes extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, recordStrings];

  static override styles = [
    tokens,
    stateStyles,
    formStyles,
    tabFrameStyles,
    chipStyles,
    confirmDialogStyles,
    ...noteStyles,
    css`
      .keyword-input {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        align-items: center;
      }
      .keyword-input input {
        flex: 1 1 8rem;
        width: auto;
      }
      .kind-choice {
        border: 0;
        padding: 0;
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space) calc(var(--_space) * 2);
      }
      .kind-choice legend {
        padding: 0;
        margin-bottom: 4px;
      }
    `,
  ];

  private readonly form = new DraftHolder<NoteDraft>(this);

  /** The open add / edit form. */
  private get draft(): NoteDraft | undefined {
    return this.form.value;
  }
  /** The list's search and filters. @internal */
  @state() private filters: NoteFilters = NO_FILTERS;

  private readonly confirm = new ConfirmDialogController(this);
  private readonly mutation = new OptimisticMutation(this, { describeFailure: (error) => rollbackMessage(error, this.localize.t) });

  private readonly data = new ResourceController(this, {
    args: () => (this.adapter?.notes && this.clientId ? ([this.adapter, this.clientId] as const) : undefined),
    load: async ([adapter, id], { signal }): Promise<Data> => {
      const [page, catalog, appointments] = await Promise.all([
        adapter.notes!.list(id, { limit: 500 }, { signal }),
        abortable(catalogOf(adapter), signal),
        appointmentsOf(adapter, id, signal),
      ]);
      return { notes: page.items, categories: catalog?.noteCategories ?? [], appointments };
    },
  });

  /** The notes, once loaded (newest first). */
  get notes(): readonly Note[] {
    return this.data.value?.notes ?? [];
  }

  override get hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  private get canManage(): boolean {
    return this.can('notes.manage');
  }

  private get canUpload(): boolean {
    return !!this.adapter?.files && this.can('files.manage');
  }

  private setNotes(notes: Note[]): void {
    const data = this.data.value;
    if (data) this.data.set({ ...data, notes });
  }

  private setDraft(draft: NoteDraft | undefined): void {
    this.form.set(draft);
  }

  /** Opens the form to write a note. */
  startAdd(): void {
    this.form.open(newNoteDraft(), '#note-title');
  }

  /** Opens the form to edit a note. */
  startEdit(note: Note): void {
    this.form.open(draftFromNote(note), '#note-body');
  }

  private closeForm(): void {
    this.form.close(returnSelector(this.draft?.note?.id));
  }

  /** Saves the form; keeps it filled and says why when the save fails. */
  async submit(): Promise<void> {
    const draft = this.draft;
    const adapter = this.adapter;
    if (!draft || !adapter?.notes || draft.saving) return;
    const checked = draftInput(draft, this.localize);
    if (!checked.ok) {
      this.setDraft({ ...draft, ...checked.draft });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
      return;
    }
    this.setDraft(checked.draft);
    const clientId = this.clientId;
    const editing = draft.note;
    const { saved, latest } = await saveDraft(this.form, {
      attachments: (onUploading) => checked.attachments(adapter, clientId, onUploading),
      save: (attachments) => {
        const input = { ...checked.input, attachments };
        return editing ? adapter.notes!.update(clientId, editing.id, input, { expectedVersion: editing.version }) : adapter.notes!.create(clientId, input);
      },
      schema: Note,
      withLatest: (current, note) => ({ ...current, note }),
    });
    if (latest) this.setNotes(replaceById(this.notes, latest));
    if (!saved) return;
    this.setNotes(editing ? replaceById(this.notes, saved) : [saved, ...this.notes]);
    this.emit('client-notes-change', { clientId, action: editing ? 'edit' : 'add', note: saved });
    this.closeForm();
  }

  /** After a conflict: drops the draft and edits the latest version. */
  private useLatest(): void {
    const note = this.draft?.note;
    if (note) this.startEdit(note);
  }

  /** Asks to confirm, then deletes a note (at once; restored if deleting fails). */
  async askRemove(note: Note): Promise<void> {
    const { t } = this.localize;
    const n = t.records.notes;
    const confirmed = await this.confirm.ask({
      title: n.removeTitle,
      message: n.removeMessage(note.title || note.body.slice(0, 60)),
      confirmLabel: t.common.delete,
      cancelLabel: t.common.cancel,
      danger: true,
    });
    const adapter = this.adapter;
    if (!confirmed || !adapter?.notes) return;
    const clientId = this.clientId;
    const outcome = await this.mutation.run({
      apply: () => {
        const before = this.notes;
        this.setNotes(before.filter((entry) => entry.id !== note.id));
        return () => this.setNotes([...before]);
      },
      commit: () => adapter.notes!.remove(clientId, note.id).catch((error: unknown) => {
        if (!isNotFound(error)) throw error; // already gone: what the user wanted
      }),
    });
    if (outcome.ok) this.emit('client-notes-change', { clientId, action: 'remove', note });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.add-button, h3')?.focus();
  }

  private setFilters(filters: Partial<NoteFilters>): void {
    this.filters = { ...this.filters, ...filters };
  }

  private filtered(data: Data): Note[] {
    const { query, kind, categoryId, keyword } = this.filters;
    const terms = normalizeText(query).split(/\s+/).filter(Boolean);
    const categoryLabel = (id: string | null) => (id ? data.categories.find((option) => option.id === id)?.label ?? '' : '');
    return data.notes.filter((note) => {
      if (kind && note.kind !== kind) return false;
      if (categoryId && note.categoryId !== categoryId) return false;
      if (keyword && !note.keywords.some((entry) => normalizeText(entry) === normalizeText(keyword))) return false;
      if (!terms.length) return true;
      const text = normalizeText([note.title, note.body, note.keywords.join(' '), categoryLabel(note.categoryId), note.author.name].join(' '));
      return terms.every((term) => text.includes(term));
    });
  }

  override render() {
    const { t } = this.localize;
    const n = t.records.notes;
    if (!this.adapter) return renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t);
    if (!this.adapter.notes) return renderState({ kind: 'empty', title: n.unavailable }, t);
    if (!this.clientId) return renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t);
    return html`${this.data.render({
      loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 3, label: n.loading }, t),
      error: (error) =>
        isNotFound(error) ? renderState({ kind: 'not-found' }, t) : renderState({ kind: 'error', error, retry: () => void this.data.reload() }, t),
      ready: (data) => this.renderNotes(data),
    })}
    ${this.confirm.render()}`;
  }

  private renderNotes(data: Data): TemplateResult {
    const { t } = this.localize;
    const n = t.records.notes;
    const adding = this.draft && !this.draft.note;
    const form = (draft: NoteDraft) =>
      renderNoteForm(draft, {
        localize: this.localize,
        categories: data.categories,
        appointments: data.appointments,
        canUpload: this.canUpload,
        onChange: (update) => this.draft && this.setDraft({ ...update(this.draft), dirty: true }),
        onSubmit: () => void this.submit(),
        onCancel: () => this.closeForm(),
        onUseLatest: () => this.useLatest(),
      });
    return html`<div class="header">
        <h3 tabindex="-1">${n.title}</h3>
        ${this.canManage && !adding && data.notes.length
          ? html`<button type="button" class="button primary add-button" part="button button-primary" @click=${() => this.startAdd()}>${n.add}</button>`
          : nothing}
      </div>
      <p class="intro">${this.canManage ? n.intro : t.provider.readOnly}</p>
      ${adding ? form(this.draft!) : nothing}
      ${data.notes.length
        ? this.renderList(data, form)
        : adding
          ? nothing
          : renderState(
              {
                kind: 'empty',
                title: n.emptyTitle,
                message: n.emptyMessage,
                ...(this.canManage ? { action: { label: n.add, onClick: () => this.startAdd() } } : {}),
              },
              t,
            )}
      <p class="message" part="message" role="alert">${this.mutation.message ?? ''}</p>`;
  }

  private renderList(data: Data, form: (draft: NoteDraft) => TemplateResult): TemplateResult {
    const { t } = this.localize;
    const n = t.records.notes;
    const notes = this.filtered(data);
    const keywords = [...new Set(data.notes.flatMap((note) => note.keywords))].sort((a, b) => a.localeCompare(b, this.localize.tag));
    const filtering = this.filters.query || this.filters.kind || this.filters.categoryId || this.filters.keyword;
    const context = { localize: this.localize, categories: data.categories, appointments: data.appointments, onKeyword: (keyword: string) => this.setFilters({ keyword }) };
    return html`<div class="toolbar" role="search">
        <div class="field search">
          <label for="notes-search">${n.search}</label>
          <input id="notes-search" type="search" .value=${this.filters.query} @input=${(event: Event) => this.setFilters({ query: (event.target as HTMLInputElement).value })} />
        </div>
        <div class="field">
          <label for="notes-kind">${n.kindFilter}</label>
          <select id="notes-kind" @change=${(event: Event) => this.setFilters({ kind: (event.target as HTMLSelectElement).value as NoteFilters['kind'] })}>
            <option value="" ?selected=${!this.filters.kind}>${n.allKinds}</option>
            ${(['general', 'attention'] as const).map((kind) => html`<option value=${kind} ?selected=${this.filters.kind === kind}>${n.kind[kind]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="notes-category">${n.category}</label>
          <select id="notes-category" @change=${(event: Event) => this.setFilters({ categoryId: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!this.filters.categoryId}>${n.allCategories}</option>
            ${data.categories.map((option) => html`<option value=${option.id} ?selected=${this.filters.categoryId === option.id}>${option.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="notes-keyword">${n.keyword}</label>
          <select id="notes-keyword" @change=${(event: Event) => this.setFilters({ keyword: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!this.filters.keyword}>${n.allKeywords}</option>
            ${keywords.map((keyword) => html`<option value=${keyword} ?selected=${this.filters.keyword === keyword}>${keyword}</option>`)}
          </select>
        </div>
      </div>
      <p class="count" role="status">${this.localize.plural(notes.length, n.count)}</p>
      ${notes.length
        ? html`<ul class="records" part="list">
            ${notes.map((note) =>
              this.draft?.note?.id === note.id
                ? html`<li>${form(this.draft)}</li>`
                : html`<li class="record ${note.kind === 'attention' ? 'attention' : ''}" part="note" data-id=${note.id}>
                    ${renderNoteContent(note, context)}
                    ${this.canManage
                      ? html`<div class="record-actions">
                          <button type="button" class="button small" part="button" data-edit=${note.id} @click=${() => this.startEdit(note)}>
                            ${t.common.edit}<span class="visually-hidden"> ${note.title || n.kind[note.kind]}</span>
                          </button>
                          <button type="button" class="button small danger" part="button" @click=${() => void this.askRemove(note)}>
                            ${t.common.delete}<span class="visually-hidden"> ${note.title || n.kind[note.kind]}</span>
                          </button>
                        </div>`
                      : nothing}
                  </li>`,
            )}
          </ul>`
        : renderState(
            {
              kind: 'empty',
              title: n.noMatchesTitle,
              message: n.noMatchesMessage,
              ...(filtering ? { action: { label: n.clearFilters, onClick: () => (this.filters = NO_FILTERS) } } : {}),
            },
            t,
          )}`;
  }
}

