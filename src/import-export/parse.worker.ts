/*
 * The parse worker: reads, parses and checks import files off the main thread (session.ts).
 * Started by ParseClient with `new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' })`,
 * which Vite (library build, Storybook) bundles into a self-contained worker file and
 * web-test-runner serves as is.
 */
import { serveSession } from './session.js';

serveSession(self as unknown as Parameters<typeof serveSession>[0]);
