import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { clinicalStrings } from '../../i18n/groups/clinical.js';
import { fileStrings } from '../../i18n/groups/file.js';
import type { StringsSource } from '../../i18n/strings.js';
import { ALLERGY_SEVERITIES, ALLERGY_TYPES, Allergy, AllergyInput } from '../../model/clinical.js';
import { bySeverity } from '../client-file/file-header.js';
import { levelStyles, renderLevel, type Level } from '../client-file/level-badge.js';
import { DatedRecordEditorTab } from '../client-file/record-date-tab.js';
import type { Problems, Validation } from '../client-file/record-editor-tab.js';
import type { RecordData } from '../client-file/record-tab.js';
import { recordTabSheets } from '../client-file/record-tab.styles.js';

interface AllergyDraft extends Record<string, string | boolean> {
  allergen: string;
  type: string;
  severity: string;
  /** Comma-separated. */
  symptoms: string;
  notes: string;
  diagnosedAt: string;
  active: boolean;
}

/**
 * The client's allergies: allergen, type, severity (colour, shape and text), symptoms, notes,
 * diagnosis date, active or not; add, edit, deactivate and delete. Every change fires
 * `client-record-change`, so `<client-file>` updates its allergy badges at once.
 *
 * Needs `clinical.view` to show (without it, nothing is requested) and `clinical.manage` to change.
 *
 * @tagname client-allergies
 * @summary Allergies: add, edit, deactivate, delete; severity never shown by colour alone.
 *
 * @fires client-record-change - An allergy was created, changed or removed. `detail: { clientId, namespace: 'allergies', action, id }`.
 * @fires client-dirty-change - The form started or stopped holding unsaved changes. `detail: { dirty }`.
 *
 * @cssprop --client-color-surface - Background of entries.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons.
 * @cssprop --client-color-danger - Severe and life-threatening allergies, errors.
 * @cssprop --client-color-warning - Moderate allergies.
 *
 * @csspart list - The list of allergies.
 * @csspart item - One allergy.
 * @csspart level - A severity badge (also `level-0` … `level-3`, mild to life-threatening).
 * @csspart form - The add / edit form.
 * @csspart field - A field of the form.
 * @csspart button - A button (also `button-primary`).
 * @csspart message - The message after a failed change.
 * @csspart confirm-dialog - The confirmation before deleting.
 * @csspart state - A loading, empty, error, not-found or forbidden state.
 */
export class ClientAllergies extends DatedRecordEditorTab<Allergy, AllergyDraft, AllergyInput> {
  static override strings: readonly StringsSource[] = [fileStrings, clinicalStrings];
  static override styles = [...recordTabSheets, levelStyles];

  protected readonly namespace = 'allergies' as const;
  protected readonly viewPermission = 'clinical.view' as const;
  protected readonly schema = Allergy;
  protected readonly managePermission = 'clinical.manage' as const;
  protected readonly idPrefix = 'allergy';
  protected readonly firstField = 'allergen' as const;

  protected stateTexts() {
    const a = this.localize.t.clinical.allergies;
    return { loading: a.loading, unavailable: a.unavailable };
  }

  protected emptyDraft(): AllergyDraft {
    return { allergen: '', type: 'other', severity: 'moderate', symptoms: '', notes: '', diagnosedAt: '', active: true };
  }

  protected draftOf(item: Allergy): AllergyDraft {
    return {
      allergen: item.allergen,
      type: item.type,
      severity: item.severity,
      symptoms: item.symptoms.join(', '),
      notes: item.notes,
      diagnosedAt: item.diagnosedAt ?? '',
      active: item.active,
    };
  }

