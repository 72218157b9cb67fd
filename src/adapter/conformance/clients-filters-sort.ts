import {
  Alert,
  Allergy,
  ClientPage,
  Group,
  Tag,
  type ClientFilter,
  type ClientListQuery,
  type ClientSortField,
  type ClientSummary,
} from '../../model/index.js';
import type { ClientDataAdapter } from '../contract.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { equal, fail, ok, sameMembers, show } from './assert.js';
import { catalogOf, createClient, createClients, fold, idsOf, listAllClients, markedIds, parse, refsOf, sleep, time } from './support.js';

type Direction = 'asc' | 'desc';

/** Values of one sort field; null for "no value" (null, or a missing date). */
function sortValue(row: ClientSummary, field: Exclude<ClientSortField, 'name'>): number | null {
  switch (field) {
    case 'createdAt':
      return time(row.createdAt);
    case 'updatedAt':
      return time(row.updatedAt);
    case 'trashedAt':
      return row.trashedAt === null ? null : time(row.trashedAt);
    case 'lastVisitAt':
      return row.stats.lastVisitAt === null ? null : time(row.stats.lastVisitAt);
    case 'totalSales':
      return row.stats.totalSales.amountMinor;
    case 'reviewCount':
      return row.stats.reviewCount;
    case 'averageRating':
      return row.stats.averageRating;
  }
}

/**
 * Rows are ordered by `valueOf` (ties allowed). Rows without a value must be together, at the start
 * or at the end (the contract does not say which).
 */
export function assertSorted<V extends number | string>(
  rows: readonly ClientSummary[],
  valueOf: (row: ClientSummary) => V | null,
  direction: Direction,
  label: string,
): void {
  const values = rows.map(valueOf);
  const isNull = values.map((value) => value === null || (typeof value === 'number' && Number.isNaN(value)));
  const firstNull = isNull.indexOf(true);
  if (firstNull !== -1) {
    const lastNull = isNull.lastIndexOf(true);
    const contiguous = isNull.slice(firstNull, lastNull + 1).every(Boolean);
    const atAnEnd = firstNull === 0 || lastNull === values.length - 1;
    ok(contiguous && atAnEnd, `${label}: rows without a value must be grouped at the start or the end, got ${show(values)}`);
  }
  const present = values.filter((_value, index) => !isNull[index]) as V[];
  for (let index = 1; index < present.length; index += 1) {
    const previous = present[index - 1]!;
    const current = present[index]!;
    const inOrder = direction === 'asc' ? previous <= current : previous >= current;
    if (!inOrder) fail(`${label}: ${direction} order broken at position ${index}: ${show(previous)} then ${show(current)} (values ${show(present, 500)})`);
  }
}

async function page(adapter: ClientDataAdapter, query: ClientListQuery) {
  return parse(ClientPage, await adapter.clients.list(query), 'clients.list');
}

/** Ids for the marker with a filter (every page). */
async function filtered(adapter: ClientDataAdapter, marker: string, filter: ClientFilter): Promise<string[]> {
  return markedIds(adapter, marker, { filter });
}

