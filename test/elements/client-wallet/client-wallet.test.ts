import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { ClientDataAdapter, WalletApi } from '../../../src/adapter/contract.js';
import '../../../src/define/client-file.js';
import '../../../src/define/client-provider.js';
import '../../../src/define/client-wallet.js';
import type { ClientWallet } from '../../../src/elements/client-wallet/client-wallet.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import { READ_ONLY_PERMISSIONS, ALL_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, deepActiveElement, memory, setValue, textOf, until } from '../client-file/helpers.js';

type Adapter = ReturnType<typeof memory>;
const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
let keys = 0;
const key = () => `test-key-${Date.now()}-${++keys}`;

async function mount(adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) {
  const element = await fixture<ClientWallet>(html`<client-wallet client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-wallet>`);
  await until(element, 'h3, [part~="state"]:not([part~="state-loading"])');
  return element;
}

/** Opens an operation's dialog, types the amount and note, and reviews. */
async function fill(element: ClientWallet, operation: string, amount: string, note = '') {
  click($(element, `[data-operation="${operation}"]`));
  const dialog = await until<HTMLDialogElement>(element, 'dialog.operation');
  await waitUntil(() => dialog.open, 'the dialog never opened');
  setValue(await until<HTMLInputElement>(element, '#wallet-amount'), amount);
  if (note) setValue($<HTMLTextAreaElement>(element, '#wallet-note')!, note);
  click($(element, 'dialog .review'));
  return dialog;
}

const balanceText = (element: ClientWallet) => textOf($(element, '.figure.balance dd'));

/** A wallet whose first call of `operation` is applied but its answer is lost (a dropped response). */
function losingFirstAnswer(adapter: Adapter, operation: 'addFunds' | 'deductFunds' | 'assignReward'): { adapter: ClientDataAdapter; sentKeys: string[] } {
  const sentKeys: string[] = [];
  let lost = false;
  const real = adapter.wallet;
  const wallet: WalletApi = {
    get: (...args) => real.get(...args),
    movements: (...args) => real.movements(...args),
    addFunds: (...args) => real.addFunds(...args),
    deductFunds: (...args) => real.deductFunds(...args),
    assignReward: (...args) => real.assignReward(...args),
  };
  wallet[operation] = async (clientId, input) => {
    sentKeys.push(input.idempotencyKey);
    const result = await real[operation](clientId, input);
    if (!lost) {
      lost = true;
      throw new AdapterError('network', 'The connection dropped after the server applied it');
    }
    return result;
  };
  return { adapter: { ...adapter, clients: adapter.clients, wallet }, sentKeys };
}

