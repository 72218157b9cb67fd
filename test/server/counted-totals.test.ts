// A list the server cannot count exactly at once (a search with no counter to answer it) counts the
// matches up to a few past the page: `totalExact: false` and a total that is a lower bound, the
// metrics of the same query giving the exact number. Run against a server that counts 3 past a page
// (COUNT_AHEAD, server/testing/test-servers.mjs), on PGlite and on the PostgreSQL server.
import { expect } from '@open-wc/testing';
import { listAllClients } from '../../src/adapter/conformance/support.js';
import { serverAdapter, useServer } from './pg-servers.js';

for (const name of ['pglite-counted', 'postgres-counted']) {
  describe(`reference server (${name}): totals counted past the page`, function () {
    this.timeout(120_000);
    const server = useServer(name);

    it('a broad search says how many it counted and that more match; metrics count them all', async () => {
      const adapter = serverAdapter(server().tenantUrl);
      const query = { search: 'a' };
      const all = await listAllClients(adapter, query);
      expect(all.length, 'the demo data has enough matches for the test').to.be.greaterThan(12);
      const first = await adapter.clients.list({ ...query, limit: 5 });
      expect(first.items).to.have.length(5);
      expect(first.totalExact).to.equal(false);
      expect(first.total, 'counted: the page and 3 past it, and one more to know there are more').to.equal(9);
      expect(first.nextCursor).to.be.a('string');
      // Further down, the count reaches further (never less than the rows there are).
      const second = await adapter.clients.list({ ...query, offset: 5, limit: 5 });
      expect(second.total).to.equal(Math.min(all.length, 14));
      expect(second.items.map((client) => client.id)).to.deep.equal(all.slice(5, 10).map((client) => client.id));
      expect((await adapter.clients.metrics(query)).totalClients).to.equal(all.length);
      // The last page knows where the rows end: exact.
      const last = await adapter.clients.list({ ...query, offset: all.length - 2, limit: 5 });
      expect(last.total).to.equal(all.length);
      expect(last.totalExact).to.equal(undefined);
      expect(last.nextCursor).to.equal(null);
    });

    it('counts exactly what the counters answer (facets), and searches with few matches', async () => {
      const adapter = serverAdapter(server().tenantUrl);
      const facets = await adapter.clients.list({ filter: { statuses: ['active', 'vip', 'inactive', 'prospect'] }, limit: 2 });
      expect(facets.totalExact).to.equal(undefined);
      expect(facets.total).to.equal((await listAllClients(adapter, { filter: { statuses: ['active', 'vip', 'inactive', 'prospect'] } })).length);
      const someone = (await adapter.clients.list({ limit: 1 })).items[0]!;
      const few = await adapter.clients.list({ search: someone.email ?? someone.lastName ?? someone.firstName, limit: 5 });
      expect(few.totalExact).to.equal(undefined);
      expect(few.items.map((client) => client.id)).to.include(someone.id);
    });
  });
}
