#!/usr/bin/env node
// `npm run api`: the reference backend (server/) — the clientela HTTP contract over PostgreSQL: PGlite
// in DATA_DIR (default .clientela-data/pglite), or the server DATABASE_URL names. Env: PORT (8787),
// HOST (127.0.0.1), TENANT (demo), CLIENTS (500), SEED (1; 'none' seeds nothing), CURRENCY (EUR),
// PUBLIC_ORIGIN (the origin files' URLs start with behind a proxy; default: each request's), COUNT_AHEAD
// (matches counted past a page when no counter answers; default 1000).
import { importTs } from './bundle-ts.mjs';

const { main } = await importTs('server/src/main.ts');
await main(process.env);
