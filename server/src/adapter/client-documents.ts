// The namespaces of a client's file (notes, alerts, quotes, memberships, preferences, insights, …)
// over client_records, with the memory adapter's own rules: a request loads the client and its
// records into a one-client MemoryStore inside a transaction (holding the client's row lock when it
// writes), runs the memory adapter's operation on it, and writes back the collections it changed, the
// client's figures and the idempotency keys it used. One implementation of the rules (quote
// transitions, skin-test dates, membership payments, …) serves both adapters.
import { accessOf } from '../../../src/adapters/memory/access.js';
import { createClientFileApis } from '../../../src/adapters/memory/client-file-apis.js';
import type { ClientFileApis } from '../../../src/adapters/memory/client-file-namespaces.js';
import { relatedBuilder } from '../../../src/adapters/memory/related-builder.js';
import type { RelatedRecords } from '../../../src/adapters/memory/related-records.js';
import { MemoryStore } from '../../../src/adapters/memory/store.js';
import type { Client } from '../../../src/model/index.js';
import type { Sql } from '../db/database.js';
import { STATS_COLUMNS, statsValues } from './client-row.js';
import { loadClient } from './clients.js';
import type { TenantContext } from './context.js';
import { readCollections, writeCollections, type StoredCollection } from './records.js';
import { serverSession, tenantCatalog } from './tenant-documents.js';
import { movementsOf } from './wallet.js';

/** The client's figures, recomputed by the memory adapter's rules (the wallet balance is the wallet's own). */
async function saveStats(sql: Sql, tenant: string, client: Client): Promise<void> {
  const values = statsValues(client.stats);
  const pairs = STATS_COLUMNS.map((column, i) => [column, values[i]] as const).filter(([column]) => column !== 'wallet_balance_minor');
  await sql.query(`UPDATE clients SET ${pairs.map(([column], i) => `${column} = $${i + 3}`).join(', ')} WHERE tenant_id = $1 AND id = $2`, [
    tenant,
    client.id,
    ...pairs.map(([, value]) => value),
  ]);
}

/** Runs `work` on the memory adapter's client-file namespaces over this one client's stored records. */
export function withClientFile<T>(context: TenantContext, clientId: string, write: boolean, work: (apis: ClientFileApis) => Promise<T>): Promise<T> {
  const { tenant } = context;
  const scope = `records:${clientId}`;
  // Outside the transaction: PGlite has one connection, which the transaction holds.
  const catalogRead = tenantCatalog(context);
  return context.db.transaction(async (sql) => {
    const client = await loadClient(sql, tenant, String(clientId), write);
    const stored = await readCollections(sql, tenant, client.id);
    const walletMovements = await movementsOf(sql, tenant, client.id);
    const keys = await sql.query<{ key: string; result: unknown }>('SELECT key, result FROM idempotency_keys WHERE tenant_id = $1 AND scope = $2', [tenant, scope]);
    const catalog = await catalogRead;
    const store = new MemoryStore({ seed: 0, clientCount: 0, currency: context.currency, referenceMs: Date.now(), now: Date.now, locale: 'es', catalog });
    const records: RelatedRecords = relatedBuilder(store)(client, undefined); // empty collections, default preferences
    for (const [collection, items] of stored) {
      (records as unknown as Record<string, unknown>)[collection] = collection === 'preferences' ? items[0] : items;
    }
    records.walletMovements = walletMovements;
    store.putClient(client, false);
    store.restoreRelated(client.id, records);
    for (const { key, result } of keys) store.idempotency.set(key, result);
    const before = new Map(Object.entries(records).map(([collection, value]) => [collection, JSON.stringify(value)]));
    const newKeys = new Map<string, unknown>();
    store.onChange((change) => {
      if (change.kind === 'idempotency') newKeys.set(change.id, change.value);
    });

    const result = await work(createClientFileApis(store, accessOf(serverSession(context))));
    if (!write) return result;

    const after = store.relatedOf(client.id) as unknown as Record<StoredCollection | 'walletMovements', unknown>;
    const changed: Partial<Record<StoredCollection, unknown>> = {};
    for (const [collection, value] of Object.entries(after) as [StoredCollection | 'walletMovements', unknown][]) {
      if (collection !== 'walletMovements' && JSON.stringify(value) !== before.get(collection)) changed[collection] = value;
    }
    await writeCollections(sql, tenant, client.id, changed);
    const updated = store.requireClient(client.id);
    if (JSON.stringify(updated.stats) !== JSON.stringify(client.stats)) await saveStats(sql, tenant, updated);
    for (const [key, value] of newKeys) {
      await sql.query('INSERT INTO idempotency_keys (tenant_id, scope, key, result) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING', [
        tenant,
        scope,
        key,
        JSON.stringify(value),
      ]);
    }
    return result;
  });
}
