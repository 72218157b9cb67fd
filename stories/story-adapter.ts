/**
 * The adapter every story uses, in one place. In Storybook, stories run on the REST adapter against
 * the mocked backend (the memory adapter behind the HTTP contract handler, served by MSW), so every
 * story exercises the same path a host backend takes. Outside Storybook (no worker registered) they
 * get the memory adapter directly.
 */
import type { SetupWorker } from 'msw/browser';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import { createRestAdapter } from '../src/adapters/rest/index.js';
import { createMswHandlers } from '../mocks/handlers.js';
import { createClientelaHandler } from '../mocks/server/handler.js';

declare global {
  /** Set by .storybook/preview.ts once the MSW worker runs. */
  var __clientelaStoryWorker: SetupWorker | undefined;
}

/** A fixed date keeps every story's data (and screenshots) stable. */
const STORY_DATE = '2026-11-23';
let backends = 0;

export function storyAdapter(options: MemoryAdapterOptions = {}): ClientDataAdapter {
  const memory = createMemoryAdapter({ clientCount: 300, seed: 7, referenceDate: STORY_DATE, ...options });
  const worker = globalThis.__clientelaStoryWorker;
  if (!worker) return memory;
  // Each story gets its own backend under its own path, so stories never share data or faults.
  const handler = createClientelaHandler({ adapter: memory, basePath: `/api/story-${++backends}` });
  worker.use(...createMswHandlers(handler));
  return createRestAdapter({
    baseUrl: new URL(handler.basePath, location.origin).href,
    // Error stories should show their error at once, not after backoff retries.
    retry: options.failureRate ? false : undefined,
    ...(options.without ? { without: options.without } : {}),
  });
}
