import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { isAdapterError } from '../../adapter/adapter-error.js';
import type { ClientDataAdapter, EditableCollection } from '../../adapter/contract.js';
import type { ClientDateField } from '../shared/date-field.js';
import { errorMessage, renderState } from '../shared/state-view.js';
import { RecordTabElement, type RecordBase } from './record-tab.js';

/** The form's values, as the controls hold them (text, dates as YYYY-MM-DD or '', checkboxes). */
export type Draft = Record<string, string | boolean>;
/** A message per field that needs attention. */
export type Problems<D extends Draft> = Partial<Record<keyof D & string, string>>;
/** What `validate` found: the problems to show, or the input to send. */
export type Validation<D extends Draft, I> = { problems: Problems<D> } | { value: I };

export interface RecordEditor<T, D extends Draft> {
  /** The record edited (its latest known version); undefined when adding. */
  item: T | undefined;
  /** The values the form opened with (to tell whether it holds unsaved changes). */
  original: D;
  draft: D;
  problems: Problems<D>;
  /** What the last save failed with. */
  error: unknown;
  /** The record was changed elsewhere: saving again overwrites it. */
  conflict: boolean;
  saving: boolean;
}

export interface FieldOptions {
  required?: boolean;
  hint?: string;
  wide?: boolean;
}

/**
 * A record tab with an add / edit form: validation with a message per field (incomplete dates
 * included), saving that keeps the form filled and says why when it fails, and conflicts (a stale
 * version) that keep the draft and offer to reload the other version or overwrite it. Fires
 * `client-dirty-change` while the form holds unsaved changes.
 */
export abstract class RecordEditorTab<T extends RecordBase, D extends Draft, I> extends RecordTabElement<T> {
  /** The open add / edit form. @internal */
  @state() protected editor: RecordEditor<T, D> | undefined;

  /** Prefix of the form controls' ids. */
  protected abstract readonly idPrefix: string;
  /** The field focused when the form opens. */
  protected abstract readonly firstField: keyof D & string;
  protected abstract emptyDraft(): D;
  protected abstract draftOf(item: T): D;
  /** Checks the draft: the problems per field, or the input to save (a full input, used as the patch on edit). */
  protected abstract validate(draft: D, item: T | undefined): Validation<D, I>;
  /** Creates (item undefined) or updates the record. */
  protected save(adapter: ClientDataAdapter, clientId: string, value: I, item: T | undefined): Promise<T> {
    const api = this.api(adapter) as unknown as EditableCollection<T, I, I>;
    return item ? api.update(clientId, item.id, value, { expectedVersion: item.version }) : api.create(clientId, value);
  }

  /** Changes a record at once (rolled back with a message if saving fails). */
  protected patchNow(item: T, patch: Partial<T> & Partial<I>): void {
    this.changeNow(item, patch, (adapter, version) =>
      (this.api(adapter) as unknown as EditableCollection<T, I, Partial<I>>).update(this.clientId, item.id, patch, { expectedVersion: version }),
    );
  }

  private wasDirty = false;

  override get hasUnsavedChanges(): boolean {
    const editor = this.editor;
    return !!editor && Object.keys(editor.draft).some((key) => editor.draft[key] !== editor.original[key]);
  }

  /** Opens the form to add a record. */
  startAdd(): void {
    const draft = this.emptyDraft();
    this.openEditor({ item: undefined, original: draft, draft, problems: {}, error: undefined, conflict: false, saving: false });
  }

  /** Opens the form to edit a record. */
  startEdit(item: T): void {
    const draft = this.draftOf(item);
    this.openEditor({ item, original: draft, draft, problems: {}, error: undefined, conflict: false, saving: false });
  }

