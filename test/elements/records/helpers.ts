/* Helpers shared by the tests of the record tabs (notes, comments, files). */
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import type { Appointment } from '../../../src/model/appointment.js';

/** Picks files in a file input, as the browser's file chooser would. */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Drops files on an element, as dragging them from the desktop would. */
export function dropFiles(target: Element, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  for (const type of ['dragenter', 'dragover', 'drop']) {
    target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }));
  }
}

/** A demo client with appointments, and its latest appointment. */
export async function clientWithAppointments(adapter: ClientDataAdapter): Promise<{ id: string; appointment: Appointment }> {
  for (let n = 1; n <= 40; n++) {
    const id = `cl-${String(n).padStart(6, '0')}`;
    const [first] = (await adapter.appointments!.list(id, { limit: 1 })).items;
    if (first) return { id, appointment: first };
  }
  throw new Error('no demo client has appointments');
}

/**
 * The adapter, except that the first upload is stored but its answer is lost (a network failure
 * after the server stored the file): what a retry without an idempotency key would store twice.
 */
export function lostResponseOnce<A extends ClientDataAdapter>(adapter: A): A {
  let lost = false;
  const files = adapter.files!;
  return {
    ...adapter,
    files: {
      ...files,
      upload: async (...args: Parameters<typeof files.upload>) => {
        const stored = await files.upload(...args);
        if (lost) return stored;
        lost = true;
        throw new AdapterError('network', 'The connection dropped before the answer arrived');
      },
    },
  };
}

let backend: Promise<import('../../../mocks/browser.js').MockBackend> | undefined;
let paths = 0;

/**
 * The REST adapter over MSW's service worker, in front of its own memory adapter (returned too,
 * to check what was stored): one worker per page, one backend path per call.
 */
export async function restOverMsw(options: import('../../../src/adapters/memory/index.js').MemoryAdapterOptions = {}) {
  const { startMockBackend } = await import('../../../mocks/browser.js');
  const { createMemoryAdapter } = await import('../../../src/adapters/memory/index.js');
  const { createClientelaHandler } = await import('../../../mocks/server/handler.js');
  const { createMswHandlers } = await import('../../../mocks/handlers.js');
  const { createRestAdapter } = await import('../../../src/adapters/rest/index.js');
  const started = await (backend ??= startMockBackend({ clientCount: 1, seed: 7, basePath: '/api/records-unused' }));
  const basePath = `/api/records-${++paths}`;
  const memory = createMemoryAdapter({ clientCount: 60, seed: 7, referenceDate: '2026-11-23', ...options });
  const handler = createClientelaHandler({ adapter: memory, basePath });
  started.worker.use(...createMswHandlers(handler));
  return { adapter: createRestAdapter({ baseUrl: new URL(basePath, location.origin).href, retry: false }), memory };
}

/** The first demo client whose comments (as this adapter's session sees them) pass `test`. */
export async function clientWhereComments(adapter: ClientDataAdapter, test: (comments: import('../../../src/model/notes.js').Comment[]) => boolean): Promise<string> {
  for (let n = 1; n <= 80; n++) {
    const id = `cl-${String(n).padStart(6, '0')}`;
    if (test((await adapter.comments!.list(id, { limit: 100 })).items)) return id;
  }
  throw new Error('no demo client has such comments');
}
