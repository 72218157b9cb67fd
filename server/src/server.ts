// The reference backend: the clientela HTTP contract (the mock backend's Hono handler and
// problem+json mapping, mocks/server/) over PostgreSQL, one tenant per path:
//   <basePath>/tenants/{tenant}/clients…   e.g. http://127.0.0.1:8787/api/tenants/demo
import type { Context } from 'hono';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import type { PersonRef } from '../../src/model/index.js';
import { createClientelaHandler, type CorsOptions } from '../../mocks/server/handler.js';
import { listen, type ApiServer } from '../../mocks/server/node-server.js';
import { createSqlAdapter } from './adapter/index.js';
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
  const adapters = new Map<string, ClientDataAdapter>();

  function adapterFor(c: Context): ClientDataAdapter {
    const tenant = c.req.param('tenant') ?? '';
    if (!TENANT.test(tenant)) {
      throw new AdapterError('validation', 'The tenant key in the path is not valid', {
        status: 400,
        issues: [{ path: ['tenant'], message: 'Letters, digits, - and _, up to 63 characters' }],
      });
    }
    let adapter = adapters.get(tenant);
    if (!adapter) {
      adapter = createSqlAdapter({ db, tenant, currency, user: SERVER_USER, now: () => new Date().toISOString() });
      adapters.set(tenant, adapter);
    }
    return adapter;
  }

  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const handler = createClientelaHandler({ adapter: adapterFor, basePath: `${basePath}/tenants/:tenant`, ...(options.cors !== undefined ? { cors: options.cors } : {}) });
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
