import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import '../../../src/define/client-reviews.js';
import '../../../src/define/client-provider.js';
import '../../../src/define/client-file.js';
import type { ClientReviews } from '../../../src/elements/client-reviews/client-reviews.js';
import { ALL_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import type { Review } from '../../../src/model/review.js';
import { $, $$, click, memory, textOf, until } from '../client-file/helpers.js';
import { restTab } from '../client-file/tab-fixtures.js';

type Adapter = ReturnType<typeof memory>;

async function mount(adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) {
  const element = await fixture<ClientReviews>(html`<client-reviews client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-reviews>`);
  await until(element, '[part="review"], [part~="state"]:not([part~="state-loading"])');
  return element;
}

/** The demo client with the most reviews among the first ones listed. */
async function reviewedClient(adapter: ClientDataAdapter): Promise<string> {
  const clients = (await adapter.clients.list({ limit: 40 })).items;
  return [...clients].sort((a, b) => b.stats.reviewCount - a.stats.reviewCount)[0]!.id;
}

/** A review as the adapter would store it (for adapters stubbed in a test). */
function review(id: string, rating: number, overrides: Partial<Review> = {}): Review {
  const at = '2026-10-01T10:00:00.000Z';
  return { id, clientId: 'c1', version: 1, createdAt: at, updatedAt: at, rating, comment: '', submittedAt: at, appointmentId: null, service: null, staff: null, source: 'email', reply: null, ...overrides };
}

describe('<client-reviews>', () => {
  let adapter: Adapter;
  let clientId: string;

  before(async () => {
    adapter = memory();
    clientId = await reviewedClient(adapter);
  });

  it('lists every review newest first with rating, text, service, staff and date', async () => {
    const element = await mount(adapter, clientId);
    await expect(element).to.be.accessible();
    const expected = await adapter.reviews.list(clientId, { limit: 200, order: 'desc' });
    expect(expected.total).to.be.greaterThan(3);
    expect($$(element, '[part="review"]').map((item) => item.dataset['id'])).to.deep.equal(expected.items.map((item) => item.id));
    const first = expected.items[0]!;
    const card = $(element, `[part="review"][data-id="${first.id}"]`)!;
    expect(card.querySelector('.stars')!.getAttribute('aria-label')).to.equal(`${first.rating} out of 5 stars`);
    if (first.comment) expect(textOf(card.querySelector('.comment'))).to.equal(first.comment.replace(/\s+/g, ' ').trim());
    if (first.service) expect(textOf(card.querySelector('.meta'))).to.contain(first.service.name);
    if (first.staff) expect(textOf(card.querySelector('.meta'))).to.contain(first.staff.name);
    expect(card.querySelector('time')!.getAttribute('datetime')).to.equal(first.submittedAt);
  });

  it('its count and average agree with the client’s stats, and the distribution reads as text', async () => {
    const element = await mount(adapter, clientId);
    const { stats } = await adapter.clients.get(clientId);
    expect(textOf($(element, '.figure.count dd'))).to.equal(`${stats.reviewCount} reviews`);
    expect(textOf($(element, '.figure.average dd'))).to.equal(`${stats.averageRating!.toFixed(1)} out of 5`);
    const reviews = (await adapter.reviews.list(clientId, { limit: 200 })).items;
    const rows = $$(element, '[part="distribution"] li');
    expect(rows.map((row) => row.dataset['stars'])).to.deep.equal(['5', '4', '3', '2', '1']);
    const counted = rows.reduce((sum, row) => sum + Number(/: (\d+) \(/.exec(textOf(row))![1]), 0);
    expect(counted).to.equal(stats.reviewCount);
    const fives = reviews.filter((item) => item.rating === 5).length;
    expect(textOf(rows[0])).to.equal(`5 stars: ${fives} (${Math.round((fives / reviews.length) * 100)}%)`);
    expect(rows[0]!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('loads every page through the cursor, so the figures cover all reviews', async () => {
    const many = Array.from({ length: 230 }, (_, index) => review(`r${index}`, index < 200 ? 5 : 1));
    const calls: unknown[] = [];
    const paged: ClientDataAdapter = {
      clients: adapter.clients,
      reviews: {
        list: async (_id, query = {}) => {
          calls.push(query.cursor ?? null);
          const start = query.cursor ? Number(query.cursor) : 0;
          const end = start + (query.limit ?? 50);
          return { items: many.slice(start, end), total: many.length, offset: start, nextCursor: end < many.length ? String(end) : null };
        },
        get: async () => many[0]!,
        reply: async () => many[0]!,
      },
    };
    const element = await mount(paged, 'c1');
    expect(calls).to.deep.equal([null, '200']);
    expect($$(element, '[part="review"]').length).to.equal(230);
    expect(textOf($(element, '.figure.count dd'))).to.equal('230 reviews');
    expect(textOf($(element, '.figure.average dd'))).to.equal(`${((200 * 5 + 30) / 230).toFixed(1)} out of 5`);
  });

  it('renders markup in a review as text, and shows the business’s reply', async () => {
    const stub: ClientDataAdapter = {
      clients: adapter.clients,
      reviews: {
        list: async () => ({ items: [review('x', 2, { comment: '<img src=x onerror=alert(1)>Mal', reply: 'Lo sentimos <b>mucho</b>' })], total: 1, offset: 0, nextCursor: null }),
        get: async () => review('x', 2),
        reply: async () => review('x', 2),
      },
    };
    const element = await mount(stub, 'c1');
    expect(textOf($(element, '.comment'))).to.equal('<img src=x onerror=alert(1)>Mal');
    expect($(element, '.review img, .review b')).to.equal(null);
    expect(textOf($(element, '.reply strong'))).to.equal('Our reply');
    expect(textOf($(element, '.reply p'))).to.equal('Lo sentimos <b>mucho</b>');
    expect(textOf($(element, '.figure.count dd'))).to.equal('1 review');
  });

  it('shows empty, loading, error with retry, and forbidden without clients.view', async () => {
    const fresh = (await adapter.clients.create({ firstName: 'Sin', lastName: 'Reseñas' })).id;
    const empty = await mount(adapter, fresh);
    expect(textOf($(empty, '[part~="state-empty"]'))).to.contain('No reviews yet');
    await expect(empty).to.be.accessible();
    const slow = await fixture(html`<client-reviews client-id=${clientId} .adapter=${memory({ latency: 400 })}></client-reviews>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('unavailable', 'reviews.list');
    const failing = await mount(adapter, clientId);
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part="review"]');
    const forbidden = await mount(adapter, clientId, ALL_PERMISSIONS.filter((permission) => permission !== 'clients.view'));
    await until(forbidden, '[part~="state-forbidden"]');
    expect($(forbidden, '[part="review"]')).to.equal(null);
  });

  it('speaks Spanish and Brazilian Portuguese', async () => {
    const { stats } = await adapter.clients.get(clientId);
    for (const [locale, title, count] of [['es', 'Reseñas', `${stats.reviewCount} reseñas`], ['pt-BR', 'Avaliações', `${stats.reviewCount} avaliações`]] as const) {
      const provider = await fixture(html`<client-provider locale=${locale} .adapter=${adapter}><client-reviews client-id=${clientId}></client-reviews></client-provider>`);
      const element = provider.querySelector('client-reviews')!;
      await until(element, '[part="review"]');
      expect(textOf($(element, 'h3'))).to.equal(title);
      expect(textOf($(element, '.figure.count dd'))).to.equal(count);
      expect(textOf($(element, '.figure.average dd'))).to.equal(`${stats.averageRating!.toFixed(1).replace('.', ',')} de 5`);
    }
  });

  it('opens as a tab of <client-file>, loaded when chosen', async () => {
    const file = await fixture(html`<client-file client-id=${clientId} tab="reviews" .adapter=${adapter}></client-file>`);
    await waitUntil(() => file.shadowRoot?.querySelector('#panel-reviews client-reviews'), 'the tab never opened');
    const tab = file.shadowRoot!.querySelector('#panel-reviews client-reviews')!;
    await until(tab, '[part="review"]');
    expect(textOf(file.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]'))).to.contain('Reviews');
  });

  it('works over the REST adapter (MSW), agreeing with the client’s stats there too', async () => {
    const { adapter: rest, memory: backing } = await restTab('reviews');
    const id = await reviewedClient(backing);
    const element = await mount(rest, id);
    const { stats } = await rest.clients.get(id);
    expect($$(element, '[part="review"]').length).to.equal(stats.reviewCount);
    expect(textOf($(element, '.figure.average dd'))).to.equal(`${stats.averageRating!.toFixed(1)} out of 5`);
  });
});
