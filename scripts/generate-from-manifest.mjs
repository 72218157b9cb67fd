// Writes the files generated from custom-elements.json (framework wrappers and typings): every module
// in scripts/generators/ exports `generate(elements, root)` → [{ path, content }] (paths relative to the
// repository root). `--check` writes nothing and exits 1 naming any file that is missing or stale.
// `npm run analyze` runs it after the analyzer; `npm run analyze:check` runs the check.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { manifestElements } from './manifest-elements.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Every generated file, from every generator, in a stable order. */
export async function generatedFiles() {
  const dir = join(root, 'scripts', 'generators');
  const elements = manifestElements(root);
  const files = [];
  for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort() : []) {
    const generator = await import(pathToFileURL(join(dir, name)).href);
    files.push(...(await generator.generate(elements, root)));
  }
  return files;
}

/** The generated files that differ from what is on disk (empty when all are current). */
export async function staleGeneratedFiles() {
  return (await generatedFiles()).filter(({ path, content }) => {
    const file = join(root, path);
    return !existsSync(file) || readFileSync(file, 'utf8') !== content;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) {
    const stale = await staleGeneratedFiles();
    for (const { path } of stale) console.error(`${path} is stale or missing: run npm run analyze`);
    if (stale.length === 0) console.log('Every file generated from custom-elements.json is current.');
    process.exitCode = stale.length > 0 ? 1 : 0;
  } else {
    for (const { path, content } of await generatedFiles()) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
      console.log(`wrote ${path}`);
    }
  }
}
