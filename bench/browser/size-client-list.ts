// Bundle-size entry: what a host loads for <client-list> over the memory adapter (with the provider).
export { createMemoryAdapter } from '../../src/adapters/memory/index.js';
export { ClientProvider } from '../../src/context/client-provider.js';
export { ClientList } from '../../src/elements/client-list/client-list.js';
import '../../src/define/client-provider.js';
import '../../src/define/client-list.js';
