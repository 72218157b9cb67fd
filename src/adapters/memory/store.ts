import { AdapterError } from '../../adapter/adapter-error.js';
import type { Locale } from '../../i18n/locale.js';
import type { Catalog, Client, Group, Tag } from '../../model/index.js';
import type { PlanContext } from './client-plan.js';
import { computeStats } from './client-stats.js';
import { demoGroups, demoTags } from './demo-data/groups.js';
import { generateClient } from './generate-clients.js';
import type { CollectionKey, RelatedRecords } from './related-records.js';
import { ClientLookup } from './client-lookup.js';
import { ClientSearchIndex } from './search-index.js';

export interface StoreOptions {
  seed: number;
  clientCount: number;
  currency: string;
  referenceMs: number;
  now: () => number;
  catalog: Catalog;
  /** Language of the demo groups' and tags' names. */
  locale: Locale;
}

/** Change listener, for persistence: which record changed (undefined value = deleted). */
export type StoreChange =
  | { kind: 'client'; id: string; value: Client | undefined }
  | { kind: 'related'; clientId: string; value: RelatedRecords | undefined }
  | { kind: 'group'; id: string; value: Group | undefined }
  | { kind: 'tag'; id: string; value: Tag | undefined }
  | { kind: 'idempotency'; id: string; value: unknown };

let idCounter = 0;
/** A new record id: unique within the page, readable, sortable by creation. */
export function newId(prefix: string): string {
  idCounter = (idCounter + 1) % 1_679_616;
  return `${prefix}-${Date.now().toString(36)}${idCounter.toString(36).padStart(4, '0')}${Math.floor(Math.random() * 1296).toString(36).padStart(2, '0')}`;
}

/**
 * Builds a client's related records the first time they are needed: a generated client's from the
 * seed (`demoIndex` is its generator index), any other's empty.
 */
export type RelatedBuilder = (client: Client, demoIndex: number | undefined) => RelatedRecords;

/**
 * The memory adapter's state: clients by slot with their search index, every client's related
 * records (built from the seed the first time they are needed), groups, tags and idempotency keys.
 */
