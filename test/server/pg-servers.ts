// The reference server's test instances (server/testing/test-servers.mjs, routed by
// web-test-runner.config.mjs), and REST adapters pointed at them.
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { UNSERVED_NAMESPACES } from '../../server/src/served.js';

export type ServerKind = 'pglite' | 'postgres';

export interface PgServer {
  /** The seeded demo tenant's base URL. */
  tenantUrl: string;
  /** The server's API root; tenants live at `${apiUrl}/tenants/{tenant}`. */
  apiUrl: string;
}

async function ask<T>(path: string): Promise<T> {
  const body = (await (await fetch(path)).json()) as T & { error?: string };
  if (body.error) throw new Error(body.error);
  return body;
}

/** The server of that name (`pglite`, `postgres`, or `<kind>-<instance>` for one of its own), or the reason it cannot run. */
export const pgServer = (name: string): Promise<PgServer | { skip: string }> => ask(`/__pg-server/${name}`);

/** Stops the server (SIGKILL: no chance to flush anything) and starts it again on the same data. */
export const restartPgServer = (name: string, options: { signal?: 'SIGKILL' | 'SIGTERM'; reapplyMigrations?: boolean } = {}): Promise<PgServer & { log: string }> =>
  ask(`/__pg-server/${name}/restart?signal=${options.signal ?? 'SIGTERM'}${options.reapplyMigrations ? '&reapply=1' : ''}`);

/**
 * The base URL of a tenant made for one test. Its key starts with `wtr-`: on the PostgreSQL database,
 * the next test run removes it (server/testing/test-servers.mjs).
 */
export const tenantUrlOf = (server: PgServer, label: string): string => `${server.apiUrl}/tenants/wtr-${encodeURIComponent(label)}`;

/** A REST adapter for one tenant of the server, without the namespaces it does not serve. */
export const serverAdapter = (baseUrl: string) => createRestAdapter({ baseUrl, without: UNSERVED_NAMESPACES, retry: false });

/** `before` of a suite that needs the server: skips the whole suite (with the reason) when it cannot run. */
export function useServer(name: string): () => PgServer {
  let server: PgServer | undefined;
  before(async function () {
    this.timeout(90_000);
    const answer = await pgServer(name);
    if ('skip' in answer) {
      console.warn(`skipped: ${answer.skip}`);
      this.skip();
    }
    server = answer as PgServer;
  });
  return () => {
    if (!server) throw new Error(`the ${name} server did not start`);
    return server;
  };
}
