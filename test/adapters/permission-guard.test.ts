// The permission guard: OPERATION_PERMISSIONS covers the contract, the memory adapter applies it
// (sessions on the same data, private comments), and the mock backend answers a
// refused call with 403 problem+json that the REST adapter turns into AdapterError('forbidden').
import { expect } from '@open-wc/testing';
import { isAdapterError, type AdapterError } from '../../src/adapter/adapter-error.js';
import { OPERATION_PERMISSIONS, permissionFor } from '../../src/adapter/operation-permissions.js';
import { RESPONSE_SCHEMAS } from '../../src/adapter/response-schemas.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { PERMISSIONS, READ_ONLY_PERMISSIONS, type Permission } from '../../src/model/session.js';
import { demoToken } from '../../mocks/server/demo-auth.js';
import { rejection } from '../support/rejection.js';
import { mswBackend } from './rest-backends.js';
import { RECEPTION } from './permission-session.js';

const operationsOf = (table: object) =>
  Object.entries(table).flatMap(([namespace, operations]) => Object.keys(operations as object).map((operation) => `${namespace}.${operation}`));

const without = (...left: Permission[]) => PERMISSIONS.filter((permission) => !left.includes(permission));

describe('OPERATION_PERMISSIONS', () => {
  it('names every operation of the contract, and only those', () => {
    expect(operationsOf(OPERATION_PERMISSIONS).sort()).to.deep.equal(operationsOf(RESPONSE_SCHEMAS).sort());
  });

  it('answers what an operation needs', () => {
    expect(permissionFor('wallet', 'addFunds')).to.deep.equal({ permission: 'wallet.edit', orAuthor: false });
    expect(permissionFor('comments', 'remove')).to.deep.equal({ permission: 'comments.manage', orAuthor: true });
    expect(permissionFor('session', 'get')).to.deep.equal({ permission: null, orAuthor: false });
    expect(permissionFor('clients', 'nonsense')).to.equal(undefined);
  });
});

describe('memory adapter: permissions', () => {
  it('refuses what the session may not do with forbidden, naming the permission', async () => {
    const adapter = createMemoryAdapter({ clientCount: 3, permissions: READ_ONLY_PERMISSIONS });
    const error = (await rejection(adapter.clients.create({ firstName: 'Ana' }))) as AdapterError;
    expect(isAdapterError(error) && error.kind).to.equal('forbidden');
    expect(error.message).to.contain('clients.create');
    expect((await adapter.clients.list({})).total).to.equal(3);
    expect((await adapter.session.get()).permissions).to.deep.equal([...READ_ONLY_PERMISSIONS]);
  });

  it('withSession: another session on the same data, authoring what it creates', async () => {
    const manager = createMemoryAdapter({ clientCount: 0 });
    const client = await manager.clients.create({ firstName: 'Bea', lastName: 'Soto' });
    const reception = manager.withSession({ permissions: without('clients.edit'), user: RECEPTION });
    expect((await reception.clients.get(client.id)).firstName).to.equal('Bea');
    expect((await rejection(reception.clients.update(client.id, { status: 'vip' }, { expectedVersion: 1 })) as AdapterError).kind).to.equal('forbidden');
    const comment = await reception.comments.create(client.id, { body: 'Llamar el lunes' });
    expect(comment.author).to.deep.equal({ id: RECEPTION.id, name: RECEPTION.name });
    expect((await manager.comments.list(client.id)).items.map((item) => item.id)).to.deep.equal([comment.id]);
    expect((await reception.session.get()).user).to.deep.equal(RECEPTION);
    expect((await manager.session.get()).permissions).to.deep.equal([...PERMISSIONS]);
  });

  it('keeps private comments from a session without comments.private, totals included', async () => {
    const manager = createMemoryAdapter({ clientCount: 0 });
    const client = await manager.clients.create({ firstName: 'Caro' });
    const secret = await manager.comments.create(client.id, { body: 'Deuda pendiente', private: true });
    await manager.comments.create(client.id, { body: 'Prefiere mañanas' });
    const reception = manager.withSession({ permissions: without('comments.private'), user: RECEPTION });
    const page = await reception.comments.list(client.id, { limit: 1 });
    expect(page.items.map((item) => item.body)).to.deep.equal(['Prefiere mañanas']);
    expect([page.total, page.nextCursor]).to.deep.equal([1, null]);
    expect((await rejection(reception.comments.get(client.id, secret.id)) as AdapterError).kind).to.equal('not-found');
    expect((await rejection(reception.comments.remove(client.id, secret.id)) as AdapterError).kind).to.equal('not-found');
    expect((await manager.comments.list(client.id)).total).to.equal(2);
  });
});

describe('REST adapter over the mock backend: permissions', () => {
  it('a refused call is HTTP 403 problem+json, and AdapterError forbidden in the adapter', async () => {
    const { baseUrl } = await mswBackend();
    const token = demoToken({ permissions: without('tags.manage'), user: RECEPTION });
    const response = await fetch(`${baseUrl}/tags`, {
      method: 'POST',
      headers: { Authorization: token, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'VIP', color: '#22c55e' }),
    });
    expect(response.status).to.equal(403);
    expect(response.headers.get('Content-Type')).to.contain('application/problem+json');
    const problem = (await response.json()) as { kind: string; detail: string };
    expect(problem.kind).to.equal('forbidden');
    expect(problem.detail).to.contain('tags.manage');

    const adapter = createRestAdapter({ baseUrl, getAuthHeaders: () => ({ Authorization: token }) });
    const error = (await rejection(adapter.tags!.create({ name: 'VIP', color: '#22c55e' }))) as AdapterError;
    expect(isAdapterError(error) && error.kind).to.equal('forbidden');
    expect((await adapter.session!.get()).user.id).to.equal(RECEPTION.id);
    expect((await adapter.tags!.list()).length).to.be.greaterThan(0);
  });

  it('a token that is not a session is refused with 401 (forbidden)', async () => {
    const { baseUrl } = await mswBackend();
    const response = await fetch(`${baseUrl}/session`, { headers: { Authorization: 'Bearer clientela-demo.not-base64!' } });
    expect(response.status).to.equal(401);
    const adapter = createRestAdapter({ baseUrl, getAuthHeaders: () => ({ Authorization: 'Bearer clientela-demo.e30' }) });
    expect((await rejection(adapter.clients.list({})) as AdapterError).kind).to.equal('forbidden');
  });
});
