// Node 20 cannot run TypeScript: these helpers bundle a .ts entry with esbuild (packages stay
// external, resolved from node_modules) into node_modules/.cache/clientela/ and run or import it.
// Used by `npm run api` and `api:mock`, `npm run docs`, and web-test-runner.config.mjs (the local API server).
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles `entry` (relative to the repository root) and returns the output file. The name carries
 * the process id, so two runs at once never write the same file.
 */
export async function bundleTs(entry) {
  const outDir = join(root, 'node_modules', '.cache', 'clientela');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${basename(entry).replace(/\.ts$/, '')}-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  return outfile;
}

/** Bundles and imports a TypeScript module (the bundle is removed once loaded). */
export async function importTs(entry) {
  const outfile = await bundleTs(entry);
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}
