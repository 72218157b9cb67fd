import type { Access } from './access.js';
import type { ClientFileApis } from './client-file-namespaces.js';
import { createCollections } from './collections.js';
import { createFilesApi, createFormsApi, createReviewsApi } from './files-api.js';
import { createMembershipsApi } from './memberships-api.js';
import { createInsightsApi, createPreferencesApi } from './profile-apis.js';
import { relatedBuilder } from './related-builder.js';
import type { MemoryStore } from './store.js';
import { createWalletApi } from './wallet-api.js';

/** The client file's namespaces (loaded on first call by client-file-namespaces.ts). */
export function createClientFileApis(store: MemoryStore, access: Access): ClientFileApis {
  const author = access.user;
  store.setRelatedBuilder(relatedBuilder(store));
  return {
    ...createCollections(store, access),
    wallet: createWalletApi(store, author),
    files: createFilesApi(store, author),
    forms: createFormsApi(store),
    reviews: createReviewsApi(store),
    memberships: createMembershipsApi(store),
    preferences: createPreferencesApi(store),
    insights: createInsightsApi(store),
  };
}
