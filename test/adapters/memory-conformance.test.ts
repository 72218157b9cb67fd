// The adapter conformance suite against the embedded memory adapter, raw and behind withValidation.
import { registerAdapterConformance } from '../../src/testing.js';
import { withValidation } from '../../src/adapter/validating-adapter.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';

registerAdapterConformance({
  name: 'memory adapter',
  createAdapter: () => createMemoryAdapter({ clientCount: 200, seed: 7 }),
});

registerAdapterConformance({
  name: 'memory adapter behind withValidation',
  createAdapter: () => withValidation(createMemoryAdapter({ clientCount: 200, seed: 7 })),
});
