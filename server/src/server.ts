// The reference backend: the clientela HTTP contract (the mock backend's Hono handler and
// problem+json mapping, mocks/server/) over PostgreSQL, one tenant per path:
//   <basePath>/tenants/{tenant}/clients…   e.g. http://127.0.0.1:8787/api/tenants/demo
// plus the bytes of files at …/clients/{clientId}/files/{id}/content (file-content.ts), their `url`.
import type { Context } from 'hono';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import type { PersonRef } from '../../src/model/index.js';
import { createClientelaHandler, type CorsOptions } from '../../mocks/server/handler.js';
import { listen, type ApiServer } from '../../mocks/server/node-server.js';
import { createSqlAdapter, type TenantContext } from './adapter/index.js';
import { createFilesApi } from './adapter/files.js';
import { createFileContentRoutes } from './file-content.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { seedTenant, type SeedOptions } from './seed.js';

export interface ClientelaServerOptions {
  /** A PostgreSQL server (postgres://…); without it, embedded PGlite. */
  databaseUrl?: string;
  /** PGlite's data directory (without databaseUrl); omitted: in memory, gone when the server stops. */
  dataDir?: string;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** Default '/api': tenants live at <basePath>/tenants/{tenant}. */
  basePath?: string;
  /** Seeds this tenant with the demo data when it has no clients. Default: none. */
  seedTenant?: { tenant: string } & SeedOptions;
  /** Currency of every tenant's amounts. Default 'EUR'. */
  currency?: string;
  cors?: CorsOptions | false;
  /** Run every migration again although recorded (they are written to be harmless). Default false. */
  reapplyMigrations?: boolean;
  /**
   * The origin browsers reach the server at (e.g. https://api.example.com behind a proxy): files' `url`
   * starts with it. Default: the origin of each request.
   */
  publicOrigin?: string;
  /**
   * How many matches past a page a list counts when no counter answers; more and the page says
   * `totalExact: false` (metrics count them all). Default 1,000.
   */
  countAhead?: number;
}

export interface ClientelaServer extends ApiServer {
  /** The base URL of one tenant: what createRestAdapter({ baseUrl }) takes. */
  tenantUrl(tenant: string): string;
  db: Database;
  /** Migrations applied at start (empty when the schema was already current), and those run again. */
  migrations: string[];
  reapplied: string[];
  seeded: number;
}

/** Tenant keys: letters, digits, `-` and `_`, up to 63 characters. */
const TENANT = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;
const SERVER_USER: PersonRef = { id: 'user-server', name: 'Clientela server' };

export async function startClientelaServer(options: ClientelaServerOptions = {}): Promise<ClientelaServer> {
  const db = await openDatabase({ ...(options.databaseUrl ? { url: options.databaseUrl } : {}), ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  const { applied, reapplied } = await migrate(db, { reapply: options.reapplyMigrations ?? false });
  const seeded = options.seedTenant ? await seedTenant(db, options.seedTenant.tenant, { currency: options.currency, ...options.seedTenant }) : 0;
  const currency = options.currency ?? 'EUR';
  const tenants = new Map<string, { context: TenantContext; adapter: ClientDataAdapter }>();

  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const publicOrigin = options.publicOrigin?.replace(/\/+$/, '');

  function tenantOf(c: Context): string {
    const tenant = c.req.param('tenant') ?? '';
    if (!TENANT.test(tenant)) {
      throw new AdapterError('validation', 'The tenant key in the path is not valid', {
        status: 400,
        issues: [{ path: ['tenant'], message: 'Letters, digits, - and _, up to 63 characters' }],
      });
    }
    return tenant;
  }

  function adapterFor(c: Context): ClientDataAdapter {
    const tenant = tenantOf(c);
    let served = tenants.get(tenant);
    if (!served) {
      const context: TenantContext = { db, tenant, currency, user: SERVER_USER, now: () => new Date().toISOString(), ...(options.countAhead !== undefined ? { countAhead: options.countAhead } : {}) };
      served = { context, adapter: createSqlAdapter(context) };
      tenants.set(tenant, served);
    }
    // Files carry absolute URLs (SafeUrl), made for the origin this request came to: none is stored.
    const origin = publicOrigin ?? new URL(c.req.url).origin;
    const tenantRoot = `${origin}${basePath}/tenants/${encodeURIComponent(tenant)}`;
    const files = createFilesApi(served.context, (clientId, id) =>
      `${tenantRoot}/clients/${encodeURIComponent(clientId)}/files/${encodeURIComponent(id)}/content`,
    );
    return { ...served.adapter, files };
  }

  const tenantPath = `${basePath}/tenants/:tenant`;
  const cors = options.cors !== undefined ? { cors: options.cors } : {};
  const contract = createClientelaHandler({ adapter: adapterFor, basePath: tenantPath, ...cors });
  const fileRoutes = createFileContentRoutes({ db, tenantPath, tenantOf, ...cors });
  // The files' content route answers first; every other request is the contract's.
  const handler = Object.defineProperties(async (request: Request) => (await fileRoutes(request)) ?? contract(request), {
    app: { value: contract.app },
    basePath: { value: contract.basePath },
    faults: { value: contract.faults },
    latency: { get: () => contract.latency, set: (value: typeof contract.latency) => (contract.latency = value), enumerable: true },
  }) as typeof contract;
  const server = await listen(handler, { port: options.port ?? 8787, hostname: options.hostname ?? '127.0.0.1' });
  const origin = new URL(server.url).origin;
  return {
    ...server,
    url: `${origin}${basePath}`,
    tenantUrl: (tenant) => `${origin}${basePath}/tenants/${encodeURIComponent(tenant)}`,
    db,
    migrations: applied,
    reapplied,
    seeded,
    async close() {
      await server.close();
      await db.close();
    },
  };
}
