// The reference server as child processes for the browser tests (web-test-runner.config.mjs routes
// /__pg-server/* here): one on PGlite in a temporary data directory, one on the PostgreSQL server of
// CLIENTELA_TEST_DATABASE_URL (default: the role and database .ci/run creates). Child processes, so
// a test can kill one with SIGKILL and start it again on the same data.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_TEST_DATABASE_URL = 'postgres://clientela:clientela@127.0.0.1:5432/clientela';
/** Seeded demo tenant of every test server (small: the conformance suite creates what it needs). */
export const TEST_SEED = { CLIENTS: '24', SEED: '7' };

function startChild(env) {
  const child = spawn(process.execPath, [join(root, 'scripts/server.mjs')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk) => (errors += chunk));
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`the test server did not start in 60 s\n${output}${errors}`)), 60_000);
    function fail(error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    child.once('exit', (code) => fail(new Error(`the test server exited (${code}) before listening\n${output}${errors}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /^listening (\S+)$/m.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ child, tenantUrl: match[1], log: () => output + errors });
    });
  });
}

const stopChild = (child, signal) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

/** One server kind: started on first use, restartable (gracefully or with SIGKILL) on the same port and data. */
function managed(name, env) {
  let current;
  let port = '0';
  async function start(extra = {}) {
    const started = await startChild({ ...env(), ...TEST_SEED, PORT: port, ...extra });
    port = new URL(started.tenantUrl).port;
    const { origin, pathname } = new URL(started.tenantUrl);
    current = { ...started, apiUrl: `${origin}${pathname.replace(/\/tenants\/[^/]+$/, '')}` };
    return current;
  }
  let first;
  return {
    name,
    get: () => (first ??= start()),
    async restart(signal, extra) {
      const running = await (first ??= start());
      await stopChild(running.child, signal);
      first = start(extra);
      return first;
    },
    async stop() {
      if (current) await stopChild(current.child, 'SIGTERM');
    },
  };
}

/** Tenants of test runs on the PostgreSQL database start with this; each run removes earlier runs' ones. */
const RUN_TENANT_PREFIX = 'wtr-';
const runId = Date.now().toString(36);
const TENANT_TABLES = ['idempotency_keys', 'tenant_documents', 'client_groups', 'client_tags', 'clients'];

/** Whether the PostgreSQL server answers, and why not; removes the demo tenants of earlier test runs. */
async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const tables = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = ANY($1)", [TENANT_TABLES]);
    if (tables.rows[0].n === TENANT_TABLES.length) {
      for (const table of TENANT_TABLES) await client.query(`DELETE FROM ${table} WHERE tenant_id LIKE $1`, [`${RUN_TENANT_PREFIX}%`]);
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')} is not reachable (${error.message})` };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function createTestServers() {
  const dataDirs = [];
  const databaseUrl = process.env.CLIENTELA_TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  /** By name: `pglite`, `postgres`, or `<kind>-<instance>` (its own process, and for PGlite its own data). */
  const servers = new Map();
  const serverFor = (name) => {
    let server = servers.get(name);
    if (!server) {
      const kind = name.split('-')[0];
      const dataDir = kind === 'pglite' ? mkdtempSync(join(tmpdir(), 'clientela-pglite-')) : undefined;
      if (dataDir) dataDirs.push(dataDir);
      // Its own demo tenant: two servers on one PostgreSQL database never seed the same one, and a run
      // never meets the clients an earlier run created there (the conformance suite's fixed phones).
      const tenant = { TENANT: kind === 'pglite' ? 'demo' : `${RUN_TENANT_PREFIX}${runId}-${name}` };
      // `<kind>-counted`: lists count only 3 matches past a page (the 1,000 of production, scaled to the demo data).
      const counting = name.endsWith('-counted') ? { COUNT_AHEAD: '3' } : {};
      server = managed(name, () => ({ ...tenant, ...counting, ...(dataDir ? { DATA_DIR: dataDir } : { DATABASE_URL: databaseUrl }) }));
      servers.set(name, server);
    }
    return server;
  };
  let postgresCheck;
  async function available(name) {
    if (!name.startsWith('postgres')) return undefined;
    const check = await (postgresCheck ??= reachable(databaseUrl));
    if (check.ok) return undefined;
    if (process.env.CLIENTELA_REQUIRE_POSTGRES === '1') throw new Error(`${check.reason}; CLIENTELA_REQUIRE_POSTGRES=1 makes this a failure`);
    return check.reason;
  }
  return {
    /** The server's URLs, or `{ skip }` when the PostgreSQL server is absent (an error in CI: CLIENTELA_REQUIRE_POSTGRES=1). */
    async describe(name) {
      const skip = await available(name);
      if (skip) return { skip };
      const server = await serverFor(name).get();
      return { tenantUrl: server.tenantUrl, apiUrl: server.apiUrl };
    },
    async restart(name, { signal = 'SIGTERM', reapplyMigrations = false } = {}) {
      const server = await serverFor(name).restart(signal, reapplyMigrations ? { CLIENTELA_REAPPLY_MIGRATIONS: '1' } : {});
      return { tenantUrl: server.tenantUrl, apiUrl: server.apiUrl, log: server.log() };
    },
    async stop() {
      await Promise.all([...servers.values()].map((server) => server.stop()));
      for (const dataDir of dataDirs) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The web-test-runner plugin:
 *   GET /__pg-server/<name>                                  → { tenantUrl, apiUrl } or { skip }
 *   GET /__pg-server/<name>/restart?signal=SIGKILL[&reapply=1] → { tenantUrl, apiUrl, log }
 * <name>: pglite, postgres, or pglite-<x> / postgres-<x> for a server of its own (tests that restart
 * it use one, so they never disturb the others). Nothing starts until a test asks.
 */
export function pgServerPlugin() {
  let servers;
  const get = () => (servers ??= createTestServers());
  return {
    name: 'clientela-pg-servers',
    async serve(context) {
      const match = /^\/__pg-server\/((?:pglite|postgres)(?:-[a-z0-9]+)?)(\/restart)?$/.exec(context.path);
      if (!match) return undefined;
      try {
        const name = match[1];
        const body = match[2]
          ? await get().restart(name, { signal: context.query.signal === 'SIGKILL' ? 'SIGKILL' : 'SIGTERM', reapplyMigrations: context.query.reapply === '1' })
          : await get().describe(name);
        return { body: JSON.stringify(body), type: 'json' };
      } catch (error) {
        return { body: JSON.stringify({ error: String(error?.stack ?? error) }), type: 'json' };
      }
    },
    async serverStop() {
      if (servers) await servers.stop();
    },
  };
}
