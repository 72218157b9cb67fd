import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { MembershipsApi } from '../../adapter/contract.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { salesStrings } from '../../i18n/groups/sales.js';
import type { StringsSource } from '../../i18n/strings.js';
import { Membership, type CreditPatch, type MembershipCredit, type MembershipPatch } from '../../model/membership.js';
import type { RecordData } from '../client-file/record-tab.js';
import { RecordTabElement } from '../client-file/record-tab.js';
import { recordTabSheets } from '../client-file/record-tab.styles.js';
import { deepActiveElement, returnFocus } from '../shared/confirm-dialog.js';
import { renderDateField } from '../shared/date-field.js';
import { errorMessage, renderState } from '../shared/state-view.js';
import { submissionKey } from '../shared/submission-key.js';
import { renderCancelDialog, type CancelDraft } from './membership-cancel.js';
import { renderCredits, renderPayments } from './membership-view.js';

interface EditDraft {
  id: string;
  brand: string;
  last4: string;
  nextPaymentAt: string;
  note: string;
  problem: string;
  error: unknown;
  conflict: boolean;
  saving: boolean;
}

/**
 * The client's memberships: plan, status, price and next payment date; credits per service (used /
 * total, each credit's status and expiry editable); payment activity (successful and failed
 * attempts); edit the card label, next payment date and note (a stale edit shows the conflict and
 * keeps the draft); charge the next payment; cancel after the cancellation fee is quoted, in a
 * dialog. Charging and cancelling are idempotent: the key is made once per submission, so a double
 * click or a retry after a lost response has exactly one effect.
 *
 * Needs `clients.view` to show and `memberships.manage` to change.
 *
 * @tagname client-memberships
 * @summary Memberships: credits, payments, edit, charge the next payment, cancel with the fee quoted.
 *
 * @fires client-record-change - A membership or one of its credits changed, was charged or cancelled. `detail: { clientId, namespace: 'memberships', action: 'update', id }`.
 * @fires client-dirty-change - The edit form started or stopped holding unsaved changes. `detail: { dirty }`.
 *
 * @cssprop --client-color-surface - Background of entries.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Primary buttons.
 * @cssprop --client-color-danger - Failed payments, cancelling, errors.
 *
 * @csspart list - The list of memberships.
 * @csspart item - One membership.
 * @csspart status - A membership's status.
 * @csspart credits - The credits of one service.
 * @csspart payments - The payment activity.
 * @csspart form - The edit form.
 * @csspart dialog - The cancellation dialog.
 * @csspart button - A button (also `button-primary`).
 * @csspart message - The message after a change.
 * @csspart state - A loading, empty, error, not-found or forbidden state.
 */
export class ClientMemberships extends RecordTabElement<Membership> {
  static override strings: readonly StringsSource[] = [fileStrings, salesStrings];
  static override styles = [
    ...recordTabSheets,
    css`
      .item { grid-template-columns: minmax(0, 1fr); }
      .item .item-actions { grid-column: 1; grid-row: auto; justify-content: start; margin-top: 4px; }
      .credits, .payments { border-collapse: collapse; width: 100%; font-size: var(--_font-size-small); margin-block: 4px 8px; }
      .credits caption { text-align: start; font-weight: 600; padding-block: 4px; }
      .credits th, .credits td, .payments th, .payments td { text-align: start; padding: 4px 6px; border-bottom: 1px solid var(--_border); }
      .payments .number { text-align: end; font-variant-numeric: tabular-nums; }
      .payment-failed .payment-status, .failure { color: var(--_danger); font-weight: 600; }
      .status-active { color: var(--_success); background: var(--_success-subtle); }
      .status-past-due, .status-cancelled, .status-expired { color: var(--_danger); background: var(--_danger-subtle); }
      .cancel-dialog { max-width: 28rem; border: 1px solid var(--_border); border-radius: 8px; background: var(--_surface, Canvas); color: inherit; }
      .cancel-dialog .fee { font-weight: 700; }
      .checkbox { display: flex; gap: 6px; align-items: center; }
    `,
  ];

  /** The open edit form. @internal */
  @state() private edit: EditDraft | undefined;
  /** The open cancellation dialog. @internal */
  @state() private cancelDraft: CancelDraft | undefined;
  /** Memberships being charged. @internal */
  @state() private charging = new Set<string>();

