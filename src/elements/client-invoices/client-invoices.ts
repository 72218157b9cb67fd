import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { commerceStrings } from '../../i18n/groups/commerce.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { INVOICE_STATUSES } from '../../model/sales.js';
import type { Invoice, InvoiceStatus } from '../../model/sales.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { commerceTabStyles } from '../commerce/commerce-styles.js';
import { blockedState, renderLoadError } from '../commerce/tab-states.js';
import { renderMoreRow } from '../commerce/more-row.js';
import { ShowMoreList } from '../commerce/show-more-list.js';
import { deepActiveElement, returnFocus } from '../shared/confirm-dialog.js';
import { errorMessage, renderState } from '../shared/state-view.js';
import { renderInvoiceDetail } from './invoice-detail.js';

/** `client-invoice-open`: the user asked for an invoice's detail. Cancel it to show your own. */
export interface ClientInvoiceOpenDetail {
  clientId: string;
  invoiceId: string;
  /** The invoice as listed. */
  invoice: Invoice;
}

declare global {
  interface HTMLElementEventMap {
    'client-invoice-open': CustomEvent<ClientInvoiceOpenDetail>;
  }
}

const PAGE_SIZE = 20;

/** The detail panel: the invoice as listed, then as the adapter returns it (with its lines). */
interface Detail {
  invoice: Invoice;
  loading: boolean;
  error: unknown;
}

