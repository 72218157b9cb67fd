import { css, html, nothing } from 'lit';
import { fileStrings } from '../../i18n/groups/file.js';
import { tabStrings } from '../../i18n/groups/tabs.js';
import type { StringsSource } from '../../i18n/strings.js';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isAdapterError } from '../../adapter/adapter-error.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import type { Catalog, CatalogService } from '../../model/catalog.js';
import { DislikedService, DislikedServiceInput, DislikedServicePatch } from '../../model/disliked-service.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { abortable, catalogOf } from '../client-file/lookups.js';
import { formStyles, tabFrameStyles } from '../client-file/tab-styles.js';
import { errorMessage, isNotFound, renderState, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';

/** `client-disliked-services-change`: the list was changed (added, edited or removed). */
export interface ClientDislikedServicesChangeDetail {
  clientId: string;
  action: 'add' | 'edit' | 'remove';
  item: DislikedService;
}

declare global {
  interface HTMLElementEventMap {
    'client-disliked-services-change': CustomEvent<ClientDislikedServicesChangeDetail>;
  }
}

interface Data {
  items: DislikedService[];
  catalog: Catalog | undefined;
}

/** The add or edit form: what it edits (undefined when adding), its values, and what went wrong. */
interface Editor {
  item: DislikedService | undefined;
  serviceId: string;
  comment: string;
  problems: { service?: boolean; comment?: boolean };
  error: unknown;
  /** After a conflict: the record was changed elsewhere; saving again overwrites it. */
  conflict: boolean;
  saving: boolean;
}

/**
 * Services the client does not want (booking should refuse them): a list with comments, to add
 * (with a service picker from the catalog), edit and remove.
 *
 * @tagname client-disliked-services
 * @summary Disliked services: add with a service picker and a comment, edit, remove.
 *
 * @fires client-disliked-services-change - An entry was added, edited or removed. `detail: { clientId, action, item }`.
 *
 * @cssprop --client-color-surface - Background of entries.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons.
 * @cssprop --client-color-danger - Errors and the remove button.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart list - The list of disliked services.
 * @csspart item - One entry.
 * @csspart form - The add / edit form.
 * @csspart button - A button (also `button-primary`).
 * @csspart dialog - The confirmation before removing.
 * @csspart message - The message after a failed removal.
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientDislikedServices extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, tabStrings];

  static override styles = [
    tokens,
    stateStyles,
    formStyles,
    tabFrameStyles,
    css`
      .header {
        align-items: center;
      }
      h3 {
        margin-inline-end: auto;
      }
      .intro {
        margin: 0 0 calc(var(--_space) * 1.5);
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
      .list {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--_space);
      }
      .item {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 4px calc(var(--_space) * 2);
        padding: calc(var(--_space) * 1.25 * var(--_density)) calc(var(--_space) * 1.5);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .service {
        font-weight: 600;
        margin: 0;
      }
      .comment {
        margin: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        grid-column: 1;
      }
      .meta {
        margin: 0;
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
        grid-column: 1;
      }
      .item-actions {
        grid-column: 2;
        grid-row: 1 / span 3;
        display: flex;
        gap: 6px;
        align-items: start;
      }
      .form {
        display: grid;
        gap: calc(var(--_space) * 1.25);
        padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
        border: 1px solid var(--_accent);
        border-radius: var(--_radius);
        background: var(--_bg);
        margin-bottom: calc(var(--_space) * 1.5);
      }
      .form h4 {
        margin: 0;
      }
      .form-buttons {
        display: flex;
        gap: var(--_space);
        justify-content: flex-end;
      }
      .conflict-note {
        margin: 0;
        padding: var(--_space);
        border-radius: var(--_radius-small);
        background: var(--_warning-subtle);
      }
      .message {
        margin: var(--_space) 0 0;
        color: var(--_danger);
      }
      .message:empty {
        display: none;
      }
    `,
  ];

  /** The open add / edit form. @internal */
  @state() private editor: Editor | undefined;
  /** The entry waiting for the removal confirmation. @internal */
  @state() private removing: DislikedService | undefined;
  /** Message after a failed removal. @internal */
  @state() private message = '';

  private readonly data = new ResourceController(this, {
    args: () => (this.adapter?.dislikedServices && this.clientId ? ([this.adapter, this.clientId] as const) : undefined),
    load: async ([adapter, id], { signal }): Promise<Data> => {
      const [page, catalog] = await Promise.all([
        adapter.dislikedServices!.list(id, { limit: 200 }, { signal }),
        abortable(catalogOf(adapter), signal),
      ]);
      return { items: page.items, catalog };
    },
  });

  /** The entries, once loaded. */
  get items(): readonly DislikedService[] {
    return this.data.value?.items ?? [];
  }

  private get canEdit(): boolean {
    return this.can('clients.edit');
  }

  private setItems(items: DislikedService[]): void {
    const data = this.data.value;
    if (data) this.data.set({ ...data, items });
  }

  /** Opens the form to add an entry. */
  startAdd(): void {
    this.editor = { item: undefined, serviceId: '', comment: '', problems: {}, error: undefined, conflict: false, saving: false };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#ds-service')?.focus());
  }

  /** Opens the form to edit an entry. */
  startEdit(item: DislikedService): void {
    this.editor = { item, serviceId: item.service.id, comment: item.comment, problems: {}, error: undefined, conflict: false, saving: false };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#ds-comment')?.focus());
  }

  private closeEditor(): void {
    const item = this.editor?.item;
    this.editor = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(item ? `[data-edit="${CSS.escape(item.id)}"]` : '.add-button')?.focus(),
    );
  }

  private serviceRef(serviceId: string): { id: string; name: string } | undefined {
    const fromCatalog = this.data.value?.catalog?.services.find((service) => service.id === serviceId);
    if (fromCatalog) return { id: fromCatalog.id, name: fromCatalog.name };
    const editing = this.editor?.item?.service;
    return editing && editing.id === serviceId ? editing : undefined;
  }

  /** Saves the form (add or edit); keeps it filled and says why when the save fails. */
  async submit(): Promise<void> {
    const editor = this.editor;
    const adapter = this.adapter;
    if (!editor || !adapter?.dislikedServices || editor.saving) return;
    const service = this.serviceRef(editor.serviceId);
    const input = { service, comment: editor.comment };
    const parsed = editor.item ? DislikedServicePatch.safeParse(input) : DislikedServiceInput.safeParse(input);
    if (!parsed.success || !service) {
      const paths = parsed.success ? [] : parsed.error.issues.map((issue) => String(issue.path[0]));
      this.editor = { ...editor, problems: { service: !service || paths.includes('service'), comment: paths.includes('comment') } };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.editor = { ...editor, problems: {}, error: undefined, saving: true };
    const clientId = this.clientId;
    try {
      if (editor.item) {
        const saved = await adapter.dislikedServices.update(clientId, editor.item.id, { service, comment: editor.comment.trim() }, { expectedVersion: editor.item.version });
        this.setItems(this.items.map((item) => (item.id === saved.id ? saved : item)));
        this.emit('client-disliked-services-change', { clientId, action: 'edit', item: saved });
      } else {
        const created = await adapter.dislikedServices.create(clientId, { service, comment: editor.comment.trim() });
        this.setItems([created, ...this.items]);
        this.emit('client-disliked-services-change', { clientId, action: 'add', item: created });
      }
      this.closeEditor();
    } catch (error) {
      const current = this.editor;
      if (!current) return;
      if (isAdapterError(error) && error.kind === 'conflict' && current.item) {
        // Changed elsewhere: show the latest in the list, keep the user's text; saving again overwrites.
        const latest = DislikedService.safeParse(error.current);
        if (latest.success) {
          this.setItems(this.items.map((item) => (item.id === latest.data.id ? latest.data : item)));
          this.editor = { ...current, item: latest.data, conflict: true, saving: false, error: undefined };
          return;
        }
      }
      this.editor = { ...current, saving: false, error };
    }
  }

  /** Asks to confirm, then removes an entry. */
  askRemove(item: DislikedService): void {
    this.removing = item;
    this.message = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLDialogElement>('dialog.remove')?.showModal());
  }

  private async confirmRemove(): Promise<void> {
    const item = this.removing;
    const adapter = this.adapter;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.remove')?.close();
    this.removing = undefined;
    if (!item || !adapter?.dislikedServices) return;
    const before = this.items;
    this.setItems(before.filter((entry) => entry.id !== item.id));
    try {
      await adapter.dislikedServices.remove(this.clientId, item.id);
      this.emit('client-disliked-services-change', { clientId: this.clientId, action: 'remove', item });
    } catch (error) {
      if (isNotFound(error)) return; // already gone
      this.setItems([...before]);
      this.message = this.localize.t.state.rolledBack(errorMessage(error, this.localize.t));
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.add-button, h3')?.focus();
  }

  override render() {
    const { t } = this.localize;
    const d = t.tabs.disliked;
    if (!this.adapter) return renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t);
    if (!this.adapter.dislikedServices) return renderState({ kind: 'empty', title: d.unavailable }, t);
    if (!this.clientId) return renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t);
    return html`${this.data.render({
      loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 3, label: d.loading }, t),
      error: (error) =>
        isNotFound(error) ? renderState({ kind: 'not-found' }, t) : renderState({ kind: 'error', error, retry: () => void this.data.reload() }, t),
      ready: (data) => this.renderList(data),
    })}
    ${this.renderRemoveDialog()}`;
  }

  private renderList(data: Data): TemplateResult {
    const { t } = this.localize;
    const d = t.tabs.disliked;
    const canAdd = this.canEdit && !!data.catalog;
    const adding = this.editor && !this.editor.item;
    return html`<div class="header">
        <h3 tabindex="-1">${d.title}</h3>
        ${canAdd && !adding && data.items.length
          ? html`<button type="button" class="button primary add-button" part="button button-primary" @click=${() => this.startAdd()}>${d.add}</button>`
          : nothing}
      </div>
      <p class="intro">${this.canEdit ? d.intro : t.provider.readOnly}</p>
      ${adding ? this.renderForm(this.editor!, data) : nothing}
      ${data.items.length
        ? html`<ul class="list" part="list">
            ${data.items.map((item) =>
              this.editor?.item?.id === item.id
                ? html`<li>${this.renderForm(this.editor, data)}</li>`
                : html`<li class="item" part="item">
                    <p class="service">${item.service.name}</p>
                    <p class="comment">${item.comment || html`<span class="meta">${d.noComment}</span>`}</p>
                    <p class="meta">${d.added(this.localize.date(item.createdAt))}</p>
                    ${this.canEdit
                      ? html`<div class="item-actions">
                          <button type="button" class="button small" part="button" data-edit=${item.id} @click=${() => this.startEdit(item)}>
                            ${t.common.edit}<span class="visually-hidden"> ${item.service.name}</span>
                          </button>
                          <button type="button" class="button small danger" part="button" @click=${() => this.askRemove(item)}>
                            ${t.common.delete}<span class="visually-hidden"> ${item.service.name}</span>
                          </button>
                        </div>`
                      : nothing}
                  </li>`,
            )}
          </ul>`
        : adding
          ? nothing
          : renderState(
              {
                kind: 'empty',
                title: d.emptyTitle,
                message: d.emptyMessage,
                ...(canAdd ? { action: { label: d.add, onClick: () => this.startAdd() } } : {}),
              },
              t,
            )}
      <p class="message" part="message" role="alert">${this.message}</p>`;
  }

  private renderForm(editor: Editor, data: Data): TemplateResult {
    const { t } = this.localize;
    const d = t.tabs.disliked;
    const taken = new Set(this.items.filter((item) => item.id !== editor.item?.id).map((item) => item.service.id));
    const services = (data.catalog?.services ?? []).filter((service) => !taken.has(service.id));
    const categories = new Map<string, CatalogService[]>();
    for (const service of services) categories.set(service.category, [...(categories.get(service.category) ?? []), service]);
    const missing = editor.item && !services.some((service) => service.id === editor.item!.service.id) ? editor.item.service : undefined;
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-labelledby="ds-form-title"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.submit();
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          this.closeEditor();
        }
      }}
    >
      <h4 id="ds-form-title">${editor.item ? d.editTitle(editor.item.service.name) : d.addTitle}</h4>
      ${editor.conflict ? html`<p class="conflict-note" role="alert">${d.conflict}</p>` : nothing}
      <div class="field" part="field">
        <label for="ds-service">${d.service}<span class="required" aria-hidden="true"> *</span></label>
        <select
          id="ds-service"
          required
          aria-invalid=${editor.problems.service ? 'true' : 'false'}
          aria-describedby=${editor.problems.service ? 'ds-service-error' : nothing}
          @change=${(event: Event) => (this.editor = { ...editor, serviceId: (event.target as HTMLSelectElement).value, problems: { ...editor.problems, service: false } })}
        >
          <option value="" ?selected=${editor.serviceId === ''}>${d.chooseService}</option>
          ${missing ? html`<option value=${missing.id} ?selected=${editor.serviceId === missing.id}>${missing.name}</option>` : nothing}
          ${[...categories].map(
            ([category, list]) => html`<optgroup label=${category}>
              ${list.map((service) => html`<option value=${service.id} ?selected=${editor.serviceId === service.id}>${service.name}</option>`)}
            </optgroup>`,
          )}
        </select>
        ${editor.problems.service ? html`<span class="field-error" id="ds-service-error">${d.serviceRequired}</span>` : nothing}
      </div>
      <div class="field" part="field">
        <label for="ds-comment">${d.comment}</label>
        <textarea
          id="ds-comment"
          maxlength="1000"
          .value=${editor.comment}
          aria-invalid=${editor.problems.comment ? 'true' : 'false'}
          aria-describedby=${editor.problems.comment ? 'ds-comment-error ds-comment-hint' : 'ds-comment-hint'}
          @input=${(event: Event) => (this.editor = { ...this.editor!, comment: (event.target as HTMLTextAreaElement).value, problems: { ...this.editor!.problems, comment: false } })}
        ></textarea>
        <span class="hint" id="ds-comment-hint">${d.commentHint}</span>
        ${editor.problems.comment ? html`<span class="field-error" id="ds-comment-error">${t.tabs.profile.errors.tooLong(1000)}</span>` : nothing}
      </div>
      ${editor.error !== undefined
        ? html`<div class="error-summary" role="alert">
            <p><strong>${t.tabs.profile.saveFailed}</strong> ${errorMessage(editor.error, t)}</p>
          </div>`
        : nothing}
      <div class="form-buttons">
        <button type="button" class="button" part="button" @click=${() => this.closeEditor()} ?disabled=${editor.saving}>${t.common.cancel}</button>
        <button type="submit" class="button primary" part="button button-primary" ?disabled=${editor.saving}>
          ${editor.saving ? t.common.saving : editor.conflict ? d.overwrite : t.common.save}
        </button>
      </div>
    </form>`;
  }

  private renderRemoveDialog(): TemplateResult {
    const { t } = this.localize;
    const d = t.tabs.disliked;
    const item = this.removing;
    return html`<dialog class="remove" part="dialog" aria-labelledby="ds-remove-title" @close=${() => (this.removing = undefined)}>
      <h4 id="ds-remove-title">${d.removeTitle}</h4>
      <p>${item ? d.removeMessage(item.service.name) : ''}</p>
      <div class="dialog-buttons">
        <button type="button" class="button" part="button" autofocus @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}>
          ${t.common.cancel}
        </button>
        <button type="button" class="button primary danger-fill" part="button button-primary" @click=${() => void this.confirmRemove()}>${t.common.delete}</button>
      </div>
    </dialog>`;
  }
}
