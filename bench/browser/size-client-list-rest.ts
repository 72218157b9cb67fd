// Bundle-size entry: what a host loads for <client-list> over the REST adapter (with the provider), all in.
export { createRestAdapter } from '../../src/rest-entry.js';
import '../../src/define/client-provider.js';
import '../../src/define/client-list.js';
