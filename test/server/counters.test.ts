// The trigger-kept client counters (server/src/db/client-counts.ts) answer a facet filter's `total`
// and metrics: they must equal the rows the list pages through, on the seeded demo tenant and after
// every kind of write (create, update of a facet and of a name only, trash, restore, purge, group
// membership, a removed tag). Each
// kind on a server of its own, so no other test writes to its demo tenant meanwhile.
import { expect } from '@open-wc/testing';
import { expectedMetrics } from '../../src/adapter/conformance/clients-metrics.js';
import { listAllClients } from '../../src/adapter/conformance/support.js';
import type { ClientListQuery } from '../../src/model/index.js';
import { serverAdapter, useServer } from './pg-servers.js';

type Adapter = ReturnType<typeof serverAdapter>;

/** Filters each grain of counters answers, alone and combined, and the trash view. */
function facetQueries(groupId: string, tagId: string, centerId: string, origin: string): ClientListQuery[] {
  return [
    {},
    { view: 'trash' },
    { filter: { statuses: ['vip'] } },
    { filter: { statuses: ['active', 'inactive'] } },
    { filter: { hasActiveAlerts: true } },
    { filter: { hasActiveAlerts: false, hasActiveAllergies: true } },
    { filter: { blacklisted: true } },
    { filter: { groupIds: [groupId] } },
    { filter: { tagIds: [tagId], statuses: ['active', 'vip'] } },
    { filter: { groupIds: [groupId], tagIds: [tagId] } },
    { filter: { centerIds: [centerId] } },
    { filter: { origins: [origin], centerIds: [centerId] } },
    { filter: { birthdayMonth: 5 } },
    { filter: { birthdayMonth: 5, statuses: ['active'] } },
    { view: 'trash', filter: { groupIds: [groupId] } },
  ];
}

/** Every query's total and metrics against the rows listed (the rows come from the page query, not the counters). */
async function checkCounters(adapter: Adapter, queries: readonly ClientListQuery[], stage: string): Promise<number[]> {
  const totals: number[] = [];
  for (const query of queries) {
    const label = `${stage}: ${JSON.stringify(query)}`;
    const rows = await listAllClients(adapter, query);
    const { total } = await adapter.clients.list({ ...query, limit: 1 });
    expect(total, `${label} total`).to.equal(rows.length);
    const metrics = await adapter.clients.metrics(query);
    const expected = expectedMetrics(rows);
    expect(metrics.totalClients, `${label} totalClients`).to.equal(expected.totalClients);
    expect(metrics.totalReviews, `${label} totalReviews`).to.equal(expected.totalReviews);
    expect(metrics.totalSales.amountMinor, `${label} totalSales`).to.equal(expected.totalSalesMinor);
    if (expected.averageRating === null) expect(metrics.averageRating, `${label} averageRating`).to.equal(null);
    else expect(metrics.averageRating, `${label} averageRating`).to.be.closeTo(expected.averageRating, 1e-9);
    totals.push(total);
  }
  return totals;
}

for (const name of ['pglite-counters', 'postgres-counters']) {
  describe(`reference server (${name}): counted totals and metrics`, function () {
    this.timeout(120_000);
    const server = useServer(name);

    it('equal the rows listed, on the demo data and after creates, facet and name updates, trash, restore and purge', async () => {
      const adapter = serverAdapter(server().tenantUrl);
      const demo = await listAllClients(adapter, {});
      expect(demo.length, 'the seeded demo tenant').to.be.greaterThan(10);
      const withGroup = demo.find((client) => client.groupIds.length)!;
      const withTag = demo.find((client) => client.tagIds.length && client.id !== withGroup.id)!;
      const withCenter = demo.find((client) => client.centerId)!;
      const withOrigin = demo.find((client) => client.origin)!;
      const groupId = withGroup.groupIds[0]!;
      const tagId = withTag.tagIds[0]!;
      const queries = facetQueries(groupId, tagId, withCenter.centerId!, withOrigin.origin!);
      const seeded = await checkCounters(adapter, queries, 'seeded');
      expect(seeded.some((total, i) => i > 1 && total > 0 && total < demo.length), 'some filters select some clients').to.equal(true);

      const created = await adapter.clients.create({
        firstName: 'Counted',
        lastName: 'Client',
        status: 'vip',
        groupIds: [groupId],
        tagIds: [tagId],
        centerId: withCenter.centerId,
        origin: withOrigin.origin,
        birthDate: '1990-05-17',
        bookingBlacklisted: true,
      });
      const afterCreate = await checkCounters(adapter, queries, 'after create');
      expect(afterCreate[0], 'one more client').to.equal(seeded[0]! + 1);

      const moved = await adapter.clients.update(created.id, { status: 'inactive', groupIds: [], birthDate: '1990-06-01' }, { expectedVersion: created.version });
      await adapter.clients.update(moved.id, { firstName: 'Renamed' }, { expectedVersion: moved.version });
      const other = demo.find((client) => client.id !== withGroup.id && !client.groupIds.includes(groupId))!;
      await adapter.clients.update(other.id, { groupIds: [...other.groupIds, groupId], tagIds: [] }, { expectedVersion: other.version });
      await checkCounters(adapter, queries, 'after updates');

      await adapter.clients.trash([created.id, withGroup.id, withTag.id]);
      const afterTrash = await checkCounters(adapter, queries, 'after trash');
      expect(afterTrash[1], 'three more in the trash').to.equal(seeded[1]! + 3);
      await adapter.clients.restore([withTag.id]);
      await adapter.clients.purge([created.id]);
      const afterPurge = await checkCounters(adapter, queries, 'after restore and purge');
      expect(afterPurge[0], 'the demo clients less one trashed').to.equal(seeded[0]! - 1);

      // Membership routes and removing a tag change many clients' facets in one statement.
      await adapter.groups!.addMembers(groupId, demo.slice(0, 5).map((client) => client.id));
      await adapter.groups!.removeMembers(groupId, [demo[5]!.id, demo[6]!.id]);
      await adapter.tags!.remove(tagId);
      const afterGroups = await checkCounters(adapter, queries, 'after membership changes and a removed tag');
      expect(afterGroups[9], 'clients in the group with the removed tag').to.equal(0);
    });
  });
}