  protected validate(draft: AllergyDraft): Validation<AllergyDraft, AllergyInput> {
    const { t } = this.localize;
    const a = t.clinical.allergies;
    const parsed = AllergyInput.safeParse({
      allergen: draft.allergen,
      type: draft.type,
      severity: draft.severity,
      symptoms: draft.symptoms.split(',').map((symptom) => symptom.trim()).filter(Boolean),
      notes: draft.notes,
      diagnosedAt: draft.diagnosedAt || null,
      active: draft.active,
    });
    if (parsed.success) return { value: parsed.data };
    const problems: Problems<AllergyDraft> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as keyof AllergyDraft & string;
      problems[field] ??=
        field === 'allergen'
          ? draft.allergen.trim()
            ? t.clinical.form.tooLong(200)
            : a.allergenRequired
          : field === 'symptoms'
            ? a.symptomsInvalid
            : field === 'notes'
              ? t.clinical.form.tooLong(4000)
              : field === 'diagnosedAt'
                ? t.clinical.form.invalidDate
                : t.clinical.form.invalidValue;
    }
    return { problems };
  }

  /** Turns an allergy on or off at once (rolled back with a message if saving fails). */
  setActive(item: Allergy, active: boolean): void {
    this.patchNow(item, { active });
  }

  askRemove(item: Allergy): void {
    const a = this.localize.t.clinical.allergies;
    void this.confirmRemove(item, { title: a.removeTitle, message: a.removeMessage(item.allergen) });
  }

  protected renderReady(data: RecordData<Allergy>): TemplateResult {
    const a = this.localize.t.clinical.allergies;
    const active = bySeverity(data.items.filter((item) => item.active));
    const inactive = bySeverity(data.items.filter((item) => !item.active));
    return html`${this.renderHeader(a, data.items.length > 0)}
      ${data.items.length
        ? html`${active.length ? this.renderList(active) : nothing}
          ${inactive.length ? html`<h4 class="section-title">${a.inactiveSection}</h4>${this.renderList(inactive)}` : nothing}`
        : this.renderEmpty(a)}
      ${this.renderMessage()}`;
  }

  private renderList(items: Allergy[]): TemplateResult {
    return html`<ul class="list" part="list">
      ${items.map((item) => (this.editor?.item?.id === item.id ? html`<li>${this.renderForm()}</li>` : this.renderItem(item)))}
    </ul>`;
  }

  private renderItem(item: Allergy): TemplateResult {
    const { t } = this.localize;
    const a = t.clinical.allergies;
    const level = ALLERGY_SEVERITIES.indexOf(item.severity) as Level;
    return html`<li class="item${item.active ? '' : ' inactive'}" part="item" data-id=${item.id}>
      <p class="item-title">
        <span class="name">${item.allergen}</span>
        ${renderLevel(level, t.enums.allergySeverity[item.severity])}
        <span class="tag">${a.types[item.type]}</span>
        ${item.active ? nothing : html`<span class="tag">${a.inactive}</span>`}
      </p>
      ${item.symptoms.length
        ? html`<ul class="tags" aria-label=${a.symptoms}>
            ${item.symptoms.map((symptom) => html`<li class="tag">${symptom}</li>`)}
          </ul>`
        : nothing}
      ${item.notes ? html`<p class="text notes">${item.notes}</p>` : nothing}
      ${item.diagnosedAt ? html`<p class="meta">${a.diagnosed(this.localize.date(item.diagnosedAt))}</p>` : nothing}
      ${this.canManage
        ? html`<div class="item-actions">
            <button type="button" class="button small" part="button" data-toggle=${item.id} ?disabled=${this.mutation.isPending(item.id)}
              @click=${() => this.setActive(item, !item.active)}>
              ${item.active ? a.deactivate : a.reactivate}<span class="visually-hidden"> ${item.allergen}</span>
            </button>
            ${this.renderEditButtons(item, item.allergen)}
          </div>`
        : nothing}
    </li>`;
  }

  protected renderForm(): TemplateResult {
    const editor = this.editor!;
    const { t } = this.localize;
    const a = t.clinical.allergies;
    const fields = html`${this.textField('allergen', a.allergen, { required: true, maxLength: 200 })}
    ${this.selectField('type', a.type, ALLERGY_TYPES.map((type) => [type, a.types[type]] as const))}
    ${this.selectField('severity', a.severity, ALLERGY_SEVERITIES.map((severity) => [severity, t.enums.allergySeverity[severity]] as const))}
    ${this.dateField('diagnosedAt', a.diagnosedAt)}
    ${this.textField('symptoms', a.symptoms, { maxLength: 2100, hint: a.symptomsHint, wide: true })}
    ${this.textField('notes', a.notes, { maxLength: 4000, multiline: true, wide: true })}
    ${this.checkField('active', a.active, { hint: a.activeHint })}`;
    return this.renderEditor(editor.item ? a.editTitle(editor.item.allergen) : a.addTitle, fields);
  }
}
