import type { ClientDataAdapter } from '../../adapter/contract.js';
import { RECORD_OPERATIONS, type RecordNamespace } from '../../adapter/record-operations.js';
import type { Access } from './access.js';
import { lazyNamespaces } from './lazy-namespaces.js';
import type { MemoryStore } from './store.js';

/** The namespaces only the client file calls: the client list needs none of them. */
export type ClientFileApis = Pick<Required<ClientDataAdapter>, RecordNamespace>;

/**
 * The client file's namespaces. Their code, with the building of a client's related records from
 * the seed (most of it), is a separate chunk loaded on their first call: a page that shows only the
 * client list never downloads it.
 */
export function lazyClientFileApis(store: MemoryStore, access: Access): ClientFileApis {
  return lazyNamespaces<ClientFileApis>(RECORD_OPERATIONS, async () => (await import('./client-file-apis.js')).createClientFileApis(store, access));
}
