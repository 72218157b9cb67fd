// The mock backend in the browser: the memory adapter behind the HTTP contract handler, served by
// MSW's service worker (public/mock-backend-worker.js, which runs MSW's public/mockServiceWorker.js).
// The REST adapter then talks to it over fetch exactly as it would to a host's backend:
//
//   const backend = await startMockBackend({ clientCount: 200 });
//   const adapter = createRestAdapter({ baseUrl: backend.baseUrl });
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMemoryAdapter, type MemoryAdapter, type MemoryAdapterOptions } from '../src/adapters/memory/index.js';
import { ensureControlled } from './ensure-controlled.js';
import { demoSessions } from './server/demo-auth.js';
import { createMswHandlers } from './handlers.js';
import { createClientelaHandler, type ClientelaHandler, type ClientelaHandlerOptions } from './server/handler.js';

export interface MockBackendOptions extends Omit<ClientelaHandlerOptions, 'adapter' | 'authenticate' | 'basePath'>, MemoryAdapterOptions {
  /** Default '/api'. */
  basePath?: string;
  /** Worker script URL: MSW's worker or one that imports it. Default '/mock-backend-worker.js'. */
  workerUrl?: string;
  /** Log every mocked request to the console. Default false. */
  log?: boolean;
}

export interface MockBackend {
  /** The REST adapter's baseUrl: the absolute URL of basePath on this origin. */
  baseUrl: string;
  /** The data behind the handler (to seed or inspect it directly). */
  memory: MemoryAdapter;
  handler: ClientelaHandler;
  worker: SetupWorker;
  stop(): Promise<void>;
}

export async function startMockBackend(options: MockBackendOptions = {}): Promise<MockBackend> {
  const { basePath = '/api', workerUrl = '/mock-backend-worker.js', log = false, latency, faults, control, cors, ...memoryOptions } = options;
  const memory = createMemoryAdapter(memoryOptions);
  const handler = createClientelaHandler({ adapter: memory, authenticate: demoSessions(memory), basePath, latency, faults, control, cors });
  const worker = setupWorker(...createMswHandlers(handler));
  const registration = await worker.start({ serviceWorker: { url: workerUrl }, onUnhandledFrame: 'bypass', quiet: !log });
  if (registration) await ensureControlled(registration);
  return {
    baseUrl: new URL(handler.basePath, location.origin).href,
    memory,
    handler,
    worker,
    stop: async () => {
      await worker.stop();
    },
  };
}
