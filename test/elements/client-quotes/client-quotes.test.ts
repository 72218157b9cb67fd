import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/client-quotes.js';
import '../../../src/define/client-provider.js';
import type { ClientQuotes } from '../../../src/elements/client-quotes/client-quotes.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { formatMoney } from '../../../src/i18n/format.js';
import type { CatalogService } from '../../../src/model/catalog.js';
import type { QuoteInput } from '../../../src/model/sales.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { mountTab, restTab } from '../client-file/tab-fixtures.js';

type Adapter = ReturnType<typeof memory>;

const mount = (adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) => mountTab<ClientQuotes>('client-quotes', adapter, clientId, { permissions });
const submit = (element: Element) => click($(element, 'form button[type="submit"]'));
const item = (element: Element, id: string) => $(element, `.item[data-id="${id}"]`)!;
const moves = (element: Element, id: string) => $$(item(element, id), '[data-move]').map((button) => button.dataset['move']);
/** Money as the tab shows it (textOf folds no-break spaces). */
const money = (amountMinor: number, currency: string, locale = 'en') => formatMoney({ amountMinor, currency }, locale).replace(/\s+/g, ' ');

function lineOf(service: CatalogService, quantity = 1): QuoteInput['lines'][number] {
  return { itemId: service.id, description: service.name, quantity, unitPrice: service.price, discountPercent: 0, taxPercent: 21 };
}

/** Fills line `index` of the open form. */
async function fillLine(element: ClientQuotes, index: number, values: { serviceId: string; quantity?: string; discount?: string; tax?: string }) {
  setValue(await until<HTMLSelectElement>(element, `#quote-line-${index}-service`), values.serviceId);
  await element.updateComplete;
  if (values.quantity !== undefined) setValue($<HTMLInputElement>(element, `#quote-line-${index}-quantity`)!, values.quantity);
  if (values.discount !== undefined) setValue($<HTMLInputElement>(element, `#quote-line-${index}-discountPercent`)!, values.discount);
  if (values.tax !== undefined) setValue($<HTMLInputElement>(element, `#quote-line-${index}-taxPercent`)!, values.tax);
  await element.updateComplete;
}

