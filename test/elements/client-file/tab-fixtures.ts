/* Fixtures of the record tabs' tests: mounting a tab, and the REST adapter over MSW. */
import { fixture, html, unsafeStatic } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import type { MemoryAdapter, MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import type { Permission } from '../../../src/model/session.js';
import { startMockBackend, type MockBackend } from '../../../mocks/browser.js';
import { memory, until } from './helpers.js';

/** Mounts a tab element for a client and waits for its first non-loading render. */
export async function mountTab<T extends HTMLElement>(
  tag: string,
  adapter: ClientDataAdapter,
  clientId: string,
  options: { permissions?: readonly Permission[]; today?: string } = {},
): Promise<T> {
  const element = await fixture<T>(
    html`<${unsafeStatic(tag)} client-id=${clientId} .adapter=${adapter} .permissions=${options.permissions} .today=${options.today}></${unsafeStatic(tag)}>`,
  );
  await until(element, 'h3, [part~="state"]:not([part~="state-loading"])');
  return element;
}

/* One MSW worker per page; each restTab call gets its own backend path (its own data). */
let backend: Promise<MockBackend> | undefined;
let paths = 0;

/** A REST adapter whose backend is the returned memory adapter, served by MSW in this page. */
export async function restTab(prefix: string, options: MemoryAdapterOptions = {}): Promise<{ adapter: ClientDataAdapter; memory: MemoryAdapter }> {
  const basePath = `/api/${prefix}-${++paths}`;
  const started = await (backend ??= startMockBackend({ clientCount: 1, seed: 7, basePath: `/api/${prefix}-unused` }));
  const { createClientelaHandler } = await import('../../../mocks/server/handler.js');
  const { createMswHandlers } = await import('../../../mocks/handlers.js');
  const backing = memory(options);
  started.worker.use(...createMswHandlers(createClientelaHandler({ adapter: backing, basePath })));
  return { adapter: createRestAdapter({ baseUrl: new URL(basePath, location.origin).href, retry: false }), memory: backing };
}
