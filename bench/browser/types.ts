/**
 * What a browser benchmark module returns. A module `bench/browser/<name>.bench.ts` exports
 * `default async function run(): Promise<BrowserBenchReport>`; `npm run bench` bundles it, runs it
 * in headless Chromium and prints the report. An optional `bench/browser/<name>.sizes.json`
 * (label → entry module path from the repo root, or `{ entry, external?, target? }`) names bundles
 * whose minified + gzipped size is reported too: code-split, what loads at start and what loads
 * lazily (scripts/bench-browser.mjs).
 */
export interface BrowserBenchReport {
  title: string;
  /** Printed as a table, one object per row. */
  rows: Record<string, string | number>[];
  /** Figures with a target: printed as ok / MISS. */
  targets?: { name: string; value: number; target: number; unit: string }[];
}

/** Resolves after the next frame has been painted (two animation frames). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Collects long tasks (> 50 ms) while `work` runs. */
export async function longTasksDuring(work: () => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await work();
  await nextPaint();
  observer.disconnect();
  return durations;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
