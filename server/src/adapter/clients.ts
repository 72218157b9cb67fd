// The clients namespace in SQL: list/metrics/export share clientWhere; writes run in transactions and
// check versions under a row lock (SELECT … FOR UPDATE), so two writers never both win.
import * as z from 'zod/mini';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { ClientsApi } from '../../../src/adapter/contract.js';
import { normalizePhones } from '../../../src/adapters/memory/clients-api.js';
import { emailKey, nameKey, phoneKey } from '../../../src/adapters/memory/client-lookup.js';
import { checkVersion, encodeCursor, startOffset, throwIfAborted } from '../../../src/adapters/memory/parse.js';
import { newId } from '../../../src/adapters/memory/store.js';
import {
  ClientEditable,
  ClientInput,
  ClientListQuery,
  ClientPatch,
  DuplicateProbe,
  ImportOptions,
  ImportRow,
  UpdateOptions,
  clientDefaults,
  toClientSummary,
  type BulkResult,
  type Client,
  type DuplicateMatch,
  type ImportResult,
  type ImportRowResult,
} from '../../../src/model/index.js';
import type { Sql } from '../db/database.js';
import { CLIENT_COLUMNS, clientFromRow, editableAssignments, editablePlaceholders, editableValues, EDITABLE_COLUMNS, type ClientRow } from './client-row.js';
import { counterSource } from './client-counters.js';
import { clientOrder, clientWhere, defaultSort } from './client-query.js';
import { COUNT_AHEAD, type TenantContext } from './context.js';
import { notFound, parseInput } from './input.js';
import { Params } from './params.js';

const DEFAULT_LIMIT = 50;
const Ids = z.array(z.string());

/** The start offset of a page; a cursor this server did not make is a 400 at `cursor`. */
function pageStart(query: ClientListQuery): number {
  try {
    return startOffset(query, 'clients');
  } catch (error) {
    if (error instanceof AdapterError) throw new AdapterError('validation', error.message, { resource: 'clients', issues: error.issues, status: 400 });
    throw error;
  }
}

export async function loadClient(sql: Sql, tenant: string, id: string, lock = false): Promise<Client> {
  const rows = await sql.query<ClientRow>(`SELECT ${CLIENT_COLUMNS} FROM clients WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`, [tenant, id]);
  if (!rows[0]) throw notFound('clients', id);
  return clientFromRow(rows[0]);
}

