/**
 * The reference the client-list benchmark compares against: a bare Lit element with
 * @lit-labs/virtualizer over the same rows (name, phone, email, sales), paged from the same adapter
 * the same way (100 per request, pages loaded as the user scrolls), with search and jump-to-end, and
 * nothing else: no filters, selection, highlighting, metrics, chips, states or localization.
 */
import { LitElement, css, html } from 'lit';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import type { ClientSummary } from '../../src/model/client.js';

const PAGE = 100;
const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' });

export class BareList extends LitElement {
  static override styles = css`
    :host {
      display: block;
      height: 100%;
    }
    .body {
      height: 100%;
    }
    .row {
      display: grid;
      grid-template-columns: 2fr 1.2fr 2fr 1fr;
      align-items: center;
      width: 100%;
      height: 56px;
      padding: 0 8px;
      box-sizing: border-box;
      border-bottom: 1px solid #ddd;
    }
  `;

  adapter: ClientDataAdapter | undefined;
  search = '';
  items: (ClientSummary | null)[] = [];
  total = 0;
  private loaded = new Set<number>();
  private generation = 0;
  private readonly layout = flow();

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reset();
  }

  /** New query: first page, then a fresh array. */
  async reset(): Promise<void> {
    const generation = ++this.generation;
    const page = await this.adapter!.clients.list({ ...(this.search ? { search: this.search } : {}), offset: 0, limit: PAGE });
    if (generation !== this.generation) return;
    this.total = page.total;
    this.items = new Array<ClientSummary | null>(page.total).fill(null);
    page.items.forEach((item, index) => (this.items[index] = item));
    this.loaded = new Set([0]);
    this.requestUpdate();
  }

  private async load(page: number): Promise<void> {
    if (this.loaded.has(page)) return;
    this.loaded.add(page);
    const generation = this.generation;
    const result = await this.adapter!.clients.list({ ...(this.search ? { search: this.search } : {}), offset: page * PAGE, limit: PAGE });
    if (generation !== this.generation) return;
    result.items.forEach((item, index) => (this.items[page * PAGE + index] = item));
    this.requestUpdate();
  }

  async jumpToEnd(): Promise<void> {
    await this.load(Math.floor((this.total - 1) / PAGE));
    await this.updateComplete;
    const host = this.renderRoot.querySelector('.body') as VirtualizerHostElement;
    host[virtualizerRef]?.element(this.total - 1)?.scrollIntoView({ block: 'end' });
  }

  private readonly onRange = (event: RangeChangedEvent) => {
    for (let page = Math.max(0, Math.floor(event.first / PAGE)); page <= Math.floor(event.last / PAGE); page++) void this.load(page);
  };

  override render() {
    return html`<div class="body" @rangeChanged=${this.onRange}>
      ${virtualize({
        items: this.items,
        keyFunction: (_item: ClientSummary | null, index: number) => index,
        layout: this.layout,
        scroller: true,
        renderItem: (client: ClientSummary | null, index: number) =>
          client
            ? html`<div class="row" data-index=${index} data-id=${client.id}>
                <span>${[client.firstName, client.middleName, client.lastName].filter(Boolean).join(' ')}</span>
                <span>${client.phone ?? ''}</span>
                <span>${client.email ?? ''}</span>
                <span>${money.format(client.stats.totalSales.amountMinor / 100)}</span>
              </div>`
            : html`<div class="row" data-index=${index}></div>`,
      })}
    </div>`;
  }
}

/** Registers <bench-bare-list> (a function: package.json marks modules side-effect free). */
export function defineBareList(): void {
  if (!customElements.get('bench-bare-list')) customElements.define('bench-bare-list', BareList);
}
