// The adapter conformance suite through the REST adapter against the reference server on Debian's
// PostgreSQL server (CLIENTELA_TEST_DATABASE_URL, default the role and database .ci/run creates).
// Skipped, with the reason, when no server answers; .ci/run sets CLIENTELA_REQUIRE_POSTGRES=1, which
// makes that a failure.
import { registerAdapterConformance } from '../../src/testing.js';
import { serverAdapter, useServer } from './pg-servers.js';

describe('reference server on PostgreSQL', () => {
  const server = useServer('postgres');
  registerAdapterConformance({ name: 'REST adapter → server on PostgreSQL', createAdapter: () => serverAdapter(server().tenantUrl) });
});
