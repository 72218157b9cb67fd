import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clinicalStrings } from '../../i18n/groups/clinical.js';
import { fileStrings } from '../../i18n/groups/file.js';
import type { StringsSource } from '../../i18n/strings.js';
import { SKIN_TEST_STATUSES, SKIN_TEST_TRANSITIONS, SkinTest, SkinTestInput, skinTestExpiry, type SkinTestStatus } from '../../model/clinical.js';
import { DatedRecordEditorTab } from '../client-file/record-date-tab.js';
import type { Problems, Validation } from '../client-file/record-editor-tab.js';
import type { RecordData } from '../client-file/record-tab.js';
import { recordTabSheets } from '../client-file/record-tab.styles.js';

interface SkinTestDraft extends Record<string, string | boolean> {
  subject: string;
  serviceId: string;
  performedAt: string;
  expiresAt: string;
  responsibleId: string;
  description: string;
}

const warningIcon = html`<svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 1.5 15 14H1zM7.2 6v4h1.6V6zm0 5v1.6h1.6V11z" /></svg>`;

/** Today's date (YYYY-MM-DD) in a time zone. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * The client's skin (patch) tests: create with the product or service tested, dates, the
 * responsible staff member and a description; move each one pending → in progress → satisfactory or
 * unsatisfactory (only those steps; the adapter refuses others); expired tests, and tests expiring
 * within 14 days, are flagged in words and with an icon; filter by state.
 *
 * Needs `clinical.view` to show (without it, nothing is requested) and `clinical.manage` to change.
 *
 * @tagname client-skin-tests
 * @summary Skin tests: create, edit, move through their states, expiry flagged, filter by state.
 *
 * @fires client-record-change - A skin test was created, changed or removed. `detail: { clientId, namespace: 'skinTests', action, id }`.
 * @fires client-dirty-change - The form started or stopped holding unsaved changes. `detail: { dirty }`.
 *
 * @cssprop --client-color-surface - Background of entries.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons.
 * @cssprop --client-color-danger - Expired tests, unsatisfactory results, errors.
 * @cssprop --client-color-warning - Tests about to expire.
 * @cssprop --client-color-success - Satisfactory results.
 *
 * @csspart filter - The state filter.
 * @csspart list - The list of skin tests.
 * @csspart item - One skin test.
 * @csspart status - A test's state.
 * @csspart expiry - A test's expiry (flagged when expired or expiring soon).
 * @csspart form - The add / edit form.
 * @csspart field - A field of the form.
 * @csspart button - A button (also `button-primary`).
 * @csspart message - The message after a failed change.
 * @csspart confirm-dialog - The confirmation before deleting.
 * @csspart state - A loading, empty, error, not-found or forbidden state.
 */
export class ClientSkinTests extends DatedRecordEditorTab<SkinTest, SkinTestDraft, SkinTestInput> {
  static override strings: readonly StringsSource[] = [fileStrings, clinicalStrings];
  static override styles = [...recordTabSheets];

  /** The date expiry is measured from (YYYY-MM-DD). Default: today in the provider's time zone. */
  @property({ attribute: false }) today: string | undefined;

  /** The state shown ('' for all). @internal */
  @state() private statusFilter: SkinTestStatus | '' = '';

  protected readonly namespace = 'skinTests' as const;
  protected readonly viewPermission = 'clinical.view' as const;
  protected readonly schema = SkinTest;
  protected readonly managePermission = 'clinical.manage' as const;
  protected readonly idPrefix = 'skin-test';
  protected readonly firstField = 'subject' as const;

  private get todayIso(): string {
    return this.today ?? todayIn(this.localize.timeZone);
  }

  protected stateTexts() {
    const s = this.localize.t.clinical.skinTests;
    return { loading: s.loading, unavailable: s.unavailable };
  }

  protected emptyDraft(): SkinTestDraft {
    return { subject: '', serviceId: '', performedAt: '', expiresAt: '', responsibleId: '', description: '' };
  }

