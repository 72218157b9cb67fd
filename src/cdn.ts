/*
 * The CDN build's entry (vite.cdn.config.ts → dist/cdn/clientela.js): one ES module a plain HTML page
 * loads with one script tag. It bundles lit, @lit/*, zod and the elements, registers the provider,
 * the list, the file and the import wizard, and exports what a page needs to give them an adapter.
 * Every tab, the es / pt-BR catalogs and the memory adapter are chunks loaded on first use, from the
 * folder this file was loaded from (relative to import.meta.url), so the folder can be hosted anywhere.
 *
 *   <script type="module" src="https://cdn.example/clientela/clientela.js"></script>
 *   <script type="module">
 *     import { createRestAdapter } from 'https://cdn.example/clientela/clientela.js';
 *     document.querySelector('client-provider').adapter = createRestAdapter({ baseUrl: '/api' });
 *   </script>
 */
import './cdn/jitless.js';
import './define/client-provider.js';
import './define/client-list.js';
import './define/client-file.js';
import './define/client-import.js';

export { VERSION, MAJOR } from './version.js';
export { defineElement } from './define/define.js';
export { ClientProvider } from './context/client-provider.js';
export { ClientList } from './elements/client-list/client-list.js';
export { ClientFileElement } from './elements/client-file/client-file.js';
export { ClientImport } from './elements/client-import/client-import.js';
export { ClientelaElement } from './elements/clientela-element.js';
export { createRestAdapter } from './adapters/rest/index.js';
export { AdapterError, isAdapterError } from './adapter/adapter-error.js';
export { withValidation, isValidated } from './adapter/validating-adapter.js';
export type { RestAdapterOptions, RetryOptions, HeaderValues } from './adapters/rest/index.js';
export type { ClientDataAdapter } from './adapter/contract.js';
export type { MemoryAdapter, MemoryAdapterOptions } from './adapters/memory/index.js';

/**
 * The embedded memory adapter (demo data), loaded as a separate chunk only when asked for: a page that
 * talks to its own backend never downloads the demo data generator.
 *   const adapter = await createMemoryAdapter({ clientCount: 200 });
 */
export async function createMemoryAdapter(
  options?: import('./adapters/memory/index.js').MemoryAdapterOptions,
): Promise<import('./adapters/memory/index.js').MemoryAdapter> {
  const memory = await import('./adapters/memory/index.js');
  return memory.createMemoryAdapter(options);
}
