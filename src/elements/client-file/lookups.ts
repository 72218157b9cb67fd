/*
 * Lookups shared by the file's tabs. The catalog (services, centers, origins, custom fields) rarely
 * changes, so it is loaded once per adapter and shared by every tab of every file on the page; a
 * failed load is forgotten so the next caller retries.
 */
import type { ClientDataAdapter } from '../../adapter/contract.js';
import type { Catalog } from '../../model/catalog.js';

const catalogs = new WeakMap<ClientDataAdapter, Promise<Catalog>>();

/** The adapter's catalog, loaded once (undefined when the adapter has no catalog). */
export function catalogOf(adapter: ClientDataAdapter): Promise<Catalog | undefined> {
  const api = adapter.catalog;
  if (!api) return Promise.resolve(undefined);
  let load = catalogs.get(adapter);
  if (!load) {
    load = api.get();
    catalogs.set(adapter, load);
    load.catch(() => catalogs.delete(adapter));
  }
  return load;
}

/** Resolves with `promise`, or rejects with an AbortError as soon as `signal` aborts. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new DOMException('Aborted', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
