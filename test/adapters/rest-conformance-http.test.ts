// The adapter conformance suite on the REST adapter over a real HTTP connection: the local API server
// (mocks/server/node-server.ts, started by web-test-runner.config.mjs) runs the same contract handler
// in Node, on another origin, so CORS preflights are part of every non-simple request.
import { registerAdapterConformance } from '../../src/testing.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { demoToken } from '../../mocks/server/demo-auth.js';
import { RECEPTION } from './permission-session.js';
import { localApiUrl } from './rest-backends.js';

registerAdapterConformance({
  name: 'REST adapter over a local HTTP server',
  createAdapter: async () => createRestAdapter({ baseUrl: await localApiUrl() }),
  // The mock backend signs a request in as the session its demo token carries (mocks/server/demo-auth.ts).
  createAdapterWithPermissions: async (permissions) =>
    createRestAdapter({ baseUrl: await localApiUrl(), getAuthHeaders: () => ({ Authorization: demoToken({ permissions, user: RECEPTION }) }) }),
});
