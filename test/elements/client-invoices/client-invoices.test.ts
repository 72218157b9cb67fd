import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import '../../../src/define/client-invoices.js';
import '../../../src/define/client-provider.js';
import type { ClientInvoices } from '../../../src/elements/client-invoices/client-invoices.js';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { startMockBackend } from '../../../mocks/browser.js';
import { ALL_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, deepActiveElement, memory, setValue, textOf, until } from '../client-file/helpers.js';

/** 31 invoices in the demo data (seed 7), with lines. */
const CLIENT = 'cl-000002';

async function mount(adapter: ClientDataAdapter, clientId = CLIENT, permissions?: readonly Permission[]) {
  const element = await fixture<ClientInvoices>(html`<client-invoices client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-invoices>`);
  await until(element, '[part="invoice"], [part~="state"]:not([part~="state-loading"])');
  return element;
}

const euros = (amountMinor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(amountMinor / 100);

describe('<client-invoices>', () => {
  it('lists number, date, total, paid and status, newest first, and pages the rest', async () => {
    const adapter = memory();
    const element = await mount(adapter);
    await expect(element).to.be.accessible();
    const expected = await adapter.invoices.list(CLIENT, { limit: 20 });
    const rows = $$(element, '[part="invoice"]');
    expect(rows.length).to.equal(20);
    const first = expected.items[0]!;
    const cells = [...rows[0]!.querySelectorAll('th, td')].map((cell) => textOf(cell));
    expect(cells[0]).to.equal(first.number);
    expect(cells[2]).to.equal(euros(first.total.amountMinor));
    expect(cells[3]).to.equal(euros(first.amountPaid.amountMinor));
    expect(textOf($(element, '.more-row'))).to.contain(`Showing 20 of ${expected.total}`);
    click($(element, '.show-more'));
    await waitUntil(() => $$(element, '[part="invoice"]').length === expected.total, 'the next page never came');
    expect(new Set($$(element, '[part="invoice"]').map((row) => row.dataset['id'])).size).to.equal(expected.total);
  });

  it('filters by status through the adapter', async () => {
    const adapter = memory();
    const element = await mount(adapter);
    setValue($<HTMLSelectElement>(element, '[part="filter"] select')!, 'refunded');
    const expected = await adapter.invoices.list(CLIENT, { filter: { statuses: ['refunded'] }, limit: 50 });
    expect(expected.total).to.be.greaterThan(0);
    await waitUntil(() => $$(element, '[part="invoice"]').length === Math.min(20, expected.total) && $$(element, '[part="invoice"] .pill').every((pill) => textOf(pill) === 'Refunded'), 'the filter was not applied');
  });

  it('opens the detail with its lines; Escape closes it and focus returns', async () => {
    const adapter = memory();
    const element = await mount(adapter);
    const invoice = (await adapter.invoices.list(CLIENT, { limit: 1 })).items[0]!;
    const button = $<HTMLButtonElement>(element, `[data-open="${invoice.id}"]`)!;
    expect(button.getAttribute('aria-label')).to.equal(`Open invoice ${invoice.number}`);
    button.focus();
    const opened = oneEvent(element, 'client-invoice-open');
    click(button);
    expect((await opened).detail).to.include({ clientId: CLIENT, invoiceId: invoice.id });
    const dialog = await until<HTMLDialogElement>(element, 'dialog.detail');
    await waitUntil(() => dialog.open && dialog.getAttribute('aria-busy') === 'false', 'the detail never loaded');
    expect(textOf(dialog.querySelector('h4'))).to.equal(`Invoice ${invoice.number}`);
    const lines = [...dialog.querySelectorAll('table.lines tbody tr')];
    expect(lines.length).to.equal(invoice.lines.length);
    expect(textOf(lines[0]!.querySelector('td'))).to.equal(invoice.lines[0]!.description);
    expect(textOf(dialog.querySelector('.totals .grand dd'))).to.equal(euros(invoice.total.amountMinor));
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(element, 'dialog.detail') === null, 'Escape did not close the detail');
    await waitUntil(() => deepActiveElement() === button, 'focus did not return');
  });

  it('a host that cancels client-invoice-open keeps the panel closed', async () => {
    const element = await mount(memory());
    element.addEventListener('client-invoice-open', (event) => event.preventDefault());
    click($(element, '[data-open]'));
    await element.updateComplete;
    expect($(element, 'dialog.detail')).to.equal(null);
  });

  it('says so when the adapter sends no lines, and renders markup as text', async () => {
    const adapter = memory();
    const invoice = (await adapter.invoices.list(CLIENT, { limit: 1 })).items[0]!;
    const bare = { ...invoice, number: '<b>F-1</b>', lines: [] };
    const withoutLines: ClientDataAdapter = {
      ...adapter,
      clients: adapter.clients,
      invoices: { list: async () => ({ items: [bare], total: 1, offset: 0, nextCursor: null }), get: async () => bare },
    };
    const element = await mount(withoutLines);
    expect(textOf($(element, '[part="invoice"] th'))).to.equal('<b>F-1</b>');
    expect($(element, '[part="invoice"] b')).to.equal(null);
    click($(element, '[data-open]'));
    await until(element, 'dialog.detail .no-lines');
    expect(textOf($(element, '.no-lines'))).to.equal('This backend doesn’t send the invoice’s lines.');
  });

  it('shows empty, loading, error with retry, and forbidden without invoices.view', async () => {
    const adapter = memory();
    const fresh = (await adapter.clients.create({ firstName: 'Sin', lastName: 'Facturas' })).id;
    const empty = await mount(adapter, fresh);
    expect(textOf($(empty, '[part~="state-empty"]'))).to.contain('No invoices yet');
    const slow = await fixture(html`<client-invoices client-id=${CLIENT} .adapter=${memory({ latency: 300 })}></client-invoices>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('unavailable', 'invoices.list');
    const failing = await mount(adapter);
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part="invoice"]');
    const forbidden = await mount(adapter, CLIENT, ALL_PERMISSIONS.filter((permission) => permission !== 'invoices.view'));
    await until(forbidden, '[part~="state-forbidden"]');
    expect($(forbidden, '[part="invoice"]')).to.equal(null);
  });

  it('speaks Spanish', async () => {
    const provider = await fixture(html`<client-provider locale="es" .adapter=${memory()}><client-invoices client-id=${CLIENT}></client-invoices></client-provider>`);
    const element = provider.querySelector('client-invoices')!;
    await until(element, '[part="invoice"]');
    expect(textOf($(element, 'h3'))).to.equal('Facturas');
    expect(textOf($(element, 'thead'))).to.contain('Número');
  });

  it('works over the REST adapter (MSW)', async () => {
    const backend = await startMockBackend({ clientCount: 20, seed: 7, basePath: '/api/invoices', referenceDate: '2026-11-23' });
    const rest = createRestAdapter({ baseUrl: backend.baseUrl, retry: false });
    const element = await mount(rest);
    const expected = await rest.invoices!.list(CLIENT, { limit: 20 });
    expect($$(element, '[part="invoice"]').map((row) => row.dataset['id'])).to.deep.equal(expected.items.map((invoice) => invoice.id));
    click($(element, '[data-open]'));
    const dialog = await until<HTMLDialogElement>(element, 'dialog.detail');
    await waitUntil(() => dialog.getAttribute('aria-busy') === 'false' && dialog.querySelectorAll('table.lines tbody tr').length > 0, 'no lines over REST');
  });
});
