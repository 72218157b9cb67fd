/** Entry of `npm run bench` for the memory adapter: prints a table and returns the figures. */
import { benchMemoryAdapter, SEARCH_QUERIES, type MemoryBenchResult } from './memory-adapter.bench.js';

/** Targets of the foundation issue, on the 2-core reference machine. */
export const TARGETS = {
  generationMs: 2000,
  relatedRecordsMaxMs: 20,
  searchMedianMs: 5,
  searchP95Ms: 15,
  heapMb: 300,
} as const;

export async function runMemoryBench(sizes: number[]): Promise<MemoryBenchResult[]> {
  const results: MemoryBenchResult[] = [];
  for (const size of sizes) results.push(await benchMemoryAdapter(size));
  const rows = results.map((r) => ({
    clients: r.clients.toLocaleString('en'),
    'generate (ms)': r.generationMs.toFixed(0),
    'heap (MB)': r.heapMb.toFixed(1),
    'related median/max (ms)': `${r.relatedRecordsMedianMs.toFixed(2)} / ${r.relatedRecordsMaxMs.toFixed(2)}`,
    'search median (ms)': r.searchMedianMs.toFixed(2),
    'search p95 (ms)': r.searchP95Ms.toFixed(2),
    'validated median/p95 (ms)': `${r.searchValidatedMedianMs.toFixed(2)} / ${r.searchValidatedP95Ms.toFixed(2)}`,
    'avg matches': r.averageMatches,
  }));
  console.log(`\nMemory adapter — ${SEARCH_QUERIES.length} queries × 5 rounds, first 50 rows + total count`);
  console.table(rows);
  const largest = results[results.length - 1]!;
  const checks: [string, number, number][] = [
    ['generation (ms)', largest.generationMs, TARGETS.generationMs],
    ['related records, slowest client (ms)', largest.relatedRecordsMaxMs, TARGETS.relatedRecordsMaxMs],
    ['search median (ms)', largest.searchMedianMs, TARGETS.searchMedianMs],
    ['search p95 (ms)', largest.searchP95Ms, TARGETS.searchP95Ms],
    ['heap (MB)', largest.heapMb, TARGETS.heapMb],
  ];
  console.log(`Targets at ${largest.clients.toLocaleString('en')} clients:`);
  for (const [name, value, target] of checks) {
    console.log(`  ${value <= target ? 'ok  ' : 'MISS'} ${name.padEnd(38)} ${value.toFixed(2).padStart(9)}  (target ≤ ${target})`);
  }
  return results;
}
