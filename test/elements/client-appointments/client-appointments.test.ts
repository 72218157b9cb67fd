import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import '../../../src/define/client-appointments.js';
import '../../../src/define/client-provider.js';
import '../../../src/define/client-file.js';
import type { ClientAppointments } from '../../../src/elements/client-appointments/client-appointments.js';
import { ALL_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, deepActiveElement, memory, textOf, until } from '../client-file/helpers.js';
import { restTab } from '../client-file/tab-fixtures.js';

type Adapter = ReturnType<typeof memory>;

async function mount(adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) {
  const element = await fixture<ClientAppointments>(html`<client-appointments client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-appointments>`);
  await until(element, '[part="appointment"], .empty, [part~="state"]:not([part~="state-loading"])');
  return element;
}

/** A demo client with upcoming appointments and more than a page of history. */
async function busyClient(adapter: ClientDataAdapter): Promise<string> {
  const clients = await adapter.clients.list({ limit: 60 });
  for (const client of clients.items) {
    const [upcoming, past] = await Promise.all([
      adapter.appointments!.list(client.id, { limit: 1, filter: { when: 'upcoming' } }),
      adapter.appointments!.list(client.id, { limit: 1, filter: { when: 'past' } }),
    ]);
    if (upcoming.total > 0 && past.total > 10) return client.id;
  }
  throw new Error('no demo client with upcoming appointments and a long history');
}

