import { ClientMetrics, ClientPage, type ClientListQuery, type ClientSummary } from '../../model/index.js';
import type { ClientDataAdapter } from '../contract.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { approxEqual, deepEqual, equal } from './assert.js';
import { createClients, idsOf, listAllClients, parse } from './support.js';

interface Expected {
  totalClients: number;
  totalReviews: number;
  averageRating: number | null;
  totalSalesMinor: number;
}

/** What the metrics of exactly these rows must be. */
export function expectedMetrics(rows: readonly ClientSummary[]): Expected {
  let reviews = 0;
  let weighted = 0;
  let sales = 0;
  for (const row of rows) {
    reviews += row.stats.reviewCount;
    if (row.stats.reviewCount > 0 && row.stats.averageRating !== null) weighted += row.stats.averageRating * row.stats.reviewCount;
    sales += row.stats.totalSales.amountMinor;
  }
  return { totalClients: rows.length, totalReviews: reviews, averageRating: reviews > 0 ? weighted / reviews : null, totalSalesMinor: sales };
}

async function checkMetrics(adapter: ClientDataAdapter, query: ClientListQuery, label: string): Promise<void> {
  const metrics = parse(ClientMetrics, await adapter.clients.metrics(query), 'clients.metrics');
  const rows = await listAllClients(adapter, query);
  const total = parse(ClientPage, await adapter.clients.list({ ...query, limit: 1 }), 'clients.list').total;
  const expected = expectedMetrics(rows);
  equal(metrics.totalClients, total, `${label}: totalClients = list total`);
  equal(metrics.totalClients, expected.totalClients, `${label}: totalClients = rows listed`);
  equal(metrics.totalReviews, expected.totalReviews, `${label}: totalReviews = Σ stats.reviewCount`);
  if (expected.averageRating === null) equal(metrics.averageRating, null, `${label}: averageRating without reviews`);
  else approxEqual(metrics.averageRating ?? Number.NaN, expected.averageRating, 1e-6, `${label}: averageRating = Σ(rating×count)/Σcount`);
  equal(metrics.totalSales.amountMinor, expected.totalSalesMinor, `${label}: totalSales = Σ stats.totalSales`);
  for (const row of rows) equal(row.stats.totalSales.currency, metrics.totalSales.currency, `${label}: currency of ${row.id}'s sales`);
}

export function registerClientsMetrics(harness: Harness): void {
  area(harness, 'clients: metrics', 'test', (test) => {
    test('metrics of marked clients equal the sums over the rows listed', async ({ adapter, marker, Marker }) => {
      await createClients(adapter, [
        { firstName: 'Mia', lastName: `Metrics ${Marker}`, status: 'vip' },
        { firstName: 'Leo', lastName: `Metrics ${Marker}` },
        { firstName: 'Noa', lastName: `Metrics ${Marker}` },
      ]);
      await checkMetrics(adapter, { search: marker }, 'marked clients');
      await checkMetrics(adapter, { search: marker, filter: { statuses: ['vip'] } }, 'marked vip clients');
      const metrics = parse(ClientMetrics, await adapter.clients.metrics({ search: marker }), 'clients.metrics');
      deepEqual(
        { totalClients: metrics.totalClients, totalReviews: metrics.totalReviews, averageRating: metrics.averageRating, sales: metrics.totalSales.amountMinor },
        { totalClients: 3, totalReviews: 0, averageRating: null, sales: 0 },
        'new clients',
      );
    });

    test('metrics ignore paging', async ({ adapter, marker, Marker }) => {
      await createClients(adapter, [
        { firstName: 'Pag', lastName: `One ${Marker}` },
        { firstName: 'Pag', lastName: `Two ${Marker}` },
        { firstName: 'Pag', lastName: `Three ${Marker}` },
      ]);
      const all = parse(ClientMetrics, await adapter.clients.metrics({ search: marker }), 'clients.metrics');
      const paged = parse(ClientMetrics, await adapter.clients.metrics({ search: marker, limit: 1, offset: 1 }), 'clients.metrics');
      deepEqual(paged, all, 'metrics with limit/offset');
    });

    test('metrics over existing clients (filter.ids of the first 50) equal the sums over their rows', async ({ adapter, existing }) => {
      const first = await existing(50);
      await checkMetrics(adapter, { filter: { ids: idsOf(first) } }, 'first 50 clients');
      const reviewed = first.filter((row) => row.stats.reviewCount > 0).slice(0, 5);
      if (reviewed.length > 0) await checkMetrics(adapter, { filter: { ids: idsOf(reviewed) } }, 'clients with reviews');
    });

    test('metrics of the whole default view: totalClients = list total (sums when it has ≤ 1000 clients)', async ({ adapter }) => {
      const total = parse(ClientPage, await adapter.clients.list({ limit: 1 }), 'clients.list').total;
      if (total <= 1000) {
        await checkMetrics(adapter, {}, 'default view');
        await checkMetrics(adapter, { filter: { statuses: ['vip', 'active'] } }, 'vip and active clients');
      } else {
        const metrics = parse(ClientMetrics, await adapter.clients.metrics({}), 'clients.metrics');
        equal(metrics.totalClients, total, 'totalClients = list total');
      }
    });
  });
}
