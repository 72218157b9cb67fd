import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { commerceStrings } from '../../i18n/groups/commerce.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { dateTimeFormat } from '../../i18n/format.js';
import { PAYMENT_METHODS, TRANSACTION_CATEGORIES } from '../../model/sales.js';
import type { Transaction } from '../../model/sales.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { commerceTabStyles } from '../commerce/commerce-styles.js';
import { blockedState, renderLoadError } from '../commerce/tab-states.js';
import { renderMoreRow } from '../commerce/more-row.js';
import { lastMonths, miniChartStyles, monthLabel, renderBarChart, sumByMonth } from '../shared/mini-chart.js';
import { renderState } from '../shared/state-view.js';
import { totalsOf } from './transaction-totals.js';

type Category = (typeof TRANSACTION_CATEGORIES)[number];
type Method = (typeof PAYMENT_METHODS)[number];

/** Rows shown at first and added by "Show more". */
const PAGE_SIZE = 25;
/** Records read per request while collecting the filter's transactions (for its totals). */
const FETCH_SIZE = 200;
/** Never read more than this for one filter. */
const MAX_RECORDS = 5000;

/** Every transaction of a filter (the totals need them all), newest first. */
async function allMatching(
  adapter: ClientDataAdapter,
  clientId: string,
  filter: { categories?: Category[]; paymentMethods?: Method[] },
  signal: AbortSignal,
): Promise<{ items: Transaction[]; total: number }> {
  const items: Transaction[] = [];
  let cursor: string | undefined;
  let total = 0;
  do {
    const page = await adapter.transactions!.list(clientId, { limit: FETCH_SIZE, ...(cursor ? { cursor } : { offset: items.length }), filter }, { signal });
    items.push(...page.items);
    total = page.total;
    cursor = page.nextCursor ?? undefined;
    if (!page.items.length) break;
  } while (items.length < total && items.length < MAX_RECORDS);
  return { items, total };
}

