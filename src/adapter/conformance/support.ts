// Helpers shared by the conformance areas: markers, explicit schema parsing, paging walkers, text
// normalisation, fixtures that need the catalog.
import type * as z from 'zod/mini';
import {
  BulkResult,
  Catalog,
  Client,
  ClientPage,
  clientDefaults,
  type ClientInput,
  type ClientListQuery,
  type ClientSummary,
  type Money,
  type Page,
  type PersonRef,
} from '../../model/index.js';
import { formatIssuePath } from '../adapter-error.js';
import type { ClientDataAdapter, ListQuery, ReadCollection } from '../contract.js';
import { ConformanceAssertionError, counted, equal, fail, ok, show } from './assert.js';

// Consonants only: no word the tests search for (each has a vowel) can be a substring of a marker,
// and a marker cannot be a substring of anything they create.
const MARKER_LETTERS = 'bcdfghjklmnpqrstvwxz';

/** A random 8-letter lowercase token. */
export function newMarker(): string {
  const bytes = new Uint8Array(8);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let index = 0; index < bytes.length; index += 1) bytes[index] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (byte) => MARKER_LETTERS[byte % MARKER_LETTERS.length]).join('');
}

/** An idempotency key unique to one submission. */
export function newKey(marker: string, label: string): string {
  return `${marker}-${label}-${newMarker()}`;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Parses a response explicitly; a failure names the resource, the field path and the value there. */
export function parse<S extends z.ZodMiniType>(schema: S, value: unknown, resource: string): z.infer<S> {
  counted();
  const result = schema.safeParse(value);
  if (!result.success) {
    const details = result.error.issues.slice(0, 3).map((issue) => {
      const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
      let at: unknown = value;
      for (const part of path) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[part] : undefined;
      return `${formatIssuePath(path) || '(root)'}: ${issue.message} (value ${show(at, 80)})`;
    });
    throw new ConformanceAssertionError(`${resource} returned a response that does not match its schema at ${details.join('; ')}`, {
      actual: value,
    });
  }
  return result.data;
}

/** Lower case without diacritics: what "accent- and case-insensitive" compares. */
export function fold(text: string | null | undefined): string {
  return (text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function idsOf(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

const MAX_PAGES = 2000;

/** Every row matching the query, following nextCursor (page size 100); checks cursors never loop. */
export async function listAllClients(adapter: ClientDataAdapter, query: ClientListQuery = {}): Promise<ClientSummary[]> {
  const rows: ClientSummary[] = [];
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (let pageIndex = 0; pageIndex < MAX_PAGES; pageIndex += 1) {
    const page = parse(ClientPage, await adapter.clients.list({ ...query, limit: query.limit ?? 100, cursor }), 'clients.list');
    rows.push(...page.items);
    if (page.nextCursor === null) return rows;
    if (seen.has(page.nextCursor)) fail(`clients.list returned the cursor ${show(page.nextCursor)} twice`);
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
  return fail(`clients.list did not end after ${MAX_PAGES} pages`);
}

/** The ids listed for `search: marker` (and an optional extra query), every page. */
export async function markedIds(adapter: ClientDataAdapter, marker: string, query: ClientListQuery = {}): Promise<string[]> {
  const rows = await listAllClients(adapter, { ...query, search: query.search ?? marker });
  return idsOf(rows);
}

/** Every item of a per-client collection (page size 100). */
export async function listAllItems<T extends { id: string }>(
  collection: ReadCollection<T, unknown>,
  clientId: string,
  query: ListQuery<unknown> = {},
  itemSchema?: z.ZodMiniType,
  resource = 'collection',
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (let pageIndex = 0; pageIndex < MAX_PAGES; pageIndex += 1) {
    const page: Page<T> = await collection.list(clientId, { ...query, limit: query.limit ?? 100, cursor });
    checkPageShape(page, `${resource}.list`);
    for (const [index, item] of page.items.entries()) {
      if (itemSchema) parse(itemSchema, item, `${resource}.list items[${index}]`);
    }
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    if (seen.has(page.nextCursor)) fail(`${resource}.list returned the cursor ${show(page.nextCursor)} twice`);
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
  return fail(`${resource}.list did not end after ${MAX_PAGES} pages`);
}

/** items array, integer total, offset and a string-or-null nextCursor. */
export function checkPageShape(page: unknown, resource: string): void {
  ok(page !== null && typeof page === 'object', `${resource} returned ${show(page)} instead of a page`);
  const candidate = page as Partial<Page<unknown>>;
  ok(Array.isArray(candidate.items), `${resource}: page.items must be an array`);
  ok(Number.isInteger(candidate.total) && (candidate.total ?? -1) >= 0, `${resource}: page.total must be a non-negative integer, got ${show(candidate.total)}`);
  ok(Number.isInteger(candidate.offset) && (candidate.offset ?? -1) >= 0, `${resource}: page.offset must be a non-negative integer, got ${show(candidate.offset)}`);
  ok(candidate.nextCursor === null || typeof candidate.nextCursor === 'string', `${resource}: page.nextCursor must be a string or null`);
}

export function parseBulk(value: unknown, resource: string): BulkResult {
  return parse(BulkResult, value, resource);
}

/** Creates a client and parses the response. */
export async function createClient(adapter: ClientDataAdapter, input: ClientInput): Promise<Client> {
  return parse(Client, await adapter.clients.create(input), 'clients.create');
}

export async function getClient(adapter: ClientDataAdapter, id: string): Promise<Client> {
  return parse(Client, await adapter.clients.get(id), 'clients.get');
}

/** Creates several clients one after another (so createdAt follows the order). */
export async function createClients(adapter: ClientDataAdapter, inputs: readonly ClientInput[]): Promise<Client[]> {
  const created: Client[] = [];
  for (const input of inputs) created.push(await createClient(adapter, input));
  return created;
}

/** The catalog, parsed, or undefined when the adapter has none. */
export async function catalogOf(adapter: ClientDataAdapter): Promise<Catalog | undefined> {
  if (!adapter.catalog) return undefined;
  return parse(Catalog, await adapter.catalog.get(), 'catalog.get');
}

export async function currencyOf(adapter: ClientDataAdapter): Promise<string> {
  return (await catalogOf(adapter))?.currency ?? 'EUR';
}

export function money(amountMinor: number, currency: string): Money {
  return { amountMinor, currency };
}

/** References for pickers: from the catalog when there is one, else stable placeholders. */
export interface Refs {
  currency: string;
  service: PersonRef;
  staff: PersonRef;
  center: PersonRef;
  alertTypeId: string;
}

export async function refsOf(adapter: ClientDataAdapter): Promise<Refs> {
  const catalog = await catalogOf(adapter);
  const service = catalog?.services[0];
  const staff = catalog?.staff[0];
  const center = catalog?.centers[0];
  return {
    currency: catalog?.currency ?? 'EUR',
    service: service ? { id: service.id, name: service.name } : { id: 'conformance-service', name: 'Conformance service' },
    staff: staff ? { id: staff.id, name: staff.name } : { id: 'conformance-staff', name: 'Conformance staff' },
    center: center ? { id: center.id, name: center.name } : { id: 'conformance-center', name: 'Conformance center' },
    alertTypeId: catalog?.alertTypes[0]?.id ?? 'conformance-alert-type',
  };
}

/** The first page of the default list (existing data), up to `limit` rows. */
export async function existingClients(adapter: ClientDataAdapter, limit = 10): Promise<ClientSummary[]> {
  return parse(ClientPage, await adapter.clients.list({ limit }), 'clients.list').items;
}

/** Asserts the stats of a client that has no related records yet. */
export function assertEmptyStats(client: Pick<Client, 'stats'>, label: string): void {
  equal(client.stats.totalSales.amountMinor, 0, `${label}: stats.totalSales`);
  equal(client.stats.reviewCount, 0, `${label}: stats.reviewCount`);
  equal(client.stats.averageRating, null, `${label}: stats.averageRating`);
  equal(client.stats.lastVisitAt, null, `${label}: stats.lastVisitAt`);
  equal(client.stats.nextVisitAt, null, `${label}: stats.nextVisitAt`);
  equal(client.stats.activeAlertCount, 0, `${label}: stats.activeAlertCount`);
  equal(client.stats.activeAllergyCount, 0, `${label}: stats.activeAllergyCount`);
  equal(client.stats.walletBalance.amountMinor, 0, `${label}: stats.walletBalance`);
}

export { clientDefaults };

/** Milliseconds of an ISO instant (NaN when it is not one). */
export function time(iso: string | null | undefined): number {
  return iso ? Date.parse(iso) : Number.NaN;
}

/** Makes an id that no adapter has: used for not-found checks. */
export function unknownId(marker: string): string {
  return `missing-${marker}-${newMarker()}`;
}