export class MemoryStore {
  readonly catalog: Catalog;
  readonly currency: string;
  /** How far below zero wallet deductions may go, in minor units (0: never below zero). */
  walletOverdraftMinor = 0;
  readonly now: () => number;
  readonly index = new ClientSearchIndex();
  /** Built on first use (duplicate checks, import): most sessions never need it. */
  private lookupIndex: ClientLookup | undefined;
  readonly groups = new Map<string, Group>();
  readonly tags = new Map<string, Tag>();
  /** Results of money operations and import rows by key, so a retry returns the first result. */
  readonly idempotency = new Map<string, unknown>();
  /** The bytes behind files' blob: URLs, by file id (persisted so URLs can be made again after a reload). */
  readonly fileBlobs = new Map<string, Blob>();
  private readonly slots: (Client | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly related = new Map<string, RelatedRecords>();
  /** Generated clients whose records have not been built yet: id → generator index. */
  private readonly pendingDemo = new Map<string, number>();
  /** What every generated client's plan is drawn from (for its figures here, its records later). */
  readonly planContext: PlanContext;
  /** Set by the client file's namespaces when their module loads: only they read related records. */
  private buildRelated: RelatedBuilder | undefined;
  private readonly listeners = new Set<(change: StoreChange) => void>();
  /** Milliseconds it took to generate the demo clients. */
  readonly generationMs: number;

  constructor(options: StoreOptions) {
    this.catalog = options.catalog;
    this.currency = options.currency;
    this.now = options.now;
    this.planContext = {
      seed: options.seed,
      referenceMs: options.referenceMs,
      servicePrices: options.catalog.services.map((service) => service.price.amountMinor),
      staffCount: options.catalog.staff.length,
      centerCount: options.catalog.centers.length,
    };
    const started = performance.now();
    for (let i = 0; i < options.clientCount; i++) {
      const client = generateClient(i, this.planContext, this.currency);
      this.pendingDemo.set(client.id, i);
      this.putClient(client, false);
    }
    this.generationMs = performance.now() - started;
    const createdAt = new Date(options.referenceMs).toISOString();
    for (const group of demoGroups(options.locale)) {
      this.groups.set(group.id, { ...group, version: 1, createdAt, updatedAt: createdAt, memberCount: 0 });
    }
    for (const tag of demoTags(options.locale)) this.tags.set(tag.id, { ...tag, version: 1, createdAt, updatedAt: createdAt });
    this.recountGroups();
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }

  // ---- clients -------------------------------------------------------------------------------

  get slotCount(): number {
    return this.slots.length;
  }

  clientAt(slot: number): Client | undefined {
    return this.slots[slot];
  }

  findClient(id: string): Client | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  /** The client, or AdapterError('not-found'). */
  requireClient(id: string): Client {
    const client = this.findClient(id);
    if (!client) throw new AdapterError('not-found', `No client with id ${id}`, { resource: 'clients' });
    return client;
  }

  /** Email, phone and name indexes for duplicate checks. */
  get lookup(): ClientLookup {
    if (!this.lookupIndex) {
      this.lookupIndex = new ClientLookup();
      for (const client of this.slots) if (client) this.lookupIndex.add(client);
    }
    return this.lookupIndex;
  }

  /** Stores a client (new or replacing the one with its id) and indexes it. */
  putClient(client: Client, notify = true): void {
    let slot = this.slotById.get(client.id);
    if (slot === undefined) {
      slot = this.slots.length;
      this.slotById.set(client.id, slot);
    }
    const previous = this.slots[slot];
    if (previous) this.lookupIndex?.remove(previous);
    this.slots[slot] = client;
    this.lookupIndex?.add(client);
    this.index.set(slot, client);
    if (notify) this.emit({ kind: 'client', id: client.id, value: client });
  }

  deleteClient(id: string): void {
    const slot = this.slotById.get(id);
    const client = slot === undefined ? undefined : this.slots[slot];
    if (slot === undefined || !client) return;
    this.lookupIndex?.remove(client);
    this.slots[slot] = undefined;
    this.slotById.delete(id);
    this.index.delete(slot);
    this.related.delete(id);
    this.pendingDemo.delete(id);
    this.emit({ kind: 'client', id, value: undefined });
    this.emit({ kind: 'related', clientId: id, value: undefined });
  }

  // ---- related records -----------------------------------------------------------------------

  /** A client's related records, built from the seed on first use. */
  relatedOf(clientId: string): RelatedRecords {
    let records = this.related.get(clientId);
    if (records) return records;
    const client = this.requireClient(clientId);
    if (!this.buildRelated) throw new Error('Related records were read before the module that builds them loaded');
    records = this.buildRelated(client, this.pendingDemo.get(clientId));
    this.pendingDemo.delete(clientId);
    this.related.set(clientId, records);
    return records;
  }

  /** Called once the module that builds related records (the client file's namespaces) has loaded. */
  setRelatedBuilder(build: RelatedBuilder): void {
    this.buildRelated = build;
  }

  collection<K extends CollectionKey>(clientId: string, key: K): RelatedRecords[K] {
    return this.relatedOf(clientId)[key];
  }

  /** Call after changing a client's related records: recomputes its figures and persists. */
  relatedChanged(clientId: string): void {
    const records = this.relatedOf(clientId);
    const client = this.requireClient(clientId);
    const stats = computeStats(records, this.currency, this.now());
    // Figures are derived: they change neither the version nor the last update of the client.
    if (JSON.stringify(stats) !== JSON.stringify(client.stats)) this.putClient({ ...client, stats });
    this.emit({ kind: 'related', clientId, value: records });
  }

  /** Restores persisted related records (persistence only). */
  restoreRelated(clientId: string, records: RelatedRecords): void {
    this.related.set(clientId, records);
    this.pendingDemo.delete(clientId);
  }

  // ---- groups ---------------------------------------------------------------------------------

  /** Recomputes every group's member count (clients not in the trash). */
  recountGroups(): void {
    const counts = new Map<string, number>();
    for (const client of this.slots) {
      if (!client || client.trashedAt) continue;
      for (const groupId of client.groupIds) counts.set(groupId, (counts.get(groupId) ?? 0) + 1);
    }
    for (const [id, group] of this.groups) {
      const memberCount = counts.get(id) ?? 0;
      if (group.memberCount !== memberCount) this.groups.set(id, { ...group, memberCount });
    }
  }
}
