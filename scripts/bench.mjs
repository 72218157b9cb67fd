#!/usr/bin/env node
// `npm run bench`: the memory adapter benchmark (bundled with esbuild, run in Node with --expose-gc for
// honest heap figures), the REST adapter's overhead over raw fetch, then the element benchmarks in
// headless Chromium (bench/browser/), then what the package costs a host (scripts/bench-host.mjs: build, pack,
// install into a scratch host, bundle); writes bench/results/*.json.
// Usage: npm run bench [-- --sizes 1000,100000] [--browser client-list] [--only memory,rest,browser,sizes,host]
// (`--only sizes` prints the bundle sizes of the browser benches without running them; `host` the packed package's.)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBrowserBenches } from './bench-browser.mjs';
import { importTs } from './bundle-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1] : '1000,10000,100000';
const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const onlyPartsArg = process.argv.indexOf('--only');
const parts = new Set(onlyPartsArg > 0 ? process.argv[onlyPartsArg + 1].split(',') : ['memory', 'rest', 'browser', 'host']);

if (parts.has('memory')) {
  const entry = join(outDir, 'memory-entry.mjs');
  writeFileSync(
    join(outDir, 'memory-entry.ts'),
    `import { runMemoryBench } from '../run-memory.js';
import { writeFileSync } from 'node:fs';
const sizes = process.argv[2].split(',').map(Number);
const results = await runMemoryBench(sizes);
writeFileSync(process.argv[3], JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
`,
  );
  await build({
    entryPoints: [join(outDir, 'memory-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: entry,
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  const json = join(outDir, 'memory-adapter.json');
  execFileSync(process.execPath, ['--expose-gc', entry, sizes, json], { stdio: 'inherit' });
  console.log(`\nWrote ${json}`);
}

// The REST adapter's own overhead over raw fetch, 50-row clients page (bench/rest-overhead.bench.ts).
if (parts.has('rest')) {
  const { runRestOverheadBench } = await importTs('bench/rest-overhead.bench.ts');
  const restResult = await runRestOverheadBench();
  const restJson = join(outDir, 'rest-overhead.json');
  writeFileSync(restJson, JSON.stringify({ date: new Date().toISOString(), node: process.version, result: restResult }, null, 2));
  console.log(`\nWrote ${restJson}`);
}

// Element benchmarks in headless Chromium (bench/browser/*.bench.ts).
const onlyArg = process.argv.indexOf('--browser');
const only = onlyArg > 0 ? process.argv[onlyArg + 1].split(',') : undefined;
const browserReports = parts.has('browser') || parts.has('sizes') ? await runBrowserBenches(root, only, { sizesOnly: !parts.has('browser') }) : [];
if (browserReports.length) {
  const browserJson = join(outDir, 'browser.json');
  writeFileSync(browserJson, JSON.stringify({ date: new Date().toISOString(), reports: browserReports }, null, 2));
  console.log(`\nWrote ${browserJson}`);
}

// What the package costs a host: built and packed, installed from the tarball, bundled by esbuild and Vite.
if (parts.has('host')) {
  const { runHostBench } = await import('./bench-host.mjs');
  const hostReport = await runHostBench(root);
  const hostJson = join(outDir, 'host.json');
  writeFileSync(hostJson, JSON.stringify({ date: new Date().toISOString(), ...hostReport }, null, 2));
  console.log(`\nWrote ${hostJson}`);
}
