/**
 * The reference server (server/) with 1,000,000 clients in PostgreSQL: median and p95 of a search, a
 * filtered page and the metrics of a filter, each through HTTP (fetch → Hono → SQL → JSON), as the
 * REST adapter sends them. Run by `npm run bench:server` (not in CI): DATABASE_URL, default the test
 * database .ci/run creates (server/testing/ensure-postgres.sh); BENCH_CLIENTS to change the count.
 */
import { startClientelaServer } from '../server/src/server.js';
import { ensureBenchClients } from './server-data.js';

export const SERVER_TARGETS_MS = { search: 50, filteredPage: 50, metrics: 150 } as const;
const TENANT = 'bench';

/** The server settings that decide whether 1,000,000 rows stay in memory (reported with the figures). */
export interface ServerSettings {
  version: string;
  sharedBuffers: string;
  tableSize: string;
}

export interface ServerBenchRow {
  name: keyof typeof SERVER_TARGETS_MS;
  requests: string[];
  samples: number;
  medianMs: number;
  p95Ms: number;
  targetP95Ms: number;
  meetsTarget: boolean;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** What a user types and picks; each request is sent in turn, round after round. */
const REQUESTS: Record<keyof typeof SERVER_TARGETS_MS, string[]> = {
  search: [
    'clients?search=garc%C3%ADa&limit=50',
    'clients?search=jose%20mu%C3%B1oz&limit=50',
    'clients?search=JOAO%20silva&limit=50',
    'clients?search=ferna&limit=50',
    'clients?search=612%2034%2056&limit=50',
    'clients?search=pilar.gomez&limit=50',
  ],
  filteredPage: [
    'clients?statuses=vip&groupIds=grp-loyalty&sort=-totalSales&limit=50',
    'clients?statuses=active&hasActiveAlerts=true&sort=name&limit=50',
    'clients?tagIds=tag-mornings&centerIds=ctr-madrid&sort=-lastVisitAt&limit=50',
    'clients?birthdayMonth=5&statuses=active&statuses=vip&limit=50',
    'clients?salesMinMinor=500000&sort=-totalSales&limit=50',
  ],
  metrics: [
    'clients/metrics?statuses=vip',
    'clients/metrics?groupIds=grp-loyalty&statuses=active',
    'clients/metrics?tagIds=tag-sensitive',
    'clients/metrics?search=garc%C3%ADa',
  ],
};

export async function runServerBench(options: {
  databaseUrl: string;
  clients: number;
  rounds?: number;
  log?: (line: string) => void;
}): Promise<{ settings: ServerSettings; rows: ServerBenchRow[] }> {
  const log = options.log ?? console.log;
  const server = await startClientelaServer({ databaseUrl: options.databaseUrl, port: 0 });
  try {
    await ensureBenchClients(server.db, TENANT, options.clients, log);
    const base = server.tenantUrl(TENANT);
    const get = async (path: string) => {
      const response = await fetch(`${base}/${path}`);
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
      return response.json() as Promise<unknown>;
    };
    const [settings] = await server.db.query<ServerSettings>(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS "sharedBuffers",
              pg_size_pretty(pg_table_size('clients')) AS "tableSize"`,
    );
    const rounds = options.rounds ?? 12;
    const rows: ServerBenchRow[] = [];
    for (const name of Object.keys(REQUESTS) as (keyof typeof REQUESTS)[]) {
      const requests = REQUESTS[name];
      for (const path of requests) await get(path); // warm up: plans, caches
      const samples: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const path of requests) {
          const start = performance.now();
          await get(path);
          samples.push(performance.now() - start);
        }
      }
      const p95Ms = percentile(samples, 95);
      rows.push({
        name,
        requests,
        samples: samples.length,
        medianMs: percentile(samples, 50),
        p95Ms,
        targetP95Ms: SERVER_TARGETS_MS[name],
        meetsTarget: p95Ms <= SERVER_TARGETS_MS[name],
      });
    }
    return { settings: settings!, rows };
  } finally {
    await server.close();
  }
}
