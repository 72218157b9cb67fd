// The wallet conformance area against backends that allow an overdraft (the host's choice, reported
// as the wallet's `overdraftLimit`): the memory adapter, and the REST adapter over MSW in front of it.
// With an overdraft the "never below zero" test is skipped and the overdraft test runs instead.
import { createHarness } from '../../src/adapter/conformance/harness.js';
import { registerWallet } from '../../src/adapter/conformance/wallet.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { createRestAdapter } from '../../src/adapters/rest/index.js';
import { startMockBackend } from '../../mocks/browser.js';

describe('wallet conformance with an overdraft: memory adapter', () => {
  registerWallet(createHarness({ name: 'memory adapter (overdraft 50.00)', createAdapter: () => createMemoryAdapter({ clientCount: 20, seed: 7, walletOverdraftLimit: 5000 }) }));
});

describe('wallet conformance with an overdraft: REST adapter over MSW', () => {
  let baseUrl: Promise<string> | undefined;
  registerWallet(
    createHarness({
      name: 'REST adapter (overdraft 50.00)',
      createAdapter: async () => {
        baseUrl ??= startMockBackend({ clientCount: 20, seed: 7, basePath: '/api/overdraft', walletOverdraftLimit: 5000 }).then((backend) => backend.baseUrl);
        return createRestAdapter({ baseUrl: await baseUrl, retry: false });
      },
    }),
  );
});
