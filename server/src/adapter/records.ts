// The client_records table: a client's file as JSONB documents, by collection, in order. Read whole
// into the memory adapter's RelatedRecords (client-documents.ts), written back by collection.
import { newId } from '../../../src/adapters/memory/store.js';
import type { RelatedRecords } from '../../../src/adapters/memory/related-records.js';
import type { Sql } from '../db/database.js';
import type { TenantContext } from './context.js';

/** The collections kept in client_records (wallet movements have a table of their own). */
export type StoredCollection = Exclude<keyof RelatedRecords, 'walletMovements'>;

interface Row {
  collection: string;
  id: string;
  position: number;
  data: unknown;
}

/** Replaces a client's records of some collections (all of them, in their array order). */
export async function writeCollections(sql: Sql, tenant: string, clientId: string, collections: Partial<Record<StoredCollection, unknown>>): Promise<void> {
  const names = Object.keys(collections);
  if (!names.length) return;
  await sql.query('DELETE FROM client_records WHERE tenant_id = $1 AND client_id = $2 AND collection = ANY($3::text[])', [tenant, clientId, names]);
  const rows: Row[] = [];
  for (const [collection, value] of Object.entries(collections)) {
    // Preferences is one document per client; the other collections are arrays of records.
    if (Array.isArray(value)) value.forEach((record: { id: string }, position) => rows.push({ collection, id: record.id, position, data: record }));
    else rows.push({ collection, id: clientId, position: 0, data: value });
  }
  await insertRows(sql, tenant, clientId, rows);
}

async function insertRows(sql: Sql, tenant: string, clientId: string, rows: readonly Row[]): Promise<void> {
  const CHUNK = 1000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    await sql.query(
      `INSERT INTO client_records (tenant_id, client_id, collection, id, position, data)
       SELECT $1, $2, row.collection, row.id, row.position, row.data
       FROM jsonb_to_recordset($3::jsonb) AS row(collection text, id text, position integer, data jsonb)`,
      [tenant, clientId, JSON.stringify(rows.slice(start, start + CHUNK))],
    );
  }
}

/** Every stored record of a client, by collection, in order. */
export async function readCollections(sql: Sql, tenant: string, clientId: string): Promise<Map<string, unknown[]>> {
  const rows = await sql.query<{ collection: string; data: unknown }>(
    'SELECT collection, data FROM client_records WHERE tenant_id = $1 AND client_id = $2 ORDER BY collection, position',
    [tenant, clientId],
  );
  const byCollection = new Map<string, unknown[]>();
  for (const row of rows) {
    let list = byCollection.get(row.collection);
    if (!list) byCollection.set(row.collection, (list = []));
    list.push(row.data);
  }
  return byCollection;
}

/** Appends one new record (id, version 1, timestamps now) to a client's collection. */
export async function appendRecord(sql: Sql, context: TenantContext, collection: StoredCollection, clientId: string, fields: Record<string, unknown>): Promise<void> {
  const now = context.now();
  const record = { ...fields, id: newId(collection.slice(0, 3)), version: 1, clientId, createdAt: now, updatedAt: now };
  const [next] = await sql.query<{ position: number }>(
    'SELECT coalesce(max(position) + 1, 0)::int AS position FROM client_records WHERE tenant_id = $1 AND client_id = $2 AND collection = $3',
    [context.tenant, clientId, collection],
  );
  await insertRows(sql, context.tenant, clientId, [{ collection, id: record.id, position: next!.position, data: record }]);
}
