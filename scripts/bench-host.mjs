// Host half of `npm run bench`: what the package costs a host, measured the way a host gets it. Builds
// the library, packs it (`npm pack`), installs the tarball into a scratch host app under the system's
// temp folder (its dependencies from the npm registry), and bundles small host entries — one import
// each — with esbuild and with Vite, resolving `clientela` through the installed package.json
// ("exports", "sideEffects"). Reports minified + gzipped kB: what loads at start (the entry and its
// static imports) and what loads lazily (behind dynamic imports), and checks that the small imports
// bring none of the elements' code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipKb } from './bench-browser.mjs';

/**
 * Host entries: label → source (as a host writes it), targets in kB gzip at start per bundler, and
 * `clean`: the first load must contain no element, string catalog or import code.
 *
 * esbuild with `splitting` ignores "sideEffects" once there is more than one entry point (any dynamic
 * import is one: evanw/esbuild#1110, #3704), so through the main entry it keeps every module-scope
 * statement it cannot prove pure (element classes, their styles and decorators): its main-entry rows
 * have no target; the small entries (`clientela/adapter`, `clientela/rest`) are what to import there.
 */
const ENTRIES = {
  "AdapterError from 'clientela'": { source: `export { AdapterError } from 'clientela';`, vite: 3, clean: ['vite'] },
  "AdapterError from 'clientela/adapter'": { source: `export { AdapterError } from 'clientela/adapter';`, vite: 3, esbuild: 3, clean: ['vite', 'esbuild'] },
  "AdapterError, withValidation from 'clientela/adapter'": {
    source: `export { AdapterError, withValidation } from 'clientela/adapter';`,
    vite: 20,
    esbuild: 20,
    clean: ['vite', 'esbuild'],
  },
  "createRestAdapter from 'clientela'": { source: `export { createRestAdapter } from 'clientela';`, vite: 25, clean: ['vite'] },
  "createRestAdapter from 'clientela/rest'": { source: `export { createRestAdapter } from 'clientela/rest';`, vite: 25, esbuild: 25, clean: ['vite', 'esbuild'] },
  "createMemoryAdapter from 'clientela'": { source: `export { createMemoryAdapter } from 'clientela';`, clean: ['vite'] },
  'define/client-provider.js': { source: `import 'clientela/define/client-provider.js';` },
  'define/client-list.js': { source: `import 'clientela/define/client-list.js';` },
  'define/client-file.js': { source: `import 'clientela/define/client-file.js';` },
  'define/client-groups.js': { source: `import 'clientela/define/client-groups.js';` },
  'define/client-import.js': { source: `import 'clientela/define/client-import.js';` },
  '<client-list> + provider + clientela/rest (all-in)': {
    source: `export { createRestAdapter } from 'clientela/rest';\nimport 'clientela/define/client-provider.js';\nimport 'clientela/define/client-list.js';`,
    vite: 75,
    esbuild: 75,
  },
  '<client-file> + provider + clientela/rest (all-in)': {
    source: `export { createRestAdapter } from 'clientela/rest';\nimport 'clientela/define/client-provider.js';\nimport 'clientela/define/client-file.js';`,
    vite: 58,
    esbuild: 58,
  },
};

/** Package modules that must not be in a first load marked `clean`. */
const NOT_CLEAN = /node_modules\/clientela\/dist\/(elements|define|i18n\/groups|import-export)\//;

const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

/** Builds and packs the library; installs the tarball into a new host app. Returns the host's folder. */
function scratchHost(root) {
  run('npm', ['run', 'build', '--silent'], root);
  const host = mkdtempSync(join(tmpdir(), 'clientela-host-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', host], root));
  const tarball = join(host, packed.filename);
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'clientela-host', private: true, type: 'module', dependencies: { clientela: `file:${tarball}` } }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel', 'error'], host);
  return { host, tarballKb: packed.size / 1024 };
}

