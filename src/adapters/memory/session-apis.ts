import type { CatalogApi, SessionApi } from '../../adapter/contract.js';
import type { Session } from '../../model/index.js';
import { throwIfAborted } from './parse.js';
import type { MemoryStore } from './store.js';

export function createCatalogApi(store: MemoryStore): CatalogApi {
  return {
    async get(options) {
      throwIfAborted(options?.signal);
      return store.catalog;
    },
  };
}

export function createSessionApi(session: Session): SessionApi {
  return {
    async get(options) {
      throwIfAborted(options?.signal);
      return session;
    },
  };
}
