import { expect } from '@open-wc/testing';
import { rejection } from '../support/rejection.js';
import { AdapterError, isAdapterError } from '../../src/adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import { withValidation } from '../../src/adapter/validating-adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Client } from '../../src/model/index.js';


/** A memory adapter whose clients.get answers with whatever `tamper` makes of the real record. */
function tampered(tamper: (client: Record<string, unknown>) => unknown): ClientDataAdapter {
  const base = createMemoryAdapter({ clientCount: 3, seed: 3 });
  // A backend that breaks the contract: the cast is the point.
  const get = async (id: string) => tamper({ ...(await base.clients.get(id)) }) as Client;
  return { ...base, clients: { ...base.clients, get } };
}

describe('withValidation', () => {
  it('passes valid responses through unchanged', async () => {
    const adapter = withValidation(createMemoryAdapter({ clientCount: 5, seed: 3 }));
    const page = await adapter.clients.list({ limit: 2 });
    expect(page.items).to.have.length(2);
    expect(page.total).to.equal(5 - (await adapter.clients.list({ view: 'trash' })).total);
  });

  it('turns a malformed record into invalid-response naming the operation and field path', async () => {
    const adapter = withValidation(tampered((client) => ({ ...client, stats: { ...(client.stats as object), totalSales: { amountMinor: '12.50', currency: 'EUR' } } })));
    const error = await rejection(adapter.clients.get('cl-000001'));
    expect(isAdapterError(error)).to.equal(true);
    const adapterError = error as AdapterError;
    expect(adapterError.kind).to.equal('invalid-response');
    expect(adapterError.resource).to.equal('clients');
    expect(adapterError.message).to.contain('clients.get').and.contain('stats.totalSales.amountMinor');
    expect(adapterError.issues[0]!.path).to.deep.equal(['stats', 'totalSales', 'amountMinor']);
  });

  it('reports a missing field and a wrong shape (not JSON objects at all)', async () => {
    const missing = await rejection(withValidation(tampered(({ firstName: _dropped, ...rest }) => rest)).clients.get('cl-000001'));
    expect((missing as AdapterError).issues.map((issue) => issue.path.join('.'))).to.include('firstName');
    const garbage = await rejection(withValidation(tampered(() => '<html>502 Bad Gateway</html>')).clients.get('cl-000001'));
    expect((garbage as AdapterError).kind).to.equal('invalid-response');
  });

  it('turns any other thrown value into an AdapterError, and lets aborts through', async () => {
    const base = createMemoryAdapter({ clientCount: 1 });
    const failing = withValidation({
      ...base,
      clients: {
        ...base.clients,
        list: async () => {
          throw new TypeError('Failed to fetch');
        },
        get: async () => {
          throw new Error('boom');
        },
        metrics: async () => {
          throw new DOMException('aborted', 'AbortError');
        },
      },
    });
    expect(((await rejection(failing.clients.list({}))) as AdapterError).kind).to.equal('network');
    expect(((await rejection(failing.clients.get('x'))) as AdapterError).kind).to.equal('unavailable');
    expect(((await rejection(failing.clients.metrics({}))) as Error).name).to.equal('AbortError');
  });

  it('keeps typed errors as they are and leaves absent namespaces absent', async () => {
    const adapter = withValidation(createMemoryAdapter({ clientCount: 1, without: ['memberships', 'wallet'] }));
    expect(adapter.memberships).to.equal(undefined);
    expect(adapter.wallet).to.equal(undefined);
    expect(adapter.notes).to.not.equal(undefined);
    const error = (await rejection(adapter.clients.get('nobody'))) as AdapterError;
    expect(error.kind).to.equal('not-found');
  });

  it('wraps once: wrapping a wrapped adapter returns it', () => {
    const adapter = withValidation(createMemoryAdapter({ clientCount: 1 }));
    expect(withValidation(adapter)).to.equal(adapter);
  });
});
