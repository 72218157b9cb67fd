// Registration plumbing: wraps the runner's describe/it/hooks, hands each test a fresh adapter, a
// unique run marker and capability checks that skip (never fail) when a namespace is missing.
import type { ClientSummary, Permission } from '../../model/index.js';
import type { AdapterNamespace, ClientDataAdapter } from '../contract.js';
import { assertionCount, ConformanceAssertionError } from './assert.js';
import { existingClients, newMarker } from './support.js';

/** What mocha gives a test or hook as `this` (jest gives nothing; vitest passes a context argument). */
export interface RunnerContext {
  skip?: (...args: unknown[]) => unknown;
  timeout?: (ms: number) => unknown;
}

// Bodies take rest parameters only, so `fn.length` is 0 and no runner mistakes them for
// callback-style (`done`) tests.
export type TestBody = (this: RunnerContext | undefined, ...args: unknown[]) => Promise<void>;
export type SuiteFunction = (title: string, body: () => void) => unknown;
export type TestFunction = (title: string, body: TestBody, timeout?: number) => unknown;
export type HookFunction = (body: TestBody, timeout?: number) => unknown;

export interface AdapterConformanceOptions {
  /** Shown as the outer suite title: `adapter conformance: <name>`. */
  name: string;
  /** Called for every test (or once per area for the read-only areas, see index.ts). */
  createAdapter: () => ClientDataAdapter | Promise<ClientDataAdapter>;
  /**
   * An adapter to the same backend as `base` (the test's adapter from createAdapter), signed in as
   * another user whose session has exactly `permissions`. Without it the permission tests (one per
   * permission: the operations it guards are refused with 'forbidden', the data it guards is not
   * returned) are skipped.
   */
  createAdapterWithPermissions?: (permissions: Permission[], base: ClientDataAdapter) => ClientDataAdapter | Promise<ClientDataAdapter>;
  /** The runner's functions; default to the globals (`describe`, `it`, `before`/`beforeAll`, `beforeEach`). */
  describe?: SuiteFunction;
  it?: TestFunction;
  before?: HookFunction;
  beforeEach?: HookFunction;
  /** Per test and per hook; default 10 000 ms. */
  timeoutMs?: number;
}

export interface Harness {
  describe: SuiteFunction;
  it: TestFunction;
  before: HookFunction;
  beforeEach: HookFunction;
  timeoutMs: number;
  createAdapter: () => Promise<ClientDataAdapter>;
  createAdapterWithPermissions: AdapterConformanceOptions['createAdapterWithPermissions'];
}

function fromGlobal<T>(...names: string[]): T | undefined {
  const scope = globalThis as unknown as Record<string, unknown>;
  for (const name of names) {
    if (typeof scope[name] === 'function') return scope[name] as T;
  }
  return undefined;
}

export function createHarness(options: AdapterConformanceOptions): Harness {
  const describe = options.describe ?? fromGlobal<SuiteFunction>('describe');
  const it = options.it ?? fromGlobal<TestFunction>('it', 'test');
  const before = options.before ?? fromGlobal<HookFunction>('before', 'beforeAll');
  const beforeEach = options.beforeEach ?? fromGlobal<HookFunction>('beforeEach');
  if (!describe || !it || !before || !beforeEach) {
    throw new Error(
      'registerAdapterConformance: no describe/it/before/beforeEach found; pass them in the options or run under a mocha-, jest- or vitest-style runner',
    );
  }
  return {
    describe,
    it,
    before,
    beforeEach,
    timeoutMs: options.timeoutMs ?? 10_000,
    createAdapter: async () => options.createAdapter(),
    createAdapterWithPermissions: options.createAdapterWithPermissions,
  };
}

/** Thrown by `skip` when the runner has no skip of its own: the test returns early and passes. */
class SkipSignal {
  constructor(readonly reason: string) {}
}

