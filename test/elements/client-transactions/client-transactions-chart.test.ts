import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/client-transactions.js';
import type { ClientTransactions } from '../../../src/elements/client-transactions/client-transactions.js';
import { defaultTimeZone } from '../../../src/i18n/format.js';
import { ALL_PERMISSIONS } from '../../../src/model/session.js';
import { $, $$, memory, textOf, until } from '../client-file/helpers.js';
import { chartValues, expectedMonths } from '../client-file/chart-helpers.js';

describe('<client-transactions> spend chart', () => {
  it('lists the net spend of each of the last 12 months as text, and passes axe', async () => {
    const adapter = memory();
    const clients = await adapter.clients.list({ limit: 60 });
    const label = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: defaultTimeZone() });
    const months = expectedMonths(defaultTimeZone());
    let clientId = '';
    let sums = new Map<string, number>();
    let currency = '';
    for (const client of clients.items) {
      const items = (await adapter.transactions.list(client.id, { limit: 500 })).items;
      const recent = items.filter((item) => months.includes(label.format(new Date(item.occurredAt))));
      if (recent.length < 2) continue;
      currency = recent[0]!.amount.currency;
      sums = new Map(months.map((month) => [month, 0]));
      for (const item of items) {
        const month = label.format(new Date(item.occurredAt));
        if (item.amount.currency === currency && sums.has(month)) sums.set(month, sums.get(month)! + item.amount.amountMinor);
      }
      clientId = client.id;
      break;
    }
    expect(clientId, 'a demo client with recent transactions').to.not.equal('');
    const money = new Intl.NumberFormat('en', { style: 'currency', currency });
    const element = await fixture<ClientTransactions>(html`<client-transactions client-id=${clientId} .adapter=${adapter} .permissions=${ALL_PERMISSIONS}></client-transactions>`);
    await until(element, '.mini-chart');
    expect(textOf($(element, '.mini-chart figcaption'))).to.equal(`Net spend per month, last 12 months (${currency})`);
    expect(chartValues(element)).to.deep.equal([...sums].map(([month, minor]) => [month, money.format(minor / 100)]));
    await expect(element).to.be.accessible();
  });

  it('shows no chart for a client without transactions', async () => {
    const adapter = memory();
    const clientId = (await adapter.clients.create({ firstName: 'Ana', lastName: 'Nueva' })).id;
    const element = await fixture<ClientTransactions>(html`<client-transactions client-id=${clientId} .adapter=${adapter} .permissions=${ALL_PERMISSIONS}></client-transactions>`);
    await until(element, '[part~="state-empty"]');
    expect($$(element, '.mini-chart')).to.have.length(0);
  });
});
