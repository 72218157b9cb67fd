/**
 * The REST adapter's own cost over raw fetch for one 50-row clients page: URL and header building,
 * the time limit and abort wiring, status handling and the zod validation of the page. Both sides
 * get the same stub fetch that answers with a prepared Response, so the network is out of the figure.
 * Run by `npm run bench` (bundled with esbuild, run in Node).
 */
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import { createRestAdapter } from '../src/adapters/rest/index.js';
import { ClientPage } from '../src/model/index.js';

export const REST_OVERHEAD_TARGET_MS = 1;

export interface RestOverheadResult {
  rows: number;
  bodyBytes: number;
  calls: number;
  rawFetchMedianMs: number;
  adapterMedianMs: number;
  /** Adapter median minus raw fetch median: what the adapter adds per call. */
  overheadMedianMs: number;
  overheadP95Ms: number;
  /** Of which: ClientPage.safeParse of the parsed body. */
  validationMedianMs: number;
}

const median = (values: number[]) => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function sample(run: () => Promise<unknown>, calls: number): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < calls; index += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

export async function benchRestOverhead(calls = 3000): Promise<RestOverheadResult> {
  const memory = createMemoryAdapter({ clientCount: 500, seed: 1, referenceDate: '2026-01-15' });
  const page = await memory.clients.list({ limit: 50 });
  const body = JSON.stringify(page);
  const stub: typeof fetch = async () => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  const url = 'http://bench.invalid/api/clients?limit=50&sort=name';
  const adapter = createRestAdapter({ baseUrl: 'http://bench.invalid/api', fetch: stub, headers: { Authorization: 'Bearer bench' } });
  const query = { limit: 50, sort: { field: 'name', direction: 'asc' } } as const;

  const raw = () => stub(url, { headers: { Authorization: 'Bearer bench' } }).then((response) => response.json());
  const rest = () => adapter.clients.list(query);
  const parsed = JSON.parse(body) as unknown;
  const validate = async () => ClientPage.safeParse(parsed);

  // Warm up (JIT, zod's compiled parsers), then interleave rounds so drift hits both sides alike.
  await sample(raw, 300);
  await sample(rest, 300);
  const rawSamples: number[] = [];
  const restSamples: number[] = [];
  const validationSamples: number[] = [];
  const rounds = 6;
  for (let round = 0; round < rounds; round += 1) {
    rawSamples.push(...(await sample(raw, calls / rounds)));
    restSamples.push(...(await sample(rest, calls / rounds)));
    validationSamples.push(...(await sample(validate, calls / rounds)));
  }
  const rawMedian = median(rawSamples);
  return {
    rows: page.items.length,
    bodyBytes: body.length,
    calls,
    rawFetchMedianMs: rawMedian,
    adapterMedianMs: median(restSamples),
    overheadMedianMs: median(restSamples) - rawMedian,
    overheadP95Ms: percentile(restSamples, 95) - percentile(rawSamples, 95),
    validationMedianMs: median(validationSamples),
  };
}

/** Entry of `npm run bench`: prints the figures and whether the target holds. */
export async function runRestOverheadBench(): Promise<RestOverheadResult> {
  const result = await benchRestOverhead();
  console.log(`\nREST adapter overhead over raw fetch — clients.list, ${result.rows} rows (${(result.bodyBytes / 1024).toFixed(1)} KB), ${result.calls} calls, stub fetch`);
  console.table({
    'raw fetch + res.json()': { 'median (ms)': result.rawFetchMedianMs.toFixed(3) },
    'createRestAdapter().clients.list': { 'median (ms)': result.adapterMedianMs.toFixed(3) },
    'overhead (adapter − raw)': { 'median (ms)': result.overheadMedianMs.toFixed(3), 'p95 (ms)': result.overheadP95Ms.toFixed(3) },
    '  of which validation (ClientPage)': { 'median (ms)': result.validationMedianMs.toFixed(3) },
  });
  const ok = result.overheadMedianMs <= REST_OVERHEAD_TARGET_MS;
  console.log(`  ${ok ? 'ok  ' : 'MISS'} REST adapter overhead per call (ms)   ${result.overheadMedianMs.toFixed(3).padStart(9)}  (target ≤ ${REST_OVERHEAD_TARGET_MS})`);
  return result;
}
