/*
 * <client-wallet> over the REST adapter, through MSW's service worker (the HTTP contract handler over
 * a memory adapter in this page): the figures and history as a host backend sends them, and a money
 * operation whose response is dropped after the server applied it — retried by the user, it moves
 * money once (the same Idempotency-Key).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createRestAdapter } from '../../../src/adapters/rest/index.js';
import type { MockBackend } from '../../../mocks/browser.js';
import { startMockBackend } from '../../../mocks/browser.js';
import '../../../src/define/client-wallet.js';
import type { ClientWallet } from '../../../src/elements/client-wallet/client-wallet.js';
import { $, $$, click, setValue, textOf, until, REFERENCE_DATE } from '../client-file/helpers.js';

let backend: Promise<MockBackend> | undefined;
let paths = 0;

async function restBackend() {
  const basePath = `/api/wallet-${++paths}`;
  const started = await (backend ??= startMockBackend({ clientCount: 1, seed: 7, basePath: '/api/wallet-unused' }));
  const { createMemoryAdapter } = await import('../../../src/adapters/memory/index.js');
  const { createClientelaHandler } = await import('../../../mocks/server/handler.js');
  const { createMswHandlers } = await import('../../../mocks/handlers.js');
  const memory = createMemoryAdapter({ clientCount: 20, seed: 7, referenceDate: REFERENCE_DATE });
  const handler = createClientelaHandler({ adapter: memory, basePath });
  started.worker.use(...createMswHandlers(handler));
  return { adapter: createRestAdapter({ baseUrl: new URL(basePath, location.origin).href, retry: false }), memory, handler };
}

describe('<client-wallet> over the REST adapter (MSW)', () => {
  it('shows the figures and history the backend sends, and stays accessible', async () => {
    const { adapter, memory } = await restBackend();
    const clientId = 'cl-000006';
    const element = await fixture<ClientWallet>(html`<client-wallet client-id=${clientId} .adapter=${adapter}></client-wallet>`);
    await until(element, '[part="movement"]');
    const expected = await memory.wallet.get(clientId);
    expect(textOf($(element, '.figure.balance dd'))).to.equal(new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(expected.balance.amountMinor / 100));
    expect($$(element, '[part="movement"]').length).to.equal((await memory.wallet.movements(clientId)).total);
    await expect(element).to.be.accessible();
  });

  it('a response dropped after commit, then the user retries: one movement', async () => {
    const { adapter, memory, handler } = await restBackend();
    const clientId = (await memory.clients.create({ firstName: 'Rest', lastName: 'Wallet' })).id;
    const element = await fixture<ClientWallet>(html`<client-wallet client-id=${clientId} .adapter=${adapter}></client-wallet>`);
    await until(element, '[data-operation="add-funds"]');
    handler.faults.add({ fault: { kind: 'apply-then-drop' }, operation: 'wallet.addFunds' });
    click($(element, '[data-operation="add-funds"]'));
    setValue(await until<HTMLInputElement>(element, '#wallet-amount'), '15');
    click($(element, 'dialog .review'));
    click(await until(element, 'dialog .confirm'));
    await until(element, 'dialog .error-summary');
    expect((await memory.wallet.movements(clientId)).total).to.equal(1); // applied, though the answer was lost
    click($(element, 'dialog .review'));
    click(await until(element, 'dialog .confirm'));
    await waitUntil(() => $(element, 'dialog.operation') === null, 'the retry never went through');
    expect((await memory.wallet.movements(clientId)).total).to.equal(1);
    expect((await memory.wallet.get(clientId)).balance.amountMinor).to.equal(1500);
    expect(textOf($(element, '.figure.balance dd'))).to.equal('€15.00');
  });
});
