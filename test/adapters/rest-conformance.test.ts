// The adapter conformance suite on the REST adapter, exactly as on the memory adapter, through MSW's
// service worker (the contract handler runs in this page over a memory adapter). The same suite over
// a real HTTP connection is in rest-conformance-http.test.ts (a separate file, so the two runs use
// both test-runner slots at once).
import { registerAdapterConformance } from '../../src/testing.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { demoToken } from '../../mocks/server/demo-auth.js';
import { RECEPTION } from './permission-session.js';
import { mswBackend } from './rest-backends.js';

registerAdapterConformance({
  name: 'REST adapter over MSW',
  createAdapter: async () => createRestAdapter({ baseUrl: (await mswBackend()).baseUrl }),
  // The mock backend signs a request in as the session its demo token carries (mocks/server/demo-auth.ts).
  createAdapterWithPermissions: async (permissions) =>
    createRestAdapter({ baseUrl: (await mswBackend()).baseUrl, getAuthHeaders: () => ({ Authorization: demoToken({ permissions, user: RECEPTION }) }) }),
});