describe('<client-wallet>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    // A clock that ticks a second per call, so movements made in a row have distinct times.
    let clock = Date.parse('2026-11-23T09:00:00Z');
    adapter = memory({ now: () => (clock += 1000) });
    clientId = (await adapter.clients.create({ firstName: 'Lucía', lastName: 'Vega' })).id;
  });

  it('passes the a11y audit: empty, with movements, and with the dialog open', async () => {
    const empty = await mount(adapter, clientId);
    await until(empty, '[part~="state-empty"]');
    await expect(empty).to.be.accessible();
    await adapter.wallet.addFunds(clientId, { amount: EUR(5000), note: 'Bono', idempotencyKey: key() });
    const element = await mount(adapter, clientId);
    await until(element, '[part="movement"]');
    await expect(element).to.be.accessible();
    await fill(element, 'add-funds', '');
    await until(element, '#wallet-amount-error');
    await expect(element).to.be.accessible();
  });

  it('shows balance, total spent and rewards, and the history with the balance after each movement', async () => {
    await adapter.wallet.addFunds(clientId, { amount: EUR(5000), idempotencyKey: key() });
    await adapter.wallet.deductFunds(clientId, { amount: EUR(1250), note: 'Corte <b>y</b> color', idempotencyKey: key() });
    await adapter.wallet.assignReward(clientId, { amount: EUR(300), idempotencyKey: key() });
    const element = await mount(adapter, clientId);
    await until(element, '[part="movement"]');
    expect(balanceText(element)).to.equal('€37.50');
    expect(textOf($(element, '.figure.rewards dd'))).to.equal('€3.00');
    expect(textOf($(element, '.figure.spent dd'))).to.equal('€0.00');
    const rows = $$(element, '[part="movement"]').map((row) => [...row.querySelectorAll('td')].map((cell) => textOf(cell)));
    expect(rows.map((row) => row.slice(1, 4))).to.deep.equal([
      ['Reward Rewards', '+€3.00', '€3.00'],
      ['Funds deducted', '-€12.50', '€37.50'],
      ['Funds added', '+€50.00', '€50.00'],
    ]);
    expect(rows[1]![5]).to.equal('Corte <b>y</b> color');
    expect($(element, '[part="movement"] b')).to.equal(null);
  });

  it('pages the full history', async () => {
    for (let i = 0; i < 23; i++) await adapter.wallet.addFunds(clientId, { amount: EUR(100), idempotencyKey: key() });
    const element = await mount(adapter, clientId);
    await until(element, '[part="movement"]');
    expect($$(element, '[part="movement"]').length).to.equal(20);
    expect(textOf($(element, '.more-row'))).to.contain('Showing 20 of 23');
    click($(element, '.show-more'));
    await waitUntil(() => $$(element, '[part="movement"]').length === 23, 'the next page never came');
    expect($(element, '.show-more')).to.equal(null);
    expect(textOf($$(element, '[part="movement"]')[22]!.querySelectorAll('td')[3])).to.equal('€1.00');
  });

  it('adds funds after a confirmation, persists one movement, and tells the file', async () => {
    const element = await mount(adapter, clientId);
    await fill(element, 'add-funds', '25.5', 'Regalo de cumpleaños');
    const confirm = await until(element, 'dialog .confirm');
    expect(textOf($(element, 'dialog .question'))).to.equal('Add €25.50 to the wallet?');
    expect(textOf($(element, 'dialog .after'))).to.equal('Balance after: €25.50');
    await waitUntil(() => deepActiveElement() === confirm, 'the confirm button is not focused');
    const change = oneEvent(element, 'client-wallet-change');
    const record = oneEvent(element, 'client-record-change');
    click(confirm);
    const event = await change;
    expect(event.detail.wallet.balance.amountMinor).to.equal(2550);
    const recordEvent = await record;
    expect(recordEvent.detail).to.include({ clientId, namespace: 'wallet', action: 'create', id: event.detail.movement.id });
    expect(recordEvent.bubbles && recordEvent.composed).to.equal(true);
    await waitUntil(() => $(element, 'dialog.operation') === null);
    expect(balanceText(element)).to.equal('€25.50');
    expect(textOf($(element, '[part="message"]'))).to.equal('€25.50 added. Balance: €25.50.');
    const movements = (await adapter.wallet.movements(clientId)).items;
    expect(movements.map((movement) => [movement.kind, movement.amount.amountMinor, movement.note])).to.deep.equal([['add-funds', 2550, 'Regalo de cumpleaños']]);
    await waitUntil(() => deepActiveElement() === $(element, '[data-operation="add-funds"]'), 'focus did not return to the button');
  });

  it('a double click on confirm makes exactly one movement', async () => {
    const slow = memory({ latency: 80 });
    const id = (await slow.clients.create({ firstName: 'Doble', lastName: 'Clic' })).id;
    const element = await mount(slow, id);
    await fill(element, 'add-funds', '10');
    const confirm = await until(element, 'dialog .confirm');
    click(confirm);
    click(confirm);
    await waitUntil(() => $(element, 'dialog.operation') === null, 'the dialog never closed', { timeout: 4000 });
    expect((await slow.wallet.movements(id)).total).to.equal(1);
    expect((await slow.wallet.get(id)).balance.amountMinor).to.equal(1000);
  });

  it('a retry after a response lost after commit makes exactly one movement (same key)', async () => {
    const { adapter: losing, sentKeys } = losingFirstAnswer(adapter, 'addFunds');
    const element = await mount(losing, clientId);
    await fill(element, 'add-funds', '40', 'Top-up');
    click(await until(element, 'dialog .confirm'));
    const summary = await until(element, 'dialog .error-summary');
    expect(textOf(summary)).to.contain('didn’t go through');
    expect(textOf(summary)).to.contain('never applied twice');
    expect($<HTMLInputElement>(element, '#wallet-amount')!.value).to.equal('40');
    expect($<HTMLTextAreaElement>(element, '#wallet-note')!.value).to.equal('Top-up');
    click($(element, 'dialog .review'));
    click(await until(element, 'dialog .confirm'));
    await waitUntil(() => $(element, 'dialog.operation') === null, 'the retry never closed the dialog');
    expect(sentKeys.length).to.equal(2);
    expect(sentKeys[1]).to.equal(sentKeys[0]);
    expect((await adapter.wallet.movements(clientId)).total).to.equal(1);
    expect(balanceText(element)).to.equal('€40.00');
  });

  it('a changed amount after a failure is a new submission with a new key', async () => {
    const { adapter: losing, sentKeys } = losingFirstAnswer(adapter, 'assignReward');
    const element = await mount(losing, clientId);
    await fill(element, 'reward', '5');
    click(await until(element, 'dialog .confirm'));
    await until(element, 'dialog .error-summary');
    setValue($<HTMLInputElement>(element, '#wallet-amount')!, '6');
    click($(element, 'dialog .review'));
    click(await until(element, 'dialog .confirm'));
    await waitUntil(() => $(element, 'dialog.operation') === null);
    expect(new Set(sentKeys).size).to.equal(2);
    expect(textOf($(element, '.figure.rewards dd'))).to.equal('€11.00');
  });

  it('refuses to deduct more than the balance, before and after asking the backend', async () => {
    await adapter.wallet.addFunds(clientId, { amount: EUR(1000), idempotencyKey: key() });
    const element = await mount(adapter, clientId);
    await fill(element, 'deduct-funds', '10.01');
    const error = await until(element, '#wallet-amount-error');
    expect(textOf(error)).to.equal('The balance doesn’t cover this amount: at most €10.00 can be deducted.');
    expect(textOf($(element, 'dialog .current'))).to.equal('Current balance: €10.00');
    setValue($<HTMLInputElement>(element, '#wallet-amount')!, '8');
    click($(element, 'dialog .review'));
    await until(element, 'dialog .confirm');
    // Meanwhile someone deducts at the front desk.
    await adapter.wallet.deductFunds(clientId, { amount: EUR(500), idempotencyKey: key() });
    click($(element, 'dialog .confirm'));
    await waitUntil(() => textOf($(element, '#wallet-amount-error')).includes('at most €5.00'), 'the refusal was not shown');
    expect($<HTMLInputElement>(element, '#wallet-amount')!.value).to.equal('8');
    await waitUntil(() => balanceText(element) === '€5.00', 'the figures were not refreshed');
    expect((await adapter.wallet.get(clientId)).balance.amountMinor).to.equal(500);
  });

  it('validates the typed amount', async () => {
    const element = await mount(adapter, clientId);
    for (const [typed, message] of [
      ['', 'Enter an amount.'],
      ['abc', 'Enter an amount as a number, for example 25.50.'],
      ['1.234', 'Use at most 2 decimals.'],
      ['0', 'The amount must be more than zero.'],
    ] as const) {
      if (!$(element, 'dialog.operation')) click($(element, '[data-operation="add-funds"]'));
      setValue(await until<HTMLInputElement>(element, '#wallet-amount'), typed);
      click($(element, 'dialog .review'));
      await waitUntil(() => textOf($(element, '#wallet-amount-error')) === message, `no "${message}" for "${typed}"`);
      expect($(element, '#wallet-amount')!.getAttribute('aria-invalid')).to.equal('true');
    }
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(element, 'dialog.operation') === null, 'Escape did not close the dialog');
    expect((await adapter.wallet.movements(clientId)).total).to.equal(0);
  });

  it('allows an overdraft when the backend reports one', async () => {
    const overdraft = memory({ walletOverdraftLimit: 5000 });
    const id = (await overdraft.clients.create({ firstName: 'Over', lastName: 'Draft' })).id;
    const element = await mount(overdraft, id);
    expect(textOf($(element, '.overdraft'))).to.equal('The balance may go down to −€50.00.');
    await fill(element, 'deduct-funds', '60');
    expect(textOf(await until(element, '#wallet-amount-error'))).to.contain('at most €50.00');
    setValue($<HTMLInputElement>(element, '#wallet-amount')!, '30');
    click($(element, 'dialog .review'));
    expect(textOf(await until(element, 'dialog .after'))).to.equal('Balance after: -€30.00');
    click($(element, 'dialog .confirm'));
    await waitUntil(() => balanceText(element) === '-€30.00', 'the negative balance was not shown');
    expect((await overdraft.wallet.get(id)).balance.amountMinor).to.equal(-3000);
  });

  it('is read-only without wallet.edit, and hidden without wallet.view', async () => {
    await adapter.wallet.addFunds(clientId, { amount: EUR(700), idempotencyKey: key() });
    const readOnly = await mount(adapter, clientId, READ_ONLY_PERMISSIONS);
    await until(readOnly, '[part="movement"]');
    expect($(readOnly, '[part="actions"]')).to.equal(null);
    expect(textOf($(readOnly, '.intro'))).to.equal('You can see the wallet but not change it.');
    readOnly.open('add-funds');
    await readOnly.updateComplete;
    expect($(readOnly, 'dialog')).to.equal(null);
    const none = await mount(adapter, clientId, ALL_PERMISSIONS.filter((permission) => !permission.startsWith('wallet.')));
    await until(none, '[part~="state-forbidden"]');
    expect(balanceText(none)).to.equal('');
  });

  it('shows loading and error states, and retries', async () => {
    const slow = await fixture(html`<client-wallet client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-wallet>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('unavailable', 'wallet.get');
    const failing = await mount(adapter, clientId);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '.figures');
  });

  it('speaks Spanish and reads amounts the Spanish way', async () => {
    const provider = await fixture(html`<client-provider locale="es" currency="EUR" .adapter=${adapter}><client-wallet client-id=${clientId}></client-wallet></client-provider>`);
    const element = provider.querySelector('client-wallet')!;
    await until(element, 'h3');
    expect(textOf($(element, 'h3'))).to.equal('Monedero');
    await fill(element, 'add-funds', '1.234,5');
    expect(textOf(await until(element, 'dialog .question'))).to.equal('¿Añadir 1234,50 € al monedero?');
    click($(element, 'dialog .confirm'));
    await waitUntil(() => balanceText(element) === '1234,50 €');
    expect((await adapter.wallet.get(clientId)).balance.amountMinor).to.equal(123450);
  });

  it('inside <client-file>, the header balance follows a movement', async () => {
    const file = await fixture<ClientFileElement>(html`<client-file client-id=${clientId} tab="wallet" .adapter=${adapter}></client-file>`);
    await file.dataSettled;
    const facts = () => $$(file, '.fact').find((fact) => textOf(fact).startsWith('Wallet balance'));
    await waitUntil(() => facts() !== undefined, 'no wallet balance in the header');
    expect(textOf(facts()!.querySelector('dd'))).to.equal('€0.00');
    const panel = await waitUntil(() => file.shadowRoot!.querySelector('client-wallet'), 'the wallet tab never opened').then(() => file.shadowRoot!.querySelector('client-wallet')!);
    await until(panel, '[data-operation="add-funds"]');
    await fill(panel, 'add-funds', '12');
    click(await until(panel, 'dialog .confirm'));
    await waitUntil(() => textOf(facts()!.querySelector('dd')) === '€12.00', 'the header kept the old balance');
  });
});