  protected draftOf(item: SkinTest): SkinTestDraft {
    return {
      subject: item.subject,
      serviceId: item.serviceId ?? '',
      performedAt: item.performedAt ?? '',
      expiresAt: item.expiresAt ?? '',
      responsibleId: item.responsible?.id ?? '',
      description: item.description,
    };
  }

  private staffRef(id: string): { id: string; name: string } | null {
    const staff = this.data.value?.catalog?.staff.find((person) => person.id === id);
    if (staff) return { id: staff.id, name: staff.name };
    const current = this.editor?.item?.responsible;
    return current && current.id === id ? current : null;
  }

  protected validate(draft: SkinTestDraft): Validation<SkinTestDraft, SkinTestInput> {
    const { t } = this.localize;
    const s = t.clinical.skinTests;
    const problems: Problems<SkinTestDraft> = {};
    const parsed = SkinTestInput.safeParse({
      subject: draft.subject,
      serviceId: draft.serviceId || null,
      performedAt: draft.performedAt || null,
      expiresAt: draft.expiresAt || null,
      responsible: draft.responsibleId ? this.staffRef(draft.responsibleId) : null,
      description: draft.description,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = (issue.path[0] === 'responsible' ? 'responsibleId' : String(issue.path[0])) as keyof SkinTestDraft & string;
        problems[field] ??=
          field === 'subject'
            ? draft.subject.trim()
              ? t.clinical.form.tooLong(200)
              : s.subjectRequired
            : field === 'performedAt' || field === 'expiresAt'
              ? t.clinical.form.invalidDate
              : field === 'description'
                ? t.clinical.form.tooLong(4000)
                : t.clinical.form.invalidValue;
      }
    }
    if (!problems.expiresAt && draft.performedAt && draft.expiresAt && draft.expiresAt < draft.performedAt) problems.expiresAt = s.expiryBeforePerformed;
    return parsed.success && !Object.keys(problems).length ? { value: parsed.data } : { problems };
  }

  /** Moves a test to its next state at once (starting it dates it today when it has no date). */
  moveTo(item: SkinTest, status: SkinTestStatus): void {
    const change = status === 'in-progress' && !item.performedAt ? { status, performedAt: this.todayIso } : { status };
    this.patchNow(item, change);
  }

  askRemove(item: SkinTest): void {
    const s = this.localize.t.clinical.skinTests;
    void this.confirmRemove(item, { title: s.removeTitle, message: s.removeMessage(item.subject) });
  }

  protected renderReady(data: RecordData<SkinTest>): TemplateResult {
    const { t } = this.localize;
    const s = t.clinical.skinTests;
    const shown = this.statusFilter ? data.items.filter((item) => item.status === this.statusFilter) : data.items;
    const filter = data.items.length
      ? html`<label class="toolbar" part="filter"
          >${s.filter}
          <select
            class="status-filter"
            @change=${(event: Event) => (this.statusFilter = (event.target as HTMLSelectElement).value as SkinTestStatus | '')}
          >
            <option value="" ?selected=${this.statusFilter === ''}>${s.allStates}</option>
            ${SKIN_TEST_STATUSES.map((status) => html`<option value=${status} ?selected=${this.statusFilter === status}>${s.statuses[status]}</option>`)}
          </select></label
        >`
      : nothing;
    return html`${this.renderHeader(s, data.items.length > 0, filter)}
      ${data.items.length
        ? shown.length
          ? html`<ul class="list" part="list">
              ${shown.map((item) => (this.editor?.item?.id === item.id ? html`<li>${this.renderForm()}</li>` : this.renderItem(item)))}
            </ul>`
          : html`<p class="intro filtered-empty" role="status">${s.filteredEmpty}</p>`
        : this.renderEmpty(s)}
      ${this.renderMessage()}`;
  }

