import * as z from 'zod/mini';
import { AdapterError } from '../../adapter/adapter-error.js';
import type { CallOptions, EditableCollection, ListQuery, ReadCollection } from '../../adapter/contract.js';
import { CollectionQuery, UpdateOptions, type Page, type PersonRef } from '../../model/index.js';
import { checkVersion, encodeCursor, parseInput, startOffset, throwIfAborted } from './parse.js';
import type { CollectionKey, RelatedRecords } from './related-records.js';
import { newId, type MemoryStore } from './store.js';

type Item<K extends CollectionKey> = RelatedRecords[K][number];

export interface ReadSpec<K extends CollectionKey, F> {
  key: K;
  /** Name used in errors, e.g. 'notes'. */
  resource: string;
  filterSchema: z.ZodMiniType<F>;
  /** The date the list is ordered by (newest first by default). */
  dateOf: (item: Item<K>) => string;
  matches?: (item: Item<K>, filter: F, store: MemoryStore) => boolean;
  /** Whether the session may see the record at all (default: every record); hidden ones are not-found. */
  visible?: (item: Item<K>) => boolean;
}

export interface EditSpec<K extends CollectionKey, F, I, P> extends ReadSpec<K, F> {
  inputSchema: z.ZodMiniType<I>;
  patchSchema: z.ZodMiniType<P>;
  /** The record a valid input becomes (without id, version, client id or timestamps). */
  build: (input: I, context: BuildContext<K>) => Omit<Item<K>, 'id' | 'version' | 'clientId' | 'createdAt' | 'updatedAt'>;
  /** The record after a valid patch (default: shallow merge); may throw AdapterError('validation'). */
  apply?: (current: Item<K>, patch: P, context: BuildContext<K>) => Item<K>;
  /** Checks before a change (an update with its patch, a removal without); may throw AdapterError('forbidden'). */
  authorize?: (item: Item<K>, patch: P | undefined) => void;
}

export interface BuildContext<K extends CollectionKey> {
  store: MemoryStore;
  clientId: string;
  now: string;
  user: PersonRef;
  items: RelatedRecords[K];
}

export function notFound(resource: string, id: string): AdapterError {
  return new AdapterError('not-found', `No ${resource} record with id ${id}`, { resource });
}

/** Finds a record of a client's collection or throws not-found. */
export function requireItem<K extends CollectionKey>(store: MemoryStore, clientId: string, key: K, id: string, resource: string): Item<K> {
  const item = (store.collection(clientId, key) as Item<K>[]).find((record) => record.id === id);
  if (!item) throw notFound(resource, id);
  return item;
}

/** Replaces a record of a client's collection by id and recomputes the client's figures. */
export function replaceItem<K extends CollectionKey>(store: MemoryStore, clientId: string, key: K, item: Item<K>): void {
  const items = store.collection(clientId, key) as Item<K>[];
  const at = items.findIndex((record) => record.id === item.id);
  if (at === -1) items.push(item);
  else items[at] = item;
  store.relatedChanged(clientId);
}

/** id, version 1, client id and timestamps of a record created now. */
export function newRecordMeta(store: MemoryStore, clientId: string, prefix: string) {
  const now = store.nowIso();
  return { id: newId(prefix), version: 1, clientId, createdAt: now, updatedAt: now };
}

/** Stores a changed copy of a record with the next version, and returns it. */
export function saveChanges<K extends CollectionKey>(store: MemoryStore, clientId: string, key: K, current: Item<K>, changes: Partial<Item<K>>): Item<K> {
  const next = { ...current, ...changes, version: current.version + 1, updatedAt: store.nowIso() } as Item<K>;
  replaceItem(store, clientId, key, next);
  return next;
}

/** Pages a list of records: newest first by default. */
export function pageItems<T>(items: T[], query: CollectionQuery, dateOf: (item: T) => string, resource: string): Page<T> {
  const direction = query.order === 'asc' ? 1 : -1;
  const sorted = [...items].sort((a, b) => direction * dateOf(a).localeCompare(dateOf(b)));
  const offset = startOffset(query, resource);
  const limit = query.limit ?? 50;
  const page = sorted.slice(offset, offset + limit);
  const end = offset + page.length;
  return { items: page, total: sorted.length, offset, nextCursor: end < sorted.length ? encodeCursor(end) : null };
}

export function createReadCollection<K extends CollectionKey, F>(
  store: MemoryStore,
  spec: ReadSpec<K, F>,
): ReadCollection<Item<K>, F> {
  const querySchema = z.extend(CollectionQuery, { filter: z.optional(spec.filterSchema as z.ZodMiniType) });
  return {
    async list(clientId: string, rawQuery?: ListQuery<F>, options?: CallOptions) {
      throwIfAborted(options?.signal);
      const query = parseInput(querySchema, rawQuery ?? {}, spec.resource) as ListQuery<F>;
      let items = store.collection(clientId, spec.key) as Item<K>[];
      if (spec.visible) items = items.filter(spec.visible);
      const { filter } = query;
      if (filter !== undefined && spec.matches) items = items.filter((item) => spec.matches!(item, filter, store));
      return pageItems(items, query, spec.dateOf, spec.resource);
    },
    async get(clientId: string, id: string, options?: CallOptions) {
      throwIfAborted(options?.signal);
      return requireVisible(store, clientId, spec, id);
    },
  };
}

function requireVisible<K extends CollectionKey, F>(store: MemoryStore, clientId: string, spec: ReadSpec<K, F>, id: string): Item<K> {
  const item = requireItem(store, clientId, spec.key, id, spec.resource);
  if (spec.visible && !spec.visible(item)) throw notFound(spec.resource, id);
  return item;
}

export function createEditableCollection<K extends CollectionKey, F, I, P>(
  store: MemoryStore,
  spec: EditSpec<K, F, I, P>,
  user: PersonRef,
): EditableCollection<Item<K>, I, P, F> {
  const context = (clientId: string): BuildContext<K> => ({
    store,
    clientId,
    now: store.nowIso(),
    user,
    items: store.collection(clientId, spec.key),
  });
  return {
    ...createReadCollection(store, spec),
    async create(clientId, rawInput) {
      store.requireClient(clientId);
      const input = parseInput(spec.inputSchema, rawInput, spec.resource);
      const ctx = context(clientId);
      const item = { ...spec.build(input, ctx), ...newRecordMeta(store, clientId, spec.key) } as Item<K>;
      replaceItem(store, clientId, spec.key, item);
      return item;
    },
    async update(clientId, id, rawPatch, rawOptions) {
      const patch = parseInput(spec.patchSchema, rawPatch, spec.resource);
      const { expectedVersion } = parseInput(UpdateOptions, rawOptions, spec.resource);
      const current = requireVisible(store, clientId, spec, id);
      spec.authorize?.(current, patch);
      checkVersion(current, expectedVersion, spec.resource);
      const merged = spec.apply ? spec.apply(current, patch, context(clientId)) : ({ ...current, ...patch } as Item<K>);
      return saveChanges(store, clientId, spec.key, current, merged);
    },
    async remove(clientId, id) {
      const item = requireVisible(store, clientId, spec, id);
      spec.authorize?.(item, undefined);
      const items = store.collection(clientId, spec.key) as Item<K>[];
      items.splice(items.indexOf(item), 1);
      store.relatedChanged(clientId);
    },
  };
}