/** Bundles an entry with Vite (the repo's copy) in the host's folder: gzip kB at start and lazy. */
async function viteKb(host, entry, outDir) {
  const { build } = await import('vite');
  const result = await build({
    root: host,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      write: false,
      minify: true,
      modulePreload: { polyfill: false },
      rolldownOptions: { input: join(host, entry), preserveEntrySignatures: 'strict' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((out) => out.output).filter((out) => out.type === 'chunk');
  const byName = new Map(outputs.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  for (const pending = outputs.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName); pending.length; ) {
    const name = pending.pop();
    if (initial.has(name)) continue;
    initial.add(name);
    pending.push(...(byName.get(name)?.imports ?? []));
  }
  const kb = (chunk) => gzipSync(chunk.code).length / 1024;
  const sum = (list) => list.reduce((total, chunk) => total + kb(chunk), 0);
  const first = outputs.filter((chunk) => initial.has(chunk.fileName));
  const modules = first.flatMap((chunk) => Object.entries(chunk.modules).filter(([, module]) => module.renderedLength > 0).map(([id]) => id));
  return { initial: sum(first), lazy: sum(outputs.filter((chunk) => !initial.has(chunk.fileName))), modules };
}

/** The package's modules an esbuild first load contains (paths inside node_modules/clientela). */
async function firstLoadModules(host, entry) {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    entryPoints: [entry],
    absWorkingDir: host,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    outdir: join(host, 'out', 'modules'),
    write: false,
    metafile: true,
    minify: true,
    conditions: ['browser', 'production'],
    logLevel: 'silent',
  });
  const entryOut = Object.keys(metafile.outputs).find((out) => metafile.outputs[out].entryPoint === entry);
  const initial = new Set();
  for (const pending = [entryOut]; pending.length; ) {
    const out = pending.pop();
    if (initial.has(out)) continue;
    initial.add(out);
    for (const { kind, path } of metafile.outputs[out].imports) if (kind === 'import-statement') pending.push(path);
  }
  return [...initial].flatMap((out) => Object.entries(metafile.outputs[out].inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path));
}

export async function runHostBench(root) {
  const { host, tarballKb } = scratchHost(root);
  const rows = [];
  const checks = [];
  try {
    mkdirSync(join(host, 'src'), { recursive: true });
    for (const [label, { source, vite: viteTarget, esbuild: esbuildTarget, clean = [] }] of Object.entries(ENTRIES)) {
      const file = `src/${label.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.js`;
      writeFileSync(join(host, file), `${source}\n`);
      const esbuild = { ...(await gzipKb(host, file, join(host, 'out'))), modules: await firstLoadModules(host, file) };
      const vite = await viteKb(host, file, join(host, 'out', 'vite'));
      rows.push({ label, esbuild, vite, targets: { esbuild: esbuildTarget, vite: viteTarget } });
      for (const [bundler, figures] of Object.entries({ esbuild, vite })) {
        if (clean.includes(bundler)) checks.push({ label, bundler, unwanted: figures.modules.filter((path) => NOT_CLEAN.test(path.replaceAll('\\', '/'))) });
      }
    }
  } finally {
    rmSync(host, { recursive: true, force: true });
  }
  console.log(`\nWhat a host pays: the packed package (${tarballKb.toFixed(0)} kB tarball) installed into a scratch app, bundled (min + gzip kB)`);
  console.table(
    rows.map(({ label, esbuild, vite }) => ({
      import: label,
      'esbuild at start': esbuild.initial.toFixed(1),
      'esbuild lazy': esbuild.lazy.toFixed(1),
      'vite at start': vite.initial.toFixed(1),
      'vite lazy': vite.lazy.toFixed(1),
    })),
  );
  for (const { label, targets, ...figures } of rows) {
    for (const bundler of ['esbuild', 'vite']) {
      const target = targets[bundler];
      if (target === undefined) continue;
      const value = figures[bundler].initial;
      console.log(`  ${value <= target ? 'ok  ' : 'MISS'} ${`${label}, ${bundler}`.padEnd(64)} ${value.toFixed(1).padStart(6)} kB gzip at start  (target ≤ ${target})`);
    }
  }
  for (const { label, bundler, unwanted } of checks) {
    const shown = unwanted.map((path) => path.replace(/.*node_modules\/clientela\/dist\//, ''));
    console.log(`  ${shown.length ? 'MISS' : 'ok  '} ${`${label}, ${bundler}`.padEnd(64)} no element, strings or import code at start${shown.length ? ` (has ${shown.slice(0, 3).join(', ')}${shown.length > 3 ? `, +${shown.length - 3}` : ''})` : ''}`);
  }
  return { tarballKb, rows: rows.map(({ esbuild, vite, ...row }) => ({ ...row, esbuild: { initial: esbuild.initial, lazy: esbuild.lazy }, vite: { initial: vite.initial, lazy: vite.lazy } })), checks };
}
