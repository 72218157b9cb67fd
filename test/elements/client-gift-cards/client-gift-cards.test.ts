import { expect, fixture, html } from '@open-wc/testing';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import '../../../src/define/client-gift-cards.js';
import '../../../src/define/client-provider.js';
import type { ClientGiftCards } from '../../../src/elements/client-gift-cards/client-gift-cards.js';
import { maskCode } from '../../../src/elements/client-gift-cards/client-gift-cards.js';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import { startMockBackend } from '../../../mocks/browser.js';
import type { GiftCard } from '../../../src/model/sales.js';
import { $, $$, click, memory, textOf, until } from '../client-file/helpers.js';

/** Two gift cards in the demo data (seed 7): one redeemed, one active. */
const CLIENT = 'cl-000016';
const euros = (amountMinor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(amountMinor / 100);

async function mount(adapter: ClientDataAdapter, clientId = CLIENT) {
  const element = await fixture<ClientGiftCards>(html`<client-gift-cards client-id=${clientId} .adapter=${adapter}></client-gift-cards>`);
  await until(element, '[part="gift-card"], [part~="state"]:not([part~="state-loading"])');
  return element;
}

function card(overrides: Partial<GiftCard>): GiftCard {
  const at = '2026-11-01T10:00:00.000Z';
  return {
    id: 'gc-1',
    version: 1,
    clientId: CLIENT,
    createdAt: at,
    updatedAt: at,
    code: 'GIFT-2026-ABCD-7731',
    initialValue: { amountMinor: 10000, currency: 'EUR' },
    balance: { amountMinor: 4000, currency: 'EUR' },
    status: 'active',
    purchasedAt: at,
    expiresAt: null,
    recipientName: null,
    ...overrides,
  };
}

function fixed(cards: GiftCard[]): ClientDataAdapter {
  const base = memory();
  return { ...base, clients: base.clients, giftCards: { list: async () => ({ items: cards, total: cards.length, offset: 0, nextCursor: null }), get: async () => cards[0]! } };
}

describe('<client-gift-cards>', () => {
  it('shows the masked code, amounts, dates, status and the balance on active cards', async () => {
    const adapter = memory();
    const element = await mount(adapter);
    await expect(element).to.be.accessible();
    const cards = (await adapter.giftCards.list(CLIENT)).items;
    expect(cards.length).to.be.greaterThan(0);
    const rows = $$(element, '[part="gift-card"]');
    expect(rows.map((row) => row.dataset['id'])).to.deep.equal(cards.map((item) => item.id));
    const first = cards[0]!;
    const cells = [...rows[0]!.querySelectorAll('th, td')].map((cell) => textOf(cell));
    expect(cells[0]).to.contain(maskCode(first.code).shown);
    expect(cells[0]).to.contain(`Code ending in ${maskCode(first.code).last}`);
    expect(cells[1]).to.equal(euros(first.initialValue.amountMinor));
    expect(cells[2]).to.equal(euros(first.balance.amountMinor));
    const active = cards.filter((item) => item.status === 'active').reduce((sum, item) => sum + item.balance.amountMinor, 0);
    expect(textOf($(element, '.active-balance dd'))).to.equal(euros(active));
  });

  it('masks a full code a backend sends, flags a card about to expire, and renders markup as text', async () => {
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const element = await mount(fixed([card({ expiresAt: soon, recipientName: '<i>Marta</i>' }), card({ id: 'gc-2', status: 'expired', code: '9911', expiresAt: '2025-01-31' })]));
    const [first, second] = $$(element, '[part="gift-card"]');
    expect(textOf(first!.querySelector('.code'))).to.equal('•••• 7731');
    expect(textOf(first)).not.to.contain('ABCD');
    expect(textOf(first!.querySelector('.soon'))).to.match(/^Expires in (10|11) days$/);
    expect(textOf(first!.querySelectorAll('td')[5])).to.equal('<i>Marta</i>');
    expect(first!.querySelector('i')).to.equal(null);
    expect(second!.querySelector('.soon')).to.equal(null);
    expect(textOf(second!.querySelector('.pill'))).to.equal('Expired');
    expect(textOf(second!.querySelectorAll('td')[3])).to.equal('Jan 31, 2025');
  });

  it('shows empty, loading, and error with retry', async () => {
    const adapter = memory();
    const empty = await mount(adapter, 'cl-000001');
    expect(textOf($(empty, '[part~="state-empty"]'))).to.contain('No gift cards');
    const slow = await fixture(html`<client-gift-cards client-id=${CLIENT} .adapter=${memory({ latency: 300 })}></client-gift-cards>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('unavailable', 'giftCards.list');
    const failing = await mount(adapter);
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part="gift-card"]');
  });

  it('speaks Spanish', async () => {
    const provider = await fixture(html`<client-provider locale="es" currency="EUR" .adapter=${memory()}><client-gift-cards client-id=${CLIENT}></client-gift-cards></client-provider>`);
    const element = provider.querySelector('client-gift-cards')!;
    await until(element, '[part="gift-card"]');
    expect(textOf($(element, 'h3'))).to.equal('Tarjetas regalo');
    expect(textOf($(element, '[part="gift-card"] .visually-hidden'))).to.match(/^Código terminado en /);
  });

  it('works over the REST adapter (MSW)', async () => {
    const backend = await startMockBackend({ clientCount: 20, seed: 7, basePath: '/api/gift-cards', referenceDate: '2026-11-23' });
    const rest = createRestAdapter({ baseUrl: backend.baseUrl, retry: false });
    const element = await mount(rest);
    const cards = (await rest.giftCards!.list(CLIENT)).items;
    expect($$(element, '[part="gift-card"]').map((row) => row.dataset['id'])).to.deep.equal(cards.map((item) => item.id));
  });
});
