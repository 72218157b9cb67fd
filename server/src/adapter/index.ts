// The ClientDataAdapter of one tenant over SQL: what the server's HTTP handler calls for a request.
// clients, groups, tags and the wallet are SQL over their own tables; the client file's other
// namespaces run the memory adapter's rules over the client's stored records (client-documents.ts).
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { RECORD_OPERATIONS } from '../../../src/adapter/record-operations.js';
import { routeList } from '../../../src/adapters/rest/routes.js';
import { DOCUMENT_NAMESPACES } from '../served.js';
import { withClientFile } from './client-documents.js';
import { createClientsApi } from './clients.js';
import type { TenantContext } from './context.js';
import { createGroupsApi, createTagsApi } from './groups-tags.js';
import { createCatalogApi, createSessionApi } from './tenant-documents.js';
import { createWalletApi } from './wallet.js';

export type { TenantContext } from './context.js';

type Operation = (...args: unknown[]) => Promise<unknown>;

/** Operations that change data (every route but GET): they hold the client's row lock and write back. */
const WRITES = new Set(routeList().flatMap((route) => (route.method === 'GET' ? [] : [route.id])));

/** Every operation of the document namespaces: the first argument is always the client id. */
function documentNamespaces(context: TenantContext): Record<string, Record<string, Operation>> {
  const namespaces: Record<string, Record<string, Operation>> = {};
  for (const namespace of DOCUMENT_NAMESPACES) {
    const operations: Record<string, Operation> = (namespaces[namespace] = {});
    for (const operation of RECORD_OPERATIONS[namespace]) {
      operations[operation] = (...args) =>
        withClientFile(context, String(args[0]), WRITES.has(`${namespace}.${operation}`), (apis) =>
          (apis[namespace] as unknown as Record<string, Operation>)[operation]!(...args),
        );
    }
  }
  return namespaces;
}

/** One tenant's adapter: the namespaces of SERVED_NAMESPACES (served.ts) but files, whose URLs need the request's origin (server.ts adds them: files.ts). */
export function createSqlAdapter(context: TenantContext): ClientDataAdapter {
  return {
    ...(documentNamespaces(context) as unknown as ClientDataAdapter),
    clients: createClientsApi(context),
    groups: createGroupsApi(context),
    tags: createTagsApi(context),
    wallet: createWalletApi(context),
    catalog: createCatalogApi(context),
    session: createSessionApi(context),
  };
}
