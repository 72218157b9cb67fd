// Per-tenant documents read whole (tenant_documents): the catalog (services, staff, centers, …) and
// the session. A tenant without a stored catalog gets the demo catalog in its currency.
import type { CatalogApi, SessionApi } from '../../../src/adapter/contract.js';
import { createDemoCatalog } from '../../../src/adapters/memory/demo-data/catalog.js';
import { throwIfAborted } from '../../../src/adapters/memory/parse.js';
import { ALL_PERMISSIONS, type Catalog, type Session } from '../../../src/model/index.js';
import type { Sql } from '../db/database.js';
import type { TenantContext } from './context.js';

const catalogs = new WeakMap<TenantContext, Promise<Catalog>>();

export function tenantCatalog(context: TenantContext): Promise<Catalog> {
  let catalog = catalogs.get(context);
  if (!catalog) {
    catalog = context.db
      .query<{ data: Catalog }>("SELECT data FROM tenant_documents WHERE tenant_id = $1 AND name = 'catalog'", [context.tenant])
      .then((rows) => rows[0]?.data ?? createDemoCatalog(context.currency, 'es'));
    catalog.catch(() => catalogs.delete(context)); // a failed read is tried again next time
    catalogs.set(context, catalog);
  }
  return catalog;
}

export async function storeTenantDocument(sql: Sql, tenant: string, name: 'catalog', data: unknown): Promise<void> {
  await sql.query(
    `INSERT INTO tenant_documents (tenant_id, name, data) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (tenant_id, name) DO UPDATE SET data = EXCLUDED.data`,
    [tenant, name, JSON.stringify(data)],
  );
}

/**
 * The reference server has no sign-in of its own: every request acts as the context's user with every
 * permission. A host puts its authentication in front (and narrows the permissions here).
 */
export function serverSession(context: TenantContext): Session {
  return { user: { id: context.user.id, name: context.user.name, email: 'server@clientela.example', role: 'manager' }, permissions: [...ALL_PERMISSIONS] };
}

export function createCatalogApi(context: TenantContext): CatalogApi {
  return {
    async get(options) {
      throwIfAborted(options?.signal);
      return tenantCatalog(context);
    },
  };
}

export function createSessionApi(context: TenantContext): SessionApi {
  return {
    async get(options) {
      throwIfAborted(options?.signal);
      return serverSession(context);
    },
  };
}
