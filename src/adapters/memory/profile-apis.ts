import type { InsightsApi, PreferencesApi } from '../../adapter/contract.js';
import { PreferencesPatch, UpdateOptions, type CommunicationPreferences } from '../../model/index.js';
import { computeInsights } from './insights.js';
import { checkVersion, parseInput, throwIfAborted } from './parse.js';
import type { MemoryStore } from './store.js';

export function createPreferencesApi(store: MemoryStore): PreferencesApi {
  return {
    async get(clientId, options) {
      throwIfAborted(options?.signal);
      return store.relatedOf(clientId).preferences;
    },
    async update(clientId, rawPatch, rawOptions) {
      const patch = parseInput(PreferencesPatch, rawPatch, 'preferences');
      const { expectedVersion } = parseInput(UpdateOptions, rawOptions, 'preferences');
      const records = store.relatedOf(clientId);
      const current = records.preferences;
      checkVersion(current, expectedVersion, 'preferences');
      const matrix = { ...current.matrix };
      for (const [topic, switches] of Object.entries(patch) as [keyof typeof matrix, object | undefined][]) {
        if (switches) matrix[topic] = { ...matrix[topic], ...switches };
      }
      const next: CommunicationPreferences = { ...current, matrix, version: current.version + 1, updatedAt: store.nowIso() };
      records.preferences = next;
      store.relatedChanged(clientId);
      return next;
    },
  };
}

export function createInsightsApi(store: MemoryStore): InsightsApi {
  return {
    async get(clientId, options) {
      throwIfAborted(options?.signal);
      return computeInsights(store.requireClient(clientId), store.relatedOf(clientId), store.now());
    },
  };
}