  private openEditor(editor: RecordEditor<T, D>): void {
    this.editor = editor;
    this.message = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-${this.firstField}`)?.focus());
  }

  /** Closes the form (the draft is dropped) and returns focus to what opened it. */
  closeEditor(): void {
    const item = this.editor?.item;
    this.editor = undefined;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(item ? `[data-edit="${CSS.escape(item.id)}"]` : '.add-button, h3')?.focus(),
    );
  }

  protected editDraft(name: keyof D & string, value: string | boolean): void {
    const editor = this.editor;
    if (!editor) return;
    this.editor = { ...editor, draft: { ...editor.draft, [name]: value }, problems: { ...editor.problems, [name]: undefined } };
  }

  /** After a conflict: drop the draft and show the other version in the form. */
  reloadLatest(): void {
    const editor = this.editor;
    if (!editor?.item) return;
    const draft = this.draftOf(editor.item);
    this.editor = { ...editor, original: draft, draft, problems: {}, error: undefined, conflict: false };
  }

  /* The submission in progress: a second click while the date fields are checked joins it instead of saving twice. */
  private submitting: Promise<void> | undefined;

  /** Saves the form; keeps it filled and says why when the save fails. */
  submit(): Promise<void> {
    return (this.submitting ??= this.submitOnce().finally(() => (this.submitting = undefined)));
  }

  private async submitOnce(): Promise<void> {
    if (!this.editor || this.editor.saving) return;
    const incomplete = await this.checkDateFields();
    const editor = this.editor;
    const adapter = this.adapter;
    if (!editor || !adapter) return;
    const checked = this.validate(editor.draft, editor.item);
    const problems = { ...('problems' in checked ? checked.problems : {}), ...incomplete };
    if (Object.keys(problems).length || !('value' in checked)) {
      this.editor = { ...editor, problems };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
      return;
    }
    this.editor = { ...editor, problems: {}, error: undefined, saving: true };
    const clientId = this.clientId;
    try {
      const saved = await this.save(adapter, clientId, checked.value, editor.item);
      if (editor.item) this.replaceItem(saved);
      else this.setItems([saved, ...this.items]);
      this.emitChange(editor.item ? 'update' : 'create', saved.id);
      this.editor = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`[data-edit="${CSS.escape(saved.id)}"], h3`)?.focus();
    } catch (error) {
      this.onSaveFailed(error);
    }
  }

  /**
   * Commits what is typed in the date fields (`DatedRecordEditorTab.dateField`; a click on Save does not always blur them first), then
   * lists those holding text that is not a date: they keep their last valid value and say why
   * themselves, so the form refuses to save (an empty message: the field already shows one).
   */
  private async checkDateFields(): Promise<Problems<D>> {
    const fields = [...this.renderRoot.querySelectorAll<ClientDateField>('form client-date-field')];
    for (const field of fields) field.querySelector('input.date-field-text')?.dispatchEvent(new Event('change'));
    await Promise.all(fields.map((field) => field.updateComplete));
    const problems: Problems<D> = {};
    for (const field of fields) if (field.querySelector('input.date-field-text:invalid')) problems[field.name as keyof D & string] = '';
    return problems;
  }

  private onSaveFailed(error: unknown): void {
    const current = this.editor;
    if (!current) return;
    const { t } = this.localize;
    if (current.item) {
      const latest = this.latestFrom(error);
      if (latest) {
        this.replaceItem(latest);
        this.editor = { ...current, item: latest, conflict: true, saving: false, error: undefined };
        return;
      }
    }
    const problems: Problems<D> = {};
    if (isAdapterError(error) && error.kind === 'validation') {
      for (const issue of error.issues) {
        const field = String(issue.path[0]) as keyof D & string;
        if (field in current.draft) problems[field] = t.clinical.form.invalidValue;
      }
    }
    this.editor = { ...current, saving: false, error, problems };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dirty = this.hasUnsavedChanges;
    if (dirty !== this.wasDirty) {
      this.wasDirty = dirty;
      this.emit('client-dirty-change', { dirty });
    }
  }

  /* Form pieces ------------------------------------------------------------------------------ */

  protected controlId(name: string): string {
    return `${this.idPrefix}-${name}`;
  }

  /** The ids describing a control ('' when none). */
  protected describedBy(name: keyof D & string, hint: string | undefined): string {
    return [this.editor?.problems[name] ? `${this.controlId(name)}-error` : '', hint ? `${this.controlId(name)}-hint` : ''].filter(Boolean).join(' ');
  }

  protected field(name: keyof D & string, label: string, control: TemplateResult, options: FieldOptions): TemplateResult {
    const id = this.controlId(name);
    const problem = this.editor?.problems[name];
    return html`<div class="field${options.wide ? ' wide' : ''}" part="field">
      <label for=${id}>${label}${options.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</label>
      ${control} ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
      ${problem ? html`<span class="field-error" id="${id}-error">${problem}</span>` : nothing}
    </div>`;
  }

  protected text(name: keyof D & string): string {
    return String(this.editor?.draft[name] ?? '');
  }

  protected textField(name: keyof D & string, label: string, options: FieldOptions & { maxLength: number; multiline?: boolean }): TemplateResult {
    const attrs = { id: this.controlId(name), invalid: this.editor?.problems[name] ? 'true' : 'false', described: this.describedBy(name, options.hint) };
    const onInput = (event: Event) => this.editDraft(name, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
    const control = options.multiline
      ? html`<textarea id=${attrs.id} name=${name} maxlength=${options.maxLength} ?required=${!!options.required} .value=${this.text(name)}
          aria-invalid=${attrs.invalid} aria-describedby=${attrs.described || nothing} @input=${onInput}></textarea>`
      : html`<input id=${attrs.id} name=${name} type="text" maxlength=${options.maxLength} ?required=${!!options.required} .value=${this.text(name)}
          aria-invalid=${attrs.invalid} aria-describedby=${attrs.described || nothing} @input=${onInput} />`;
    return this.field(name, label, control, options);
  }

  protected selectField(name: keyof D & string, label: string, choices: readonly (readonly [string, string])[], options: FieldOptions & { placeholder?: string } = {}): TemplateResult {
    const value = this.text(name);
    const control = html`<select id=${this.controlId(name)} name=${name} ?required=${!!options.required}
      aria-invalid=${this.editor?.problems[name] ? 'true' : 'false'} aria-describedby=${this.describedBy(name, options.hint) || nothing}
      @change=${(event: Event) => this.editDraft(name, (event.target as HTMLSelectElement).value)}>
      ${options.placeholder !== undefined ? html`<option value="" ?selected=${value === ''}>${options.placeholder}</option>` : nothing}
      ${choices.map(([choice, text]) => html`<option value=${choice} ?selected=${value === choice}>${text}</option>`)}
    </select>`;
    return this.field(name, label, control, options);
  }

  protected checkField(name: keyof D & string, label: string, options: { hint?: string } = {}): TemplateResult {
    const id = this.controlId(name);
    return html`<div class="field checkbox wide" part="field">
      <label for=${id}
        ><input id=${id} name=${name} type="checkbox" .checked=${this.editor?.draft[name] === true} aria-describedby=${options.hint ? `${id}-hint` : nothing}
          @change=${(event: Event) => this.editDraft(name, (event.target as HTMLInputElement).checked)} />${label}</label
      >
      ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
    </div>`;
  }

  /** The form around the fields: title, conflict note, failure summary, cancel and save. */
  protected renderEditor(title: string, fields: TemplateResult): TemplateResult {
    const editor = this.editor!;
    const { t } = this.localize;
    const f = t.clinical.form;
    return html`<form
      class="form"
      part="form"
      novalidate
      aria-labelledby="${this.idPrefix}-title"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.submit();
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        this.closeEditor();
      }}
    >
      <h4 id="${this.idPrefix}-title">${title}</h4>
      ${editor.conflict
        ? html`<div class="conflict-note" role="alert">
            <p>${f.conflict}</p>
            <button type="button" class="button small" part="button" @click=${() => this.reloadLatest()}>${f.reloadLatest}</button>
          </div>`
        : nothing}
      <div class="fields">${fields}</div>
      ${editor.error !== undefined
        ? html`<div class="error-summary" role="alert"><p><strong>${f.saveFailed}</strong> ${errorMessage(editor.error, t)}</p></div>`
        : nothing}
      <div class="form-buttons">
        <button type="button" class="button" part="button" @click=${() => this.closeEditor()} ?disabled=${editor.saving}>${t.common.cancel}</button>
        <button type="submit" class="button primary" part="button button-primary" ?disabled=${editor.saving}>
          ${editor.saving ? t.common.saving : editor.conflict ? f.overwrite : t.common.save}
        </button>
      </div>
    </form>`;
  }

  /** The title row with the add button (shown when the user may add and the list is not empty), and the intro. */
  protected renderHeader(texts: { title: string; add: string; intro: string }, hasItems: boolean, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    const adding = this.editor && !this.editor.item;
    return html`<div class="header">
        <h3 tabindex="-1">${texts.title}</h3>
        ${extra}
        ${this.canManage && !adding && hasItems
          ? html`<button type="button" class="button primary add-button" part="button button-primary" @click=${() => this.startAdd()}>${texts.add}</button>`
          : nothing}
      </div>
      <p class="intro">${this.canManage ? texts.intro : this.localize.t.provider.readOnly}</p>
      ${adding ? this.renderForm() : nothing}`;
  }

  /** The empty state, with the add button when the user may add (nothing while the add form is open). */
  protected renderEmpty(texts: { emptyTitle: string; emptyMessage: string; add: string }): TemplateResult | typeof nothing {
    if (this.editor && !this.editor.item) return nothing;
    const action = this.canManage ? { action: { label: texts.add, onClick: () => this.startAdd() } } : {};
    return renderState({ kind: 'empty', title: texts.emptyTitle, message: texts.emptyMessage, ...action }, this.localize.t);
  }

  /** The add / edit form of the open editor (built with `renderEditor`). */
  protected abstract renderForm(): TemplateResult;

  /** Edit and delete buttons of a record, named after it for screen readers. */
  protected renderEditButtons(item: T, name: string): TemplateResult {
    const { t } = this.localize;
    return html`<button type="button" class="button small" part="button" data-edit=${item.id} @click=${() => this.startEdit(item)}>
        ${t.common.edit}<span class="visually-hidden"> ${name}</span>
      </button>
      <button type="button" class="button small danger" part="button" data-remove=${item.id} @click=${() => this.askRemove(item)}>
        ${t.common.delete}<span class="visually-hidden"> ${name}</span>
      </button>`;
  }

  /** Asks to confirm, then removes the record. */
  abstract askRemove(item: T): void;
}
