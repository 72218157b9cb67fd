import { signalIn, untilAborted } from '../../adapter/abort.js';
import { AdapterError } from '../../adapter/adapter-error.js';
import { loadOnce } from '../../adapter/load-once.js';

type Operation = (...args: unknown[]) => Promise<unknown>;
type Namespaces = Record<string, Record<string, Operation>>;

/**
 * Namespaces that exist at once, every operation a function (elements test which namespaces an
 * adapter has, and the simulation wraps each operation), whose code `load`s on the first call of any
 * of them. A load that fails rejects with AdapterError('unavailable') and is tried again on the next
 * call; a signal that aborts during the load rejects that call at once.
 */
export function lazyNamespaces<A extends object>(operations: { readonly [N in keyof A]: readonly string[] }, load: () => Promise<A>): A {
  const loadCode = loadOnce(load);
  const loaded = (resource: string): Promise<A> =>
    loadCode().catch((cause: unknown) => {
      throw new AdapterError('unavailable', `The ${resource} module could not be loaded`, { resource, cause });
    });

  const table: Readonly<Record<string, readonly string[]>> = operations;
  const forwarders: Namespaces = {};
  for (const [namespace, names] of Object.entries(table)) {
    const forwarder: Record<string, Operation> = (forwarders[namespace] = {});
    for (const operation of names) {
      forwarder[operation] = async (...args) => {
        const apis = (await untilAborted(loaded(namespace), signalIn(args))) as unknown as Namespaces;
        return apis[namespace]![operation]!(...args);
      };
    }
  }
  return forwarders as unknown as A;
}
