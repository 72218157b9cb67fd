import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import '../../../src/define/client-transactions.js';
import '../../../src/define/client-provider.js';
import type { ClientTransactions } from '../../../src/elements/client-transactions/client-transactions.js';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { startMockBackend } from '../../../mocks/browser.js';
import { ALL_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import type { Transaction } from '../../../src/model/sales.js';
import { $, $$, click, memory, setValue, textOf, until } from '../client-file/helpers.js';

/** 29 transactions in the demo data (seed 7). */
const CLIENT = 'cl-000002';
const euros = (amountMinor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(amountMinor / 100);

async function mount(adapter: ClientDataAdapter, clientId = CLIENT, permissions?: readonly Permission[]) {
  const element = await fixture<ClientTransactions>(html`<client-transactions client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-transactions>`);
  await until(element, '[part="transaction"], [part~="state"]:not([part~="state-loading"])');
  return element;
}

async function all(adapter: ClientDataAdapter, filter: object = {}): Promise<Transaction[]> {
  return (await adapter.transactions!.list(CLIENT, { limit: 500, filter })).items;
}

const figure = (element: Element, name: string) => textOf($(element, `[part="totals"] .${name} dd`));

describe('<client-transactions>', () => {
  it('lists category, amount, method, account, reference and date, with the totals', async () => {
    const adapter = memory();
    const element = await mount(adapter);
    await expect(element).to.be.accessible();
    const items = await all(adapter);
    expect($$(element, '[part="transaction"]').length).to.equal(Math.min(25, items.length));
    const first = items[0]!;
    const cells = [...$$(element, '[part="transaction"]')[0]!.querySelectorAll('td')].map((cell) => textOf(cell));
    expect(cells[2]).to.equal(euros(first.amount.amountMinor));
    expect(cells[4]).to.equal(first.account.name);
    const received = items.filter((t) => t.amount.amountMinor > 0).reduce((sum, t) => sum + t.amount.amountMinor, 0);
    const refunded = -items.filter((t) => t.amount.amountMinor < 0).reduce((sum, t) => sum + t.amount.amountMinor, 0);
    expect(figure(element, 'received')).to.equal(euros(received));
    expect(figure(element, 'refunded')).to.equal(euros(refunded));
    expect(figure(element, 'net')).to.equal(euros(received - refunded));
    expect(figure(element, 'count')).to.equal(`${items.length} transactions`);
    if (items.length > 25) {
      click($(element, '.show-more'));
      await waitUntil(() => $$(element, '[part="transaction"]').length === Math.min(50, items.length));
    }
  });

  it('filters by category and payment method, with totals for the filter', async () => {
    const adapter = memory();
    const element = await mount(adapter);
    setValue($<HTMLSelectElement>(element, '#tx-method')!, 'card');
    const cards = await all(adapter, { paymentMethods: ['card'] });
    expect(cards.length).to.be.greaterThan(0);
    await waitUntil(() => figure(element, 'count') === `${cards.length} ${cards.length === 1 ? 'transaction' : 'transactions'}`, 'the totals did not follow the filter');
    expect($$(element, '[part="transaction"] td:nth-child(4)').every((cell) => textOf(cell) === 'Card')).to.equal(true);
    expect(figure(element, 'net')).to.equal(euros(cards.reduce((sum, t) => sum + t.amount.amountMinor, 0)));
    setValue($<HTMLSelectElement>(element, '#tx-category')!, 'tip');
    const none = await all(adapter, { paymentMethods: ['card'], categories: ['tip'] });
    if (none.length === 0) {
      const empty = await until(element, '[part~="state-empty"]');
      expect(textOf(empty)).to.contain('No transactions match');
      click(empty.querySelector('button'));
      await waitUntil(() => $$(element, '[part="transaction"]').length > 0, 'clearing the filters did not bring them back');
      expect($<HTMLSelectElement>(element, '#tx-method')!.value).to.equal('');
    }
  });

  it('filters by a date range in the provider’s time zone, with its totals', async () => {
    const adapter = memory();
    const provider = await fixture(html`<client-provider time-zone="UTC" .adapter=${adapter}><client-transactions client-id=${CLIENT}></client-transactions></client-provider>`);
    const element = provider.querySelector('client-transactions')!;
    await until(element, '[part="transaction"]');
    const inRange = (await all(adapter)).filter((t) => t.occurredAt.slice(0, 10) >= '2026-01-01' && t.occurredAt.slice(0, 10) <= '2026-06-30');
    expect(inRange.length).to.be.greaterThan(1);
    setValue($<HTMLInputElement>(element, '#tx-from')!, '2026-01-01');
    setValue($<HTMLInputElement>(element, '#tx-to')!, '2026-06-30');
    await waitUntil(() => figure(element, 'count') === `${inRange.length} transactions`, 'the date range was not applied');
    expect(figure(element, 'net')).to.equal(euros(inRange.reduce((sum, t) => sum + t.amount.amountMinor, 0)));
    expect($<HTMLInputElement>(element, '#tx-to')!.min).to.equal('2026-01-01');
    setValue($<HTMLInputElement>(element, '#tx-from')!, '2030-01-01');
    setValue($<HTMLInputElement>(element, '#tx-to')!, '');
    const empty = await until(element, '[part~="state-empty"]');
    click(empty.querySelector('button'));
    await until(element, '[part="transaction"]');
    expect($<HTMLInputElement>(element, '#tx-from')!.value).to.equal('');
  });

  it('shows empty, loading, error with retry, and forbidden without invoices.view', async () => {
    const adapter = memory();
    const fresh = (await adapter.clients.create({ firstName: 'Sin', lastName: 'Pagos' })).id;
    const empty = await mount(adapter, fresh);
    expect(textOf($(empty, '[part~="state-empty"]'))).to.contain('No transactions yet');
    const slow = await fixture(html`<client-transactions client-id=${CLIENT} .adapter=${memory({ latency: 300 })}></client-transactions>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'transactions.list');
    const failing = await mount(adapter);
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part="transaction"]');
    const forbidden = await mount(adapter, CLIENT, ALL_PERMISSIONS.filter((permission) => permission !== 'invoices.view'));
    await until(forbidden, '[part~="state-forbidden"]');
  });

  it('speaks Brazilian Portuguese', async () => {
    const provider = await fixture(html`<client-provider locale="pt-BR" currency="EUR" .adapter=${memory()}><client-transactions client-id=${CLIENT}></client-transactions></client-provider>`);
    const element = provider.querySelector('client-transactions')!;
    await until(element, '[part="transaction"]');
    expect(textOf($(element, 'h3'))).to.equal('Transações');
    expect(textOf($(element, 'label[for="tx-method"]'))).to.equal('Forma de pagamento');
  });

  it('works over the REST adapter (MSW)', async () => {
    const backend = await startMockBackend({ clientCount: 20, seed: 7, basePath: '/api/transactions', referenceDate: '2026-11-23' });
    const rest = createRestAdapter({ baseUrl: backend.baseUrl, retry: false });
    const element = await mount(rest);
    const items = await all(rest);
    expect(figure(element, 'count')).to.equal(`${items.length} transactions`);
    setValue($<HTMLSelectElement>(element, '#tx-method')!, 'cash');
    const cash = await all(rest, { paymentMethods: ['cash'] });
    await waitUntil(() => cash.length === 0 || figure(element, 'count').startsWith(`${cash.length} `), 'the REST filter was not applied');
  });
});
