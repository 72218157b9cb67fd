import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import '../../../src/define/client-procedures.js';
import '../../../src/define/client-provider.js';
import '../../../src/define/client-file.js';
import type { ClientProcedures } from '../../../src/elements/client-procedures/client-procedures.js';
import { calendarDate } from '../../../src/elements/client-procedures/procedure-filter.js';
import type { Procedure } from '../../../src/model/appointment.js';
import { ALL_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { restTab } from '../client-file/tab-fixtures.js';

type Adapter = ReturnType<typeof memory>;

async function mount(adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) {
  const element = await fixture<ClientProcedures>(html`<client-procedures client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-procedures>`);
  await until(element, '[part="procedure"], [part~="state"]:not([part~="state-loading"])');
  return element;
}

/** The demo client with the most procedures among the first ones listed. */
async function treatedClient(adapter: ClientDataAdapter): Promise<string> {
  let best = { id: '', total: -1 };
  for (const client of (await adapter.clients.list({ limit: 30 })).items) {
    const { total } = await adapter.procedures!.list(client.id, { limit: 1 });
    if (total > best.total) best = { id: client.id, total };
  }
  return best.id;
}

/** A procedure's calendar date where the element runs (no provider: the browser's time zone). */
const dayOf = (item: Procedure) => calendarDate(item.performedAt, Intl.DateTimeFormat().resolvedOptions().timeZone);

const shownIds = (element: Element) => $$(element, '[part="procedure"]').map((item) => item.dataset['id']);

/** Types into a date field like a user, then leaves it. */
async function typeDate(element: Element, id: string, text: string) {
  const input = $<HTMLInputElement>(element, `#${id}`)!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

/** 2026-03-07 → 03/07/2026 (the en order). */
const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

describe('<client-procedures>', () => {
  let adapter: Adapter;
  let clientId: string;
  let all: Procedure[];

  before(async () => {
    adapter = memory();
    clientId = await treatedClient(adapter);
    all = (await adapter.procedures.list(clientId, { limit: 200, order: 'desc' })).items;
  });

  it('shows the history newest first: service, performer, center, products with batches, notes', async () => {
    expect(all.length).to.be.greaterThan(4);
    const element = await mount(adapter, clientId);
    await expect(element).to.be.accessible();
    expect(shownIds(element)).to.deep.equal(all.map((item) => item.id));
    const times = all.map((item) => Date.parse(item.performedAt));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    const withProducts = all.find((item) => item.products.some((product) => product.batch)) ?? all[0]!;
    const card = $(element, `[part="procedure"][data-id="${withProducts.id}"]`)!;
    expect(textOf(card.querySelector('h4'))).to.equal(withProducts.service.name);
    expect(textOf(card)).to.contain(withProducts.staff.name).and.contain(withProducts.center.name);
    const products = [...card.querySelectorAll('.products li')].map(textOf);
    expect(products).to.deep.equal(withProducts.products.map((product) => (product.batch ? `${product.name} (batch ${product.batch})` : product.name)));
    expect(textOf($(element, '.count'))).to.equal(`Showing ${all.length} of ${all.length} procedures`);
  });

  it('filters by service', async () => {
    const element = await mount(adapter, clientId);
    const service = all[all.length - 1]!.service;
    setValue($<HTMLSelectElement>(element, '#procedure-service')!, service.id);
    await element.updateComplete;
    const expected = all.filter((item) => item.service.id === service.id);
    expect(shownIds(element)).to.deep.equal(expected.map((item) => item.id));
    expect(textOf($(element, '.count'))).to.equal(`Showing ${expected.length} of ${all.length} procedures`);
    click($(element, '.clear'));
    await element.updateComplete;
    expect(shownIds(element).length).to.equal(all.length);
  });

  it('filters by a typed date range, and explains an inverted one', async () => {
    const element = await mount(adapter, clientId);
    const days = all.map(dayOf);
    const from = days[Math.floor(days.length * 0.6)]!;
    const to = days[Math.floor(days.length * 0.2)]!;
    await typeDate(element, 'procedure-from', usDate(from));
    await typeDate(element, 'procedure-to', usDate(to));
    const expected = all.filter((item) => dayOf(item) >= from && dayOf(item) <= to);
    await waitUntil(() => shownIds(element).length === expected.length, 'the range was not applied');
    expect(shownIds(element)).to.deep.equal(expected.map((item) => item.id));
    await expect(element).to.be.accessible();
    await typeDate(element, 'procedure-to', '01/01/2000');
    await until(element, '#procedure-range-error');
    expect(textOf($(element, '#procedure-range-error'))).to.equal('The start date is after the end date.');
    expect(shownIds(element).length).to.equal(all.length);
  });

  it('says when nothing matches, and renders markup as text', async () => {
    const at = '2026-05-02T09:00:00.000Z';
    const odd: Procedure = { ...all[0]!, id: 'p-x', performedAt: at, notes: '<img src=x onerror=alert(1)>tras', products: [{ name: '<b>Ácido</b>', batch: null }] };
    const stub: ClientDataAdapter = { clients: adapter.clients, procedures: { ...adapter.procedures, list: async () => ({ items: [odd], total: 1, offset: 0, nextCursor: null }) } };
    const element = await mount(stub, clientId);
    expect(textOf($(element, '.notes'))).to.equal('<img src=x onerror=alert(1)>tras');
    expect(textOf($(element, '.products li'))).to.equal('<b>Ácido</b>');
    expect($(element, '[part="procedure"] img, [part="procedure"] b')).to.equal(null);
    await typeDate(element, 'procedure-from', '06/01/2026');
    await until(element, '[part~="state-empty"]');
    expect(textOf($(element, '[part~="state-empty"]'))).to.contain('No procedure matches');
  });

  it('shows empty, loading, error with retry, and forbidden without clients.view', async () => {
    const fresh = (await adapter.clients.create({ firstName: 'Sin', lastName: 'Tratamientos' })).id;
    const empty = await mount(adapter, fresh);
    expect(textOf($(empty, '[part~="state-empty"]'))).to.contain('No procedures recorded');
    await expect(empty).to.be.accessible();
    const slow = await fixture(html`<client-procedures client-id=${clientId} .adapter=${memory({ latency: 400 })}></client-procedures>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('unavailable', 'procedures.list');
    const failing = await mount(adapter, clientId);
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part="procedure"]');
    const forbidden = await mount(adapter, clientId, ALL_PERMISSIONS.filter((permission) => permission !== 'clients.view'));
    await until(forbidden, '[part~="state-forbidden"]');
    expect($(forbidden, '[part="procedure"]')).to.equal(null);
  });

  it('speaks Spanish and Brazilian Portuguese, dates typed day first', async () => {
    for (const [locale, title, label] of [['es', 'Procedimientos', 'Desde'], ['pt-BR', 'Procedimentos', 'De']] as const) {
      const provider = await fixture(html`<client-provider locale=${locale} time-zone="UTC" .adapter=${adapter}><client-procedures client-id=${clientId}></client-procedures></client-provider>`);
      const element = provider.querySelector('client-procedures')!;
      await until(element, '[part="procedure"]');
      expect(textOf($(element, 'h3'))).to.equal(title);
      expect(textOf($(element, 'label[for="procedure-from"]'))).to.equal(label);
      expect($<HTMLInputElement>(element, '#procedure-from')!.placeholder).to.equal('dd/mm/aaaa');
    }
  });

  it('opens as a tab of <client-file>, loaded when chosen', async () => {
    const file = await fixture(html`<client-file client-id=${clientId} tab="procedures" .adapter=${adapter}></client-file>`);
    await waitUntil(() => file.shadowRoot?.querySelector('#panel-procedures client-procedures'), 'the tab never opened');
    const tab = file.shadowRoot!.querySelector('#panel-procedures client-procedures')!;
    await until(tab, '[part="procedure"]');
    expect(textOf(file.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]'))).to.contain('Procedures');
  });

  it('works over the REST adapter (MSW)', async () => {
    const { adapter: rest, memory: backing } = await restTab('procedures');
    const id = await treatedClient(backing);
    const element = await mount(rest, id);
    const expected = await backing.procedures.list(id, { limit: 200, order: 'desc' });
    expect(shownIds(element)).to.deep.equal(expected.items.map((item) => item.id));
  });
});
