// Bundle-size entry: what a host loads for <client-file> over the REST adapter (with the provider), before any tab.
export { createRestAdapter } from '../../src/rest-entry.js';
import '../../src/define/client-provider.js';
import '../../src/define/client-file.js';