export function createClientsApi(context: TenantContext): ClientsApi {
  const { db, tenant } = context;

  async function checkReferences(sql: Sql, fields: { groupIds?: string[] | undefined; tagIds?: string[] | undefined }): Promise<void> {
    const known = async (table: string, ids: string[] | undefined) =>
      ids?.length ? new Set((await sql.query<{ id: string }>(`SELECT id FROM ${table} WHERE tenant_id = $1 AND id = ANY($2::text[])`, [tenant, ids])).map((row) => row.id)) : new Set<string>();
    const groups = await known('client_groups', fields.groupIds);
    const tags = await known('client_tags', fields.tagIds);
    const issues = [
      ...(fields.groupIds ?? []).flatMap((id, i) => (groups.has(id) ? [] : [{ path: ['groupIds', i], message: `Unknown group ${id}` }])),
      ...(fields.tagIds ?? []).flatMap((id, i) => (tags.has(id) ? [] : [{ path: ['tagIds', i], message: `Unknown tag ${id}` }])),
    ];
    if (issues.length) throw new AdapterError('validation', `Invalid clients input (${issues[0]!.message})`, { resource: 'clients', issues });
  }

  async function insert(sql: Sql, raw: unknown): Promise<Client> {
    const input = parseInput(ClientInput, raw, 'clients');
    await checkReferences(sql, input);
    const editable: ClientEditable = { ...clientDefaults(), ...input, phones: normalizePhones(input.phones ?? []) };
    const now = context.now();
    const rows = await sql.query<ClientRow>(
      `INSERT INTO clients (tenant_id, id, version, created_at, updated_at, currency, ${EDITABLE_COLUMNS.join(', ')})
       VALUES ($1, $2, 1, $3, $3, $4, ${editablePlaceholders(5)}) RETURNING ${CLIENT_COLUMNS}`,
      [tenant, newId('cl'), now, context.currency, ...editableValues(editable)],
    );
    return clientFromRow(rows[0]!);
  }

  async function change(sql: Sql, id: string, rawPatch: unknown, rawOptions: unknown): Promise<Client> {
    const patch = parseInput(ClientPatch, rawPatch, 'clients');
    const { expectedVersion } = parseInput(UpdateOptions, rawOptions, 'clients');
    const current = await loadClient(sql, tenant, id, true);
    checkVersion(current, expectedVersion, 'clients');
    await checkReferences(sql, patch);
    const merged = parseInput(ClientEditable, { ...current, ...patch, phones: normalizePhones(patch.phones ?? current.phones) }, 'clients');
    const rows = await sql.query<ClientRow>(
      `UPDATE clients SET version = version + 1, updated_at = $3, ${editableAssignments(4)}
       WHERE tenant_id = $1 AND id = $2 RETURNING ${CLIENT_COLUMNS}`,
      [tenant, id, context.now(), ...editableValues(merged)],
    );
    return clientFromRow(rows[0]!);
  }

  /** Applies `apply` to each id in its own transaction; failures are reported per id. */
  async function bulk(rawIds: unknown, apply: (sql: Sql, client: Client) => Promise<void>): Promise<BulkResult> {
    const ids = parseInput(Ids, rawIds, 'clients');
    const result: BulkResult = { succeeded: [], failed: [] };
    for (const id of ids) {
      try {
        await db.transaction(async (sql) => apply(sql, await loadClient(sql, tenant, id, true)));
        result.succeeded.push(id);
      } catch (error) {
        if (!(error instanceof AdapterError)) throw error;
        result.failed.push({ id, kind: error.kind, message: error.message });
      }
    }
    return result;
  }

  const setTrashed = (trashed: boolean) => async (sql: Sql, client: Client) => {
    if ((client.trashedAt !== null) === trashed) return;
    await sql.query(`UPDATE clients SET trashed_at = ${trashed ? '$3' : 'NULL'}, version = version + 1, updated_at = $3 WHERE tenant_id = $1 AND id = $2`, [
      tenant,
      client.id,
      context.now(),
    ]);
  };

  async function select(query: ClientListQuery, paging?: { offset: number; limit: number }): Promise<Client[]> {
    const params = new Params(tenant);
    const where = clientWhere(query, params);
    const page = paging ? ` LIMIT ${params.add(paging.limit)} OFFSET ${params.add(paging.offset)}` : '';
    const rows = await db.query<ClientRow>(`SELECT ${CLIENT_COLUMNS} FROM clients WHERE ${where} ORDER BY ${clientOrder(defaultSort(query))}${page}`, params.values);
    return rows.map(clientFromRow);
  }

  /**
   * How many clients match: exactly from the counters when they answer the query (facets only), else
   * by counting the matches, at most `countAhead` past the page — more than that and the total is a
   * lower bound (`exact: false`), the exact number being the metrics' (which count them all).
   */
  async function count(query: ClientListQuery, pageEnd: number): Promise<{ total: number; exact: boolean }> {
    const params = new Params(tenant);
    const counters = counterSource(query, params);
    if (counters) {
      const rows = await db.query<{ total: number }>(`SELECT coalesce(sum(n), 0)::int AS total FROM ${counters.table} WHERE ${counters.where}`, params.values);
      return { total: rows[0]!.total, exact: true };
    }
    const cap = pageEnd + (context.countAhead ?? COUNT_AHEAD);
    const rows = await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM (SELECT 1 FROM clients WHERE ${clientWhere(query, params)} LIMIT ${params.add(cap + 1)}) AS matches`,
      params.values,
    );
    const total = rows[0]!.total;
    return { total, exact: total <= cap };
  }

  /** Ids of clients (not in the trash) sharing the email or a phone of an input, for import dedupe. */
  async function matching(sql: Sql, input: ClientInput, options: ImportOptions): Promise<Client | undefined> {
    const email = options.dedupeBy.includes('email') ? emailKey(input.email) : null;
    const phones = options.dedupeBy.includes('phone') ? (input.phones ?? []).flatMap((phone) => phoneKey(phone.number) ?? []) : [];
    if (email === null && phones.length === 0) return undefined;
    const rows = await sql.query<ClientRow>(
      `SELECT ${CLIENT_COLUMNS} FROM clients WHERE tenant_id = $1 AND trashed_at IS NULL
         AND (email_key = $2 OR phone_keys && $3::text[]) ORDER BY created_at, id LIMIT 1`,
      [tenant, email, phones],
    );
    return rows[0] ? clientFromRow(rows[0]) : undefined;
  }

  async function importRow(row: ImportRow, options: ImportOptions): Promise<ImportRowResult> {
    const scope = `import:${options.importId}`;
    const key = String(row.rowNumber);
    return db.transaction(async (sql) => {
      const stored = await sql.query<{ result: ImportRowResult }>('SELECT result FROM idempotency_keys WHERE tenant_id = $1 AND scope = $2 AND key = $3', [tenant, scope, key]);
      if (stored[0]) return stored[0].result;
      const result = await importOutcome(sql, row, options);
      await sql.query('INSERT INTO idempotency_keys (tenant_id, scope, key, result) VALUES ($1, $2, $3, $4::jsonb)', [tenant, scope, key, JSON.stringify(result)]);
      return result;
    });
  }

  async function importOutcome(sql: Sql, row: ImportRow, options: ImportOptions): Promise<ImportRowResult> {
    const failed = (issues: ImportRowResult['issues']): ImportRowResult => ({ rowNumber: row.rowNumber, outcome: 'failed', clientId: null, issues });
    const parsed = ClientInput.safeParse(row.data);
    if (!parsed.success) return failed(parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })));
    const existing = await matching(sql, parsed.data, options);
    try {
      if (existing && options.onConflict === 'skip') {
        return { rowNumber: row.rowNumber, outcome: 'skipped', clientId: existing.id, issues: [{ path: '', message: 'Matches an existing client' }] };
      }
      if (existing && options.onConflict === 'update') {
        await change(sql, existing.id, parsed.data, { expectedVersion: existing.version });
        return { rowNumber: row.rowNumber, outcome: 'updated', clientId: existing.id, issues: [] };
      }
      return { rowNumber: row.rowNumber, outcome: 'created', clientId: (await insert(sql, parsed.data)).id, issues: [] };
    } catch (error) {
      if (!(error instanceof AdapterError)) throw error;
      return failed(error.issues.length ? error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) : [{ path: '', message: error.message }]);
    }
  }

  return {
    async list(rawQuery, options) {
      throwIfAborted(options?.signal);
      const query = parseInput(ClientListQuery, rawQuery ?? {}, 'clients');
      const offset = pageStart(query);
      const limit = query.limit ?? DEFAULT_LIMIT;
      const [clients, { total, exact }] = await Promise.all([select(query, { offset, limit }), count(query, offset + limit)]);
      const end = offset + clients.length;
      return { items: clients.map(toClientSummary), total, offset, nextCursor: end < total ? encodeCursor(end) : null, ...(exact ? {} : { totalExact: false }) };
    },
    async get(id, options) {
      throwIfAborted(options?.signal);
      return loadClient(db, tenant, id);
    },
    create: (input) => db.transaction((sql) => insert(sql, input)),
    update: (id, patch, options) => db.transaction((sql) => change(sql, id, patch, options)),
    trash: (ids) => bulk(ids, setTrashed(true)),
    restore: (ids) => bulk(ids, setTrashed(false)),
    purge: (ids) =>
      bulk(ids, async (sql, client) => {
        if (!client.trashedAt) {
          throw new AdapterError('conflict', `Client ${client.id} must be in the trash before it is deleted permanently`, { resource: 'clients' });
        }
        await sql.query('DELETE FROM clients WHERE tenant_id = $1 AND id = $2', [tenant, client.id]);
      }),
    async metrics(rawQuery, options) {
      throwIfAborted(options?.signal);
      const query = parseInput(ClientListQuery, rawQuery ?? {}, 'clients');
      const params = new Params(tenant);
      const counters = counterSource(query, params);
      const [row] = await db.query<{ clients: number; reviews: number; ratings: number; sales: number }>(
        counters
          ? `SELECT coalesce(sum(n), 0)::float8 AS clients, coalesce(sum(reviews), 0)::float8 AS reviews,
                    coalesce(sum(ratings), 0)::float8 AS ratings, coalesce(sum(sales), 0)::float8 AS sales
             FROM ${counters.table} WHERE ${counters.where}`
          : `SELECT count(*)::float8 AS clients, coalesce(sum(review_count), 0)::float8 AS reviews,
                    coalesce(sum(coalesce(average_rating, 0) * review_count), 0)::float8 AS ratings,
                    coalesce(sum(total_sales_minor), 0)::float8 AS sales
             FROM clients WHERE ${clientWhere(query, params)}`,
        params.values,
      );
      const { clients, reviews, ratings, sales } = row!;
      return {
        totalClients: clients,
        totalReviews: reviews,
        averageRating: reviews ? Math.min(5, Math.max(1, ratings / reviews)) : null,
        totalSales: { amountMinor: sales, currency: context.currency },
      };
    },
    async findDuplicates(raw, options) {
      throwIfAborted(options?.signal);
      const probe = parseInput(DuplicateProbe, raw, 'clients');
      const email = emailKey(probe.email);
      const phones = (probe.phones ?? []).flatMap((phone) => phoneKey(phone) ?? []);
      const name = nameKey(probe.firstName, probe.lastName);
      const rows = await db.query<ClientRow & { by_email: boolean; by_phone: boolean; by_name: boolean }>(
        `SELECT ${CLIENT_COLUMNS}, email_key = $2 AS by_email, phone_keys && $3::text[] AS by_phone, name_key = $4 AS by_name
         FROM clients WHERE tenant_id = $1 AND id IS DISTINCT FROM $5 AND (email_key = $2 OR phone_keys && $3::text[] OR name_key = $4)
         LIMIT 200`,
        [tenant, email, phones, name, probe.excludeId ?? null],
      );
      const matches: DuplicateMatch[] = rows.map((row) => ({
        client: toClientSummary(clientFromRow(row)),
        reasons: [row.by_email && 'email', row.by_phone && 'phone', row.by_name && 'name'].filter((reason): reason is 'email' | 'phone' | 'name' => Boolean(reason)),
      }));
      return matches.sort((a, b) => b.reasons.length - a.reasons.length).slice(0, 20);
    },
    async importBatch(rawRows, rawOptions) {
      const rows = parseInput(z.array(ImportRow), rawRows, 'clients');
      const options = parseInput(ImportOptions, rawOptions, 'clients');
      const results: ImportRowResult[] = [];
      for (const row of rows) results.push(await importRow(row, options));
      const tally = (outcome: ImportRowResult['outcome']) => results.filter((row) => row.outcome === outcome).length;
      const result: ImportResult = { rows: results, created: tally('created'), updated: tally('updated'), skipped: tally('skipped'), failed: tally('failed') };
      return result;
    },
    async exportAll(rawQuery, options) {
      throwIfAborted(options?.signal);
      return select(parseInput(ClientListQuery, rawQuery ?? {}, 'clients'));
    },
  };
}
