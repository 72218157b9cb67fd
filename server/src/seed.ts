// Demo data for a tenant: the memory adapter's deterministic generator (same seed and day, same
// clients, groups, tags, catalog and every client's records as the memory adapter's demo), copied
// into the tables once.
import { createDemoCatalog } from '../../src/adapters/memory/demo-data/catalog.js';
import { relatedBuilder } from '../../src/adapters/memory/related-builder.js';
import { MemoryStore } from '../../src/adapters/memory/store.js';
import type { Client, ClientFile, WalletMovement } from '../../src/model/index.js';
import { insertFile } from './adapter/files.js';
import type { Database, Sql } from './db/database.js';
import { editablePlaceholders, editableValues, EDITABLE_COLUMNS, STATS_COLUMNS, statsValues } from './adapter/client-row.js';
import { writeCollections, type StoredCollection } from './adapter/records.js';
import { storeTenantDocument } from './adapter/tenant-documents.js';

export interface SeedOptions {
  clientCount: number;
  seed: number;
  currency?: string;
  /** The day the demo history is built around (YYYY-MM-DD). Default: today (as the memory adapter). */
  referenceDate?: string;
}

const DAY = 86_400_000;

async function insertClient(sql: Sql, tenant: string, client: Client): Promise<void> {
  const editable = editableValues(client);
  const stats = statsValues(client.stats);
  const first = 8 + editable.length;
  await sql.query(
    `INSERT INTO clients (tenant_id, id, version, created_at, updated_at, trashed_at, currency, ${EDITABLE_COLUMNS.join(', ')}, ${STATS_COLUMNS.join(', ')})
     VALUES ($1, $2, $3, $4, $5, $6, $7, ${editablePlaceholders(8)}, ${STATS_COLUMNS.map((_, i) => `$${first + i}`).join(', ')})`,
    [tenant, client.id, client.version, client.createdAt, client.updatedAt, client.trashedAt, client.stats.totalSales.currency, ...editable, ...stats],
  );
}

async function insertMovements(sql: Sql, tenant: string, movements: readonly WalletMovement[]): Promise<void> {
  if (!movements.length) return;
  await sql.query(
    `INSERT INTO wallet_movements (tenant_id, id, client_id, version, created_at, updated_at, occurred_at, kind, pocket, amount_minor,
       balance_after_minor, currency, note, by_person, idempotency_key)
     SELECT $1, m.id, m."clientId", m.version, m."createdAt", m."updatedAt", m."occurredAt", m.kind, m.pocket, (m.amount->>'amountMinor')::bigint,
       (m."balanceAfter"->>'amountMinor')::bigint, m.amount->>'currency', m.note, m.by, m."idempotencyKey"
     FROM jsonb_to_recordset($2::jsonb) AS m(id text, "clientId" text, version int, "createdAt" timestamptz, "updatedAt" timestamptz,
       "occurredAt" timestamptz, kind text, pocket text, amount jsonb, "balanceAfter" jsonb, note text, by jsonb, "idempotencyKey" text)`,
    [tenant, JSON.stringify(movements)],
  );
}

/** The demo's files with their bytes; `size` is the bytes' real length (the content route sends it). */
async function insertFiles(sql: Sql, tenant: string, store: MemoryStore, files: readonly ClientFile[]): Promise<void> {
  for (const { url: _url, thumbnailUrl: _thumbnailUrl, ...file } of files) {
    const blob = store.fileBlobs.get(file.id);
    if (!blob) continue;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    await insertFile(sql, tenant, { ...file, size: bytes.byteLength }, bytes);
  }
}

/** Seeds the tenant when it has no clients yet; returns how many clients it stored (0: already seeded). */
export async function seedTenant(db: Database, tenant: string, options: SeedOptions): Promise<number> {
  const existing = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM clients WHERE tenant_id = $1', [tenant]);
  if (existing[0]!.n > 0) return 0;
  const currency = options.currency ?? 'EUR';
  const referenceMs = options.referenceDate ? Date.parse(`${options.referenceDate}T00:00:00Z`) : Math.floor(Date.now() / DAY) * DAY;
  const store = new MemoryStore({
    seed: options.seed,
    clientCount: options.clientCount,
    currency,
    referenceMs,
    now: Date.now,
    locale: 'es',
    catalog: createDemoCatalog(currency, 'es'),
  });
  store.setRelatedBuilder(relatedBuilder(store));
  await db.transaction(async (sql) => {
    await storeTenantDocument(sql, tenant, 'catalog', store.catalog);
    for (const group of store.groups.values()) {
      await sql.query('INSERT INTO client_groups (tenant_id, id, version, created_at, updated_at, name, color, description) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
        tenant, group.id, group.version, group.createdAt, group.updatedAt, group.name, group.color, group.description,
      ]);
    }
    for (const tag of store.tags.values()) {
      await sql.query('INSERT INTO client_tags (tenant_id, id, version, created_at, updated_at, name, color) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        tenant, tag.id, tag.version, tag.createdAt, tag.updatedAt, tag.name, tag.color,
      ]);
    }
    for (let slot = 0; slot < store.slotCount; slot++) {
      const client = store.clientAt(slot);
      if (!client) continue;
      await insertClient(sql, tenant, client);
      const { walletMovements, files, ...collections } = store.relatedOf(client.id);
      await insertMovements(sql, tenant, walletMovements);
      await insertFiles(sql, tenant, store, files);
      await writeCollections(sql, tenant, client.id, collections as Partial<Record<StoredCollection, unknown>>);
    }
  });
  return store.slotCount;
}