const euros = (amountMinor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(amountMinor / 100);
const rowIds = (element: Element, part: string) => $$(element, `[part="${part}"] [part="appointment"]`).map((row) => row.dataset['id']);

describe('<client-appointments>', () => {
  let adapter: Adapter;
  let clientId: string;

  before(async () => {
    adapter = memory();
    clientId = await busyClient(adapter);
  });

  it('shows the upcoming agenda soonest first and the history newest first, with every column', async () => {
    const element = await mount(adapter, clientId);
    await expect(element).to.be.accessible();
    const upcoming = await adapter.appointments.list(clientId, { limit: 10, order: 'asc', filter: { when: 'upcoming' } });
    const past = await adapter.appointments.list(clientId, { limit: 10, order: 'desc', filter: { when: 'past' } });
    await waitUntil(() => rowIds(element, 'upcoming').length > 0 && rowIds(element, 'past').length > 0, 'the agenda or the history never showed');
    expect(rowIds(element, 'upcoming')).to.deep.equal(upcoming.items.map((item) => item.id));
    expect(rowIds(element, 'past')).to.deep.equal(past.items.map((item) => item.id));
    const starts = upcoming.items.map((item) => Date.parse(item.startAt));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
    const first = past.items[0]!;
    const cells = [...$(element, `[part="past"] [data-id="${first.id}"]`)!.querySelectorAll('th, td')].map((cell) => textOf(cell));
    const minutes = Math.round((Date.parse(first.endAt) - Date.parse(first.startAt)) / 60000);
    expect(cells[2]).to.equal(`${minutes} min`);
    expect(cells[3]).to.equal(first.service.name);
    expect(cells[4]).to.equal(first.staff.name);
    expect(cells[5]).to.contain(first.center.name);
    expect(cells[7]).to.equal(euros(first.price.amountMinor));
    expect(cells.slice(6)).to.include.members([
      { booked: 'Booked', confirmed: 'Confirmed', arrived: 'Arrived', 'in-progress': 'In progress', completed: 'Completed', cancelled: 'Cancelled', 'late-cancelled': 'Late cancellation', 'no-show': 'No-show' }[first.status],
      { 'in-person': 'In person', online: 'Online', 'home-visit': 'At home' }[first.modality],
    ]);
  });

  it('pages the history through the adapter’s cursor', async () => {
    const element = await mount(adapter, clientId);
    const total = (await adapter.appointments.list(clientId, { limit: 1, filter: { when: 'past' } })).total;
    const more = $(element, '[part="past"] .more-row')!;
    expect(textOf(more)).to.contain(`Showing 10 of ${total}`);
    click(more.querySelector('.show-more'));
    await waitUntil(() => rowIds(element, 'past').length === Math.min(20, total), 'the next page never came');
    const all = await adapter.appointments.list(clientId, { limit: 20, order: 'desc', filter: { when: 'past' } });
    expect(rowIds(element, 'past')).to.deep.equal(all.items.map((item) => item.id));
  });

  it('opens the details panel with its attention notes; Escape closes it and focus returns', async () => {
    const appointment = (await adapter.appointments.list(clientId, { limit: 1, filter: { when: 'past' } })).items[0]!;
    await adapter.notes.create(clientId, { kind: 'attention', appointmentId: appointment.id, body: 'Piel sensible <b>zona T</b>' });
    await adapter.notes.create(clientId, { kind: 'general', body: 'Nota general, no de esta cita' });
    const element = await mount(adapter, clientId);
    const button = $<HTMLButtonElement>(element, `[part="past"] [data-open="${appointment.id}"]`)!;
    button.focus();
    click(button);
    const dialog = await until<HTMLDialogElement>(element, 'dialog.detail');
    await waitUntil(() => dialog.open, 'the panel never opened');
    expect(textOf(dialog.querySelector('h4'))).to.equal(appointment.service.name);
    expect(textOf(dialog.querySelector('.facts'))).to.contain(appointment.staff.name).and.contain(euros(appointment.price.amountMinor));
    await until(element, 'dialog.detail [part="note"]');
    const notes = $$(element, 'dialog.detail [part="note"]');
    expect(notes.length).to.equal(1);
    expect(textOf(notes[0])).to.contain('Piel sensible <b>zona T</b>');
    expect(notes[0]!.querySelector('b')).to.equal(null);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(element, 'dialog.detail') === null, 'Escape did not close the panel');
    await waitUntil(() => deepActiveElement() === button, 'focus did not return');
  });

  it('says when an appointment has no attention notes', async () => {
    const element = await mount(adapter, clientId);
    const fresh = (await adapter.appointments.list(clientId, { limit: 1, filter: { when: 'upcoming' } })).items[0]!;
    click($(element, `[data-open="${fresh.id}"]`));
    await until(element, 'dialog.detail .notes p.muted:not([role])');
    expect(textOf($(element, 'dialog.detail .notes'))).to.contain('No attention notes for this appointment.');
  });

  it('fires cancelable client-appointment-request for create, reschedule and add payment', async () => {
    const element = await mount(adapter, clientId);
    const created = oneEvent(element, 'client-appointment-request');
    click($(element, '[data-action="create"]'));
    const create = await created;
    expect(create.detail).to.deep.equal({ clientId, action: 'create' });
    expect(create.cancelable && create.bubbles && create.composed).to.equal(true);

    const upcoming = (await adapter.appointments.list(clientId, { limit: 1, order: 'asc', filter: { when: 'upcoming' } })).items[0]!;
    click($(element, `[data-open="${upcoming.id}"]`));
    const reschedule = await until(element, 'dialog.detail [data-action="reschedule"]');
    const rescheduled = oneEvent(element, 'client-appointment-request');
    click(reschedule);
    expect((await rescheduled).detail).to.deep.equal({ clientId, action: 'reschedule', appointmentId: upcoming.id });

    const unpaid = (await adapter.appointments.list(clientId, { limit: 200 })).items.find((item) => item.paymentStatus === 'unpaid' || item.paymentStatus === 'partially-paid');
    if (unpaid) {
      expect(element.requestAppointment('add-payment', unpaid.id)).to.equal(true);
      element.addEventListener('client-appointment-request', (event) => event.preventDefault());
      expect(element.requestAppointment('add-payment', unpaid.id)).to.equal(false);
    }
  });

  it('offers no reschedule for a completed appointment, and no payment when it is paid', async () => {
    const completed = (await adapter.appointments.list(clientId, { limit: 200, filter: { when: 'past', statuses: ['completed'] } })).items.find((item) => item.paymentStatus === 'paid');
    expect(completed, 'a completed, paid appointment').to.not.equal(undefined);
    const element = await mount(adapter, clientId);
    element.openAppointment(completed!);
    await until(element, 'dialog.detail .facts');
    expect($(element, 'dialog.detail [data-action]')).to.equal(null);
  });

  it('shows empty, loading, error with retry, and forbidden without clients.view', async () => {
    const fresh = (await adapter.clients.create({ firstName: 'Sin', lastName: 'Citas' })).id;
    const empty = await mount(adapter, fresh);
    await until(empty, '[part="past"] .empty');
    expect(textOf($(empty, '[part="upcoming"]'))).to.contain('No upcoming appointments.');
    expect(textOf($(empty, '[part="past"]'))).to.contain('No past appointments.');
    await expect(empty).to.be.accessible();
    const slow = await fixture(html`<client-appointments client-id=${clientId} .adapter=${memory({ latency: 400 })}></client-appointments>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('unavailable', 'appointments.list');
    const failing = await mount(adapter, clientId);
    const error = await until(failing, '[part~="state-error"]');
    click(error.querySelector('button'));
    await until(failing, '[part="upcoming"] [part="appointment"]');
    const forbidden = await mount(adapter, clientId, ALL_PERMISSIONS.filter((permission) => permission !== 'clients.view'));
    await until(forbidden, '[part~="state-forbidden"]');
    expect($(forbidden, '[part="appointment"]')).to.equal(null);
  });

  it('speaks Spanish and Brazilian Portuguese, with money in the provider’s locale', async () => {
    const first = (await adapter.appointments.list(clientId, { limit: 1, order: 'asc', filter: { when: 'upcoming' } })).items[0]!;
    await adapter.notes.create(clientId, { kind: 'attention', appointmentId: first.id, body: 'Traer la receta' });
    for (const [locale, title, column, notes] of [['es', 'Citas', 'Duración', 'Nota de atención'], ['pt-BR', 'Agendamentos', 'Duração', 'Nota de atendimento']] as const) {
      const provider = await fixture(html`<client-provider locale=${locale} currency="EUR" .adapter=${adapter}><client-appointments client-id=${clientId}></client-appointments></client-provider>`);
      const element = provider.querySelector('client-appointments')!;
      await until(element, '[part="appointment"]');
      expect(textOf($(element, 'h3'))).to.equal(title);
      expect(textOf($(element, 'thead'))).to.contain(column);
      const price = new Intl.NumberFormat(locale, { style: 'currency', currency: first.price.currency }).format(first.price.amountMinor / 100).replace(/\s/g, ' ');
      expect(textOf($(element, `[data-id="${first.id}"] .num`))).to.equal(price);
      click($(element, `[data-open="${first.id}"]`));
      const list = await until(element, 'dialog.detail [part="attention-notes"]');
      expect(list.getAttribute('aria-label')).to.equal(notes);
      expect(textOf(list)).to.contain('Traer la receta');
    }
  });

  it('opens as a tab of <client-file>, loaded when chosen', async () => {
    const file = await fixture(html`<client-file client-id=${clientId} tab="appointments" .adapter=${adapter}></client-file>`);
    await waitUntil(() => file.shadowRoot?.querySelector('#panel-appointments client-appointments'), 'the tab never opened');
    const tab = file.shadowRoot!.querySelector('#panel-appointments client-appointments')!;
    await until(tab, '[part="appointment"]');
    expect(textOf(file.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]'))).to.contain('Appointments');
  });

  it('works over the REST adapter (MSW), attention notes included', async () => {
    const { adapter: rest, memory: backing } = await restTab('appointments');
    const id = await busyClient(backing);
    const element = await mount(rest, id);
    const past = await backing.appointments.list(id, { limit: 10, order: 'desc', filter: { when: 'past' } });
    // The upcoming agenda and the history are two requests: the history may arrive second.
    await waitUntil(() => rowIds(element, 'past').length > 0, 'no history over REST');
    expect(rowIds(element, 'past')).to.deep.equal(past.items.map((item) => item.id));
    click($(element, '[part="past"] .show-more'));
    await waitUntil(() => rowIds(element, 'past').length > 10, 'no second page over REST');
    await backing.notes.create(id, { kind: 'attention', appointmentId: past.items[0]!.id, body: 'Anotado por REST' });
    click($(element, `[data-open="${past.items[0]!.id}"]`));
    await until(element, 'dialog.detail [part="note"]');
    expect(textOf($(element, 'dialog.detail [part="note"]'))).to.contain('Anotado por REST');
  });
});
