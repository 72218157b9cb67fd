/*
 * First module of the CDN bundle (src/cdn.ts imports it before anything else, so it runs before any
 * zod schema is built): zod 4 probes `new Function` once to decide whether to compile fast parsers,
 * and a strict Content-Security-Policy (no 'unsafe-eval') reports that probe as a violation even
 * though zod catches it. `jitless` skips the probe and the compiled parsers (same results, parsed by
 * the interpreter). zod keeps this setting on globalThis, so a page's own zod 4 gets it as well.
 */
import { config } from 'zod/mini';

config({ jitless: true });
