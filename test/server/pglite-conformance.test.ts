// The adapter conformance suite through the REST adapter against the reference server on PGlite
// (embedded PostgreSQL): the namespaces it serves (server/src/served.ts); the others are capabilities
// the adapter leaves out, so their tests are skipped.
import { registerAdapterConformance } from '../../src/testing.js';
import { serverAdapter, useServer } from './pg-servers.js';

describe('reference server on PGlite', () => {
  const server = useServer('pglite');
  registerAdapterConformance({ name: 'REST adapter → server on PGlite', createAdapter: () => serverAdapter(server().tenantUrl) });
});
