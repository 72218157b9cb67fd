import { Client, ClientPage, type ClientListQuery, type ClientSummary } from '../../model/index.js';
import * as z from 'zod/mini';
import type { ClientDataAdapter } from '../contract.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, fail, ok, sameMembers } from './assert.js';
import { createClients, idsOf, listAllClients, parse } from './support.js';

/** Follows nextCursor with `limit`, checking total, offset and page size on every page. */
async function walkCursor(adapter: ClientDataAdapter, query: ClientListQuery, limit: number, expectedTotal: number): Promise<ClientSummary[]> {
  const rows: ClientSummary[] = [];
  let cursor: string | undefined;
  for (let pageIndex = 0; pageIndex < 100; pageIndex += 1) {
    const page = parse(ClientPage, await adapter.clients.list({ ...query, limit, cursor }), 'clients.list');
    equal(page.total, expectedTotal, `total on page ${pageIndex + 1}`);
    equal(page.offset, rows.length, `offset of page ${pageIndex + 1} (position of its first row)`);
    ok(page.items.length <= limit, `page ${pageIndex + 1} has ${page.items.length} rows, over the limit ${limit}`);
    rows.push(...page.items);
    if (page.nextCursor === null) {
      equal(rows.length, expectedTotal, 'rows visited when nextCursor became null');
      return rows;
    }
    ok(page.items.length > 0, `page ${pageIndex + 1} is empty but has a nextCursor`);
    cursor = page.nextCursor;
  }
  return fail('nextCursor never became null');
}

async function walkOffset(adapter: ClientDataAdapter, query: ClientListQuery, limit: number, expectedTotal: number): Promise<ClientSummary[]> {
  const rows: ClientSummary[] = [];
  for (let offset = 0; offset < expectedTotal; offset += limit) {
    const page = parse(ClientPage, await adapter.clients.list({ ...query, limit, offset }), 'clients.list');
    equal(page.total, expectedTotal, `total at offset ${offset}`);
    equal(page.offset, offset, `page.offset for offset ${offset}`);
    equal(page.items.length, Math.min(limit, expectedTotal - offset), `rows at offset ${offset}`);
    rows.push(...page.items);
  }
  return rows;
}

export function registerClientsPaging(harness: Harness): void {
  area(harness, 'clients: paging and export', 'test', (test) => {
    test('cursor paging with limit 3 visits every client exactly once, total on every page, null cursor at the end', async ({ adapter, marker, Marker }) => {
      const names = ['Hugo', 'Irene', 'Jorge', 'Kiko', 'Laura', 'Mario', 'Nuria', 'Óscar'];
      const created = await createClients(adapter, names.map((firstName) => ({ firstName, lastName: `Page ${Marker}` })));
      const rows = await walkCursor(adapter, { search: marker }, 3, names.length);
      sameMembers(idsOf(rows), idsOf(created), 'clients visited');
    });

    test('cursor paging is stable when every sort key ties (ties break on id)', async ({ adapter, marker, Marker }) => {
      const created = await createClients(
        adapter,
        Array.from({ length: 7 }, () => ({ firstName: 'Same', lastName: `Name ${Marker}` })),
      );
      for (const direction of ['asc', 'desc'] as const) {
        const rows = await walkCursor(adapter, { search: marker, sort: { field: 'name', direction } }, 3, 7);
        sameMembers(idsOf(rows), idsOf(created), `clients visited (name ${direction})`);
      }
      const rows = await walkCursor(adapter, { search: marker, sort: { field: 'totalSales', direction: 'desc' } }, 2, 7);
      sameMembers(idsOf(rows), idsOf(created), 'clients visited (totalSales desc, all 0)');
    });

    test('offset paging gives the same rows in the same order as cursor paging', async ({ adapter, marker, Marker }) => {
      const names = ['Pilar', 'Quique', 'Rosa', 'Sergio', 'Tania', 'Úrsula', 'Víctor'];
      await createClients(adapter, names.map((firstName) => ({ firstName, lastName: `Offset ${Marker}` })));
      for (const sort of [undefined, { field: 'name', direction: 'desc' }, { field: 'createdAt', direction: 'asc' }] as const) {
        const query: ClientListQuery = sort ? { search: marker, sort } : { search: marker };
        const byCursor = await walkCursor(adapter, query, 3, names.length);
        const byOffset = await walkOffset(adapter, query, 3, names.length);
        deepEqual(idsOf(byOffset), idsOf(byCursor), `offset vs cursor order (${sort ? `${sort.field} ${sort.direction}` : 'default'})`);
      }
    });

    test('an offset past the end gives an empty page with the total', async ({ adapter, marker, Marker }) => {
      await createClients(adapter, [
        { firstName: 'Far', lastName: `One ${Marker}` },
        { firstName: 'Far', lastName: `Two ${Marker}` },
      ]);
      const page = parse(ClientPage, await adapter.clients.list({ search: marker, offset: 5, limit: 3 }), 'clients.list');
      deepEqual(page.items, [], 'items past the end');
      equal(page.total, 2, 'total');
      equal(page.nextCursor, null, 'nextCursor');
      const empty = parse(ClientPage, await adapter.clients.list({ search: `${marker} nobodyhere` }), 'clients.list');
      deepEqual({ items: empty.items, total: empty.total, nextCursor: empty.nextCursor }, { items: [], total: 0, nextCursor: null }, 'a search with no match');
    });

    test('exportAll returns every matching client (paging ignored), not the trashed ones', async ({ adapter, marker, Marker }) => {
      const created = await createClients(
        adapter,
        ['Ulises', 'Vera', 'Wendy', 'Xavi', 'Yago'].map((firstName) => ({ firstName, lastName: `Export ${Marker}`, status: 'vip' as const })),
      );
      await adapter.clients.trash([created[4]!.id]);
      const exported = parse(z.array(Client), await adapter.clients.exportAll({ search: marker, limit: 2, offset: 1 }), 'clients.exportAll');
      sameMembers(idsOf(exported), idsOf(created.slice(0, 4)), 'exported clients');
      const listed = await listAllClients(adapter, { search: marker });
      sameMembers(idsOf(exported), idsOf(listed), 'exportAll vs list');
      const filteredExport = parse(
        z.array(Client),
        await adapter.clients.exportAll({ search: marker, filter: { ids: [created[0]!.id, created[1]!.id] } }),
        'clients.exportAll',
      );
      sameMembers(idsOf(filteredExport), [created[0]!.id, created[1]!.id], 'exportAll with filter.ids (export the selection)');
      const trashExport = parse(z.array(Client), await adapter.clients.exportAll({ search: marker, view: 'trash' }), 'clients.exportAll');
      sameMembers(idsOf(trashExport), [created[4]!.id], 'exportAll of the trash view');
    });
  });
}
