#!/usr/bin/env node
// `npm run docs` writes docs/openapi.json from the zod model and the route table;
// `npm run docs:check` (CI) fails when the committed file is not what they generate now.
import { importTs, root } from './bundle-ts.mjs';

const { main } = await importTs('scripts/generate-openapi.ts');
process.exitCode = main(root, process.argv.slice(2));
