// Regenerates the custom elements manifest into a temporary directory and compares it with the
// committed ./custom-elements.json, and checks that it describes every tag the sources register
// (scripts/manifest-tags.mjs), and that the files generated from it are current (scripts/generators/). Exit 1 (with a clear message) when it is missing, stale or incomplete.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagProblems } from './manifest-tags.mjs';
import { staleGeneratedFiles } from './generate-from-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const committedPath = join(root, 'custom-elements.json');
const require = createRequire(import.meta.url);
const cem = join(dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');

function check(tmp) {
  // The analyzer joins --outdir onto its cwd (even an absolute one), so pass it relative to the root.
  const result = spawnSync(process.execPath, [cem, 'analyze', '--quiet', '--outdir', relative(root, tmp)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`custom-elements manifest generation failed (exit ${result.status ?? result.signal}).`);
    return 1;
  }
  const generatedPath = join(tmp, 'custom-elements.json');
  if (!existsSync(generatedPath)) {
    console.error(`cem analyze wrote no manifest to ${generatedPath}.`);
    return 1;
  }
  if (!existsSync(committedPath)) {
    console.error('custom-elements.json is missing: run npm run analyze');
    return 1;
  }
  const normalize = (text) => text.replace(/\r\n/g, '\n').trimEnd();
  const generated = normalize(readFileSync(generatedPath, 'utf8'));
  const committed = normalize(readFileSync(committedPath, 'utf8'));
  if (generated !== committed) {
    const a = committed.split('\n');
    const b = generated.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line]) line += 1;
    console.error('custom-elements.json is stale: run npm run analyze');
    console.error(`  first difference at line ${line + 1}:`);
    console.error(`    committed: ${a[line]?.trim() ?? '(end of file)'}`);
    console.error(`    generated: ${b[line]?.trim() ?? '(end of file)'}`);
    return 1;
  }
  const problems = tagProblems(root, JSON.parse(committed));
  if (problems.length > 0) {
    console.error('custom-elements.json and the registered tags disagree:');
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  return 0;
}

/** The files generated from the manifest (scripts/generators/) must match it. */
async function checkGenerated() {
  const stale = await staleGeneratedFiles();
  for (const { path } of stale) console.error(`${path} is stale or missing: run npm run analyze`);
  return stale.length > 0 ? 1 : 0;
}

const tmp = mkdtempSync(join(tmpdir(), 'clientela-cem-'));
try {
  process.exitCode = check(tmp) || (await checkGenerated());
  if (process.exitCode === 0) console.log('custom-elements.json is up to date, describes every registered tag, and every file generated from it is current.');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