  protected readonly namespace = 'memberships' as const;
  protected readonly viewPermission = 'clients.view' as const;
  protected readonly managePermission = 'memberships.manage' as const;
  protected readonly schema = Membership;

  /* The key of a charge not yet confirmed, per membership: a retry after a failure (or a lost response) reuses it. */
  private chargeKeys = new Map<string, string>();
  private returnTo: Element | null = null;
  private wasDirty = false;

  private get memberships(): MembershipsApi | undefined {
    return this.adapter?.memberships;
  }

  protected stateTexts() {
    const m = this.localize.t.sales.memberships;
    return { loading: m.loading, unavailable: m.unavailable };
  }

  override get hasUnsavedChanges(): boolean {
    const edit = this.edit;
    const item = edit && this.items.find((entry) => entry.id === edit.id);
    if (!edit || !item) return false;
    const original = this.editOf(item);
    return (['brand', 'last4', 'nextPaymentAt', 'note'] as const).some((key) => edit[key] !== original[key]);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const dirty = this.hasUnsavedChanges;
    if (dirty !== this.wasDirty) {
      this.wasDirty = dirty;
      this.emit('client-dirty-change', { dirty });
    }
  }

  private editOf(item: Membership): EditDraft {
    return { id: item.id, brand: item.card?.brand ?? '', last4: item.card?.last4 ?? '', nextPaymentAt: item.nextPaymentAt ?? '', note: item.note, problem: '', error: undefined, conflict: false, saving: false };
  }

  /** Opens the edit form of a membership. */
  startEdit(item: Membership): void {
    this.edit = this.editOf(item);
    this.message = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#membership-brand')?.focus());
  }

