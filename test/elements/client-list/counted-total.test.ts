/*
 * A backend that counts a broad search only so far (the reference server on a million clients):
 * its pages say `totalExact: false`. The list shows "1,051+ clients" and scrolls through what was
 * counted, then takes the exact number from the metrics of the same query.
 */
import { expect } from '@open-wc/testing';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import type { ClientMetrics } from '../../../src/model/index.js';
import { $, click, memory, mountList, rows, textOf, type, until } from './helpers.js';

/** The memory adapter with the reference server's counting (50 past a page for searches), and metrics held until released. */
function countingAdapter() {
  const inner = memory({ clientCount: 3000, latency: 0 });
  let release: () => void = () => undefined;
  let held = new Promise<void>((resolve) => (release = resolve));
  const adapter: ClientDataAdapter = {
    ...inner,
    clients: {
      ...inner.clients,
      async list(query, options) {
        const page = await inner.clients.list(query, options);
        if (!query.search) return page;
        const counted = Math.min(page.total, page.offset + (query.limit ?? 50) + 51);
        return counted < page.total ? { ...page, total: counted, totalExact: false } : page;
      },
      async metrics(query, options): Promise<ClientMetrics> {
        const metrics = await inner.clients.metrics(query, options);
        if (query.search) await held;
        return metrics;
      },
    },
  };
  return {
    adapter,
    inner,
    release: () => release(),
    hold: () => (held = new Promise<void>((resolve) => (release = resolve))),
  };
}

describe('<client-list> with a total counted only so far', () => {
  it('says "N+ clients" until the metrics count them all, then the exact number; the rows scroll that far', async () => {
    const backend = countingAdapter();
    const list = await mountList(backend.adapter);
    list.debounce = 0;
    await list.updateComplete;
    const exact = (await backend.inner.clients.list({ search: 'a', limit: 1 })).total;
    expect(exact).to.be.greaterThan(1000);
    type($<HTMLInputElement>(list, '.search-input'), 'a');
    const counted = await until(() => (textOf($(list, '.total')).includes('+') ? textOf($(list, '.total')) : null), 'the total never said "at least"');
    expect(counted).to.match(/^[\d,]+\+ clients$/);
    expect(list.total).to.be.lessThan(exact);
    expect($(list, '[role="status"]')!.textContent).to.match(/More than [\d,]+ clients found/);
    // Selecting: "all N matching" waits for the exact N (it would name the count so far).
    click(rows(list)[0]!.querySelector('[data-action="select"]'));
    await until(() => $(list, '.bulk-bar'), 'no bulk bar');
    expect($(list, '.bulk-count .link-button'), 'no "select all matching" before the count').to.equal(null);
    backend.release();
    await until(() => textOf($(list, '.total')) === `${exact.toLocaleString('en')} clients`, 'the exact total never showed');
    expect(list.total).to.equal(exact);
    expect(textOf(await until(() => $(list, '.bulk-count .link-button'), 'no "select all matching" with the count'))).to.equal(
      `Select all ${exact.toLocaleString('en')} matching clients`,
    );
    // The scrollbar reaches the last client: the list is as long as the exact count.
    const body = $(list, '.body')!;
    body.scrollTop = body.scrollHeight;
    await until(() => $(list, `.body > .row[data-index="${exact - 1}"][data-id]`), 'the last client never showed');
    expect(rows(list).length).to.be.greaterThan(0);
    await expect(list).to.be.accessible();
  });

  it('keeps "N+ clients" when the metrics fail (the count was right as far as it went)', async () => {
    const backend = countingAdapter();
    let failed = 0;
    backend.adapter.clients.metrics = async () => {
      failed++;
      throw new Error('metrics are down');
    };
    const list = await mountList(backend.adapter);
    list.debounce = 0;
    await list.updateComplete;
    await until(() => failed > 0, 'the metrics of the whole list were never asked for');
    const before = failed;
    type($<HTMLInputElement>(list, '.search-input'), 'a');
    await until(() => textOf($(list, '.total')).includes('+'), 'the total never said "at least"');
    await until(() => failed > before, 'the metrics of the search were never asked for');
    await list.updateComplete;
    expect(textOf($(list, '.total'))).to.match(/^[\d,]+\+ clients$/);
  });

  it('in Spanish and Portuguese', async () => {
    for (const [locale, pattern] of [
      ['es', /^[\d.]+\+ clientes$/],
      ['pt-BR', /^[\d.]+\+ clientes$/],
    ] as const) {
      const backend = countingAdapter();
      const list = await mountList(backend.adapter, { locale });
      list.debounce = 0;
      await list.updateComplete;
      type($<HTMLInputElement>(list, '.search-input'), 'a');
      const text = await until(() => (textOf($(list, '.total')).includes('+') ? textOf($(list, '.total')) : null), `${locale}: no "at least" total`);
      expect(text).to.match(pattern);
      backend.release();
    }
  });
});
