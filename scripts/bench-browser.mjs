// Browser half of `npm run bench`: bundles every bench/browser/*.bench.ts with esbuild, serves it on
// localhost and runs it in headless Chromium (puppeteer-core + the Chromium that tests use), then
// prints its table and targets and reports gzip sizes of the entries it names.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';
import { HEADLESS_CHROME_ARGS, serveStatic } from './headless.mjs';

// gc() lets the heap figures be measured after a full collection.
const CHROME_ARGS = ['--js-flags=--expose-gc', ...HEADLESS_CHROME_ARGS];

async function bundle(entry, outfile, options = {}) {
  return build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['browser', 'production'],
    ...options,
  });
}

/**
 * Minified + gzipped size in kB of an entry, code-split the way a host's bundler splits it:
 * `initial` is the entry with every chunk it imports statically (what loads before anything is
 * clicked, lit and zod included); `lazy` is every chunk behind a dynamic import (the import wizard,
 * the XLSX code, the es and pt-BR strings, the client file's tabs).
 */
export async function gzipKb(root, spec, outDir) {
  const { entry, external = [] } = typeof spec === 'string' ? { entry: spec } : spec;
  const dir = join(outDir, `size-${basename(entry).replace(/\W/g, '_')}${external.length ? '-external' : ''}`);
  const { metafile } = await bundle(join(root, entry), undefined, {
    outdir: dir,
    absWorkingDir: root,
    external,
    splitting: true,
    minify: true,
    treeShaking: true,
    metafile: true,
  });
  const entryOutput = Object.keys(metafile.outputs).find((out) => metafile.outputs[out].entryPoint === entry);
  const initial = new Set();
  for (const pending = [entryOutput]; pending.length > 0; ) {
    const out = pending.pop();
    if (initial.has(out)) continue;
    initial.add(out);
    for (const { kind, path, external: outside } of metafile.outputs[out].imports) if (kind === 'import-statement' && !outside) pending.push(path);
  }
  const kb = (out) => gzipSync(readFileSync(join(root, out))).length / 1024;
  const outputs = Object.keys(metafile.outputs).filter((out) => out.endsWith('.js'));
  const sum = (list) => list.reduce((total, out) => total + kb(out), 0);
  return { initial: sum(outputs.filter((out) => initial.has(out))), lazy: sum(outputs.filter((out) => !initial.has(out))) };
}

/** Runs the benches of bench/browser (those named in `only`), or with `sizesOnly` reports their bundle sizes alone. */
export async function runBrowserBenches(root, only, { sizesOnly = false } = {}) {
  const benchDir = join(root, 'bench', 'browser');
  const outDir = join(root, 'bench', 'results', 'browser');
  mkdirSync(outDir, { recursive: true });
  const names = readdirSync(benchDir)
    .filter((file) => file.endsWith('.bench.ts'))
    .map((file) => file.slice(0, -'.bench.ts'.length))
    .filter((name) => !only || only.includes(name));
  if (!names.length) return [];
  if (sizesOnly) {
    const reports = [];
    for (const name of names) {
      const sizes = await sizesOf(root, name, outDir);
      if (!sizes.length) continue;
      console.log(`\n${name}: bundle sizes`);
      printSizes(sizes);
      reports.push({ name, title: `${name}: bundle sizes`, rows: [], sizes });
    }
    return reports;
  }
  const chrome = findChrome();
  if (!chrome) throw new Error('No Chrome/Chromium found for the browser benchmarks: set CHROME_PATH or run npm test once.');
  const server = await serveStatic(outDir);
  const { port } = server.address();
  const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: CHROME_ARGS });
  const reports = [];
  try {
    for (const name of names) {
      const entry = join(outDir, `${name}.entry.ts`);
      writeFileSync(
        entry,
        `import * as bench from '../../browser/${name}.bench.js';
window.__bench = bench.default().then((report) => ({ report }), (error) => ({ error: String(error?.stack ?? error) }));
`,
      );
      await bundle(entry, join(outDir, `${name}.js`), { sourcemap: true });
      writeFileSync(join(outDir, `${name}.html`), `<!doctype html><html lang="en"><meta charset="utf-8"><title>${name}</title><body><script type="module" src="./${name}.js"></script></body></html>`);
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      page.on('pageerror', (error) => console.error(`[${name}] ${error.message}`));
      await page.goto(`http://127.0.0.1:${port}/${name}.html`);
      await page.waitForFunction('window.__bench !== undefined');
      const outcome = await page.evaluate('window.__bench', { timeout: 0 });
      await page.close();
      if (outcome.error) throw new Error(`${name}: ${outcome.error}`);
      const { report } = outcome;
      const sizes = await sizesOf(root, name, outDir);
      console.log(`\n${report.title}`);
      console.table(report.rows);
      for (const { name: figure, value, target, unit } of report.targets ?? []) {
        console.log(`  ${value <= target ? 'ok  ' : 'MISS'} ${figure.padEnd(52)} ${value.toFixed(2).padStart(9)} ${unit}  (target ≤ ${target})`);
      }
      printSizes(sizes);
      reports.push({ name, ...report, sizes });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return reports;
}

async function sizesOf(root, name, outDir) {
  const sizes = [];
  for (const [label, spec] of Object.entries(sizeEntriesOf(root, name))) sizes.push({ label, target: spec.target, ...(await gzipKb(root, spec, outDir)) });
  return sizes;
}

function printSizes(sizes) {
  for (const { label, initial, lazy, target } of sizes) {
    const verdict = target === undefined ? 'size' : initial <= target ? 'ok  ' : 'MISS';
    const budget = target === undefined ? '' : `  (target ≤ ${target} at start)`;
    console.log(`  ${verdict} ${label.padEnd(52)} ${initial.toFixed(1).padStart(6)} kB gzip at start, ${lazy.toFixed(1)} kB lazy${budget}`);
  }
}

/**
 * Entries whose bundle size a bench reports: bench/browser/<name>.sizes.json, label → entry path, or
 * label → { entry, external, target } to leave packages out (e.g. lit and zod, which a page shares)
 * and to print the figure against a budget in kB.
 */
function sizeEntriesOf(root, name) {
  const path = join(root, 'bench', 'browser', `${name}.sizes.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}
