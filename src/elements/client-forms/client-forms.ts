import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isAdapterError } from '../../adapter/adapter-error.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { formsStrings } from '../../i18n/groups/forms.js';
import type { StringsSource } from '../../i18n/strings.js';
import { FormAssignment, canRemoveForm } from '../../model/files.js';
import { normalizeText } from '../../model/text.js';
import { RecordTabElement, type RecordData } from '../client-file/record-tab.js';
import { recordTabSheets } from '../client-file/record-tab.styles.js';
import { errorMessage, renderState } from '../shared/state-view.js';

/** The assign panel: the search, the templates picked, and how the last attempt went. */
interface Picker {
  query: string;
  selected: ReadonlySet<string>;
  /** Shown when nothing is selected on submit. */
  empty: boolean;
  assigning: boolean;
  error: unknown;
  /** Forms assigned before the error. */
  assignedBeforeError: number;
}

/** The assign panel's list of templates. */
const formsStyles = css`
  .templates {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
    max-height: 18rem;
    overflow: auto;
  }
  .template {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 2px var(--_space);
    align-items: start;
    padding: 6px var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
  }
  .template input {
    margin-top: 3px;
  }
  .template .hint {
    grid-column: 2;
  }
  a {
    color: var(--_accent);
  }
`;

/** A template is taken while an assignment of it is still to be filled in. */
const isOpen = (form: FormAssignment) => form.status === 'pending' || form.status === 'in-progress';

/**
 * Intake and consent forms assigned to the client: assign from the catalog's templates (search,
 * select several, assign), status (pending, in progress, completed with its date, expired), a link
 * to the responses, and removal only while nobody has filled the form: started or completed forms
 * have no remove button and say why, and a removal the adapter refuses (the client started the form
 * meanwhile) is undone with the reason.
 *
 * Needs `forms.manage` to assign or remove (read-only without it).
 *
 * @tagname client-forms
 * @summary Forms: assign from the catalog with search, status and completed date, remove while not filled.
 *
 * @fires client-record-change - A form was assigned or removed. `detail: { clientId, namespace: 'forms', action, id }`.
 *
 * @cssprop --client-color-surface - Background of entries.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons.
 * @cssprop --client-color-success - Completed forms.
 * @cssprop --client-color-danger - Errors.
 *
 * @csspart list - The list of assigned forms.
 * @csspart item - One assigned form.
 * @csspart status - A form's status.
 * @csspart picker - The assign panel.
 * @csspart button - A button (also `button-primary`).
 * @csspart message - The message after a failed removal.
 * @csspart confirm-dialog - The confirmation before removing.
 * @csspart state - A loading, empty, error, not-found or forbidden state.
 */
export class ClientForms extends RecordTabElement<FormAssignment> {
  static override strings: readonly StringsSource[] = [fileStrings, formsStrings];
  static override styles = [...recordTabSheets, formsStyles];

  /** The open assign panel. @internal */
  @state() private picker: Picker | undefined;

  protected readonly namespace = 'forms' as const;
  protected readonly viewPermission = 'clients.view' as const;
  protected readonly schema = FormAssignment;
  protected readonly managePermission = 'forms.manage' as const;

  protected stateTexts() {
    const f = this.localize.t.forms;
    return { loading: f.loading, unavailable: f.unavailable };
  }

  /** Opens the assign panel. */
  startAssign(): void {
    this.picker = { query: '', selected: new Set(), empty: false, assigning: false, error: undefined, assignedBeforeError: 0 };
    this.message = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#forms-search')?.focus());
  }

  private closePicker(): void {
    this.picker = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.add-button, h3')?.focus());
  }

  private toggle(templateId: string, on: boolean): void {
    const picker = this.picker;
    if (!picker) return;
    const selected = new Set(picker.selected);
    if (on) selected.add(templateId);
    else selected.delete(templateId);
    this.picker = { ...picker, selected, empty: false };
  }

  /** Assigns the selected templates one by one; on a failure keeps the rest selected and says why. */
  async assignSelected(): Promise<void> {
    const picker = this.picker;
    const adapter = this.adapter;
    if (!picker || !adapter?.forms || picker.assigning) return;
    if (!picker.selected.size) {
      this.picker = { ...picker, empty: true };
      return;
    }
    this.picker = { ...picker, assigning: true, error: undefined, assignedBeforeError: 0 };
    const clientId = this.clientId;
    const remaining = new Set(picker.selected);
    let assigned = 0;
    for (const formId of picker.selected) {
      try {
        const created = await adapter.forms.assign(clientId, { formId });
        this.setItems([created, ...this.items]);
        this.emitChange('create', created.id);
        remaining.delete(formId);
        assigned += 1;
      } catch (error) {
        this.picker = { ...this.picker!, selected: remaining, assigning: false, error, assignedBeforeError: assigned };
        return;
      }
    }
    this.closePicker();
  }

  /** Asks to confirm, then removes a form nobody has filled. */
  askRemove(item: FormAssignment): void {
    const f = this.localize.t.forms;
    void this.confirmRemove(item, { title: f.removeTitle, message: f.removeMessage(item.formName), confirmLabel: f.remove });
  }

  protected override onRemoveRefused(item: FormAssignment, error: unknown): void {
    if (!isAdapterError(error) || error.kind !== 'conflict') return;
    // The client started or filled it meanwhile: show it as it is now, and why it stays.
    const latest = this.latestFrom(error);
    if (latest) this.replaceItem(latest);
    this.mutation.dismiss();
    this.message = this.localize.t.forms.refused(item.formName);
  }

