// Bundle-size entry: what a host loads for <client-provider> over the memory adapter.
export { createMemoryAdapter } from '../../src/adapters/memory/index.js';
export { ClientProvider } from '../../src/context/client-provider.js';
import '../../src/define/client-provider.js';
