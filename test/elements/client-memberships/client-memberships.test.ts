import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/client-memberships.js';
import '../../../src/define/client-provider.js';
import type { ClientMemberships } from '../../../src/elements/client-memberships/client-memberships.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { formatMoney } from '../../../src/i18n/format.js';
import type { Membership } from '../../../src/model/membership.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { mountTab, restTab } from '../client-file/tab-fixtures.js';

type Adapter = ReturnType<typeof memory>;

const mount = (adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) => mountTab<ClientMemberships>('client-memberships', adapter, clientId, { permissions });
const item = (element: Element, id: string) => $(element, `.item[data-id="${id}"]`)!;
const euros = (amountMinor: number, locale = 'en') => formatMoney({ amountMinor, currency: 'EUR' }, locale).replace(/\s+/g, ' ');

/** A client with a "Club Belleza" membership (49 € a month, 2 credits, a 20 € cancellation fee). */
async function withMembership(adapter: ClientDataAdapter): Promise<{ clientId: string; membership: Membership }> {
  const catalog = await adapter.catalog!.get();
  const clientId = (await adapter.clients.create({ firstName: 'Nuria', lastName: 'Sanz' })).id;
  const membership = await adapter.memberships!.create(clientId, { planId: 'plan-beauty', centerId: catalog.centers[0]!.id, soldById: catalog.staff[0]!.id });
  return { clientId, membership };
}

