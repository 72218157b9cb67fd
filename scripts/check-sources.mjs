// Source rules a type check cannot see (README, Conventions). Exit 1 naming each file that breaks one:
// - zod/mini only: classic zod (`from 'zod'`, `import { z }`) cannot be tree-shaken and adds ≈ 16 kB
//   gzip (through a namespace object every zod locale lands too, ≈ 65 kB) to every bundle that has it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RULES = [
  { pattern: /from\s+['"]zod['"]|import\(\s*['"]zod['"]\s*\)/, message: "imports classic zod: use `import * as z from 'zod/mini'`" },
  { pattern: /import\s*\{\s*z\s*\}\s*from\s*['"]zod\//, message: "imports `{ z }`: use `import * as z from 'zod/mini'`" },
];

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const problems = [];
for (const file of sources(join(root, 'src'))) {
  const text = readFileSync(file, 'utf8');
  for (const rule of RULES) if (rule.pattern.test(text)) problems.push(`${relative(root, file)} ${rule.message}`);
}
for (const problem of problems) console.error(problem);
if (problems.length === 0) console.log('Source rules hold (zod/mini only).');
process.exitCode = problems.length ? 1 : 0;
