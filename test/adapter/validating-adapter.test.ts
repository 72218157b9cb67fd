import { expect } from '@open-wc/testing';
import { rejection } from '../support/rejection.js';
import { AdapterError, isAdapterError } from '../../src/adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import { loadOnce } from '../../src/adapter/load-once.js';
import { RECORD_OPERATIONS } from '../../src/adapter/record-operations.js';
import { CORE_RESPONSE_SCHEMAS } from '../../src/adapter/response-schemas-core.js';
import { RECORD_RESPONSE_SCHEMAS } from '../../src/adapter/response-schemas-records.js';
import { RESPONSE_SCHEMAS } from '../../src/adapter/response-schemas.js';
import { validateWith, withValidation } from '../../src/adapter/validating-adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { Client, Note, Page } from '../../src/model/index.js';

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

  describe('record namespaces (schemas loaded on the first call)', () => {
    /** A memory adapter with one note, whose notes.list answers with whatever `tamper` makes of the page. */
    async function tamperedNotes(tamper: (page: Page<Note>) => unknown): Promise<ClientDataAdapter> {
      const base = createMemoryAdapter({ clientCount: 1, seed: 3 });
      const notes = base.notes!;
      await notes.create('cl-000001', { body: 'Prefers mornings' });
      const list = async (clientId: string) => tamper(await notes.list(clientId)) as Page<Note>;
      return { ...base, notes: { ...notes, list } };
    }

    it('passes valid responses through', async () => {
      const adapter = withValidation(await tamperedNotes((page) => page));
      const page = await adapter.notes!.list('cl-000001');
      expect(page.items.map((note) => note.body)).to.include('Prefers mornings');
      const base = createMemoryAdapter({ clientCount: 2, seed: 3 });
      const files = await withValidation(base).files!.list('cl-000001');
      expect(files.items).to.not.be.empty;
      expect(files).to.deep.equal(await base.files!.list('cl-000001'));
    });

    it('turns a malformed record into invalid-response naming the operation and field path', async () => {
      const adapter = withValidation(await tamperedNotes((page) => ({ ...page, items: page.items.map((note) => ({ ...note, kind: 'sticky' })) })));
      const error = (await rejection(adapter.notes!.list('cl-000001'))) as AdapterError;
      expect(error.kind).to.equal('invalid-response');
      expect(error.resource).to.equal('notes');
      expect(error.message).to.contain('notes.list').and.contain('items.0.kind');
      expect(error.issues[0]!.path).to.deep.equal(['items', 0, 'kind']);
    });

    it('rejects with a retryable AdapterError when the schemas fail to load, and loads them on the next call', async () => {
      let attempts = 0;
      const loadRecords = loadOnce(async () => {
        attempts += 1;
        if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return RECORD_RESPONSE_SCHEMAS;
      });
      const adapter = validateWith(await tamperedNotes((page) => page), loadRecords);
      const error = (await rejection(adapter.notes!.list('cl-000001'))) as AdapterError;
      expect(isAdapterError(error)).to.equal(true);
      expect(error.kind).to.equal('network');
      expect(error.retryable).to.equal(true);
      expect(error.message).to.contain('notes.list');
      const page = await adapter.notes!.list('cl-000001');
      await adapter.notes!.get('cl-000001', page.items[0]!.id);
      expect(attempts).to.equal(2);
    });

    it('names exactly the operations of RESPONSE_SCHEMAS, for every record namespace', () => {
      const namespaces = Object.keys(RESPONSE_SCHEMAS);
      expect([...new Set([...Object.keys(CORE_RESPONSE_SCHEMAS), ...Object.keys(RECORD_OPERATIONS)])].sort()).to.deep.equal(namespaces.sort());
      for (const [namespace, names] of Object.entries(RECORD_OPERATIONS)) {
        const schemas = RESPONSE_SCHEMAS[namespace as keyof typeof RESPONSE_SCHEMAS];
        expect([...names].sort(), namespace).to.deep.equal(Object.keys(schemas).sort());
      }
    });
  });
});
