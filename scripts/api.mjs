#!/usr/bin/env node
// `npm run api:mock`: the mock backend (the clientela HTTP contract over the memory adapter) as a real
// HTTP server on localhost. Env: PORT (default 8787), HOST (127.0.0.1), CLIENTS (500), SEED (1),
// LATENCY (ms, 0).
import { importTs } from './bundle-ts.mjs';

const { main } = await importTs('scripts/api-server.ts');
await main(process.env);