describe('<client-memberships>', () => {
  let adapter: Adapter;
  let clientId: string;
  let membership: Membership;

  beforeEach(async () => {
    adapter = memory();
    ({ clientId, membership } = await withMembership(adapter));
  });

  it('shows plan, status, price, next payment, credits per service and payments; passes the a11y audit', async () => {
    const element = await mount(adapter, clientId);
    const shown = await until(element, `.item[data-id="${membership.id}"]`);
    expect(textOf(shown.querySelector('.name'))).to.equal(membership.planName);
    expect(textOf(shown.querySelector('[part="status"]'))).to.equal('Active');
    expect(textOf(shown.querySelector('.price'))).to.equal(`${euros(4900)} a month`);
    expect(textOf(shown.querySelector('.next-payment'))).to.match(/^Next payment /);
    const summaries = $$(shown, '.credits-summary').map(textOf);
    expect(summaries.length).to.be.greaterThan(0);
    expect(summaries.every((text) => / 0 of \d+ used$/.test(text))).to.equal(true);
    await expect(element).to.be.accessible();
    const empty = await mount(adapter, (await adapter.clients.create({ firstName: 'Sin', lastName: 'Plan' })).id);
    await until(empty, '[part~="state-empty"]');
    await expect(empty).to.be.accessible();
  });

  it('edits a credit’s status and expiry through the adapter', async () => {
    const element = await mount(adapter, clientId);
    const credit = membership.credits[0]!;
    const select = await until<HTMLSelectElement>(element, `#credit-${membership.id}-${credit.id}-status`);
    setValue(select, 'used');
    await waitUntil(async () => (await adapter.memberships.get(clientId, membership.id)).credits[0]!.status === 'used', 'not stored');
    await waitUntil(() => $$(element, '.credits-summary').some((summary) => / 1 of \d+ used$/.test(textOf(summary))), 'summary not updated');
    await waitUntil(() => !$<HTMLSelectElement>(element, `#credit-${membership.id}-${credit.id}-status`)!.disabled);
    setValue($<HTMLInputElement>(element, `#credit-${membership.id}-${credit.id}-expires`)!, '2027-03-31');
    await waitUntil(async () => (await adapter.memberships.get(clientId, membership.id)).credits[0]!.expiresAt === '2027-03-31', 'expiry not stored');
  });

  it('charges the next payment exactly once on a double click, and once on a retry after a lost response', async () => {
    const element = await mount(adapter, clientId);
    const manual = async () => (await adapter.memberships.get(clientId, membership.id)).payments.filter((payment) => payment.kind === 'manual').length;
    const before = await manual();
    const payments = async () => (await manual()) - before;
    adapter.simulation.latency = 100;
    click(await until(element, `[data-charge="${membership.id}"]`));
    click($(element, `[data-charge="${membership.id}"]`));
    await waitUntil(() => textOf($(element, '[part="message"]')) === `Charged ${euros(4900)}.`, 'no confirmation');
    expect(await payments()).to.equal(1);
    expect($$(item(element, membership.id), '.payment').length).to.equal((await adapter.memberships.get(clientId, membership.id)).payments.length);
    // The next charge is applied, but its response is lost: the retry sends the same key.
    const sent: string[] = [];
    const api = adapter.memberships;
    let lose = true;
    const lossy = Object.create(adapter, {
      memberships: {
        value: Object.assign(Object.create(api), {
          async processPayment(client: string, id: string, input: { idempotencyKey: string }) {
            sent.push(input.idempotencyKey);
            const result = await api.processPayment(client, id, input);
            if (lose) {
              lose = false;
              throw new TypeError('Failed to fetch');
            }
            return result;
          },
        }),
      },
    }) as ClientDataAdapter;
    const retrying = await mount(lossy, clientId);
    adapter.simulation.latency = 0;
    click($(retrying, `[data-charge="${membership.id}"]`));
    await waitUntil(() => textOf($(retrying, '[part="message"]')) !== '' && !textOf($(retrying, '[part="message"]')).startsWith('Charged'), 'no failure shown');
    await waitUntil(() => !$<HTMLButtonElement>(retrying, `[data-charge="${membership.id}"]`)!.disabled);
    click($(retrying, `[data-charge="${membership.id}"]`));
    await waitUntil(() => textOf($(retrying, '[part="message"]')).startsWith('Charged'), 'the retry failed');
    expect(sent.length).to.equal(2);
    expect(sent[0]).to.equal(sent[1]);
    expect(await payments()).to.equal(2);
  });

  it('edits card label, next payment date and note; a stale edit shows the conflict and keeps the draft', async () => {
    const element = await mount(adapter, clientId);
    click(await until(element, `[data-edit="${membership.id}"]`));
    setValue(await until<HTMLInputElement>(element, '#membership-brand'), 'Visa');
    setValue($<HTMLInputElement>(element, '#membership-last4')!, '12');
    click($(element, 'form button[type="submit"]'));
    expect(textOf(await until(element, '#membership-card-error'))).to.equal('Enter the card’s last 4 digits.');
    setValue($<HTMLInputElement>(element, '#membership-last4')!, '4242');
    setValue($<HTMLInputElement>(element, '#membership-next')!, '2027-02-01');
    setValue($<HTMLTextAreaElement>(element, '#membership-note')!, '<i>Prefers mornings</i>');
    const current = await adapter.memberships.get(clientId, membership.id);
    await adapter.memberships.update(clientId, membership.id, { note: 'Elsewhere' }, { expectedVersion: current.version });
    click($(element, 'form button[type="submit"]'));
    await until(element, '.conflict-note');
    expect($<HTMLTextAreaElement>(element, '#membership-note')!.value).to.equal('<i>Prefers mornings</i>');
    const change = oneEvent(element, 'client-record-change');
    click($(element, 'form button[type="submit"]'));
    await change;
    const saved = await adapter.memberships.get(clientId, membership.id);
    expect(saved).to.include({ nextPaymentAt: '2027-02-01', note: '<i>Prefers mornings</i>' });
    expect(saved.card).to.deep.equal({ brand: 'Visa', last4: '4242' });
    await waitUntil(() => textOf(item(element, membership.id).querySelector('.card')) === 'Visa ending in 4242');
    expect(textOf(item(element, membership.id).querySelector('.note'))).to.equal('<i>Prefers mornings</i>');
    expect(item(element, membership.id).querySelector('.note i')).to.equal(null);
  });

  it('cancels after quoting the fee in a dialog; a failure keeps the dialog filled and the retry cancels once', async () => {
    const element = await mount(adapter, clientId);
    click(await until(element, `[data-cancel="${membership.id}"]`));
    const dialog = await until<HTMLDialogElement>(element, 'dialog.cancel-dialog');
    expect(dialog.open).to.equal(true);
    expect(textOf(await until(element, 'dialog .fee'))).to.equal(`Cancellation fee: ${euros(2000)}`);
    expect(textOf($(element, 'dialog .credits-lost'))).to.match(/available credits? will be void\.$/);
    await expect(element).to.be.accessible();
    setValue($<HTMLTextAreaElement>(element, '#cancel-reason')!, 'Se muda');
    adapter.simulation.failNext('unavailable', 'memberships.cancel');
    click($(element, '.confirm-cancel'));
    await until(element, 'dialog [role="alert"]');
    expect($<HTMLTextAreaElement>(element, '#cancel-reason')!.value).to.equal('Se muda');
    expect((await adapter.memberships.get(clientId, membership.id)).status).to.equal('active');
    click($(element, '.confirm-cancel'));
    click($(element, '.confirm-cancel'));
    await waitUntil(() => $(element, 'dialog.cancel-dialog') === null, 'the dialog stayed open');
    const saved = await adapter.memberships.get(clientId, membership.id);
    expect(saved.status).to.equal('cancelled');
    expect(saved.payments.filter((payment) => payment.kind === 'cancellation-fee').map((payment) => payment.amount.amountMinor)).to.deep.equal([2000]);
    await waitUntil(() => textOf(item(element, membership.id).querySelector('[part="status"]')) === 'Cancelled');
    expect($(item(element, membership.id), '[data-charge]')).to.equal(null);
  });

  it('is read-only without memberships.manage; loading, error with retry; Portuguese', async () => {
    const readOnly = await mount(adapter, clientId, READ_ONLY_PERMISSIONS.filter((permission) => permission !== 'memberships.manage'));
    await until(readOnly, '.item');
    expect($(readOnly, '.item-actions, select.credit-status')).to.equal(null);
    const slow = await fixture(html`<client-memberships client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-memberships>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'memberships.list');
    const failing = await fixture(html`<client-memberships client-id=${clientId} .adapter=${adapter}></client-memberships>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '.item');
    const provider = await fixture(html`<client-provider locale="pt-BR" .adapter=${adapter}><client-memberships client-id=${clientId}></client-memberships></client-provider>`);
    const portuguese = provider.querySelector('client-memberships')!;
    await until(portuguese, '.item');
    await waitUntil(() => textOf($(portuguese, 'h3')) === 'Assinaturas');
    expect(textOf($(portuguese, '.item [part="status"]'))).to.equal('Ativa');
    expect(textOf($(portuguese, '.item .price'))).to.equal(`${euros(4900, 'pt-BR')} por mês`);
  });

  it('works over the REST adapter (MSW): charge once, edit, cancel with the fee', async () => {
    const { adapter: rest, memory: backing } = await restTab('memberships');
    const { clientId: id, membership: created } = await withMembership(backing);
    const element = await mount(rest, id);
    click(await until(element, `[data-charge="${created.id}"]`));
    click($(element, `[data-charge="${created.id}"]`));
    await waitUntil(() => textOf($(element, '[part="message"]')).startsWith('Charged'), 'no confirmation');
    expect((await backing.memberships.get(id, created.id)).payments.length).to.equal(created.payments.length + 1);
    click($(element, `[data-cancel="${created.id}"]`));
    await until(element, 'dialog .fee');
    click($(element, '.confirm-cancel'));
    await waitUntil(async () => (await backing.memberships.get(id, created.id)).status === 'cancelled', 'not cancelled in the backend');
  });
});
