// The adapter conformance suite, exported as `clientela/testing`: a host runs it against its own
// adapter under any mocha-, jest- or vitest-style runner.
//
//   import { registerAdapterConformance } from 'clientela/testing';
//   registerAdapterConformance({ name: 'my backend', createAdapter: () => createMyAdapter(testConfig) });
//
// The tests assume no dataset: each creates what it needs under a random 8-letter marker and scopes
// lists, searches and metrics with it. Tests about existing data read the first clients of the
// default list and only check that figures agree with each other.
//
// Adapter lifetime: every area calls `createAdapter` before each test (a fresh adapter per test),
// except three read-only areas that call it once for the whole area:
//   - 'per-client collections: list, get and paging over existing data'
//   - 'consistency of existing data'
//   - 'catalog and session'
// Namespaces the adapter lacks are capabilities: their tests are skipped, never failed.
// A test that makes no check fails (it would prove nothing); one that lacks the data or option it
// needs is skipped with the reason. The permission tests (one per permission) need the
// createAdapterWithPermissions option.
import type { Harness, AdapterConformanceOptions } from './harness.js';
import { createHarness } from './harness.js';
import { registerClientsCrud } from './clients-crud.js';
import { registerClientsSearch } from './clients-search.js';
import { registerClientsFiltersSort } from './clients-filters-sort.js';
import { registerClientsPaging } from './clients-paging.js';
import { registerClientsTrash } from './clients-trash.js';
import { registerClientsMetrics } from './clients-metrics.js';
import { registerClientsImport } from './clients-import.js';
import { registerGroupsTags } from './groups-tags.js';
import { registerCollections } from './collections.js';
import { registerWallet } from './wallet.js';
import { registerMemberships } from './memberships.js';
import { registerFilesFormsReviews } from './files-forms-reviews.js';
import { registerPreferencesInsightsCatalogSession } from './preferences-insights-catalog-session.js';
import { registerConsistency } from './consistency.js';
import { registerPermissions } from './permissions.js';
import { registerClinicalRules } from './clinical-rules.js';
import { registerQuotes } from './quotes.js';
import { registerRecordsRules } from './records-rules.js';

export type {
  AdapterConformanceOptions,
  HookFunction,
  RunnerContext,
  SuiteFunction,
  TestBody,
  TestFunction,
} from './harness.js';
export * as conformanceAssert from './assert.js';

const AREAS: ((harness: Harness) => void)[] = [
  registerClientsCrud,
  registerClientsSearch,
  registerClientsFiltersSort,
  registerClientsPaging,
  registerClientsTrash,
  registerClientsMetrics,
  registerClientsImport,
  registerGroupsTags,
  registerCollections,
  registerWallet,
  registerMemberships,
  registerFilesFormsReviews,
  registerClinicalRules,
  registerQuotes,
  registerRecordsRules,
  registerPreferencesInsightsCatalogSession,
  registerConsistency,
  registerPermissions,
];

/** Registers the whole conformance suite as `describe('adapter conformance: <name>', …)`. */
export function registerAdapterConformance(options: AdapterConformanceOptions): void {
  const harness = createHarness(options);
  harness.describe(`adapter conformance: ${options.name}`, () => {
    for (const register of AREAS) register(harness);
  });
}