  private closeEdit(): void {
    const id = this.edit?.id;
    this.edit = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-edit="${CSS.escape(id ?? '')}"]`)?.focus());
  }

  /** Saves the edit form; a stale version shows the conflict and keeps the draft (saving again overwrites). */
  async saveEdit(): Promise<void> {
    const edit = this.edit;
    const api = this.memberships;
    const item = edit && this.items.find((entry) => entry.id === edit.id);
    if (!edit || !api || !item || edit.saving) return;
    const m = this.localize.t.sales.memberships;
    const brand = edit.brand.trim();
    const last4 = edit.last4.trim();
    if (!!brand !== !!last4) return void (this.edit = { ...edit, problem: m.cardIncomplete });
    if (last4 && !/^\d{4}$/.test(last4)) return void (this.edit = { ...edit, problem: m.last4Invalid });
    const patch: MembershipPatch = { card: brand ? { brand: brand.slice(0, 40), last4 } : null, nextPaymentAt: edit.nextPaymentAt || null, note: edit.note };
    this.edit = { ...edit, problem: '', error: undefined, saving: true };
    try {
      const saved = await api.update(this.clientId, item.id, patch, { expectedVersion: item.version });
      this.replaceItem(saved);
      this.emitChange('update', saved.id);
      this.closeEdit();
    } catch (error) {
      const latest = this.latestFrom(error);
      if (latest) this.replaceItem(latest);
      if (this.edit) this.edit = { ...this.edit, saving: false, conflict: !!latest, error: latest ? undefined : error };
    }
  }

  /** Changes a credit's status or expiry at once (undone with a message if the adapter refuses). */
  changeCredit(item: Membership, credit: MembershipCredit, patch: CreditPatch): void {
    const credits = item.credits.map((entry) => (entry.id === credit.id ? { ...entry, ...patch } : entry));
    this.changeNow(item, { credits }, (adapter) => adapter.memberships!.updateCredit(this.clientId, item.id, credit.id, patch));
  }

  /** Charges the next payment once; a retry after a failure reuses the same key. */
  async charge(item: Membership): Promise<void> {
    const api = this.memberships;
    if (!api || this.charging.has(item.id)) return;
    const key = this.chargeKeys.get(item.id) ?? submissionKey('mbr-pay');
    this.chargeKeys.set(item.id, key);
    this.charging = new Set([...this.charging, item.id]);
    this.message = '';
    try {
      const saved = await api.processPayment(this.clientId, item.id, { idempotencyKey: key });
      this.chargeKeys.delete(item.id);
      this.replaceItem(saved);
      this.emitChange('update', saved.id);
      this.message = this.localize.t.sales.memberships.paymentDone(this.localize.money(saved.payments[0]?.amount ?? saved.price));
    } catch (error) {
      const latest = this.latestFrom(error);
      if (latest) this.replaceItem(latest);
      this.message = errorMessage(error, this.localize.t);
    } finally {
      const rest = new Set(this.charging);
      rest.delete(item.id);
      this.charging = rest;
    }
  }

  /** Opens the cancellation dialog and asks the adapter for the fee. */
  askCancel(item: Membership): void {
    this.returnTo = deepActiveElement();
    this.message = '';
    this.cancelDraft = { membership: item, quote: undefined, quoteError: undefined, chargeFee: true, reason: '', busy: false, error: undefined, key: undefined, keyFor: undefined };
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.cancel-dialog');
      if (dialog && !dialog.open) dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('#cancel-reason')?.focus();
    });
    void this.loadQuote();
  }

  private async loadQuote(): Promise<void> {
    const draft = this.cancelDraft;
    const api = this.memberships;
    if (!draft || !api) return;
    this.cancelDraft = { ...draft, quoteError: undefined };
    try {
      const quote = await api.cancellationQuote(this.clientId, draft.membership.id);
      if (this.cancelDraft?.membership.id === draft.membership.id) this.cancelDraft = { ...this.cancelDraft, quote };
    } catch (error) {
      if (this.cancelDraft?.membership.id === draft.membership.id) this.cancelDraft = { ...this.cancelDraft, quoteError: error };
    }
  }

  private closeCancel(): void {
    const id = this.cancelDraft?.membership.id;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.cancel-dialog')?.close();
    this.cancelDraft = undefined;
    const back = this.returnTo && this.returnTo !== document.body && this.returnTo.isConnected ? this.returnTo : this.renderRoot.querySelector(`[data-cancel="${CSS.escape(id ?? '')}"], h3`);
    this.returnTo = null;
    void this.updateComplete.then(() => returnFocus(back));
  }

  /** Cancels once with the quoted fee (or without it); a failure keeps the dialog filled, a retry reuses the key. */
  async confirmCancel(): Promise<void> {
    const draft = this.cancelDraft;
    const api = this.memberships;
    if (!draft || draft.busy || !draft.quote || !api) return;
    const chargeFee = draft.chargeFee && draft.quote.fee.amountMinor > 0;
    const reason = draft.reason.trim();
    const submission = JSON.stringify([chargeFee, reason]);
    const key = draft.keyFor === submission && draft.key ? draft.key : submissionKey('mbr-cancel');
    this.cancelDraft = { ...draft, busy: true, error: undefined, key, keyFor: submission };
    try {
      const saved = await api.cancel(this.clientId, draft.membership.id, { chargeFee, ...(reason ? { reason } : {}), idempotencyKey: key });
      this.replaceItem(saved);
      this.emitChange('update', saved.id);
      this.closeCancel();
      this.message = this.localize.t.sales.memberships.cancelledMessage;
    } catch (error) {
      if (this.cancelDraft) this.cancelDraft = { ...this.cancelDraft, busy: false, error };
    }
  }

  protected renderReady(data: RecordData<Membership>): TemplateResult {
    const m = this.localize.t.sales.memberships;
    return html`<div class="header"><h3 tabindex="-1">${m.title}</h3></div>
      <p class="intro">${this.canManage ? m.intro : this.localize.t.provider.readOnly}</p>
      ${data.items.length
        ? html`<ul class="list" part="list">${data.items.map((item) => this.renderItem(item))}</ul>`
        : renderState({ kind: 'empty', title: m.emptyTitle, message: m.emptyMessage }, this.localize.t)}
      ${this.renderMessage()}
      ${this.cancelDraft
        ? renderCancelDialog(this.cancelDraft, this.localize, {
            input: (patch) => (this.cancelDraft = this.cancelDraft && { ...this.cancelDraft, ...patch }),
            confirm: () => void this.confirmCancel(),
            close: () => this.closeCancel(),
            retryQuote: () => void this.loadQuote(),
          })
        : nothing}`;
  }

  private renderItem(item: Membership): TemplateResult {
    const m = this.localize.t.sales.memberships;
    const live = item.status !== 'cancelled' && item.status !== 'expired';
    const charging = this.charging.has(item.id);
    return html`<li class="item" part="item" data-id=${item.id}>
      <p class="item-title">
        <span class="name">${item.planName}</span>
        <span class="status status-${item.status}" part="status">${m.statuses[item.status]}</span>
      </p>
      <p class="meta">
        <strong class="price">${m.price(this.localize.money(item.price), item.billingPeriod)}</strong>
        <span class="next-payment">${item.nextPaymentAt ? m.nextPayment(this.localize.date(item.nextPaymentAt)) : m.noNextPayment}</span>
        <span class="card">${item.card ? m.card(item.card.brand, item.card.last4) : m.noCard}</span>
        <span>${m.started(this.localize.date(item.startedAt), item.center.name)}</span>
      </p>
      ${item.note ? html`<p class="text note">${item.note}</p>` : nothing}
      ${this.edit?.id === item.id ? this.renderEdit(item) : nothing}
      <p class="section-title">${m.credits}</p>
      ${renderCredits(item, this.localize, { editable: this.canManage && live, pending: this.mutation.isPending(item.id), change: (credit, patch) => this.changeCredit(item, credit, patch) })}
      <p class="section-title">${m.payments}</p>
      ${renderPayments(item, this.localize)}
      ${this.canManage && live && this.edit?.id !== item.id
        ? html`<div class="item-actions">
            <button type="button" class="button small primary" part="button button-primary" data-charge=${item.id} ?disabled=${charging} @click=${() => void this.charge(item)}>
              ${charging ? m.processing : m.processPayment}<span class="visually-hidden"> ${item.planName}</span>
            </button>
            <button type="button" class="button small" part="button" data-edit=${item.id} @click=${() => this.startEdit(item)}>${m.edit}<span class="visually-hidden"> ${item.planName}</span></button>
            <button type="button" class="button small danger" part="button" data-cancel=${item.id} @click=${() => this.askCancel(item)}>${m.cancel}<span class="visually-hidden"> ${item.planName}</span></button>
          </div>`
        : nothing}
    </li>`;
  }

  private renderEdit(item: Membership): TemplateResult {
    const edit = this.edit!;
    const { t } = this.localize;
    const m = t.sales.memberships;
    const input = (key: 'brand' | 'last4' | 'note') => (event: Event) => (this.edit = this.edit && { ...this.edit, [key]: (event.target as HTMLInputElement).value, problem: '' });
    return html`<form class="form" part="form" novalidate aria-labelledby="membership-edit-title"
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.saveEdit();
      }}
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') this.closeEdit();
      }}>
      <h4 id="membership-edit-title">${m.editTitle(item.planName)}</h4>
      ${edit.conflict ? html`<div class="conflict-note" role="alert"><p>${m.conflict}</p></div>` : nothing}
      <div class="fields">
        <div class="field" part="field"><label for="membership-brand">${m.cardBrand}</label>
          <input id="membership-brand" maxlength="40" .value=${edit.brand} aria-describedby=${edit.problem ? 'membership-card-error' : nothing} @input=${input('brand')} /></div>
        <div class="field" part="field"><label for="membership-last4">${m.cardLast4}</label>
          <input id="membership-last4" inputmode="numeric" maxlength="4" .value=${edit.last4} aria-invalid=${edit.problem ? 'true' : 'false'} aria-describedby=${edit.problem ? 'membership-card-error' : nothing} @input=${input('last4')} /></div>
        ${edit.problem ? html`<span class="field-error wide" id="membership-card-error">${edit.problem}</span>` : nothing}
        <div class="field" part="field"><label for="membership-next">${m.nextPaymentAt}</label>
          ${renderDateField({ id: 'membership-next', value: edit.nextPaymentAt, localize: this.localize, onChange: (iso) => (this.edit = this.edit && { ...this.edit, nextPaymentAt: iso }) })}</div>
        <div class="field wide" part="field"><label for="membership-note">${m.note}</label>
          <textarea id="membership-note" maxlength="2000" .value=${edit.note} @input=${input('note')}></textarea></div>
      </div>
      ${edit.error !== undefined ? html`<div class="error-summary" role="alert"><p><strong>${m.failed}</strong> ${errorMessage(edit.error, t)}</p></div>` : nothing}
      <div class="form-buttons">
        <button type="button" class="button" part="button" ?disabled=${edit.saving} @click=${() => this.closeEdit()}>${t.common.cancel}</button>
        <button type="submit" class="button primary" part="button button-primary" ?disabled=${edit.saving}>${edit.saving ? t.common.saving : t.common.save}</button>
      </div>
    </form>`;
  }
}
