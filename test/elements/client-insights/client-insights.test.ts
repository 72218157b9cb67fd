import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/client-insights.js';
import '../../../src/define/client-provider.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { ClientInsightsElement, daysUntil } from '../../../src/elements/client-insights/client-insights.js';
import type { ClientInsights as Figures } from '../../../src/model/insights.js';
import { $, $$, click, memory, textOf, until } from '../client-file/helpers.js';

const HOST_FIGURES: Figures = {
  clientId: 'cl-host',
  favouriteServices: [
    { serviceId: 'svc-a', name: 'Balayage <b>deluxe</b>', count: 6 },
    { serviceId: 'svc-b', name: 'Manicura', count: 3 },
  ],
  visitCount: 14,
  averageVisitIntervalDays: 21,
  visitsPerMonth: 1.2,
  clientSince: '2021-05-10',
  nextAnniversary: '2027-05-10',
  lastVisitAt: '2026-08-01T10:00:00.000Z',
  daysSinceLastVisit: 114,
  lapsed: true,
  noShowCount: 2,
  lateCancellationCount: 1,
  showRate: 14 / 17,
  lifetimeSpend: { amountMinor: 123456, currency: 'EUR' },
  averageTicket: { amountMinor: 8818, currency: 'EUR' },
  amountDue: { amountMinor: 2500, currency: 'EUR' },
};

/** A host adapter whose backend computes its own insights. */
function hostAdapter(figures: Figures): ClientDataAdapter {
  const base = memory();
  return { clients: base.clients, insights: { get: async () => figures } };
}

describe('<client-insights>', () => {
  it('passes the a11y audit', async () => {
    const element = await fixture<ClientInsightsElement>(html`<client-insights client-id="cl-host" .adapter=${hostAdapter(HOST_FIGURES)}></client-insights>`);
    await until(element, '.cards');
    await expect(element).to.be.accessible();
  });

  it('shows the figures the adapter operation computes', async () => {
    const element = await fixture<ClientInsightsElement>(html`<client-insights client-id="cl-host" .adapter=${hostAdapter(HOST_FIGURES)}></client-insights>`);
    await until(element, '.cards');
    const text = textOf($(element, '.cards'));
    expect($$(element, '.favourites li').map((item) => textOf(item.querySelector('span')))).to.deep.equal(['Balayage <b>deluxe</b>', 'Manicura']);
    expect($(element, '.favourites b')).to.equal(null);
    expect(text).to.contain('Every 21 days').and.contain('1.2 visits a month').and.contain('14 visits');
    expect(text).to.contain('€1,234.56').and.contain('Average ticket €88.18').and.contain('€25.00');
    expect(text).to.contain('82%').and.contain('2 no-shows').and.contain('1 late cancellation');
    expect(text).to.contain('May 10, 2021').and.contain('Next anniversary May 10, 2027');
  });

  it('flags a lapsed frequent client', async () => {
    const element = await fixture<ClientInsightsElement>(html`<client-insights client-id="cl-host" .adapter=${hostAdapter(HOST_FIGURES)}></client-insights>`);
    const flag = await until(element, '[part="lapsed"]');
    expect(textOf(flag)).to.contain('114 days ago').and.contain('every 21 days');
    const steady = await fixture<ClientInsightsElement>(html`<client-insights client-id="cl-host" .adapter=${hostAdapter({ ...HOST_FIGURES, lapsed: false })}></client-insights>`);
    await until(steady, '.cards');
    expect($(steady, '[part="lapsed"]')).to.equal(null);
  });

  it('shows an empty state for a client without visits', async () => {
    const none: Figures = { ...HOST_FIGURES, favouriteServices: [], visitCount: 0, averageVisitIntervalDays: null, lastVisitAt: null, daysSinceLastVisit: null, lapsed: false, noShowCount: 0, lateCancellationCount: 0, showRate: null };
    const element = await fixture<ClientInsightsElement>(html`<client-insights client-id="cl-host" .adapter=${hostAdapter(none)}></client-insights>`);
    await until(element, '[part~="state-empty"]');
    expect(textOf($(element, '[part~="state-empty"]'))).to.contain('No visits yet');
    await expect(element).to.be.accessible();
  });

  it('works on the memory adapter’s own figures, with error and retry', async () => {
    const adapter = memory();
    const clientId = (await adapter.clients.list({ limit: 1, filter: { lastVisitFrom: '2020-01-01' } })).items[0]!.id;
    adapter.simulation.failNext('unavailable', 'insights.get');
    const element = await fixture<ClientInsightsElement>(html`<client-insights client-id=${clientId} .adapter=${adapter}></client-insights>`);
    await until(element, '[part~="state-error"]');
    click($(element, '[part~="state-error"] button'));
    await until(element, '.cards');
    expect(element.value?.clientId).to.equal(clientId);
  });

  it('shows a loading state, and says so when the adapter has no insights', async () => {
    const slow = await fixture<ClientInsightsElement>(html`<client-insights client-id="cl-000001" .adapter=${memory({ latency: 300 })}></client-insights>`);
    await until(slow, '[part~="state-loading"]');
    const without = await fixture<ClientInsightsElement>(html`<client-insights client-id="cl-000001" .adapter=${memory({ without: ['insights'] })}></client-insights>`);
    await until(without, '[part~="state-empty"]');
  });

  it('speaks Brazilian Portuguese', async () => {
    const provider = await fixture(html`<client-provider locale="pt-BR" .adapter=${hostAdapter({ ...HOST_FIGURES, noShowCount: 0 })}><client-insights client-id="cl-host"></client-insights></client-provider>`);
    const element = provider.querySelector('client-insights')!;
    await until(element, '.cards');
    expect(textOf($(element, 'h3'))).to.equal('Indicadores');
    expect(textOf($(element, '.cards'))).to.contain('nenhuma falta');
  });

  it('counts days to a calendar date', () => {
    expect(daysUntil('2026-11-25', Date.parse('2026-11-23T22:00:00Z'))).to.equal(2);
    expect(daysUntil('2026-11-23', Date.parse('2026-11-23T01:00:00Z'))).to.equal(0);
  });
});
