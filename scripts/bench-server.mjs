#!/usr/bin/env node
// `npm run bench:server`: the reference server's benchmark (bench/server.bench.ts) against a
// PostgreSQL server with 1,000,000 generated clients; prints a table, writes bench/results/server.json.
// Env: DATABASE_URL (default: the test database of server/testing/ensure-postgres.sh), BENCH_CLIENTS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, root } from './bundle-ts.mjs';

const databaseUrl = process.env.DATABASE_URL || 'postgres://clientela:clientela@127.0.0.1:5432/clientela';
const clients = Number(process.env.BENCH_CLIENTS || 1_000_000);
const { runServerBench } = await importTs('bench/server.bench.ts');
const { settings, rows } = await runServerBench({ databaseUrl, clients });
console.log(`PostgreSQL ${settings.version}, shared_buffers ${settings.sharedBuffers}, clients table ${settings.tableSize}`);
console.table(rows.map(({ name, samples, medianMs, p95Ms, targetP95Ms, meetsTarget }) => ({
  name,
  samples,
  'median ms': medianMs.toFixed(1),
  'p95 ms': p95Ms.toFixed(1),
  'target p95 ms': targetP95Ms,
  ok: meetsTarget ? 'yes' : 'NO',
})));
const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, 'server.json');
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, clients, settings, rows }, null, 2));
console.log(`\nWrote ${file}`);