export function registerClientsFiltersSort(harness: Harness): void {
  area(harness, 'clients: filters', 'test', (test) => {
    test('statuses: any of the listed statuses', async ({ adapter, Marker, marker }) => {
      const [active, inactive, prospect, vip] = await createClients(adapter, [
        { firstName: 'Sta', lastName: `Active ${Marker}`, status: 'active' },
        { firstName: 'Sta', lastName: `Inactive ${Marker}`, status: 'inactive' },
        { firstName: 'Sta', lastName: `Prospect ${Marker}`, status: 'prospect' },
        { firstName: 'Sta', lastName: `Vip ${Marker}`, status: 'vip' },
      ]);
      sameMembers(await filtered(adapter, marker, { statuses: ['vip'] }), [vip!.id], 'statuses [vip]');
      sameMembers(await filtered(adapter, marker, { statuses: ['prospect', 'inactive'] }), [prospect!.id, inactive!.id], 'statuses [prospect, inactive]');
      sameMembers(await filtered(adapter, marker, { statuses: ['active', 'inactive', 'prospect', 'vip'] }), idsOf([active!, inactive!, prospect!, vip!]), 'every status');
    });

    test('blacklisted: true and false', async ({ adapter, Marker, marker }) => {
      const [blocked, free] = await createClients(adapter, [
        { firstName: 'Bla', lastName: `Blocked ${Marker}`, bookingBlacklisted: true },
        { firstName: 'Bla', lastName: `Free ${Marker}` },
      ]);
      sameMembers(await filtered(adapter, marker, { blacklisted: true }), [blocked!.id], 'blacklisted: true');
      sameMembers(await filtered(adapter, marker, { blacklisted: false }), [free!.id], 'blacklisted: false');
    });

    test('birthdayMonth: month of birthDate, clients without one never match', async ({ adapter, Marker, marker }) => {
      const [march1, march2, november] = await createClients(adapter, [
        { firstName: 'Bir', lastName: `One ${Marker}`, birthDate: '1990-03-15' },
        { firstName: 'Bir', lastName: `Two ${Marker}`, birthDate: '1985-03-31' },
        { firstName: 'Bir', lastName: `Three ${Marker}`, birthDate: '2000-11-01' },
        { firstName: 'Bir', lastName: `Four ${Marker}`, birthDate: null },
      ]);
      sameMembers(await filtered(adapter, marker, { birthdayMonth: 3 }), [march1!.id, march2!.id], 'birthdayMonth 3');
      sameMembers(await filtered(adapter, marker, { birthdayMonth: 11 }), [november!.id], 'birthdayMonth 11');
      sameMembers(await filtered(adapter, marker, { birthdayMonth: 12 }), [], 'birthdayMonth 12');
    });

    test('ids: only the listed clients', async ({ adapter, Marker, marker }) => {
      const [a, , c] = await createClients(adapter, [
        { firstName: 'Ids', lastName: `A ${Marker}` },
        { firstName: 'Ids', lastName: `B ${Marker}` },
        { firstName: 'Ids', lastName: `C ${Marker}` },
      ]);
      sameMembers(await filtered(adapter, marker, { ids: [a!.id, c!.id] }), [a!.id, c!.id], 'ids [a, c]');
      sameMembers(await filtered(adapter, marker, { ids: [`missing-${marker}`] }), [], 'ids of nobody');
      const direct = await page(adapter, { filter: { ids: [a!.id] } });
      sameMembers(idsOf(direct.items), [a!.id], 'ids without a search');
    });

    test('groupIds: members of any of the groups', async ({ adapter, Marker, marker, need }) => {
      const groups = need('groups');
      const g1 = parse(Group, await groups.create({ name: `G1 ${Marker}`, color: '#3b82f6', description: null }), 'groups.create');
      const g2 = parse(Group, await groups.create({ name: `G2 ${Marker}`, color: '#ef4444', description: null }), 'groups.create');
      const [a, b] = await createClients(adapter, [
        { firstName: 'Grp', lastName: `A ${Marker}`, groupIds: [g1.id] },
        { firstName: 'Grp', lastName: `B ${Marker}` },
        { firstName: 'Grp', lastName: `C ${Marker}` },
      ]);
      await groups.addMembers(g2.id, [b!.id]);
      sameMembers(await filtered(adapter, marker, { groupIds: [g1.id] }), [a!.id], 'groupIds [g1]');
      sameMembers(await filtered(adapter, marker, { groupIds: [g1.id, g2.id] }), [a!.id, b!.id], 'groupIds [g1, g2]');
    });

    test('tagIds: clients with at least one of the tags', async ({ adapter, Marker, marker, need }) => {
      const tags = need('tags');
      const t1 = parse(Tag, await tags.create({ name: `T1 ${Marker}`, color: '#22c55e' }), 'tags.create');
      const t2 = parse(Tag, await tags.create({ name: `T2 ${Marker}`, color: '#a855f7' }), 'tags.create');
      const [a, b] = await createClients(adapter, [
        { firstName: 'Tag', lastName: `A ${Marker}`, tagIds: [t1.id, t2.id] },
        { firstName: 'Tag', lastName: `B ${Marker}`, tagIds: [t2.id] },
        { firstName: 'Tag', lastName: `C ${Marker}` },
      ]);
      sameMembers(await filtered(adapter, marker, { tagIds: [t1.id] }), [a!.id], 'tagIds [t1]');
      sameMembers(await filtered(adapter, marker, { tagIds: [t2.id] }), [a!.id, b!.id], 'tagIds [t2]');
      sameMembers(await filtered(adapter, marker, { tagIds: [t1.id, t2.id] }), [a!.id, b!.id], 'tagIds [t1, t2]');
    });

    test('origins and centerIds: catalog values', async ({ adapter, Marker, marker, need, skip }) => {
      need('catalog');
      const catalog = (await catalogOf(adapter))!;
      const [o1, o2] = catalog.origins;
      const [c1, c2] = catalog.centers;
      if (!o1 || !c1) return skip('the catalog has no origins or no centers');
      const [a, b] = await createClients(adapter, [
        { firstName: 'Ori', lastName: `A ${Marker}`, origin: o1.id, centerId: c1.id },
        { firstName: 'Ori', lastName: `B ${Marker}`, origin: o2?.id ?? null, centerId: c2?.id ?? null },
        { firstName: 'Ori', lastName: `C ${Marker}`, origin: null, centerId: null },
      ]);
      sameMembers(await filtered(adapter, marker, { origins: [o1.id] }), [a!.id], 'origins [o1]');
      sameMembers(await filtered(adapter, marker, { centerIds: [c1.id] }), [a!.id], 'centerIds [c1]');
      if (o2) sameMembers(await filtered(adapter, marker, { origins: [o1.id, o2.id] }), [a!.id, b!.id], 'origins [o1, o2]');
      if (c2) sameMembers(await filtered(adapter, marker, { centerIds: [c1.id, c2.id] }), [a!.id, b!.id], 'centerIds [c1, c2]');
    });

    test('hasActiveAlerts: an active alert counts, an inactive one does not', async ({ adapter, Marker, marker, need }) => {
      const alerts = need('alerts');
      const refs = await refsOf(adapter);
      const [withActive, withInactive, without] = await createClients(adapter, [
        { firstName: 'Alr', lastName: `Active ${Marker}` },
        { firstName: 'Alr', lastName: `Inactive ${Marker}` },
        { firstName: 'Alr', lastName: `None ${Marker}` },
      ]);
      const active = parse(
        Alert,
        await alerts.create(withActive!.id, { typeId: refs.alertTypeId, priority: 'high', description: 'Conformance alert', active: true }),
        'alerts.create',
      );
      await alerts.create(withInactive!.id, { typeId: refs.alertTypeId, priority: 'low', description: 'Old alert', active: false });
      sameMembers(await filtered(adapter, marker, { hasActiveAlerts: true }), [withActive!.id], 'hasActiveAlerts: true');
      sameMembers(await filtered(adapter, marker, { hasActiveAlerts: false }), [withInactive!.id, without!.id], 'hasActiveAlerts: false');
      await alerts.update(withActive!.id, active.id, { active: false }, { expectedVersion: active.version });
      sameMembers(await filtered(adapter, marker, { hasActiveAlerts: true }), [], 'hasActiveAlerts: true after deactivating');
    });

    test('hasActiveAllergies: an active allergy counts, an inactive one does not', async ({ adapter, Marker, marker, need }) => {
      const allergies = need('allergies');
      const [withActive, withInactive, without] = await createClients(adapter, [
        { firstName: 'All', lastName: `Active ${Marker}` },
        { firstName: 'All', lastName: `Inactive ${Marker}` },
        { firstName: 'All', lastName: `None ${Marker}` },
      ]);
      const active = parse(Allergy, await allergies.create(withActive!.id, { allergen: 'Latex', severity: 'severe', type: 'latex', active: true }), 'allergies.create');
      await allergies.create(withInactive!.id, { allergen: 'Pollen', severity: 'mild', type: 'environmental', active: false });
      sameMembers(await filtered(adapter, marker, { hasActiveAllergies: true }), [withActive!.id], 'hasActiveAllergies: true');
      sameMembers(await filtered(adapter, marker, { hasActiveAllergies: false }), [withInactive!.id, without!.id], 'hasActiveAllergies: false');
      await allergies.remove(withActive!.id, active.id);
      sameMembers(await filtered(adapter, marker, { hasActiveAllergies: true }), [], 'hasActiveAllergies: true after removing the allergy');
    });

    test('lastVisitFrom / lastVisitTo: inclusive dates; clients without a visit never match', async ({ adapter, Marker, marker, skip }) => {
      await createClients(adapter, [
        { firstName: 'Vis', lastName: `A ${Marker}` },
        { firstName: 'Vis', lastName: `B ${Marker}` },
      ]);
      sameMembers(await filtered(adapter, marker, { lastVisitFrom: '1900-01-01' }), [], 'new clients (no visit) with lastVisitFrom');
      sameMembers(await filtered(adapter, marker, { lastVisitTo: '2999-12-31' }), [], 'new clients (no visit) with lastVisitTo');
      // Existing data, where the adapter's clients have visits.
      const visited = (await page(adapter, { sort: { field: 'lastVisitAt', direction: 'desc' }, limit: 100 })).items.filter(
        (row) => row.stats.lastVisitAt !== null,
      );
      const sample = visited[Math.floor(visited.length / 2)];
      if (!sample) return skip('no client of the first 100 by last visit has a visit: the date-range checks need one');
      const day = sample.stats.lastVisitAt!.slice(0, 10);
      const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      const only = (filter: ClientFilter) => page(adapter, { filter: { ...filter, ids: [sample.id] } });
      equal((await only({ lastVisitFrom: shift(day, -2) })).total, 1, `lastVisitFrom two days before the visit (${sample.stats.lastVisitAt})`);
      equal((await only({ lastVisitTo: shift(day, 2) })).total, 1, `lastVisitTo two days after the visit (${sample.stats.lastVisitAt})`);
      equal((await only({ lastVisitFrom: shift(day, -2), lastVisitTo: shift(day, 2) })).total, 1, 'a range around the visit');
      equal((await only({ lastVisitFrom: shift(day, 2) })).total, 0, 'lastVisitFrom two days after the visit');
      equal((await only({ lastVisitTo: shift(day, -2) })).total, 0, 'lastVisitTo two days before the visit');
      // Every row of a range has a visit in it (a day of slack for time zones).
      const from = shift(day, -30);
      const rows = (await page(adapter, { filter: { lastVisitFrom: from, lastVisitTo: day }, limit: 200 })).items;
      for (const row of rows) {
        ok(row.stats.lastVisitAt !== null, `row ${row.id} without a visit matched a lastVisit range`);
        const at = time(row.stats.lastVisitAt);
        ok(at >= time(`${shift(from, -1)}T00:00:00Z`) && at < time(`${shift(day, 2)}T00:00:00Z`), `row ${row.id} lastVisitAt ${row.stats.lastVisitAt} outside ${from}..${day}`);
      }
    });

    test('salesMinMinor / salesMaxMinor: inclusive bounds on stats.totalSales', async ({ adapter, Marker, marker, skip }) => {
      const created = await createClients(adapter, [
        { firstName: 'Sal', lastName: `A ${Marker}` },
        { firstName: 'Sal', lastName: `B ${Marker}` },
      ]);
      sameMembers(await filtered(adapter, marker, { salesMinMinor: 0 }), idsOf(created), 'salesMinMinor 0 (new clients have 0)');
      sameMembers(await filtered(adapter, marker, { salesMaxMinor: 0 }), idsOf(created), 'salesMaxMinor 0');
      sameMembers(await filtered(adapter, marker, { salesMinMinor: 1 }), [], 'salesMinMinor 1');
      const top = (await page(adapter, { sort: { field: 'totalSales', direction: 'desc' }, limit: 1 })).items[0];
      if (!top || top.stats.totalSales.amountMinor <= 0) return skip('no client has sales: the bounds above zero need one');
      const total = top.stats.totalSales.amountMinor;
      const only = (filter: ClientFilter) => page(adapter, { filter: { ...filter, ids: [top.id] } });
      equal((await only({ salesMinMinor: total })).total, 1, `salesMinMinor = its total ${total}`);
      equal((await only({ salesMaxMinor: total })).total, 1, `salesMaxMinor = its total ${total}`);
      equal((await only({ salesMinMinor: total + 1 })).total, 0, 'salesMinMinor above its total');
      equal((await only({ salesMaxMinor: total - 1 })).total, 0, 'salesMaxMinor below its total');
      const bound = Math.floor(total / 2);
      for (const row of (await page(adapter, { filter: { salesMinMinor: bound }, limit: 200 })).items) {
        ok(row.stats.totalSales.amountMinor >= bound, `row ${row.id} totalSales ${row.stats.totalSales.amountMinor} < salesMinMinor ${bound}`);
      }
      for (const row of (await page(adapter, { filter: { salesMaxMinor: bound }, limit: 200 })).items) {
        ok(row.stats.totalSales.amountMinor <= bound, `row ${row.id} totalSales ${row.stats.totalSales.amountMinor} > salesMaxMinor ${bound}`);
      }
    });

    test('criteria combine with AND, values inside one criterion with OR', async ({ adapter, Marker, marker }) => {
      const [match, , , vipMatch] = await createClients(adapter, [
        { firstName: 'Cmb', lastName: `Match ${Marker}`, status: 'active', bookingBlacklisted: true, birthDate: '1991-03-02' },
        { firstName: 'Cmb', lastName: `WrongMonth ${Marker}`, status: 'active', bookingBlacklisted: true, birthDate: '1991-04-02' },
        { firstName: 'Cmb', lastName: `NotBlocked ${Marker}`, status: 'active', bookingBlacklisted: false, birthDate: '1991-03-02' },
        { firstName: 'Cmb', lastName: `Vip ${Marker}`, status: 'vip', bookingBlacklisted: true, birthDate: '1970-03-20' },
        { firstName: 'Cmb', lastName: `Prospect ${Marker}`, status: 'prospect', bookingBlacklisted: true, birthDate: '1991-03-02' },
      ]);
      sameMembers(
        await filtered(adapter, marker, { statuses: ['active', 'vip'], blacklisted: true, birthdayMonth: 3 }),
        [match!.id, vipMatch!.id],
        'statuses [active, vip] AND blacklisted AND birthdayMonth 3',
      );
      sameMembers(
        await filtered(adapter, marker, { statuses: ['vip'], blacklisted: true, birthdayMonth: 3, ids: [match!.id, vipMatch!.id] }),
        [vipMatch!.id],
        'with ids',
      );
      sameMembers(await filtered(adapter, marker, { statuses: ['vip'], blacklisted: false }), [], 'contradicting criteria');
    });

    test('the search and the filters also apply to the trash view', async ({ adapter, Marker, marker }) => {
      const [vip, active] = await createClients(adapter, [
        { firstName: 'Trf', lastName: `Vip ${Marker}`, status: 'vip' },
        { firstName: 'Trf', lastName: `Active ${Marker}`, status: 'active' },
      ]);
      await adapter.clients.trash([vip!.id, active!.id]);
      sameMembers(await markedIds(adapter, marker, { view: 'trash', filter: { statuses: ['vip'] } }), [vip!.id], 'trash view, statuses [vip]');
      sameMembers(await filtered(adapter, marker, { statuses: ['vip'] }), [], 'default view after trashing');
    });
  });

  area(harness, 'clients: sort', 'test', (test) => {
    test('name sorts accent- and case-insensitively, asc and desc; it is the default', async ({ adapter, Marker, marker }) => {
      // First and last names agree on the order, so any "name" key (first+last or last+first) gives it.
      await createClients(adapter, [
        { firstName: 'Bruno', lastName: `Bravo ${Marker}` },
        { firstName: 'Álvaro', lastName: `Álvarez ${Marker}` },
        { firstName: 'diego', lastName: `díaz ${Marker}` },
        { firstName: 'Alvaro', lastName: `Alvarez ${Marker}` },
        { firstName: 'carla', lastName: `castro ${Marker}` },
        { firstName: 'Élia', lastName: `Esteve ${Marker}` },
      ]);
      const initials = (rows: ClientSummary[]) => rows.map((row) => fold(row.firstName).charAt(0)).join('');
      const asc = await listAllClients(adapter, { search: marker, sort: { field: 'name', direction: 'asc' }, limit: 100 });
      equal(initials(asc), 'aabcde', `name asc (got ${asc.map((row) => row.firstName).join(', ')})`);
      const desc = await listAllClients(adapter, { search: marker, sort: { field: 'name', direction: 'desc' }, limit: 100 });
      equal(initials(desc), 'edcbaa', `name desc (got ${desc.map((row) => row.firstName).join(', ')})`);
      const byDefault = await listAllClients(adapter, { search: marker, limit: 100 });
      equal(initials(byDefault), 'aabcde', `default order (got ${byDefault.map((row) => row.firstName).join(', ')})`);
    });

    test('createdAt and updatedAt, asc and desc', async ({ adapter, Marker, marker }) => {
      const created = [];
      for (const name of ['Uno', 'Dos', 'Tres', 'Cuatro']) {
        created.push(await createClient(adapter, { firstName: name, lastName: `Time ${Marker}` }));
        await sleep(5);
      }
      for (const client of [...created].reverse()) {
        await adapter.clients.update(client.id, { status: 'vip' }, { expectedVersion: client.version });
        await sleep(5);
      }
      for (const field of ['createdAt', 'updatedAt'] as const) {
        for (const direction of ['asc', 'desc'] as const) {
          const rows = await listAllClients(adapter, { search: marker, sort: { field, direction }, limit: 100 });
          equal(rows.length, 4, `${field} ${direction}: rows`);
          assertSorted(rows, (row) => sortValue(row, field), direction, `${field} ${direction}`);
        }
      }
      const newestFirst = await listAllClients(adapter, { search: marker, sort: { field: 'createdAt', direction: 'desc' } });
      equal(newestFirst[0]?.firstName, 'Cuatro', 'createdAt desc starts with the last created');
      const lastUpdatedFirst = await listAllClients(adapter, { search: marker, sort: { field: 'updatedAt', direction: 'desc' } });
      equal(lastUpdatedFirst[0]?.firstName, 'Uno', 'updatedAt desc starts with the last updated');
    });

    test('trashedAt in the trash view (default: most recently trashed first)', async ({ adapter, Marker, marker }) => {
      const [first, second] = await createClients(adapter, [
        { firstName: 'First', lastName: `Trashed ${Marker}` },
        { firstName: 'Second', lastName: `Trashed ${Marker}` },
      ]);
      await adapter.clients.trash([first!.id]);
      await sleep(15);
      await adapter.clients.trash([second!.id]);
      const desc = await markedIds(adapter, marker, { view: 'trash', sort: { field: 'trashedAt', direction: 'desc' } });
      equal(desc.join(), [second!.id, first!.id].join(), 'trashedAt desc');
      const asc = await markedIds(adapter, marker, { view: 'trash', sort: { field: 'trashedAt', direction: 'asc' } });
      equal(asc.join(), [first!.id, second!.id].join(), 'trashedAt asc');
      const byDefault = await markedIds(adapter, marker, { view: 'trash' });
      equal(byDefault.join(), [second!.id, first!.id].join(), 'default order of the trash view');
    });

    const statFields = ['totalSales', 'reviewCount', 'averageRating', 'lastVisitAt', 'createdAt', 'updatedAt'] as const;
    for (const field of statFields) {
      test(`${field} asc and desc over existing data (two pages of 40)`, async ({ adapter, skip }) => {
        for (const direction of ['asc', 'desc'] as const) {
          const first = await page(adapter, { sort: { field, direction }, limit: 40 });
          if (first.items.length < 2) return skip('the backend has fewer than two clients of its own to sort');
          const rows = [...first.items];
          if (first.nextCursor) rows.push(...(await page(adapter, { sort: { field, direction }, limit: 40, cursor: first.nextCursor })).items);
          assertSorted(rows, (row) => sortValue(row, field), direction, `${field} ${direction}`);
          equal(new Set(idsOf(rows)).size, rows.length, `${field} ${direction}: no row twice across pages`);
        }
      });
    }
  });
}
