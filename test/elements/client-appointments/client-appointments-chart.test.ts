import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/client-appointments.js';
import type { ClientAppointments } from '../../../src/elements/client-appointments/client-appointments.js';
import { defaultTimeZone } from '../../../src/i18n/format.js';
import { $, $$, memory, textOf, until } from '../client-file/helpers.js';
import { chartValues, expectedMonths } from '../client-file/chart-helpers.js';

describe('<client-appointments> visits chart', () => {
  it('lists the visits of each of the last 12 months as text, and passes axe', async () => {
    const adapter = memory();
    const clients = await adapter.clients.list({ limit: 60 });
    let clientId = '';
    let visits: { startAt: string }[] = [];
    for (const client of clients.items) {
      const page = await adapter.appointments.list(client.id, { limit: 500, filter: { when: 'past', statuses: ['arrived', 'in-progress', 'completed'] } });
      if (page.total > 3) [clientId, visits] = [client.id, page.items];
      if (clientId) break;
    }
    const months = expectedMonths(defaultTimeZone());
    const counts = new Map(months.map((label) => [label, 0]));
    const label = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: defaultTimeZone() });
    for (const visit of visits) {
      const key = label.format(new Date(visit.startAt));
      if (counts.has(key)) counts.set(key, counts.get(key)! + 1);
    }
    const element = await fixture<ClientAppointments>(html`<client-appointments client-id=${clientId} .adapter=${adapter}></client-appointments>`);
    await until(element, '.mini-chart');
    expect(textOf($(element, '.mini-chart figcaption'))).to.equal('Visits per month, last 12 months');
    expect($(element, '.mini-chart svg')!.getAttribute('role')).to.equal('img');
    expect(chartValues(element)).to.deep.equal([...counts].map(([month, count]) => [month, `${count} ${count === 1 ? 'visit' : 'visits'}`]));
    await expect(element).to.be.accessible();
  });

  it('shows no chart for a client without visits', async () => {
    const adapter = memory();
    const clientId = (await adapter.clients.create({ firstName: 'Ana', lastName: 'Nueva' })).id;
    const element = await fixture<ClientAppointments>(html`<client-appointments client-id=${clientId} .adapter=${adapter}></client-appointments>`);
    await until(element, '.empty');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($$(element, '.mini-chart')).to.have.length(0);
  });
});