  private renderExpiry(item: SkinTest): TemplateResult | typeof nothing {
    const s = this.localize.t.clinical.skinTests;
    if (!item.expiresAt) return nothing;
    const date = this.localize.date(item.expiresAt);
    switch (skinTestExpiry(item, this.todayIso)) {
      case 'expired':
        return html`<span class="flag danger" part="expiry">${warningIcon}${s.expired(date)}</span>`;
      case 'expiring': {
        const days = Math.round((Date.parse(item.expiresAt) - Date.parse(this.todayIso)) / 86_400_000);
        return html`<span class="flag warning" part="expiry">${warningIcon}${this.localize.plural(days, s.expiring)} (${date})</span>`;
      }
      default:
        return html`<span part="expiry">${s.expires(date)}</span>`;
    }
  }

  private renderItem(item: SkinTest): TemplateResult {
    const { t } = this.localize;
    const s = t.clinical.skinTests;
    const service = item.serviceId ? this.data.value?.catalog?.services.find((candidate) => candidate.id === item.serviceId) : undefined;
    const next = SKIN_TEST_TRANSITIONS[item.status];
    return html`<li class="item" part="item" data-id=${item.id}>
      <p class="item-title">
        <span class="name">${item.subject}</span>
        <span class="status status-${item.status}" part="status">${s.statuses[item.status]}</span>
      </p>
      <p class="meta">
        ${service && service.name !== item.subject ? html`<span>${service.name}</span>` : nothing}
        <span>${item.performedAt ? s.performed(this.localize.date(item.performedAt)) : s.notPerformed}</span>
        ${this.renderExpiry(item)} ${item.responsible ? html`<span>${s.responsibleName(item.responsible.name)}</span>` : nothing}
      </p>
      ${item.description ? html`<p class="text description">${item.description}</p>` : nothing}
      ${this.canManage
        ? html`<div class="item-actions">
            ${next.map(
              (status) => html`<button type="button" class="button small${status === 'in-progress' ? ' primary' : ''}" part="button" data-move=${status}
                ?disabled=${this.mutation.isPending(item.id)} @click=${() => this.moveTo(item, status)}>
                ${s.moveTo[status as Exclude<SkinTestStatus, 'pending'>]}<span class="visually-hidden"> ${item.subject}</span>
              </button>`,
            )}
            ${this.renderEditButtons(item, item.subject)}
          </div>`
        : nothing}
    </li>`;
  }

  protected override editDraft(name: keyof SkinTestDraft & string, value: string | boolean): void {
    // Picking a service names the test after it when nothing is named yet.
    const subject = this.editor?.draft.subject;
    super.editDraft(name, value);
    if (name === 'serviceId' && value && !subject?.trim()) {
      const service = this.data.value?.catalog?.services.find((candidate) => candidate.id === value);
      if (service) super.editDraft('subject', service.name);
    }
  }

  protected renderForm(): TemplateResult {
    const editor = this.editor!;
    const s = this.localize.t.clinical.skinTests;
    const catalog = this.data.value?.catalog;
    const services = (catalog?.services ?? []).filter((service) => service.requiresSkinTest || service.id === editor.draft.serviceId).map((service) => [service.id, service.name] as const);
    const staff = (catalog?.staff ?? []).map((person) => [person.id, person.name] as const);
    const current = editor.item?.responsible;
    if (current && !staff.some(([id]) => id === current.id)) staff.unshift([current.id, current.name]);
    const fields = html`${this.textField('subject', s.subject, { required: true, maxLength: 200 })}
    ${this.selectField('serviceId', s.service, services, { placeholder: s.noService })}
    ${this.dateField('performedAt', s.performedAt)} ${this.dateField('expiresAt', s.expiresAt)}
    ${this.selectField('responsibleId', s.responsible, staff, { placeholder: s.noResponsible })}
    ${this.textField('description', s.description, { maxLength: 4000, multiline: true, wide: true })}`;
    return this.renderEditor(editor.item ? s.editTitle(editor.item.subject) : s.addTitle, fields);
  }
}
