import { expect } from '@open-wc/testing';
import { rejection } from '../support/rejection.js';
import type { AdapterError } from '../../src/adapter/adapter-error.js';
import { clearPersistence, createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { lazyNamespaces } from '../../src/adapters/memory/lazy-namespaces.js';
import { countsTowardSales } from '../../src/model/index.js';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const options = { seed: 11, referenceDate: '2026-11-23', now: () => NOW };


describe('memory adapter: demo data', () => {
  it('generates the same data from the same seed, and other data from another', async () => {
    const first = await createMemoryAdapter({ ...options, clientCount: 50 }).clients.list({ limit: 50 });
    const again = await createMemoryAdapter({ ...options, clientCount: 50 }).clients.list({ limit: 50 });
    const other = await createMemoryAdapter({ ...options, seed: 12, clientCount: 50 }).clients.list({ limit: 50 });
    expect(again.items).to.deep.equal(first.items);
    expect(other.items.map((client) => client.id)).to.not.deep.equal(first.items.map((client) => client.id));
  });

  it('has names with accents from Spanish, Portuguese and English', async () => {
    const { items } = await createMemoryAdapter({ ...options, clientCount: 300 }).clients.list({ limit: 300 });
    const names = items.map((client) => `${client.firstName} ${client.lastName}`).join(' ');
    expect(names).to.match(/[áéíóúñãõç]/i);
    expect(items.some((client) => client.phone?.startsWith('+34'))).to.equal(true);
    expect(items.some((client) => client.phone?.startsWith('+55'))).to.equal(true);
    expect(items.some((client) => client.phone?.startsWith('+44'))).to.equal(true);
  });

  it('builds 12+ months of history whose records add up to the figures shown before they existed', async () => {
    const adapter = createMemoryAdapter({ ...options, clientCount: 120 });
    const { items } = await adapter.clients.list({ limit: 120, filter: { statuses: ['active', 'vip', 'inactive'] } });
    let checked = 0;
    for (const summary of items.slice(0, 60)) {
      const [appointments, invoices, reviews, wallet, alerts, allergies] = await Promise.all([
        adapter.appointments.list(summary.id, { limit: 500 }),
        adapter.invoices.list(summary.id, { limit: 500 }),
        adapter.reviews.list(summary.id, { limit: 500 }),
        adapter.wallet.get(summary.id),
        adapter.alerts.list(summary.id, { limit: 50 }),
        adapter.allergies.list(summary.id, { limit: 50 }),
      ]);
      const sales = invoices.items.filter(countsTowardSales).reduce((sum, invoice) => sum + invoice.total.amountMinor, 0);
      expect(sales, `sales of ${summary.id}`).to.equal(summary.stats.totalSales.amountMinor);
      expect(reviews.total, `reviews of ${summary.id}`).to.equal(summary.stats.reviewCount);
      if (reviews.total) {
        const average = reviews.items.reduce((sum, review) => sum + review.rating, 0) / reviews.total;
        expect(summary.stats.averageRating).to.be.closeTo(average, 1e-9);
      }
      expect(wallet.balance.amountMinor).to.equal(summary.stats.walletBalance.amountMinor);
      expect(alerts.items.filter((alert) => alert.active).length).to.equal(summary.stats.activeAlertCount);
      expect(allergies.items.filter((allergy) => allergy.active).length).to.equal(summary.stats.activeAllergyCount);
      const oldest = appointments.items[appointments.items.length - 1];
      if (oldest && summary.status !== 'prospect' && Date.parse(summary.createdAt) < NOW - 370 * 86_400_000) {
        expect(Date.parse(oldest.startAt)).to.be.below(NOW - 365 * 86_400_000);
      }
      checked++;
    }
    expect(checked).to.equal(60);
  });
});

describe("memory adapter: the client file's namespaces, loaded on first call", () => {
  it('answers a first call with the records the seed gives, and the same errors', async () => {
    const first = createMemoryAdapter({ ...options, clientCount: 30 });
    const again = createMemoryAdapter({ ...options, clientCount: 30 });
    const withoutUrls = ({ items }: { items: { url: string; thumbnailUrl: string | null }[] }) => items.map(({ url, thumbnailUrl, ...file }) => ({ ...file, image: thumbnailUrl !== null }));
    for (const id of ['cl-000003', 'cl-000017']) {
      const [notes, files] = await Promise.all([first.notes.list(id, { limit: 50 }), first.files.list(id, { limit: 50 })]);
      expect(notes).to.deep.equal(await again.notes.list(id, { limit: 50 }));
      expect(withoutUrls(files)).to.deep.equal(withoutUrls(await again.files.list(id, { limit: 50 })));
      expect(await first.insights.get(id)).to.deep.equal(await again.insights.get(id));
    }
    const fresh = createMemoryAdapter({ ...options, clientCount: 30 });
    expect(((await rejection(fresh.wallet.get('cl-999999'))) as AdapterError).kind).to.equal('not-found');
    expect((await fresh.comments.list('cl-000003')).total).to.equal((await first.comments.list('cl-000003')).total);
  });

  it('rejects with unavailable when their code fails to load, and loads it on a later call', async () => {
    let attempts = 0;
    const api = lazyNamespaces<{ insights: { get(id: string, options?: { signal?: AbortSignal }): Promise<string> } }>({ insights: ['get'] }, async () => {
      if (++attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { insights: { get: async (id) => `insights of ${id}` } };
    });
    const error = (await rejection(api.insights.get('cl-1'))) as AdapterError;
    expect([error.name, error.kind, error.resource]).to.deep.equal(['AdapterError', 'unavailable', 'insights']);
    expect(await api.insights.get('cl-1')).to.equal('insights of cl-1');
    expect(attempts).to.equal(2);
  });

  it('rejects at once when the signal aborts while their code loads', async () => {
    const api = lazyNamespaces<{ notes: { get(id: string, options?: { signal?: AbortSignal }): Promise<string> } }>({ notes: ['get'] }, () => new Promise(() => {}));
    const controller = new AbortController();
    const pending = api.notes.get('cl-1', { signal: controller.signal });
    controller.abort();
    expect(((await rejection(pending)) as Error).name).to.equal('AbortError');
  });
});

describe('memory adapter: simulation', () => {
  it('delays calls by the configured latency', async () => {
    const adapter = createMemoryAdapter({ ...options, clientCount: 5, latency: 120 });
    const started = performance.now();
    await adapter.clients.list({});
    expect(performance.now() - started).to.be.at.least(110);
  });

  it('aborts a slow call when its signal aborts', async () => {
    const adapter = createMemoryAdapter({ ...options, clientCount: 5, latency: 5_000 });
    const controller = new AbortController();
    const pending = adapter.clients.list({ search: 'a' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(((await rejection(pending)) as Error).name).to.equal('AbortError');
  });

  it('fails the next call on demand, and a share of calls at random', async () => {
    const adapter = createMemoryAdapter({ ...options, clientCount: 5 });
    adapter.simulation.failNext('network', 'clients.list');
    expect(((await rejection(adapter.clients.list({}))) as AdapterError).kind).to.equal('network');
    expect((await adapter.clients.list({})).total).to.be.greaterThan(0);
    adapter.simulation.failureRate = 1;
    adapter.simulation.failureKind = 'unavailable';
    expect(((await rejection(adapter.clients.metrics({}))) as AdapterError).kind).to.equal('unavailable');
  });

  it('returns copies: changing a response never changes the store', async () => {
    const adapter = createMemoryAdapter({ ...options, clientCount: 5 });
    const client = await adapter.clients.get('cl-000001');
    client.firstName = 'Changed';
    client.phones.push({ number: '600000000', type: 'home', whatsapp: false, primary: false });
    const again = await adapter.clients.get('cl-000001');
    expect(again.firstName).to.not.equal('Changed');
    expect(again.phones.some((phone) => phone.number === '600000000')).to.equal(false);
  });
});

describe('memory adapter: IndexedDB persistence', () => {
  const database = 'clientela-test-persistence';
  beforeEach(() => clearPersistence(database));
  after(() => clearPersistence(database));

  it('keeps edits, new clients, purges and notes across a reload', async () => {
    const first = createMemoryAdapter({ ...options, clientCount: 20, persist: database });
    const existing = await first.clients.get('cl-000002');
    await first.clients.update('cl-000002', { firstName: 'Persistida' }, { expectedVersion: existing.version });
    const created = await first.clients.create({ firstName: 'Nueva', lastName: 'Clienta' });
    await first.notes.create(created.id, { body: 'Nota que sobrevive' });
    await first.clients.trash(['cl-000003']);
    await first.clients.purge(['cl-000003']);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const reloaded = createMemoryAdapter({ ...options, clientCount: 20, persist: database });
    expect((await reloaded.clients.get('cl-000002')).firstName).to.equal('Persistida');
    expect((await reloaded.clients.get(created.id)).lastName).to.equal('Clienta');
    expect((await reloaded.notes.list(created.id)).items.map((note) => note.body)).to.deep.equal(['Nota que sobrevive']);
    expect(((await rejection(reloaded.clients.get('cl-000003'))) as AdapterError).kind).to.equal('not-found');
  });

  it('works in memory, with a warning, when the browser cannot keep edits', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    Object.defineProperty(indexedDB, 'open', {
      configurable: true,
      value: () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
    try {
      const adapter = createMemoryAdapter({ ...options, clientCount: 20, persist: database });
      const client = await adapter.clients.get('cl-000002');
      const saved = await adapter.clients.update(client.id, { firstName: 'Solo en memoria' }, { expectedVersion: client.version });
      expect(saved.firstName).to.equal('Solo en memoria');
      expect(String(warnings[0]?.[0])).to.contain('cannot be kept');
    } finally {
      delete (indexedDB as unknown as { open?: unknown }).open;
      console.warn = warn;
    }
  });

  it('starts from the seed again once cleared', async () => {
    const adapter = createMemoryAdapter({ ...options, clientCount: 20, persist: database });
    const client = await adapter.clients.get('cl-000004');
    await adapter.clients.update(client.id, { firstName: 'Temporal' }, { expectedVersion: client.version });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await clearPersistence(database);
    const fresh = createMemoryAdapter({ ...options, clientCount: 20, persist: database });
    expect((await fresh.clients.get('cl-000004')).firstName).to.equal(client.firstName);
  });
});
