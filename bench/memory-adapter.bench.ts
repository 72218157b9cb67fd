/**
 * Benchmark of the memory adapter: data generation, related records, search latency over 100,000
 * clients, heap. Run by `npm run bench` (bundled with esbuild, run in Node with --expose-gc).
 */
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import { withValidation } from '../src/adapter/validating-adapter.js';

/** Realistic queries a front desk types: names with and without accents, partial phones and emails. */
export const SEARCH_QUERIES = [
  'maria',
  'María García',
  'jose',
  'José',
  'munoz',
  'joao silva',
  'gonçalves',
  'lopez',
  'ana s',
  'oliver',
  'fernandez',
  '612',
  '+34 6',
  '98765',
  '91234',
  '(11) 9',
  'gmail',
  'maria.garcia',
  '@hotmail.com',
  'smith',
];

const gc = (globalThis as { gc?: () => void }).gc;

function heapMb(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeQueries(run: (query: string) => Promise<unknown>, rounds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of SEARCH_QUERIES) {
      const start = performance.now();
      await run(query);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

export interface MemoryBenchResult {
  clients: number;
  generationMs: number;
  heapMb: number;
  heapBaselineMb: number;
  relatedRecordsMedianMs: number;
  relatedRecordsMaxMs: number;
  searchMedianMs: number;
  searchP95Ms: number;
  searchValidatedMedianMs: number;
  searchValidatedP95Ms: number;
  averageMatches: number;
}

export async function benchMemoryAdapter(clientCount: number): Promise<MemoryBenchResult> {
  const baseline = heapMb();
  const started = performance.now();
  const adapter = createMemoryAdapter({ clientCount, seed: 42, referenceDate: '2026-11-23', now: () => Date.parse('2026-11-23T12:00:00Z') });
  const generationMs = performance.now() - started;
  const heap = heapMb() - baseline;

  // Warm up: the first sorted query builds the name order once.
  await adapter.clients.list({ limit: 50 });
  let matches = 0;
  const raw = await timeQueries(async (search) => {
    const page = await adapter.clients.list({ search, limit: 50 });
    matches += page.total;
  }, 5);
  const validated = withValidation(adapter);
  const checked = await timeQueries((search) => validated.clients.list({ search, limit: 50 }), 3);

  // Related records of one client are built on first use: time that for 50 clients (after one
  // untimed client, so the figure is not the JIT compiling the generator).
  await adapter.appointments.list('cl-000001', { limit: 10 });
  const related: number[] = [];
  for (let i = 0; i < 50; i++) {
    const id = `cl-${String(2 + Math.floor((i * (clientCount - 2)) / 50)).padStart(6, '0')}`;
    const start = performance.now();
    await adapter.appointments.list(id, { limit: 10 });
    related.push(performance.now() - start);
  }

  return {
    clients: clientCount,
    generationMs,
    heapMb: heap,
    heapBaselineMb: baseline,
    relatedRecordsMedianMs: percentile(related, 50),
    relatedRecordsMaxMs: Math.max(...related),
    searchMedianMs: percentile(raw, 50),
    searchP95Ms: percentile(raw, 95),
    searchValidatedMedianMs: percentile(checked, 50),
    searchValidatedP95Ms: percentile(checked, 95),
    averageMatches: Math.round(matches / raw.length),
  };
}