describe('<client-quotes>', () => {
  let adapter: Adapter;
  let clientId: string;
  let services: CatalogService[];

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.create({ firstName: 'Nuria', lastName: 'Sanz' })).id;
    services = (await adapter.catalog.get()).services;
  });

  it('passes the a11y audit: empty, with quotes and their details, and with the form open', async () => {
    const element = await mount(adapter, clientId);
    await until(element, '[part~="state-empty"]');
    await expect(element).to.be.accessible();
    await adapter.quotes.create(clientId, { title: 'Bono', lines: [lineOf(services[0]!, 3)], validUntil: '2026-12-31' });
    const full = await mount(adapter, clientId);
    (await until<HTMLDetailsElement>(full, '.item details')).open = true;
    await expect(full).to.be.accessible();
    full.startAdd();
    await until(full, 'form #quote-line-0-service');
    await expect(full).to.be.accessible();
  });

  it('creates a quote from the catalog with discount, tax and validity; the totals follow the lines', async () => {
    const [first, second] = [services[0]!, services[1]!];
    const currency = first.price.currency;
    const element = await mount(adapter, clientId);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    await until(element, '#quote-name');
    submit(element);
    expect(textOf(await until(element, '#quote-name-error'))).to.equal('Give the quote a title.');
    expect(textOf($(element, '#quote-lines-error'))).to.equal('Choose a service for every line.');
    setValue($<HTMLInputElement>(element, '#quote-name')!, 'Bono primavera');
    await fillLine(element, 0, { serviceId: first.id, quantity: '2', discount: '10', tax: '21' });
    const firstTotal = Math.round(2 * first.price.amountMinor * 0.9);
    expect(textOf($(element, '#quote-line-0-service')?.closest('fieldset')?.querySelector('.line-total'))).to.equal(money(firstTotal, currency));
    click($(element, '.add-line'));
    await until(element, '#quote-line-1-service');
    expect($<HTMLInputElement>(element, '#quote-line-1-taxPercent')!.value).to.equal('21');
    await fillLine(element, 1, { serviceId: second.id, quantity: '1', discount: '150' });
    submit(element);
    expect(textOf(await until(element, '#quote-lines-error'))).to.equal('Discount and tax are percentages from 0 to 100.');
    setValue($<HTMLInputElement>(element, '#quote-line-1-discountPercent')!, '0');
    await element.updateComplete;
    const total = firstTotal + second.price.amountMinor;
    const gross = 2 * first.price.amountMinor + second.price.amountMinor;
    const totals = $(element, 'form [part="totals"]')!;
    expect(textOf(totals.querySelector('.total'))).to.equal(money(total, currency));
    expect(textOf(totals.querySelector('.gross'))).to.equal(money(gross, currency));
    expect(textOf(totals.querySelector('.discount'))).to.equal(money(-(gross - total), currency));
    setValue($<HTMLInputElement>(element, '#quote-validUntil')!, '2027-01-31');
    setValue($<HTMLTextAreaElement>(element, '#quote-notes')!, '<b>Pago en dos plazos</b>');
    const change = oneEvent(element, 'client-record-change');
    submit(element);
    expect((await change).detail).to.include({ namespace: 'quotes', action: 'create' });
    const [stored] = (await adapter.quotes.list(clientId)).items;
    expect(stored).to.include({ title: 'Bono primavera', validUntil: '2027-01-31', status: 'draft', notes: '<b>Pago en dos plazos</b>' });
    expect(stored!.total).to.deep.equal({ amountMinor: total, currency });
    expect(stored!.lines.map((line) => [line.itemId, line.quantity, line.discountPercent, line.taxPercent])).to.deep.equal([
      [first.id, 2, 10, 21],
      [second.id, 1, 0, 21],
    ]);
    const shown = await until(element, `.item[data-id="${stored!.id}"]`);
    expect(textOf(shown.querySelector('[part="total"]'))).to.equal(money(total, currency));
    expect(textOf(shown.querySelector('.notes'))).to.equal('<b>Pago en dos plazos</b>');
    expect(shown.querySelector('.notes b')).to.equal(null);
    expect(textOf(shown.querySelector('[part="status"]'))).to.equal('Draft');
  });

  it('a double click on Save creates exactly one quote', async () => {
    const element = await mount(adapter, clientId);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    setValue(await until<HTMLInputElement>(element, '#quote-name'), 'Una vez');
    await fillLine(element, 0, { serviceId: services[0]!.id });
    adapter.simulation.latency = 150;
    submit(element);
    submit(element);
    await waitUntil(() => $(element, 'form') === null, 'the form stayed open');
    expect((await adapter.quotes.list(clientId)).total).to.equal(1);
    expect($$(element, '.item').length).to.equal(1);
  });

  it('moves draft → sent → accepted offering only the allowed steps, and records the history', async () => {
    const quote = await adapter.quotes.create(clientId, { title: 'Bono', lines: [lineOf(services[0]!)] });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    expect(moves(element, quote.id)).to.deep.equal(['sent', 'rejected']);
    click($(item(element, quote.id), '[data-move="sent"]'));
    await waitUntil(() => textOf(item(element, quote.id).querySelector('[part="status"]')) === 'Sent');
    expect(moves(element, quote.id)).to.deep.equal(['accepted', 'rejected', 'expired', 'draft']);
    expect($(item(element, quote.id), '[data-edit]')).to.equal(null);
    await waitUntil(() => $<HTMLButtonElement>(item(element, quote.id), '[data-move="accepted"]')?.disabled === false);
    click($(item(element, quote.id), '[data-move="accepted"]'));
    await waitUntil(async () => (await adapter.quotes.get(clientId, quote.id)).status === 'accepted');
    await waitUntil(() => textOf(item(element, quote.id).querySelector('[part="status"]')) === 'Accepted');
    expect(moves(element, quote.id)).to.deep.equal(['rejected']);
    expect($$(item(element, quote.id), '.history li').map(textOf).map((text) => text.split(' — ')[0])).to.deep.equal(['Draft', 'Sent', 'Accepted']);
  });

  it('undoes a step the adapter refuses (the quote moved elsewhere) and says why', async () => {
    const quote = await adapter.quotes.create(clientId, { title: 'Bono', lines: [lineOf(services[0]!)] });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    // Rejected elsewhere: "sent" is no longer a valid step from there.
    await adapter.quotes.update(clientId, quote.id, { status: 'rejected' }, { expectedVersion: quote.version });
    click($(item(element, quote.id), '[data-move="sent"]'));
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'), 'no rollback message');
    expect((await adapter.quotes.get(clientId, quote.id)).status).to.equal('rejected');
    let refused: unknown;
    await adapter.quotes.update(clientId, quote.id, { status: 'accepted' }, { expectedVersion: (await adapter.quotes.get(clientId, quote.id)).version }).catch((error: unknown) => (refused = error));
    expect(refused).to.include({ kind: 'validation' });
  });

  it('duplicates a quote as a new draft and filters the history by state', async () => {
    const quote = await adapter.quotes.create(clientId, { title: 'Bono', lines: [lineOf(services[0]!, 4)], validUntil: '2026-12-31', notes: 'Nota' });
    await adapter.quotes.update(clientId, quote.id, { status: 'sent' }, { expectedVersion: quote.version });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    const change = oneEvent(element, 'client-record-change');
    click($(item(element, quote.id), '[data-duplicate]'));
    const { id } = (await change).detail as { id: string };
    const copy = await adapter.quotes.get(clientId, id);
    expect(copy).to.include({ title: 'Bono (copy)', status: 'draft', validUntil: '2026-12-31', notes: 'Nota' });
    expect(copy.lines.map((line) => [line.itemId, line.quantity])).to.deep.equal([[services[0]!.id, 4]]);
    expect(copy.total).to.deep.equal((await adapter.quotes.get(clientId, quote.id)).total);
    await until(element, `.item[data-id="${id}"]`);
    const filter = $<HTMLSelectElement>(element, '.status-filter')!;
    setValue(filter, 'sent');
    await waitUntil(() => $$(element, '.item').length === 1);
    expect($(element, `.item[data-id="${quote.id}"]`)).to.not.equal(null);
    setValue(filter, 'accepted');
    expect(textOf(await until(element, '.filtered-empty'))).to.equal('No quotes in this state.');
  });

  it('edits a draft, keeps the draft on a conflict, and deletes after confirmation', async () => {
    const quote = await adapter.quotes.create(clientId, { title: 'Bono', lines: [lineOf(services[0]!)] });
    const element = await mount(adapter, clientId);
    click(await until(element, `[data-edit="${quote.id}"]`));
    setValue(await until<HTMLInputElement>(element, '#quote-line-0-quantity'), '5');
    await adapter.quotes.update(clientId, quote.id, { notes: 'Otra' }, { expectedVersion: quote.version });
    submit(element);
    await until(element, '.conflict-note');
    expect($<HTMLInputElement>(element, '#quote-line-0-quantity')!.value).to.equal('5');
    submit(element);
    await waitUntil(() => $(element, 'form') === null);
    const saved = await adapter.quotes.get(clientId, quote.id);
    expect(saved.lines[0]!.quantity).to.equal(5);
    expect(saved.total.amountMinor).to.equal(5 * services[0]!.price.amountMinor);
    click($(element, `[data-remove="${quote.id}"]`));
    click(await until(element, 'dialog.confirm-dialog [value="confirm"]'));
    await until(element, '[part~="state-empty"]');
    await waitUntil(async () => (await adapter.quotes.list(clientId)).total === 0, 'still stored');
  });

  it('is read-only without quotes.manage; loading, error with retry; Spanish', async () => {
    await adapter.quotes.create(clientId, { title: 'Bono', lines: [lineOf(services[0]!, 2)] });
    const readOnly = await mount(adapter, clientId, READ_ONLY_PERMISSIONS.filter((permission) => permission !== 'quotes.manage'));
    await until(readOnly, '.item');
    expect($(readOnly, '.add-button, .item-actions button')).to.equal(null);
    const slow = await fixture(html`<client-quotes client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-quotes>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'quotes.list');
    const failing = await fixture(html`<client-quotes client-id=${clientId} .adapter=${adapter}></client-quotes>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '.item');
    const provider = await fixture(html`<client-provider locale="es" .adapter=${adapter}><client-quotes client-id=${clientId}></client-quotes></client-provider>`);
    const spanish = provider.querySelector('client-quotes')!;
    await until(spanish, '.item');
    await waitUntil(() => textOf($(spanish, 'h3')) === 'Presupuestos');
    expect(textOf($(spanish, '.item [part="status"]'))).to.equal('Borrador');
    expect(textOf($(spanish, '.item [part="total"]'))).to.equal(money(2 * services[0]!.price.amountMinor, services[0]!.price.currency, 'es'));
  });

  it('works over the REST adapter (MSW): create, send, a refused step, duplicate', async () => {
    const { adapter: rest, memory: backing } = await restTab('quotes');
    const id = (await backing.clients.create({ firstName: 'Rest', lastName: 'Presupuesto' })).id;
    const catalog = (await backing.catalog.get()).services;
    const element = await mount(rest, id);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    setValue(await until<HTMLInputElement>(element, '#quote-name'), 'Por REST');
    await fillLine(element, 0, { serviceId: catalog[0]!.id, quantity: '3' });
    submit(element);
    await until(element, '.item');
    const [stored] = (await backing.quotes.list(id)).items;
    expect(stored!.total.amountMinor).to.equal(3 * catalog[0]!.price.amountMinor);
    click($(item(element, stored!.id), '[data-move="sent"]'));
    await waitUntil(async () => (await backing.quotes.get(id, stored!.id)).status === 'sent', 'not sent in the backend');
    await waitUntil(() => $<HTMLButtonElement>(item(element, stored!.id), '[data-move="accepted"]')?.disabled === false);
    const current = await backing.quotes.get(id, stored!.id);
    await backing.quotes.update(id, stored!.id, { status: 'expired' }, { expectedVersion: current.version });
    click($(item(element, stored!.id), '[data-move="accepted"]'));
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'), 'no rollback message');
    expect((await backing.quotes.get(id, stored!.id)).status).to.equal('expired');
    click($(item(element, stored!.id), '[data-duplicate]'));
    await waitUntil(async () => (await backing.quotes.list(id)).total === 2, 'not duplicated in the backend');
  });
});