/**
 * The client's transactions — payments in and refunds out: category, amount, payment method,
 * account, reference and date; filters by category, payment method and date range, and the totals (received,
 * refunded, net) for the filter. Needs the `invoices.view` permission (sales figures).
 *
 * @tagname client-transactions
 * @summary Transactions: category, amount, method, account, reference, date; filters and their totals.
 *
 * @cssprop --client-color-surface - Background of the table and totals.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-danger - Refunds (negative amounts).
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart filters - The filter controls.
 * @csspart totals - The totals for the filter.
 * @csspart table - The transactions table.
 * @csspart transaction - One transaction's row.
 * @csspart button - A button.
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`, `state-forbidden`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientTransactions extends ClientTabElement {
  static override strings = [fileStrings, commerceStrings];

  static override styles = [
    ...commerceTabStyles,
    miniChartStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space) calc(var(--_space) * 2);
        align-items: end;
        margin: 0 0 calc(var(--_space) * 1.5);
        padding: 0;
        border: 0;
      }
      .filters select {
        width: auto;
      }
      .reference {
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** The category filter ('' = any). */
  @state() category: Category | '' = '';
  /** The payment method filter ('' = any). */
  @state() paymentMethod: Method | '' = '';
  /** Only transactions on or after this day (YYYY-MM-DD, in the provider's time zone; '' = no bound). */
  @state() from = '';
  /** Only transactions on or before this day ('' = no bound). */
  @state() to = '';
  /** Rows shown. @internal */
  @state() private shown = PAGE_SIZE;

  private readonly data = new ResourceController(this, {
    args: () =>
      this.adapter?.transactions && this.clientId && this.can('invoices.view')
        ? ([this.adapter, this.clientId, this.category, this.paymentMethod] as const)
        : undefined,
    load: ([adapter, clientId, category, method], { signal }) =>
      allMatching(adapter, clientId, { ...(category ? { categories: [category] } : {}), ...(method ? { paymentMethods: [method] } : {}) }, signal),
  });

  /** The transactions matching the filters (all of them, not just the rows shown). */
  get transactions(): readonly Transaction[] {
    return this.data.value?.items ?? [];
  }

  private setFilter(patch: { category?: Category | ''; paymentMethod?: Method | ''; from?: string; to?: string }): void {
    if (patch.category !== undefined) this.category = patch.category;
    if (patch.paymentMethod !== undefined) this.paymentMethod = patch.paymentMethod;
    if (patch.from !== undefined) this.from = patch.from;
    if (patch.to !== undefined) this.to = patch.to;
    this.shown = PAGE_SIZE;
  }

  /** The loaded transactions within the date range (the adapter filters category and method). */
  private inRange(items: readonly Transaction[]): Transaction[] {
    if (!this.from && !this.to) return [...items];
    const day = dateTimeFormat('en-CA', { timeZone: this.localize.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    return items.filter((transaction) => {
      const date = day.format(new Date(transaction.occurredAt));
      return (!this.from || date >= this.from) && (!this.to || date <= this.to);
    });
  }

  override render() {
    const { t } = this.localize;
    const x = t.commerce.transactions;
    const blocked = blockedState(
      { adapter: this.adapter, available: !!this.adapter?.transactions, unavailableTitle: x.unavailable, clientId: this.clientId, allowed: this.can('invoices.view'), permissionsPending: this.permissionsPending },
      t,
    );
    if (blocked) return blocked;
    const filtered = this.category !== '' || this.paymentMethod !== '' || this.from !== '' || this.to !== '';
    return html`<div class="header"><h3 tabindex="-1">${x.title}</h3></div>
      ${this.renderFilters()}
      ${this.data.render({
        loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 5, label: x.loading }, t),
        error: (error) => renderLoadError(error, () => void this.data.reload(), t),
        ready: (data) => {
          const items = this.inRange(data.items);
          return items.length
            ? html`${this.renderTotals(items)} ${this.renderSpendCharts(items)} ${this.renderTable(items.slice(0, this.shown))}
              ${renderMoreRow(Math.min(this.shown, items.length), items.length, { loading: false, error: undefined }, this.localize, () => (this.shown += PAGE_SIZE))}`
            : filtered
              ? renderState({ kind: 'empty', title: x.noMatchTitle, message: x.noMatchMessage, action: { label: x.clearFilters, onClick: () => this.setFilter({ category: '', paymentMethod: '', from: '', to: '' }) } }, t)
              : renderState({ kind: 'empty', title: x.emptyTitle, message: x.emptyMessage }, t);
        },
      })}`;
  }

  private renderFilters(): TemplateResult {
    const x = this.localize.t.commerce.transactions;
    return html`<fieldset class="filters" part="filters">
      <legend class="visually-hidden">${x.filters}</legend>
      <div class="field">
        <label for="tx-category">${x.category}</label>
        <select id="tx-category" @change=${(event: Event) => this.setFilter({ category: (event.target as HTMLSelectElement).value as Category | '' })}>
          <option value="" ?selected=${this.category === ''}>${x.any}</option>
          ${TRANSACTION_CATEGORIES.map((category) => html`<option value=${category} ?selected=${this.category === category}>${x.categories[category]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="tx-method">${x.paymentMethod}</label>
        <select id="tx-method" @change=${(event: Event) => this.setFilter({ paymentMethod: (event.target as HTMLSelectElement).value as Method | '' })}>
          <option value="" ?selected=${this.paymentMethod === ''}>${x.any}</option>
          ${PAYMENT_METHODS.map((method) => html`<option value=${method} ?selected=${this.paymentMethod === method}>${x.methods[method]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="tx-from">${x.from}</label>
        <input id="tx-from" type="date" .value=${this.from} max=${this.to || nothing} @change=${(event: Event) => this.setFilter({ from: (event.target as HTMLInputElement).value })} />
      </div>
      <div class="field">
        <label for="tx-to">${x.to}</label>
        <input id="tx-to" type="date" .value=${this.to} min=${this.from || nothing} @change=${(event: Event) => this.setFilter({ to: (event.target as HTMLInputElement).value })} />
      </div>
    </fieldset>`;
  }

  /** Net spend per month over the last 12 months, one chart per currency with spend in that year. */
  private renderSpendCharts(items: readonly Transaction[]): TemplateResult[] {
    const localize = this.localize;
    const months = lastMonths(Date.now(), localize.timeZone);
    return totalsOf(items).flatMap(({ currency }) => {
      const sums = sumByMonth(items.filter((item) => item.amount.currency === currency), months, localize.timeZone, (item) => item.occurredAt, (item) => item.amount.amountMinor);
      if (!sums.some(Boolean)) return [];
      const points = months.map((key, i) => ({ label: monthLabel(key, localize.tag), value: sums[i]!, text: localize.money({ amountMinor: sums[i]!, currency }) }));
      return [renderBarChart(localize.t.commerce.transactions.spendChart(currency), points)];
    });
  }

  private renderTotals(items: readonly Transaction[]): TemplateResult {
    const localize = this.localize;
    const x = localize.t.commerce.transactions;
    return html`<section part="totals" aria-label=${x.totalsLabel}>
      ${totalsOf(items).map(
        (totals) => html`<dl class="figures totals" data-currency=${totals.currency}>
          <div class="figure count"><dt>${x.title}</dt><dd>${localize.plural(totals.count, x.count)}</dd></div>
          <div class="figure received"><dt>${x.totalIn}</dt><dd>${localize.money(totals.received)}</dd></div>
          <div class="figure refunded"><dt>${x.totalOut}</dt><dd>${localize.money(totals.refunded)}</dd></div>
          <div class="figure net"><dt>${x.net}</dt><dd class=${totals.net.amountMinor < 0 ? 'negative' : ''}>${localize.money(totals.net)}</dd></div>
        </dl>`,
      )}
    </section>`;
  }

  private renderTable(items: readonly Transaction[]): TemplateResult {
    const localize = this.localize;
    const x = localize.t.commerce.transactions;
    const c = x.columns;
    return html`<div class="table-wrap">
      <table part="table">
        <caption class="visually-hidden">${x.title}</caption>
        <thead>
          <tr>
            <th scope="col">${c.date}</th>
            <th scope="col">${c.category}</th>
            <th scope="col" class="num">${c.amount}</th>
            <th scope="col">${c.method}</th>
            <th scope="col">${c.account}</th>
            <th scope="col">${c.reference}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (transaction) => html`<tr part="transaction" data-id=${transaction.id}>
              <td data-label=${c.date}><time datetime=${transaction.occurredAt}>${localize.date(transaction.occurredAt)}</time></td>
              <td data-label=${c.category}>${x.categories[transaction.category]}</td>
              <td data-label=${c.amount} class="num ${transaction.amount.amountMinor < 0 ? 'negative' : ''}">${localize.money(transaction.amount)}</td>
              <td data-label=${c.method}>${x.methods[transaction.paymentMethod]}</td>
              <td data-label=${c.account}>${transaction.account.name}</td>
              <td data-label=${c.reference} class="reference">
                ${transaction.description || (transaction.invoiceId ? x.invoiceReference(transaction.invoiceId) : x.noReference)}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
