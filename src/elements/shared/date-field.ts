/*
 * <client-date-field>: a date typed in the provider's locale (dd/mm/aaaa in es and pt-BR,
 * mm/dd/yyyy in en) instead of the browser's, with a button that opens the browser's calendar. Its
 * value is ISO (YYYY-MM-DD, or '' when empty), like <input type="date">.
 *
 * It renders into its host's tree (no shadow root), so the host's `<label for=…>` names its text
 * input (given `input-id`) and the host's form styles apply. Render it with `renderDateField`,
 * which registers the tag on first use:
 *
 *   renderDateField({ id: 'birth', value: draft.birthDate, localize: this.localize,
 *                     onChange: (iso) => this.setBirthDate(iso) })
 *
 * Typed text that is not a date (or outside min/max) shows a clear error beside the field and keeps
 * the text as typed; the value changes only to a valid date. `change` (and `input`) fire when it does.
 */
import { css, html, LitElement, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { defineElement } from '../../define/define.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { DateFieldStrings } from '../../i18n/translation.js';
import { VERSION } from '../../version.js';
import { adoptStyles } from './adopt-styles.js';
import { datePattern, formatIsoDate, parseTypedDate, patternText } from './date-pattern.js';

const dateFieldStyles = css`
  client-date-field {
    display: inline-grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 4px;
    position: relative;
    max-width: 100%;
  }
  client-date-field > input.date-field-text {
    width: 100%;
    min-width: 6.5em;
    font-variant-numeric: tabular-nums;
  }
  client-date-field > .date-field-picker {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: calc(2.25rem * var(--_density, 1));
    height: calc(2.25rem * var(--_density, 1));
    padding: 0;
    border: 1px solid var(--_border, light-dark(#d0d7de, #30363d));
    border-radius: var(--_radius-small, 0.375rem);
    background: var(--_bg, light-dark(#fff, #0d1117));
    color: var(--_fg-muted, light-dark(#57606a, #9da7b3));
    cursor: pointer;
  }
  client-date-field > .date-field-picker:hover:not(:disabled) {
    color: var(--_fg, light-dark(#1f2328, #e6edf3));
  }
  client-date-field > .date-field-picker:focus-visible {
    outline: 2px solid var(--_accent, light-dark(#0969da, #58a6ff));
    outline-offset: 1px;
  }
  /* The browser's date input only hosts its calendar popup: present (showPicker needs it rendered), not seen. */
  client-date-field > .date-field-native {
    position: absolute;
    inset-inline-end: 0;
    bottom: 0;
    width: 1px;
    height: 1px;
    padding: 0;
    border: 0;
    opacity: 0;
    pointer-events: none;
  }
  client-date-field > .date-field-hint {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  client-date-field > .date-field-error {
    grid-column: 1 / -1;
    margin: 0;
    color: var(--_danger, light-dark(#cf222e, #f85149));
    font-size: var(--_font-size-small, 0.85em);
  }
`;

const calendarIcon = html`<svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.5">
  <rect x="2" y="3" width="12" height="11" rx="1.5"></rect>
  <path d="M2 6.5h12M5 1.5v3M11 1.5v3"></path>
</svg>`;

/**
 * A date field in the locale's order, with the browser's calendar one click away. It renders into
 * its host's tree (no shadow root), so the host's label and form styles apply.
 *
 * @tagname client-date-field
 * @summary A date typed in the locale's order (dd/mm/aaaa, mm/dd/yyyy), ISO value, calendar button.
 *
 * @fires change - The value changed to a valid date or to empty (read `value`: ISO or '').
 * @fires input - With every `change`.
 */
export class ClientDateField extends LitElement {
  static version: string = VERSION;

  /** ISO date (YYYY-MM-DD) or '' when empty. */
  @property() value = '';
  /** BCP 47 locale whose order the field uses. */
  @property() locale = 'en';
  /** The strings (the base catalog's `dateField`). */
  @property({ attribute: false }) strings: DateFieldStrings | undefined;
  /** Like a form control's name: hosts that read `event.target.name` on input/change find it here. */
  @property() name = '';
  /** Id of the text input, for the host's `<label for>`. */
  @property({ attribute: 'input-id' }) inputId = '';
  /** Earliest and latest allowed dates (ISO). */
  @property() min = '';
  @property() max = '';
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean }) disabled = false;
  /** The host reports an error of its own (e.g. a range that ends before it starts). */
  @property({ type: Boolean }) invalid = false;
  /** Ids of more descriptions (the host's error message). */
  @property({ attribute: 'described-by' }) describedBy = '';

  @state() private text = '';
  @state() private error = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this, dateFieldStyles);
  }

  /** Focuses the text input. */
  override focus(options?: FocusOptions): void {
    this.textInput?.focus(options);
  }

  private get textInput(): HTMLInputElement | null {
    return this.querySelector(':scope > input.date-field-text');
  }

  private get pattern() {
    return datePattern(this.locale);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('value') || (changed.has('locale') && !this.error)) {
      this.text = formatIsoDate(this.value, this.pattern);
      this.error = '';
    }
  }

  protected override updated(): void {
    this.textInput?.setCustomValidity(this.error);
  }

  private commit(text: string): void {
    const strings = this.strings;
    if (!strings) return;
    this.text = text;
    if (text.trim() === '') {
      this.error = '';
      this.setValue('');
      return;
    }
    const pattern = this.pattern;
    const parsed = parseTypedDate(text, pattern);
    if (!parsed.ok) {
      this.error = parsed.reason === 'format' ? strings.invalidFormat(patternText(pattern, strings)) : strings.invalidDate;
      return;
    }
    if (this.min && parsed.iso < this.min) {
      this.error = strings.tooEarly(formatIsoDate(this.min, pattern));
      return;
    }
    if (this.max && parsed.iso > this.max) {
      this.error = strings.tooLate(formatIsoDate(this.max, pattern));
      return;
    }
    this.error = '';
    this.text = formatIsoDate(parsed.iso, pattern);
    this.setValue(parsed.iso);
  }

  private setValue(iso: string): void {
    if (iso === this.value) return;
    this.value = iso;
    this.dispatchEvent(new Event('input', { bubbles: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private readonly onTextChange = (event: Event): void => {
    event.stopPropagation();
    this.commit((event.target as HTMLInputElement).value);
  };

  private readonly openPicker = (): void => {
    const native = this.querySelector<HTMLInputElement>(':scope > input.date-field-native');
    try {
      native?.showPicker();
    } catch {
      // No calendar in this browser (or not now): typing still works.
      this.focus();
    }
  };

  private readonly onPicked = (event: Event): void => {
    event.stopPropagation();
    const iso = (event.target as HTMLInputElement).value;
    this.error = '';
    this.text = formatIsoDate(iso, this.pattern);
    this.setValue(iso);
    this.focus();
  };

  override render() {
    const strings = this.strings;
    if (!strings || !this.inputId) return nothing;
    const pattern = patternText(this.pattern, strings);
    const hintId = `${this.inputId}-hint`;
    const errorId = `${this.inputId}-error`;
    const describedBy = [hintId, this.error ? errorId : '', this.describedBy].filter(Boolean).join(' ');
    return html`<input
        type="text"
        class="date-field-text"
        id=${this.inputId}
        inputmode="numeric"
        autocomplete="off"
        placeholder=${pattern}
        .value=${live(this.text)}
        ?required=${this.required}
        ?disabled=${this.disabled}
        aria-invalid=${this.error || this.invalid ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @input=${(event: Event) => event.stopPropagation()}
        @change=${this.onTextChange}
      /><button
        type="button"
        class="date-field-picker"
        aria-label=${strings.pickerLabel}
        title=${strings.pickerLabel}
        ?disabled=${this.disabled}
        @click=${this.openPicker}
      >
        ${calendarIcon}</button
      ><input
        type="date"
        class="date-field-native"
        tabindex="-1"
        aria-hidden="true"
        .value=${live(this.value)}
        min=${ifDefined(this.min || undefined)}
        max=${ifDefined(this.max || undefined)}
        @input=${(event: Event) => event.stopPropagation()}
        @change=${this.onPicked}
      /><span class="date-field-hint" id=${hintId}>${strings.hint(pattern)}</span>${this.error
        ? html`<p class="date-field-error" id=${errorId}>${this.error}</p>`
        : nothing}`;
  }
}

export interface DateFieldOptions {
  /** Id of the text input (for `<label for>`). */
  id: string;
  /** Name the element carries (for hosts that read `event.target.name`). */
  name?: string;
  /** ISO date or '' / undefined / null when empty. */
  value: string | null | undefined;
  localize: LocalizeController;
  /** Called with the new value (ISO or ''); hosts may listen to the bubbling `change` instead. */
  onChange?: (iso: string) => void;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  /** The host's own error (e.g. an inverted range): marks the field invalid. */
  invalid?: boolean;
  /** Ids of the host's descriptions of the field (its error message). */
  describedBy?: string;
  /** Part name(s) of the element, for the host's ::part rules. */
  part?: string;
}

/**
 * For a form's submit: focuses the first date field inside `form` whose typed text is not a valid date
 * (its error is already shown) and says so, so the host stops instead of saving without it.
 */
export function focusInvalidDateField(form: Element | null): boolean {
  const invalid = [...(form?.querySelectorAll<HTMLInputElement>('client-date-field > input.date-field-text') ?? [])].find((input) => input.validationMessage);
  invalid?.focus();
  return invalid !== undefined;
}

/** Registers <client-date-field> (idempotent, never throws). */
export function defineDateField(): void {
  defineElement('client-date-field', ClientDateField);
}

/** A <client-date-field> in the host's template (registers the tag on first use). */
export function renderDateField(options: DateFieldOptions): TemplateResult {
  defineDateField();
  return html`<client-date-field
    input-id=${options.id}
    name=${ifDefined(options.name)}
    .value=${options.value ?? ''}
    .locale=${options.localize.tag}
    .strings=${options.localize.t.dateField}
    min=${ifDefined(options.min)}
    max=${ifDefined(options.max)}
    ?required=${options.required ?? false}
    ?disabled=${options.disabled ?? false}
    ?invalid=${options.invalid ?? false}
    described-by=${ifDefined(options.describedBy)}
    part=${ifDefined(options.part)}
    @change=${(event: Event) => options.onChange?.((event.target as ClientDateField).value)}
  ></client-date-field>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'client-date-field': ClientDateField;
  }
}