/**
 * The client's invoices: number, date, total, amount paid and status (paid, pending, void…), paged,
 * with a status filter. Choosing an invoice fires the cancelable `client-invoice-open`; unless the
 * host cancels it, a detail panel opens with the invoice's lines and totals (lines when the adapter
 * provides them). Needs the `invoices.view` permission.
 *
 * @tagname client-invoices
 * @summary Invoices: number, date, total, status; quick access to the detail with its lines.
 *
 * @fires client-invoice-open - The user chose an invoice. `detail: { clientId, invoiceId, invoice }`. Cancelable: `preventDefault()` keeps the panel closed (the host shows its own detail).
 *
 * @cssprop --client-color-surface - Background of the table and panel.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Links and primary buttons.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart table - The invoices table.
 * @csspart invoice - One invoice's row.
 * @csspart filter - The status filter.
 * @csspart detail - The detail panel (a dialog).
 * @csspart lines - The lines table of the detail.
 * @csspart button - A button.
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`, `state-forbidden`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientInvoices extends ClientTabElement {
  static override strings = [fileStrings, commerceStrings];

  static override styles = [
    ...commerceTabStyles,
    css`
      .header {
        align-items: end;
      }
      h3 {
        margin-inline-end: auto;
      }
      .filter {
        display: flex;
        align-items: center;
        gap: var(--_space);
      }
      .filter select {
        width: auto;
      }
      .link {
        font: inherit;
        font-weight: 600;
        color: var(--_accent);
        background: none;
        border: 0;
        padding: 0;
        cursor: pointer;
        text-decoration: underline;
        text-underline-offset: 2px;
      }
      .status-paid {
        background: var(--_success-subtle);
      }
      .status-issued,
      .status-partially-paid {
        background: var(--_warning-subtle);
      }
      .status-void,
      .status-draft {
        color: var(--_fg-muted);
      }
      dialog.detail {
        max-width: min(44rem, calc(100vw - 2rem));
        width: 100%;
      }
      .detail-head {
        display: flex;
        justify-content: space-between;
        gap: var(--_space);
        align-items: start;
      }
      .facts,
      .totals {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
        gap: var(--_space);
        margin: 0 0 calc(var(--_space) * 1.5);
      }
      .facts dt,
      .totals dt {
        font-size: var(--_font-size-small);
        color: var(--_fg-muted);
      }
      .facts dd,
      .totals dd {
        margin: 2px 0 0;
        text-align: start;
      }
      .totals {
        margin-top: calc(var(--_space) * 1.5);
      }
      .totals .grand dd {
        font-weight: 700;
      }
      h5 {
        margin: 0 0 var(--_space);
        font-size: var(--_font-size);
      }
    `,
  ];

  /** The status filter ('' = every status). @internal */
  @state() private status: InvoiceStatus | '' = '';
  /** The open detail panel. @internal */
  @state() private detail: Detail | undefined;

  private returnTo: Element | null = null;

  private readonly list = new ShowMoreList(this, {
    args: () =>
      this.adapter?.invoices && this.clientId && this.can('invoices.view') ? ([this.adapter.invoices, this.clientId, this.status] as const) : undefined,
    load: ([invoices, clientId, status], range, signal) => invoices.list(clientId, { ...range, ...(status ? { filter: { statuses: [status] } } : {}) }, { signal }),
    pageSize: PAGE_SIZE,
  });

  /** The invoices shown. */
  get invoices(): readonly Invoice[] {
    return this.list.value?.items ?? [];
  }

  /** Asks to open an invoice: fires `client-invoice-open`; unless canceled, shows the detail panel. */
  openInvoice(invoice: Invoice): void {
    const event = this.emit('client-invoice-open', { clientId: this.clientId, invoiceId: invoice.id, invoice }, { cancelable: true });
    if (event.defaultPrevented) return;
    this.returnTo = deepActiveElement();
    this.detail = { invoice, loading: true, error: undefined };
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail');
      if (dialog && !dialog.open) dialog.showModal();
    });
    void this.loadDetail(invoice);
  }

  private async loadDetail(invoice: Invoice): Promise<void> {
    const invoices = this.adapter?.invoices;
    if (!invoices) return;
    try {
      const fresh = await invoices.get(this.clientId, invoice.id);
      if (this.detail?.invoice.id === invoice.id) this.detail = { invoice: fresh, loading: false, error: undefined };
    } catch (error) {
      if (this.detail?.invoice.id === invoice.id) this.detail = { ...this.detail, loading: false, error };
    }
  }

  private closeDetail(): void {
    const id = this.detail?.invoice.id;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.detail')?.close();
    this.detail = undefined;
    const back = this.returnTo && this.returnTo !== document.body ? this.returnTo : this.renderRoot.querySelector(`[data-open="${CSS.escape(id ?? '')}"]`);
    this.returnTo = null;
    void this.updateComplete.then(() => returnFocus(back));
  }

  override render() {
    const { t } = this.localize;
    const i = t.commerce.invoices;
    const blocked = blockedState(
      { adapter: this.adapter, available: !!this.adapter?.invoices, unavailableTitle: i.unavailable, clientId: this.clientId, allowed: this.can('invoices.view'), permissionsPending: this.permissionsPending },
      t,
    );
    if (blocked) return blocked;
    return html`<div class="header">
        <h3 tabindex="-1">${i.title}</h3>
        <label class="filter" part="filter">
          <span>${i.filterLabel}</span>
          <select @change=${(event: Event) => (this.status = (event.target as HTMLSelectElement).value as InvoiceStatus | '')}>
            <option value="" ?selected=${this.status === ''}>${i.allStatuses}</option>
            ${INVOICE_STATUSES.map((status) => html`<option value=${status} ?selected=${this.status === status}>${i.statuses[status]}</option>`)}
          </select>
        </label>
      </div>
      ${this.list.render({
        loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 5, label: i.loading }, t),
        error: (error) => renderLoadError(error, () => void this.list.reload(), t),
        ready: (page) =>
          page.items.length
            ? html`${this.renderTable(page.items)}
              ${renderMoreRow(page.items.length, page.total, { loading: this.list.loadingMore, error: this.list.moreError }, this.localize, () => void this.list.loadMore())}`
            : renderState({ kind: 'empty', title: i.emptyTitle, message: this.status ? t.commerce.transactions.noMatchMessage : i.emptyMessage }, t),
      })}
      ${this.detail ? this.renderDetail(this.detail) : nothing}`;
  }

  private renderTable(invoices: readonly Invoice[]): TemplateResult {
    const localize = this.localize;
    const i = localize.t.commerce.invoices;
    const c = i.columns;
    return html`<div class="table-wrap">
      <table part="table">
        <caption class="visually-hidden">${i.title}</caption>
        <thead>
          <tr>
            <th scope="col">${c.number}</th>
            <th scope="col">${c.date}</th>
            <th scope="col" class="num">${c.total}</th>
            <th scope="col" class="num">${c.paid}</th>
            <th scope="col">${c.status}</th>
          </tr>
        </thead>
        <tbody>
          ${invoices.map(
            (invoice) => html`<tr part="invoice" data-id=${invoice.id}>
              <th scope="row" data-label=${c.number}>
                <button type="button" class="link" data-open=${invoice.id} aria-label=${i.open(invoice.number)} @click=${() => this.openInvoice(invoice)}>${invoice.number}</button>
              </th>
              <td data-label=${c.date}><time datetime=${invoice.issuedAt}>${localize.date(invoice.issuedAt)}</time></td>
              <td data-label=${c.total} class="num">${localize.money(invoice.total)}</td>
              <td data-label=${c.paid} class="num">${localize.money(invoice.amountPaid)}</td>
              <td data-label=${c.status}><span class="pill status-${invoice.status}">${i.statuses[invoice.status]}</span></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderDetail(detail: Detail): TemplateResult {
    const { t } = this.localize;
    const i = t.commerce.invoices;
    return html`<dialog
      class="detail"
      part="detail"
      aria-labelledby="invoice-detail-title"
      aria-busy=${detail.loading ? 'true' : 'false'}
      @cancel=${(event: Event) => {
        event.preventDefault();
        this.closeDetail();
      }}
    >
      <div class="detail-head">
        <h4 id="invoice-detail-title">${i.detailTitle(detail.invoice.number)}</h4>
        <button type="button" class="button small close" part="button" autofocus @click=${() => this.closeDetail()}>${t.common.close}<span class="visually-hidden"> ${i.detailTitle(detail.invoice.number)}</span></button>
      </div>
      ${detail.error !== undefined ? html`<p class="message error" role="alert">${errorMessage(detail.error, t)}</p>` : nothing}
      ${renderInvoiceDetail(detail.invoice, this.localize)}
    </dialog>`;
  }
}
