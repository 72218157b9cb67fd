import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/client-preferences.js';
import '../../../src/define/client-provider.js';
import type { ClientPreferences } from '../../../src/elements/client-preferences/client-preferences.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, memory, textOf, until } from '../client-file/helpers.js';

type Adapter = ReturnType<typeof memory>;

async function mount(adapter: Adapter, clientId: string, permissions?: readonly Permission[]) {
  const element = await fixture<ClientPreferences>(html`<client-preferences client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-preferences>`);
  await until(element, 'table');
  return element;
}

const toggle = (element: ClientPreferences, topic: string, channel: string) =>
  $<HTMLInputElement>(element, `input[data-topic="${topic}"][data-channel="${channel}"]`)!;

describe('<client-preferences>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.list({ limit: 1 })).items[0]!.id;
  });

  it('passes the a11y audit', async () => {
    await expect(await mount(adapter, clientId)).to.be.accessible();
  });

  it('shows the topic × channel matrix as labelled switches', async () => {
    const element = await mount(adapter, clientId);
    const stored = await adapter.preferences.get(clientId);
    const switches = $$<HTMLInputElement>(element, 'input[role="switch"]');
    expect(switches).to.have.length(15);
    expect(toggle(element, 'marketing', 'sms').checked).to.equal(stored.matrix.marketing.sms);
    expect(toggle(element, 'marketing', 'sms').getAttribute('aria-label')).to.equal('Marketing by SMS');
    expect($$(element, 'thead th').map(textOf).slice(1)).to.deep.equal(['SMS', 'Push notifications', 'Email']);
  });

  it('saves each switch at once', async () => {
    const element = await mount(adapter, clientId);
    const input = toggle(element, 'marketing', 'email');
    const before = input.checked;
    const change = oneEvent(element, 'client-preferences-change');
    click(input);
    expect(toggle(element, 'marketing', 'email').checked).to.equal(!before);
    const event = await change;
    expect(event.detail).to.include({ topic: 'marketing', channel: 'email', enabled: !before });
    expect((await adapter.preferences.get(clientId)).matrix.marketing.email).to.equal(!before);
  });

  it('saves quick successive switches without conflicts', async () => {
    const element = await mount(adapter, clientId);
    const stored = await adapter.preferences.get(clientId);
    click(toggle(element, 'appointments', 'sms'));
    click(toggle(element, 'service', 'push'));
    click(toggle(element, 'transactions', 'email'));
    await element.saved();
    const after = await adapter.preferences.get(clientId);
    expect(after.matrix.appointments.sms).to.equal(!stored.matrix.appointments.sms);
    expect(after.matrix.service.push).to.equal(!stored.matrix.service.push);
    expect(after.matrix.transactions.email).to.equal(!stored.matrix.transactions.email);
    expect(after.version).to.equal(stored.version + 3);
    expect(textOf($(element, '[part="message"]'))).to.equal('');
  });

  it('rolls a failed switch back and says why', async () => {
    const element = await mount(adapter, clientId);
    const before = toggle(element, 'packages', 'push').checked;
    adapter.simulation.failNext('unavailable', 'preferences.update');
    click(toggle(element, 'packages', 'push'));
    await element.saved();
    await element.updateComplete;
    expect(toggle(element, 'packages', 'push').checked).to.equal(before);
    expect(textOf($(element, '[part="message"]'))).to.contain('undone').and.contain('isn’t available');
    expect((await adapter.preferences.get(clientId)).matrix.packages.push).to.equal(before);
  });

  it('applies a switch over a version saved elsewhere meanwhile', async () => {
    const element = await mount(adapter, clientId);
    const stored = await adapter.preferences.get(clientId);
    await adapter.preferences.update(clientId, { service: { sms: !stored.matrix.service.sms } }, { expectedVersion: stored.version });
    click(toggle(element, 'marketing', 'push'));
    await element.saved();
    const after = await adapter.preferences.get(clientId);
    expect(after.matrix.marketing.push).to.equal(!stored.matrix.marketing.push);
    expect(after.matrix.service.sms).to.equal(!stored.matrix.service.sms);
  });

  it('is read-only without preferences.edit', async () => {
    const element = await mount(adapter, clientId, READ_ONLY_PERMISSIONS);
    expect($$<HTMLInputElement>(element, 'input[role="switch"]').every((input) => input.disabled)).to.equal(true);
    expect(textOf($(element, '.intro'))).to.contain('not change it');
    await expect(element).to.be.accessible();
  });

  it('shows loading and error states, and retries', async () => {
    const slow = await fixture<ClientPreferences>(html`<client-preferences client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-preferences>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'preferences.get');
    const failing = await fixture<ClientPreferences>(html`<client-preferences client-id=${clientId} .adapter=${adapter}></client-preferences>`);
    await until(failing, '[part~="state-error"]');
    await expect(failing).to.be.accessible();
    click($(failing, '[part~="state-error"] button'));
    await until(failing, 'table');
  });

  it('says so when the adapter has no preferences', async () => {
    const element = await fixture<ClientPreferences>(html`<client-preferences client-id=${clientId} .adapter=${memory({ without: ['preferences'] })}></client-preferences>`);
    await until(element, '[part~="state-empty"]');
    await waitUntil(() => textOf($(element, '[part~="state-empty"]')).includes('aren’t available'));
  });

  it('speaks Spanish', async () => {
    const provider = await fixture(html`<client-provider locale="es" .adapter=${adapter}><client-preferences client-id=${clientId}></client-preferences></client-provider>`);
    const element = provider.querySelector('client-preferences')!;
    await until(element, 'table');
    expect(textOf($(element, 'h3'))).to.equal('Preferencias de comunicación');
  });
});