function runnerContext(self: RunnerContext | undefined, args: unknown[]): RunnerContext | undefined {
  if (self && typeof self === 'object' && typeof self.skip === 'function') return self;
  const first = args[0] as RunnerContext | undefined; // vitest passes its context as the argument
  if (first && typeof first === 'object' && typeof first.skip === 'function') return first;
  return self && typeof self === 'object' ? self : undefined;
}

/** What every conformance test receives. */
export interface TestEnv {
  /** The adapter under test (fresh for this test, or shared by the area when it is read-only). */
  adapter: ClientDataAdapter;
  /** A random 8-letter lowercase token unique to this test; put it in names/emails and search for it. */
  marker: string;
  /** The marker with an upper-case first letter (names stored with it prove search is case-insensitive). */
  Marker: string;
  /** Marks the test skipped (mocha `this.skip()`, vitest `ctx.skip()`), else returns early. */
  skip(reason: string): never;
  /** The namespace, or skip when the adapter lacks it (a missing capability never fails). */
  need<N extends AdapterNamespace>(namespace: N): NonNullable<ClientDataAdapter[N]>;
  /** The first clients of the default list (the backend's own data), or skip when it has none. */
  existing(limit?: number): Promise<ClientSummary[]>;
  /** An adapter on the same backend signed in with exactly these permissions, or skip without the option. */
  withPermissions(permissions: Permission[]): Promise<ClientDataAdapter>;
}

export type TestImplementation = (env: TestEnv) => Promise<void>;
export type Register = (title: string, body: TestImplementation) => void;

/**
 * One `describe` per area. `scope: 'test'` creates an adapter in `beforeEach` (every test starts from
 * a fresh one); `scope: 'area'` creates it once in `before` (for areas that only read).
 */
export function area(
  harness: Harness,
  title: string,
  scope: 'test' | 'area',
  body: (test: Register) => void,
): void {
  harness.describe(title, () => {
    let adapter: ClientDataAdapter | undefined;
    const setup: TestBody = async function (this: RunnerContext | undefined) {
      this?.timeout?.(harness.timeoutMs * 3);
      adapter = await harness.createAdapter();
    };
    if (scope === 'test') harness.beforeEach(setup, harness.timeoutMs * 3);
    else harness.before(setup, harness.timeoutMs * 3);

    body((testTitle, implementation) => {
      harness.it(
        testTitle,
        async function (this: RunnerContext | undefined, ...args: unknown[]) {
          const context = runnerContext(this, args);
          context?.timeout?.(harness.timeoutMs);
          if (!adapter) throw new Error(`${title}: createAdapter() did not provide an adapter`);
          const current = adapter;
          const marker = newMarker();
          const skip = (reason: string): never => {
            if (context && typeof context.skip === 'function') context.skip(reason); // mocha and vitest throw here
            throw new SkipSignal(reason);
          };
          const env: TestEnv = {
            adapter: current,
            marker,
            Marker: marker.charAt(0).toUpperCase() + marker.slice(1),
            skip,
            need(namespace) {
              const api = current[namespace];
              if (api === undefined || api === null) skip(`the adapter has no '${namespace}' namespace`);
              return api as NonNullable<ClientDataAdapter[typeof namespace]>;
            },
            async existing(limit = 10) {
              const rows = await existingClients(current, limit);
              if (rows.length === 0) skip('the backend has no clients of its own to check');
              return rows;
            },
            async withPermissions(permissions) {
              const factory = harness.createAdapterWithPermissions;
              if (!factory) return skip('no createAdapterWithPermissions option: the permission tests need a session with chosen permissions');
              return factory(permissions, current);
            },
          };
          const checksBefore = assertionCount();
          try {
            await implementation(env);
          } catch (error) {
            if (error instanceof SkipSignal) return;
            throw error;
          }
          // A pass that checked nothing proves nothing: each test must assert, or skip with its reason.
          if (assertionCount() === checksBefore) {
            throw new ConformanceAssertionError(`${title} > ${testTitle}: the test made no check (a conformance-suite bug: it must assert or skip)`);
          }
        },
        harness.timeoutMs,
      );
    });
  });
}