  protected renderReady(data: RecordData<FormAssignment>): TemplateResult {
    const { t } = this.localize;
    const f = t.forms;
    return html`<div class="header">
        <h3 tabindex="-1">${f.title}</h3>
        ${this.canManage && !this.picker && data.items.length
          ? html`<button type="button" class="button primary add-button" part="button button-primary" @click=${() => this.startAssign()}>${f.assign}</button>`
          : nothing}
      </div>
      <p class="intro">${this.canManage ? f.intro : t.provider.readOnly}</p>
      ${this.picker ? this.renderPicker(this.picker, data) : nothing}
      ${data.items.length
        ? html`<ul class="list" part="list">
            ${data.items.map((item) => this.renderItem(item))}
          </ul>`
        : this.picker
          ? nothing
          : renderState(
              { kind: 'empty', title: f.emptyTitle, message: f.emptyMessage, ...(this.canManage ? { action: { label: f.assign, onClick: () => this.startAssign() } } : {}) },
              t,
            )}
      ${this.renderMessage()}`;
  }

  private renderItem(item: FormAssignment): TemplateResult {
    const { t } = this.localize;
    const f = t.forms;
    return html`<li class="item" part="item" data-id=${item.id}>
      <p class="item-title">
        <span class="name">${item.formName}</span>
        <span class="status status-${item.status}" part="status">${f.statuses[item.status]}</span>
      </p>
      <p class="meta">
        <span>${f.assigned(this.localize.date(item.assignedAt))}</span>
        ${item.completedAt ? html`<span class="completed">${f.completed(this.localize.date(item.completedAt))}</span>` : nothing}
        <span>${f.sources[item.source]}</span>
      </p>
      ${item.responseUrl
        ? html`<p><a href=${item.responseUrl} target="_blank" rel="noopener noreferrer">${f.viewResponses}<span class="visually-hidden"> ${item.formName}</span></a></p>`
        : nothing}
      ${this.canManage
        ? canRemoveForm(item)
          ? html`<div class="item-actions">
              <button type="button" class="button small danger" part="button" data-remove=${item.id} @click=${() => this.askRemove(item)}>
                ${f.remove}<span class="visually-hidden"> ${item.formName}</span>
              </button>
            </div>`
          : html`<p class="hint kept">${f.keptReason}</p>`
        : nothing}
    </li>`;
  }

  private renderPicker(picker: Picker, data: RecordData<FormAssignment>): TemplateResult {
    const { t } = this.localize;
    const f = t.forms;
    const templates = data.catalog?.formTemplates ?? [];
    const query = normalizeText(picker.query.trim());
    const matches = query ? templates.filter((template) => normalizeText(`${template.name} ${template.description}`).includes(query)) : templates;
    const taken = new Set(data.items.filter(isOpen).map((form) => form.formId));
    return html`<form
      class="form"
      part="form picker"
      novalidate
      aria-labelledby="forms-picker-title"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.assignSelected();
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        this.closePicker();
      }}
    >
      <h4 id="forms-picker-title">${f.assignTitle}</h4>
      <div class="field">
        <label for="forms-search">${f.search}</label>
        <input id="forms-search" type="search" .value=${picker.query} aria-controls="forms-templates"
          @input=${(event: Event) => (this.picker = { ...this.picker!, query: (event.target as HTMLInputElement).value })} />
      </div>
      <fieldset class="templates" id="forms-templates" aria-labelledby="forms-picker-title" aria-describedby=${picker.empty ? 'forms-empty' : nothing}>
        ${matches.map((template) => {
          const id = `forms-template-${template.id}`;
          const isTaken = taken.has(template.id);
          return html`<div class="template">
            <input id=${id} type="checkbox" value=${template.id} .checked=${picker.selected.has(template.id)} ?disabled=${isTaken || picker.assigning}
              aria-describedby="${id}-hint" @change=${(event: Event) => this.toggle(template.id, (event.target as HTMLInputElement).checked)} />
            <label for=${id}>${template.name}</label>
            <span class="hint" id="${id}-hint">${isTaken ? f.alreadyAssigned : template.description}</span>
          </div>`;
        })}
      </fieldset>
      ${!templates.length ? html`<p class="hint">${f.noTemplates}</p>` : !matches.length ? html`<p class="hint" role="status">${f.noMatches(picker.query.trim())}</p>` : nothing}
      ${picker.empty ? html`<p class="field-error" id="forms-empty" role="alert">${f.nothingSelected}</p>` : nothing}
      ${picker.error !== undefined
        ? html`<div class="error-summary" role="alert">
            <p><strong>${f.assignFailed}</strong> ${errorMessage(picker.error, t)}</p>
            ${picker.assignedBeforeError ? html`<p>${this.localize.plural(picker.assignedBeforeError, f.partlyAssigned)}</p>` : nothing}
          </div>`
        : nothing}
      <div class="form-buttons">
        <button type="button" class="button" part="button" ?disabled=${picker.assigning} @click=${() => this.closePicker()}>${t.common.cancel}</button>
        <button type="submit" class="button primary" part="button button-primary" ?disabled=${picker.assigning}>
          ${picker.assigning ? t.common.saving : this.localize.plural(picker.selected.size, f.assignSelected)}
        </button>
      </div>
    </form>`;
  }
}
