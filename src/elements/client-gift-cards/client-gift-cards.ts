import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { commerceStrings } from '../../i18n/groups/commerce.js';
import { fileStrings } from '../../i18n/groups/file.js';
import type { GiftCard } from '../../model/sales.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { commerceTabStyles } from '../commerce/commerce-styles.js';
import { blockedState, renderLoadError } from '../commerce/tab-states.js';
import { renderMoreRow } from '../commerce/more-row.js';
import { ShowMoreList } from '../commerce/show-more-list.js';
import { renderState } from '../shared/state-view.js';

const PAGE_SIZE = 20;
const DAY = 86_400_000;
/** An active card expiring within this many days is flagged. */
const EXPIRY_WARNING_DAYS = 30;

/**
 * A gift card code as shown: only its last four characters, whatever the backend sends (a masked
 * "•••• 4821" stays as it is; a full code is masked here).
 */
export function maskCode(code: string): { shown: string; last: string } {
  const compact = code.replace(/[\s-]/g, '');
  const last = compact.slice(-4);
  return { shown: `•••• ${last}`, last };
}

/**
 * The client's gift cards: code (partially masked), initial amount, balance, purchase and expiry
 * dates, status, and who it is for; the balance left on active cards; cards about to expire flagged.
 *
 * @tagname client-gift-cards
 * @summary Gift cards: masked code, initial amount, balance, purchase and expiry dates, status.
 *
 * @cssprop --client-color-surface - Background of the table.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-warning - Cards about to expire.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart figures - The balance on active cards.
 * @csspart table - The gift cards table.
 * @csspart gift-card - One card's row.
 * @csspart button - A button.
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`, `state-forbidden`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientGiftCards extends ClientTabElement {
  static override strings = [fileStrings, commerceStrings];

  static override styles = [
    ...commerceTabStyles,
    css`
      .code {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        white-space: nowrap;
      }
      .status-active {
        background: var(--_success-subtle);
      }
      .status-expired,
      .status-void,
      .status-redeemed {
        color: var(--_fg-muted);
      }
      .soon {
        display: block;
        font-size: var(--_font-size-small);
        color: var(--_fg);
        background: var(--_warning-subtle);
        border-radius: var(--_radius-small);
        padding: 0 4px;
        margin-top: 2px;
        width: fit-content;
      }
    `,
  ];

  private readonly list = new ShowMoreList(this, {
    args: () => (this.adapter?.giftCards && this.clientId ? ([this.adapter.giftCards, this.clientId] as const) : undefined),
    load: ([giftCards, clientId], range, signal) => giftCards.list(clientId, range, { signal }),
    pageSize: PAGE_SIZE,
  });

  /** The gift cards shown. */
  get giftCards(): readonly GiftCard[] {
    return this.list.value?.items ?? [];
  }

  override render() {
    const { t } = this.localize;
    const g = t.commerce.giftCards;
    const blocked = blockedState(
      { adapter: this.adapter, available: !!this.adapter?.giftCards, unavailableTitle: g.unavailable, clientId: this.clientId, allowed: true, permissionsPending: this.permissionsPending },
      t,
    );
    if (blocked) return blocked;
    return html`<div class="header"><h3 tabindex="-1">${g.title}</h3></div>
      ${this.list.render({
        loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 3, label: g.loading }, t),
        error: (error) => renderLoadError(error, () => void this.list.reload(), t),
        ready: (page) =>
          page.items.length
            ? html`${this.renderBalance(page.items)} ${this.renderTable(page.items)}
              ${page.total > PAGE_SIZE
                ? renderMoreRow(page.items.length, page.total, { loading: this.list.loadingMore, error: this.list.moreError }, this.localize, () => void this.list.loadMore())
                : nothing}`
            : renderState({ kind: 'empty', title: g.emptyTitle, message: g.emptyMessage }, t),
      })}`;
  }

  private renderBalance(cards: readonly GiftCard[]): TemplateResult | typeof nothing {
    const active = cards.filter((card) => card.status === 'active');
    if (!active.length) return nothing;
    const currency = active[0]!.balance.currency;
    const amountMinor = active.filter((card) => card.balance.currency === currency).reduce((sum, card) => sum + card.balance.amountMinor, 0);
    return html`<dl class="figures" part="figures">
      <div class="figure active-balance">
        <dt>${this.localize.t.commerce.giftCards.totalBalance}</dt>
        <dd>${this.localize.money({ amountMinor, currency })}</dd>
      </div>
    </dl>`;
  }

  /** Days until an active card expires, when that is soon. */
  private expiresInDays(card: GiftCard): number | undefined {
    if (card.status !== 'active' || !card.expiresAt) return undefined;
    const days = Math.ceil((Date.parse(`${card.expiresAt}T23:59:59Z`) - Date.now()) / DAY);
    return days >= 1 && days <= EXPIRY_WARNING_DAYS ? days : undefined;
  }

  private renderTable(cards: readonly GiftCard[]): TemplateResult {
    const localize = this.localize;
    const g = localize.t.commerce.giftCards;
    const c = g.columns;
    return html`<div class="table-wrap">
      <table part="table">
        <caption class="visually-hidden">${g.title}</caption>
        <thead>
          <tr>
            <th scope="col">${c.code}</th>
            <th scope="col" class="num">${c.initial}</th>
            <th scope="col" class="num">${c.balance}</th>
            <th scope="col">${c.purchased}</th>
            <th scope="col">${c.expires}</th>
            <th scope="col">${c.status}</th>
            <th scope="col">${c.recipient}</th>
          </tr>
        </thead>
        <tbody>
          ${cards.map((card) => {
            const code = maskCode(card.code);
            const soon = this.expiresInDays(card);
            return html`<tr part="gift-card" data-id=${card.id}>
              <th scope="row" data-label=${c.code}>
                <span class="code" aria-hidden="true">${code.shown}</span><span class="visually-hidden">${g.codeEnding(code.last)}</span>
              </th>
              <td data-label=${c.initial} class="num">${localize.money(card.initialValue)}</td>
              <td data-label=${c.balance} class="num">${localize.money(card.balance)}</td>
              <td data-label=${c.purchased}><time datetime=${card.purchasedAt}>${localize.date(card.purchasedAt)}</time></td>
              <td data-label=${c.expires}>
                ${card.expiresAt ? html`<time datetime=${card.expiresAt}>${localize.date(card.expiresAt)}</time>` : g.noExpiry}
                ${soon !== undefined ? html`<span class="soon">${localize.plural(soon, g.expiresSoon)}</span>` : nothing}
              </td>
              <td data-label=${c.status}><span class="pill status-${card.status}">${g.statuses[card.status]}</span></td>
              <td data-label=${c.recipient}>${card.recipientName ?? localize.t.common.empty}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}
