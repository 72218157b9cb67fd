// The adapter conformance suite on the REST adapter over a real HTTP connection: the local API server
// (mocks/server/node-server.ts, started by web-test-runner.config.mjs) runs the same contract handler
// in Node, on another origin, so CORS preflights are part of every non-simple request.
import { registerAdapterConformance } from '../../src/testing.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { localApiUrl } from './rest-backends.js';

registerAdapterConformance({
  name: 'REST adapter over a local HTTP server',
  createAdapter: async () => createRestAdapter({ baseUrl: await localApiUrl() }),
});
