// The reference server's guarantees at its HTTP edge, on PGlite and on PostgreSQL: one tenant never
// sees or changes another's rows (another tenant's record is a 404), and a malformed body or query
// is a 400 problem+json naming the field, storing nothing.
import { expect } from '@open-wc/testing';
import { isAdapterError, type AdapterError } from '../../src/adapter/adapter-error.js';
import { newMarker } from '../../src/adapter/conformance/support.js';
import { rejection } from '../support/rejection.js';
import { serverAdapter, tenantUrlOf, useServer, type ServerKind } from './pg-servers.js';

async function adapterError(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await rejection(promise);
  expect(isAdapterError(error), `expected an AdapterError, got ${String(error)}`).to.equal(true);
  return error as AdapterError;
}

interface Problem {
  status: number;
  kind: string;
  errors?: { path: (string | number)[] }[];
}

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('Content-Type')).to.contain('application/problem+json');
  return (await response.json()) as Problem;
}

const paths = (problem: Problem) => (problem.errors ?? []).map((error) => error.path.join('.'));

for (const kind of ['pglite', 'postgres'] as ServerKind[]) {
  describe(`reference server on ${kind}: tenants and bad input`, () => {
    const server = useServer(kind);
    let marker: string;
    let tenantA: string;
    let tenantB: string;
    beforeEach(() => {
      marker = newMarker();
      tenantA = `a${marker}`;
      tenantB = `b${marker}`;
    });

    it("one tenant never sees another's rows; another tenant's record is a 404", async () => {
      const a = serverAdapter(tenantUrlOf(server(), tenantA));
      const b = serverAdapter(tenantUrlOf(server(), tenantB));
      const group = await a.groups!.create({ name: `Group ${marker}` });
      const tag = await a.tags!.create({ name: `Tag ${marker}` });
      const client = await a.clients.create({ firstName: 'Only', lastName: `In A ${marker}`, groupIds: [group.id], tagIds: [tag.id] });
      await a.wallet!.addFunds(client.id, { amount: { amountMinor: 700, currency: 'EUR' }, idempotencyKey: `${marker}-topup` });

      expect((await a.clients.list({ search: marker })).total).to.equal(1);
      expect((await b.clients.list({ search: marker })).total, "B's search").to.equal(0);
      expect((await b.clients.list({})).total, "B's whole list").to.equal(0);
      expect((await b.clients.metrics({})).totalClients, "B's metrics").to.equal(0);
      expect((await b.clients.findDuplicates({ firstName: 'Only', lastName: `In A ${marker}` })).length, "B's duplicates").to.equal(0);
      expect(await b.groups!.list(), "B's groups").to.deep.equal([]);
      expect(await b.tags!.list(), "B's tags").to.deep.equal([]);

      expect((await adapterError(b.clients.get(client.id))).status).to.equal(404);
      expect((await adapterError(b.clients.update(client.id, { firstName: 'Stolen' }, { expectedVersion: client.version }))).status).to.equal(404);
      expect((await adapterError(b.wallet!.get(client.id))).status).to.equal(404);
      expect((await adapterError(b.wallet!.deductFunds(client.id, { amount: { amountMinor: 700, currency: 'EUR' }, idempotencyKey: `${marker}-steal` }))).status).to.equal(404);
      expect((await adapterError(b.groups!.update(group.id, { name: 'Stolen' }, { expectedVersion: group.version }))).status).to.equal(404);
      expect((await adapterError(b.groups!.addMembers(group.id, [client.id]))).status).to.equal(404);
      expect((await adapterError(b.tags!.remove(tag.id))).status).to.equal(404);
      expect((await b.clients.trash([client.id])).failed.map((failure) => failure.kind)).to.deep.equal(['not-found']);
      expect((await adapterError(b.clients.create({ firstName: 'X', groupIds: [group.id] }))).kind, "A's group from B").to.equal('validation');

      // Nothing of A changed.
      const after = await a.clients.get(client.id);
      expect(after.version).to.equal(client.version);
      expect(after.firstName).to.equal('Only');
      expect(after.trashedAt).to.equal(null);
      expect((await a.wallet!.get(client.id)).balance.amountMinor).to.equal(700);
      expect((await a.groups!.list()).map((each) => each.name)).to.deep.equal([`Group ${marker}`]);

      const raw = await fetch(`${tenantUrlOf(server(), tenantB)}/clients/${client.id}`);
      expect(raw.status).to.equal(404);
      expect((await problemOf(raw)).kind).to.equal('not-found');
    });

    it('a malformed body or query is a 400 problem+json naming the field, and stores nothing', async () => {
      const base = tenantUrlOf(server(), tenantA);
      const post = (path: string, body: string, headers: Record<string, string> = {}) =>
        fetch(`${base}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });

      const emptyName = await post('/clients', JSON.stringify({ firstName: '', lastName: marker }));
      expect(emptyName.status).to.equal(400);
      expect(paths(await problemOf(emptyName))).to.deep.equal(['firstName']);

      const badEmail = await post('/clients', JSON.stringify({ firstName: 'Ok', lastName: marker, email: 'not-an-email', phones: [{ number: 'abc', type: 'mobile', whatsapp: false, primary: true }] }));
      expect(badEmail.status).to.equal(400);
      expect(paths(await problemOf(badEmail))).to.include.members(['email', 'phones.0.number']);

      const notJson = await post('/clients', '{"firstName": ');
      expect(notJson.status).to.equal(400);
      expect((await problemOf(notJson)).kind).to.equal('validation');

      const limit = await fetch(`${base}/clients?limit=abc`);
      expect(limit.status).to.equal(400);
      expect(paths(await problemOf(limit))).to.deep.equal(['limit']);

      const month = await fetch(`${base}/clients?birthdayMonth=13&statuses=nobody`);
      expect(month.status).to.equal(400);
      expect(paths(await problemOf(month))).to.include.members(['filter.birthdayMonth', 'filter.statuses.0']);

      const sort = await fetch(`${base}/clients?sort=-shoeSize`);
      expect(sort.status).to.equal(400);
      expect(paths(await problemOf(sort))).to.deep.equal(['sort.field']);

      const cursor = await fetch(`${base}/clients?cursor=forged`);
      expect(cursor.status).to.equal(400);
      expect(paths(await problemOf(cursor))).to.deep.equal(['cursor']);

      const created = await serverAdapter(base).clients.create({ firstName: 'Valid', lastName: marker });
      const negative = await post(`/clients/${created.id}/wallet/add-funds`, JSON.stringify({ amount: { amountMinor: -5, currency: 'EUR' } }), { 'Idempotency-Key': `${marker}-negative` });
      expect(negative.status).to.equal(400);
      expect(paths(await problemOf(negative))).to.deep.equal(['amount.amountMinor']);

      const badTenant = await fetch(`${server().apiUrl}/tenants/${encodeURIComponent('no spaces!')}/clients`);
      expect(badTenant.status).to.equal(400);
      expect(paths(await problemOf(badTenant))).to.deep.equal(['tenant']);

      // Only the valid client was stored, and its wallet did not move.
      const page = await serverAdapter(base).clients.list({ search: marker });
      expect(page.items.map((client) => client.firstName)).to.deep.equal(['Valid']);
      expect((await serverAdapter(base).wallet!.movements(created.id)).total).to.equal(0);
    });
  });
}
