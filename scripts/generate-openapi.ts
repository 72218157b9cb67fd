// Entry of `npm run docs` / `npm run docs:check` (bundled and run by scripts/docs.mjs): writes
// docs/openapi.json, or checks that the committed file is what the model and routes generate now.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument } from './openapi-document.js';

export function main(root: string, args: readonly string[]): number {
  const target = join(root, 'docs', 'openapi.json');
  const text = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
  if (!args.includes('--check')) {
    writeFileSync(target, text);
    console.log(`Wrote ${target}`);
    return 0;
  }
  const fresh = join(mkdtempSync(join(tmpdir(), 'clientela-openapi-')), 'openapi.json');
  writeFileSync(fresh, text);
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    console.error(`docs/openapi.json is missing. Run \`npm run docs\` and commit it.`);
    return 1;
  }
  if (committed === text) {
    console.log('docs/openapi.json is up to date.');
    return 0;
  }
  const a = committed.split('\n');
  const b = text.split('\n');
  const line = a.findIndex((value, index) => value !== b[index]);
  console.error(
    [
      'docs/openapi.json is stale: the zod model or the route table changed since it was generated.',
      `First difference at line ${line + 1}:`,
      `  committed: ${a[line] ?? '(end of file)'}`,
      `  generated: ${b[line] ?? '(end of file)'}`,
      `Fresh copy: ${fresh}  (diff it with: diff -u docs/openapi.json ${fresh})`,
      'Fix: run `npm run docs` and commit docs/openapi.json.',
    ].join('\n'),
  );
  return 1;
}
