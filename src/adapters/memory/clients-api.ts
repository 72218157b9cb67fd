import { AdapterError } from '../../adapter/adapter-error.js';
import type { ClientsApi } from '../../adapter/contract.js';
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
  searchTerms,
  toClientSummary,
  type BulkResult,
  type Client,
  type ClientMetrics,
  type ClientSummary,
  type DuplicateMatch,
  type ImportResult,
  type ImportRowResult,
  type Phone,
} from '../../model/index.js';
import { matchesClientFilter, isEmptyFilter } from './client-filter.js';
import { checkVersion, encodeCursor, parseInput, startOffset, throwIfAborted } from './parse.js';
import { newId, type MemoryStore } from './store.js';
import * as z from 'zod/mini';

const DEFAULT_LIMIT = 50;

/** Exactly one primary phone: the first marked primary, else the first. */
export function normalizePhones(phones: Phone[]): Phone[] {
  const primary = Math.max(0, phones.findIndex((phone) => phone.primary));
  return phones.map((phone, index) => ({ ...phone, primary: index === primary }));
}

export function createClientsApi(store: MemoryStore): ClientsApi {
  /**
   * Visits the slot of every client matching the query, in its sort order; return false to stop.
   * Client objects are read only to apply a filter: search, view and order use the index alone.
   */
  function scan(query: ClientListQuery, visit: (slot: number) => boolean | void): void {
    const view = query.view ?? 'active';
    const sort = query.sort ?? (view === 'trash' ? { field: 'trashedAt', direction: 'desc' } : { field: 'name', direction: 'asc' });
    const hits = store.index.match(searchTerms(query.search ?? ''));
    const filter = isEmptyFilter(query.filter) ? undefined : query.filter;
    const { slots, length } = store.index.order(sort.field, (slot) => store.clientAt(slot));
    const ascending = sort.direction === 'asc';
    const trashed = store.index.trashed;
    const wantTrashed = view === 'trash' ? 1 : 0;
    for (let i = 0; i < length; i++) {
      const slot = slots[ascending ? i : length - 1 - i]!;
      if ((hits && !hits[slot]) || trashed[slot] !== wantTrashed) continue;
      if (filter) {
        const client = store.clientAt(slot);
        if (!client || !matchesClientFilter(client, filter)) continue;
      }
      if (visit(slot) === false) return;
    }
  }

  function checkReferences(fields: { groupIds?: string[] | undefined; tagIds?: string[] | undefined }): void {
    const issues = [
      ...(fields.groupIds ?? []).flatMap((id, i) => (store.groups.has(id) ? [] : [{ path: ['groupIds', i], message: `Unknown group ${id}` }])),
      ...(fields.tagIds ?? []).flatMap((id, i) => (store.tags.has(id) ? [] : [{ path: ['tagIds', i], message: `Unknown tag ${id}` }])),
    ];
    if (issues.length) throw new AdapterError('validation', `Invalid clients input (${issues[0]!.message})`, { resource: 'clients', issues });
  }

  function create(raw: unknown): Client {
    const input = parseInput(ClientInput, raw, 'clients');
    checkReferences(input);
    const now = store.nowIso();
    const client: Client = {
      ...clientDefaults(),
      ...input,
      phones: normalizePhones(input.phones ?? []),
      id: newId('cl'),
      version: 1,
      createdAt: now,
      updatedAt: now,
      trashedAt: null,
      stats: {
        totalSales: { amountMinor: 0, currency: store.currency },
        reviewCount: 0,
        averageRating: null,
        lastVisitAt: null,
        nextVisitAt: null,
        activeAlertCount: 0,
        activeAllergyCount: 0,
        walletBalance: { amountMinor: 0, currency: store.currency },
      },
    };
    store.putClient(client);
    if (client.groupIds.length) store.recountGroups();
    return client;
  }

  function update(id: string, rawPatch: unknown, rawOptions: unknown): Client {
    const patch = parseInput(ClientPatch, rawPatch, 'clients');
    const { expectedVersion } = parseInput(UpdateOptions, rawOptions, 'clients');
    const current = store.requireClient(id);
    checkVersion(current, expectedVersion, 'clients');
    checkReferences(patch);
    const merged = { ...current, ...patch, phones: normalizePhones(patch.phones ?? current.phones) };
    parseInput(ClientEditable, merged, 'clients');
    const next: Client = { ...merged, version: current.version + 1, updatedAt: store.nowIso() };
    store.putClient(next);
    if (patch.groupIds) store.recountGroups();
    return next;
  }

  function bulk(ids: unknown, apply: (client: Client) => void): BulkResult {
    const list = parseInput(z.array(z.string()), ids, 'clients');
    const result: BulkResult = { succeeded: [], failed: [] };
    for (const id of list) {
      try {
        apply(store.requireClient(id));
        result.succeeded.push(id);
      } catch (error) {
        const { kind, message } = error as AdapterError;
        result.failed.push({ id, kind, message });
      }
    }
    store.recountGroups();
    return result;
  }

  function setTrashed(client: Client, trashedAt: string | null): void {
    if ((client.trashedAt === null) === (trashedAt === null)) return;
    store.putClient({ ...client, trashedAt, version: client.version + 1, updatedAt: store.nowIso() });
  }

  function findDuplicates(raw: unknown): DuplicateMatch[] {
    const probe = parseInput(DuplicateProbe, raw, 'clients');
    const reasons = new Map<string, Set<DuplicateMatch['reasons'][number]>>();
    const add = (ids: ReadonlySet<string>, reason: DuplicateMatch['reasons'][number]) => {
      for (const id of ids) {
        if (id === probe.excludeId) continue;
        if (!reasons.has(id)) reasons.set(id, new Set());
        reasons.get(id)!.add(reason);
      }
    };
    add(store.lookup.withEmail(probe.email), 'email');
    for (const phone of probe.phones ?? []) add(store.lookup.withPhone(phone), 'phone');
    add(store.lookup.withName(probe.firstName, probe.lastName), 'name');
    return [...reasons]
      .map(([id, why]) => ({ client: toClientSummary(store.requireClient(id)), reasons: [...why] }))
      .sort((a, b) => b.reasons.length - a.reasons.length)
      .slice(0, 20);
  }

  function importRow(row: ImportRow, options: ImportOptions): ImportRowResult {
    const key = `import:${options.importId}:${row.rowNumber}`;
    const done = store.idempotency.get(key) as ImportRowResult | undefined;
    if (done) return done;
    let result: ImportRowResult;
    const parsed = ClientInput.safeParse(row.data);
    if (!parsed.success) {
      result = {
        rowNumber: row.rowNumber,
        outcome: 'failed',
        clientId: null,
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      };
    } else {
      const input = parsed.data;
      const matches = new Set<string>();
      if (options.dedupeBy.includes('email')) for (const id of store.lookup.withEmail(input.email)) matches.add(id);
      if (options.dedupeBy.includes('phone')) for (const phone of input.phones ?? []) for (const id of store.lookup.withPhone(phone.number)) matches.add(id);
      const existing = [...matches].map((id) => store.requireClient(id)).find((client) => !client.trashedAt);
      try {
        if (existing && options.onConflict === 'skip') {
          result = { rowNumber: row.rowNumber, outcome: 'skipped', clientId: existing.id, issues: [{ path: '', message: 'Matches an existing client' }] };
        } else if (existing && options.onConflict === 'update') {
          update(existing.id, input, { expectedVersion: existing.version });
          result = { rowNumber: row.rowNumber, outcome: 'updated', clientId: existing.id, issues: [] };
        } else {
          result = { rowNumber: row.rowNumber, outcome: 'created', clientId: create(input).id, issues: [] };
        }
      } catch (error) {
        const adapterError = error as AdapterError;
        result = {
          rowNumber: row.rowNumber,
          outcome: 'failed',
          clientId: null,
          issues: adapterError.issues?.length
            ? adapterError.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
            : [{ path: '', message: adapterError.message }],
        };
      }
    }
    store.idempotency.set(key, result);
    store.emit({ kind: 'idempotency', id: key, value: result });
    return result;
  }

  return {
    async list(rawQuery, options) {
      throwIfAborted(options?.signal);
      const query = parseInput(ClientListQuery, rawQuery ?? {}, 'clients');
      const offset = startOffset(query, 'clients');
      const limit = query.limit ?? DEFAULT_LIMIT;
      const items: ClientSummary[] = [];
      let total = 0;
      scan(query, (slot) => {
        if (total >= offset && items.length < limit) items.push(toClientSummary(store.clientAt(slot)!));
        total++;
      });
      const end = offset + items.length;
      return { items, total, offset, nextCursor: end < total ? encodeCursor(end) : null };
    },
    async get(id, options) {
      throwIfAborted(options?.signal);
      return store.requireClient(id);
    },
    async create(input) {
      return create(input);
    },
    async update(id, patch, options) {
      return update(id, patch, options);
    },
    async trash(ids) {
      const now = store.nowIso();
      return bulk(ids, (client) => setTrashed(client, now));
    },
    async restore(ids) {
      return bulk(ids, (client) => setTrashed(client, null));
    },
    async purge(ids) {
      return bulk(ids, (client) => {
        if (!client.trashedAt) {
          throw new AdapterError('conflict', `Client ${client.id} must be in the trash before it is deleted permanently`, { resource: 'clients' });
        }
        store.deleteClient(client.id);
      });
    },
    async metrics(rawQuery, options) {
      throwIfAborted(options?.signal);
      const query = parseInput(ClientListQuery, rawQuery ?? {}, 'clients');
      let totalClients = 0;
      let totalReviews = 0;
      let ratingSum = 0;
      let sales = 0;
      const { reviewCount, ratingSum: ratings, salesMinor } = store.index;
      scan(query, (slot) => {
        totalClients++;
        totalReviews += reviewCount[slot]!;
        ratingSum += ratings[slot]!;
        sales += salesMinor[slot]!;
      });
      const metrics: ClientMetrics = {
        totalClients,
        totalReviews,
        averageRating: totalReviews ? Math.min(5, Math.max(1, ratingSum / totalReviews)) : null,
        totalSales: { amountMinor: sales, currency: store.currency },
      };
      return metrics;
    },
    async findDuplicates(probe, options) {
      throwIfAborted(options?.signal);
      return findDuplicates(probe);
    },
    async importBatch(rawRows, rawOptions) {
      const rows = parseInput(z.array(ImportRow), rawRows, 'clients');
      const options = parseInput(ImportOptions, rawOptions, 'clients');
      const results = rows.map((row) => importRow(row, options));
      const count = (outcome: ImportRowResult['outcome']) => results.filter((row) => row.outcome === outcome).length;
      const result: ImportResult = { rows: results, created: count('created'), updated: count('updated'), skipped: count('skipped'), failed: count('failed') };
      return result;
    },
    async exportAll(rawQuery, options) {
      throwIfAborted(options?.signal);
      const query = parseInput(ClientListQuery, rawQuery ?? {}, 'clients');
      const clients: Client[] = [];
      scan(query, (slot) => {
        clients.push(store.clientAt(slot)!);
      });
      return clients;
    },
  };
}
