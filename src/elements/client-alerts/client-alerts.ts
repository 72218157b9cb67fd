import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { clinicalStrings } from '../../i18n/groups/clinical.js';
import { fileStrings } from '../../i18n/groups/file.js';
import type { StringsSource } from '../../i18n/strings.js';
import { ALERT_PRIORITIES, Alert, AlertInput } from '../../model/clinical.js';
import { levelStyles, renderLevel, type Level } from '../client-file/level-badge.js';
import { RecordEditorTab, type Problems, type Validation } from '../client-file/record-editor-tab.js';
import type { RecordData } from '../client-file/record-tab.js';
import { recordTabSheets } from '../client-file/record-tab.styles.js';

interface AlertDraft extends Record<string, string | boolean> {
  typeId: string;
  priority: string;
  description: string;
  active: boolean;
}

/** Active alerts first, then by priority (critical first), then newest. */
function byPriority(alerts: readonly Alert[]): Alert[] {
  return [...alerts].sort(
    (a, b) =>
      Number(b.active) - Number(a.active) ||
      ALERT_PRIORITIES.indexOf(b.priority) - ALERT_PRIORITIES.indexOf(a.priority) ||
      b.createdAt.localeCompare(a.createdAt),
  );
}

/**
 * The client's alerts for staff: type from the catalog, priority (colour, shape and text),
 * description, and a switch that turns each one on or off at once. Every change fires
 * `client-record-change`, so `<client-file>` updates its alert badge at once.
 *
 * Needs `clinical.view` to show (without it, nothing is requested) and `clinical.manage` to change.
 *
 * @tagname client-alerts
 * @summary Alerts: add, edit, switch on and off, delete; the file's alert badge follows.
 *
 * @fires client-record-change - An alert was created, changed or removed. `detail: { clientId, namespace: 'alerts', action, id }`.
 * @fires client-dirty-change - The form started or stopped holding unsaved changes. `detail: { dirty }`.
 *
 * @cssprop --client-color-surface - Background of entries.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons and switches.
 * @cssprop --client-color-danger - High and critical priorities, errors.
 * @cssprop --client-color-warning - Medium priority.
 *
 * @csspart list - The list of alerts.
 * @csspart item - One alert.
 * @csspart level - A priority badge (also `level-0` … `level-3`, low to critical).
 * @csspart switch - An alert's on / off switch.
 * @csspart form - The add / edit form.
 * @csspart field - A field of the form.
 * @csspart button - A button (also `button-primary`).
 * @csspart message - The message after a failed change.
 * @csspart confirm-dialog - The confirmation before deleting.
 * @csspart state - A loading, empty, error, not-found or forbidden state.
 */
export class ClientAlerts extends RecordEditorTab<Alert, AlertDraft, AlertInput> {
  static override strings: readonly StringsSource[] = [fileStrings, clinicalStrings];
  static override styles = [...recordTabSheets, levelStyles];

  protected readonly namespace = 'alerts' as const;
  protected readonly viewPermission = 'clinical.view' as const;
  protected readonly schema = Alert;
  protected readonly managePermission = 'clinical.manage' as const;
  protected readonly idPrefix = 'alert';
  protected readonly firstField = 'typeId' as const;

  protected stateTexts() {
    const a = this.localize.t.clinical.alerts;
    return { loading: a.loading, unavailable: a.unavailable };
  }

  protected emptyDraft(): AlertDraft {
    return { typeId: '', priority: 'medium', description: '', active: true };
  }

  protected draftOf(item: Alert): AlertDraft {
    return { typeId: item.typeId, priority: item.priority, description: item.description, active: item.active };
  }

  protected validate(draft: AlertDraft): Validation<AlertDraft, AlertInput> {
    const { t } = this.localize;
    const parsed = AlertInput.safeParse({ ...draft });
    if (parsed.success) return { value: parsed.data };
    const problems: Problems<AlertDraft> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]) as keyof AlertDraft & string;
      problems[field] ??=
        field === 'typeId'
          ? t.clinical.alerts.typeRequired
          : field === 'description'
            ? draft.description.trim()
              ? t.clinical.form.tooLong(2000)
              : t.clinical.alerts.descriptionRequired
            : t.clinical.form.invalidValue;
    }
    return { problems };
  }

  /** The label of an alert type from the catalog. */
  typeLabel(typeId: string): string {
    return this.data.value?.catalog?.alertTypes.find((type) => type.id === typeId)?.label ?? this.localize.t.clinical.alerts.unknownType;
  }

  /** Turns an alert on or off at once (rolled back with a message if saving fails). */
  setActive(item: Alert, active: boolean): void {
    this.patchNow(item, { active });
  }

  askRemove(item: Alert): void {
    const a = this.localize.t.clinical.alerts;
    void this.confirmRemove(item, { title: a.removeTitle, message: a.removeMessage(this.typeLabel(item.typeId)) });
  }

  protected renderReady(data: RecordData<Alert>): TemplateResult {
    const a = this.localize.t.clinical.alerts;
    return html`${this.renderHeader(a, data.items.length > 0)}
      ${data.items.length
        ? html`<ul class="list" part="list">
            ${byPriority(data.items).map((item) => (this.editor?.item?.id === item.id ? html`<li>${this.renderForm()}</li>` : this.renderItem(item)))}
          </ul>`
        : this.renderEmpty(a)}
      ${this.renderMessage()}`;
  }

  private renderItem(item: Alert): TemplateResult {
    const { t } = this.localize;
    const a = t.clinical.alerts;
    const type = this.typeLabel(item.typeId);
    return html`<li class="item${item.active ? '' : ' inactive'}" part="item" data-id=${item.id}>
      <p class="item-title">
        <span class="name">${type}</span>
        ${renderLevel(ALERT_PRIORITIES.indexOf(item.priority) as Level, t.enums.alertPriority[item.priority])}
        ${item.active ? nothing : html`<span class="tag">${a.inactive}</span>`}
      </p>
      <p class="text description">${item.description}</p>
      <p class="meta">${a.added(this.localize.date(item.createdAt))}</p>
      ${this.canManage
        ? html`<div class="item-actions">
            <label class="switch" part="switch"
              ><input type="checkbox" role="switch" data-toggle=${item.id} .checked=${item.active} ?disabled=${this.mutation.isPending(item.id)}
                aria-label=${a.toggle(type)} @change=${(event: Event) => this.setActive(item, (event.target as HTMLInputElement).checked)} />${a.active}</label
            >
            ${this.renderEditButtons(item, type)}
          </div>`
        : nothing}
    </li>`;
  }

  protected renderForm(): TemplateResult {
    const editor = this.editor!;
    const { t } = this.localize;
    const a = t.clinical.alerts;
    const types = (this.data.value?.catalog?.alertTypes ?? []).map((type) => [type.id, type.label] as const);
    if (editor.item && !types.some(([id]) => id === editor.item!.typeId)) types.unshift([editor.item.typeId, a.unknownType]);
    const fields = html`${this.selectField('typeId', a.type, types, { required: true, placeholder: a.chooseType })}
    ${this.selectField('priority', a.priority, ALERT_PRIORITIES.map((priority) => [priority, t.enums.alertPriority[priority]] as const))}
    ${this.textField('description', a.description, { required: true, maxLength: 2000, multiline: true, wide: true })}
    ${this.checkField('active', a.active, { hint: a.activeHint })}`;
    return this.renderEditor(editor.item ? a.editTitle(this.typeLabel(editor.item.typeId)) : a.addTitle, fields);
  }
}
