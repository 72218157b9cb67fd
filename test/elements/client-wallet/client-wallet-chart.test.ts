import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/client-wallet.js';
import type { ClientWallet } from '../../../src/elements/client-wallet/client-wallet.js';
import { defaultTimeZone } from '../../../src/i18n/format.js';
import { $, $$, memory, textOf, until } from '../client-file/helpers.js';
import { chartValues, expectedMonths } from '../client-file/chart-helpers.js';

const EUR = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const euros = (amountMinor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(amountMinor / 100);

describe('<client-wallet> balance chart', () => {
  it('lists the balance at the end of each month since the first movement, and passes axe', async () => {
    let clock = Date.now() - 1000 * 60; // movements in the current month
    const adapter = memory({ now: () => (clock += 1000) });
    const clientId = (await adapter.clients.create({ firstName: 'Lucía', lastName: 'Vega' })).id;
    await adapter.wallet.addFunds(clientId, { amount: EUR(5000), idempotencyKey: 'chart-k1' });
    await adapter.wallet.deductFunds(clientId, { amount: EUR(1250), idempotencyKey: 'chart-k2' });
    await adapter.wallet.assignReward(clientId, { amount: EUR(700), idempotencyKey: 'chart-k3' });
    const latest = (await adapter.wallet.movements(clientId, { limit: 1, filter: { pocket: 'balance' } })).items[0]!;
    const element = await fixture<ClientWallet>(html`<client-wallet client-id=${clientId} .adapter=${adapter}></client-wallet>`);
    await until(element, '.mini-chart');
    expect(textOf($(element, '.mini-chart figcaption'))).to.equal('Balance at the end of each month');
    const month = expectedMonths(defaultTimeZone()).at(-1)!;
    expect(chartValues(element)).to.deep.equal([[month, euros(latest.balanceAfter.amountMinor)]]);
    expect(latest.balanceAfter.amountMinor).to.equal(3750);
    await expect(element).to.be.accessible();
  });

  it('shows no chart for a wallet without movements', async () => {
    const adapter = memory();
    const clientId = (await adapter.clients.create({ firstName: 'Ana', lastName: 'Nueva' })).id;
    const element = await fixture<ClientWallet>(html`<client-wallet client-id=${clientId} .adapter=${adapter}></client-wallet>`);
    await until(element, '[part~="state-empty"]');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($$(element, '.mini-chart')).to.have.length(0);
  });
});
