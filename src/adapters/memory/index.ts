import type { AdapterErrorKind } from '../../adapter/adapter-error.js';
import type { AdapterNamespace, ClientDataAdapter } from '../../adapter/contract.js';
import type { Locale } from '../../i18n/locale.js';
import { ALL_PERMISSIONS, type Permission, type Session, type SessionUser } from '../../model/index.js';
import { accessOf, type Access } from './access.js';
import { lazyNamespaces } from './lazy-namespaces.js';
import { lazyClientFileApis } from './client-file-namespaces.js';
import { createClientsApi } from './clients-api.js';
import { createDemoCatalog } from './demo-data/catalog.js';
import { createGroupsApi, createTagsApi } from './groups-api.js';
import { createCatalogApi, createSessionApi } from './session-apis.js';
import { createSimulation, withSimulation, type Simulation } from './simulation.js';
import { MemoryStore } from './store.js';

export type { Simulation } from './simulation.js';
/** Forgets the edits kept in IndexedDB under `databaseName` (the persistence code loads on demand). */
export async function clearPersistence(databaseName: string): Promise<void> {
  const persistence = await import('./persistence.js');
  return persistence.clearPersistence(databaseName);
}

export interface MemoryAdapterOptions {
  /** Demo clients to generate (0 to 200,000). Default 500. */
  clientCount?: number;
  /** The same seed always generates the same data. Default 1. */
  seed?: number;
  /** ISO 4217 currency of every amount. Default 'EUR'. */
  currency?: string;
  /** Day the demo history is built around (YYYY-MM-DD): a year and more before it, a few weeks after. Default: today. */
  referenceDate?: string;
  /** Clock, for tests. Default Date.now. */
  now?: () => number;
  /** Simulated latency in ms, fixed or a range. Default 0. */
  latency?: number | { min: number; max: number };
  /** Share of calls (0–1) that fail, with `failureKind` (default 'unavailable'), optionally only for some operations. */
  failureRate?: number;
  failureKind?: AdapterErrorKind;
  failingOperations?: string[];
  /**
   * The signed-in user and what they may do: the session namespace reports them, and every operation
   * is checked against OPERATION_PERMISSIONS (AdapterError('forbidden')). Default: a demo manager
   * with every permission. `withSession()` gives another session on the same data.
   */
  user?: SessionUser;
  permissions?: readonly Permission[];
  /** Namespaces to leave out, to show how elements hide capabilities an adapter lacks. */
  without?: readonly Exclude<AdapterNamespace, 'clients'>[];
  /** Keep edits in IndexedDB across reloads: true, or the database name. */
  persist?: boolean | string;
  /**
   * How far below zero a wallet deduction may take the balance, in minor units (the wallet reports
   * it as `overdraftLimit`). Default 0: never below zero.
   */
  walletOverdraftLimit?: number;
  /**
   * Language of the demo business's catalog (services, centers, origins, custom fields, …), groups
   * and tags, as a host's backend sends them in its users' language. Default 'es' (the demo chain is in Madrid).
   */
  locale?: Locale;
}

/** The memory adapter: the whole contract, plus controls for the demo and tests. */
export interface MemoryAdapter extends Required<ClientDataAdapter> {
  /** Latency and failures, changeable at runtime. */
  readonly simulation: Simulation;
  /**
   * Resolves when persisted edits are loaded, or when they cannot be (then the adapter works in
   * memory only, with a console warning). Calls wait for it anyway.
   */
  readonly ready: Promise<void>;
  /** How long generating the demo clients took, in ms. */
  readonly generationMs: number;
  /**
   * The same data, latency and failures, signed in as another session: its calls are checked
   * against `permissions`, what it creates is authored by `user` (default: this adapter's user).
   * E.g. a role switch in a demo: `provider.adapter = memory.withSession({ permissions: READ_ONLY_PERMISSIONS })`.
   */
  withSession(session: { permissions: readonly Permission[]; user?: SessionUser }): MemoryAdapter;
}

const DAY = 86_400_000;
const MAX_CLIENTS = 200_000;

/**
 * The embedded default adapter: deterministic demo data in memory, with every namespace of the
 * contract, simulated latency and failures, and optional IndexedDB persistence.
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const now = options.now ?? Date.now;
  const currency = options.currency ?? 'EUR';
  const clientCount = Math.max(0, Math.min(MAX_CLIENTS, Math.floor(options.clientCount ?? 500)));
  const seed = options.seed ?? 1;
  const referenceMs = options.referenceDate ? Date.parse(`${options.referenceDate}T00:00:00Z`) : Math.floor(now() / DAY) * DAY;
  if (Number.isNaN(referenceMs)) throw new RangeError(`referenceDate must be YYYY-MM-DD, got ${options.referenceDate}`);
  const locale = options.locale ?? 'es';
  const store = new MemoryStore({ seed, clientCount, currency, referenceMs, now, locale, catalog: createDemoCatalog(currency, locale) });
  store.walletOverdraftMinor = Math.max(0, Math.trunc(options.walletOverdraftLimit ?? 0));
  const user: SessionUser = options.user ?? { id: 'user-demo', name: 'Demo Manager', email: 'manager@clientela.example', role: 'manager' };
  const databaseName = typeof options.persist === 'string' ? options.persist : `clientela-demo-${seed}-${clientCount}`;
  // The IndexedDB code loads only when asked for (the demo page; tests and hosts usually don't). When
  // the browser cannot keep edits (no IndexedDB quota, a blocked database, the code failing to load),
  // the adapter still works, in memory only, and says so in the console: calls must not fail for it.
  const ready = options.persist
    ? import('./persistence.js')
        .then(({ attachPersistence }) => attachPersistence(store, databaseName))
        .catch((error: unknown) => console.warn(`clientela: edits cannot be kept in this browser (IndexedDB "${databaseName}"); they last until the page reloads.`, error))
    : Promise.resolve();

  const shared = {
    clients: createClientsApi(store),
    groups: createGroupsApi(store),
    tags: createTagsApi(store),
    catalog: createCatalogApi(store),
  };
  const simulation = createSimulation({
    latency: options.latency ?? 0,
    failureRate: options.failureRate ?? 0,
    failureKind: options.failureKind ?? 'unavailable',
    failingOperations: options.failingOperations ?? [],
  });

  /**
   * A session with every permission calls straight through; any other is checked against
   * OPERATION_PERMISSIONS by code that loads on its first call (the default session never loads it).
   */
  function guarded(api: Required<ClientDataAdapter>, access: Access): Required<ClientDataAdapter> {
    if (ALL_PERMISSIONS.every((permission) => access.can(permission))) return api;
    const operations = Object.fromEntries(Object.entries(api).map(([namespace, operations]) => [namespace, Object.keys(operations)]));
    return lazyNamespaces(operations as never, async () => (await import('./permission-guard.js')).restrictSession(api, access));
  }

  function signedIn(session: Session): MemoryAdapter {
    const access = accessOf(session);
    const api: Required<ClientDataAdapter> = { ...shared, ...lazyClientFileApis(store, access), session: createSessionApi(session) };
    for (const namespace of options.without ?? []) delete (api as Partial<ClientDataAdapter>)[namespace];
    const adapter = withSimulation(guarded(api, access), simulation, ready);
    return Object.assign(adapter, {
      simulation,
      ready,
      generationMs: store.generationMs,
      withSession: (next: { permissions: readonly Permission[]; user?: SessionUser }) =>
        signedIn({ user: next.user ?? session.user, permissions: [...next.permissions] }),
    });
  }
  return signedIn({ user, permissions: [...(options.permissions ?? ALL_PERMISSIONS)] });
}
