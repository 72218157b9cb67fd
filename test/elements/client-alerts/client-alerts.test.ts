import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define/client-alerts.js';
import '../../../src/define/client-file.js';
import '../../../src/define/client-provider.js';
import type { ClientAlerts } from '../../../src/elements/client-alerts/client-alerts.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { mountTab, restTab } from '../client-file/tab-fixtures.js';

type Adapter = ReturnType<typeof memory>;

const mount = (adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) => mountTab<ClientAlerts>('client-alerts', adapter, clientId, { permissions });

const submit = (element: Element) => click($(element, 'form button[type="submit"]'));

describe('<client-alerts>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.create({ firstName: 'Marta', lastName: 'Ruiz' })).id;
  });

  it('passes the a11y audit: empty, with entries, and with the form open', async () => {
    const element = await mount(adapter, clientId);
    await until(element, '[part~="state-empty"]');
    await expect(element).to.be.accessible();
    await adapter.alerts.create(clientId, { typeId: 'alert-medical', priority: 'critical', description: 'Marcapasos: nada de radiofrecuencia' });
    const full = await mount(adapter, clientId);
    await until(full, '.item');
    await expect(full).to.be.accessible();
    full.startAdd();
    await until(full, 'form');
    await expect(full).to.be.accessible();
  });

  it('lists active alerts first by priority, with type from the catalog and priority as text and shape', async () => {
    await adapter.alerts.create(clientId, { typeId: 'alert-payment', priority: 'low', description: 'Paga en efectivo' });
    await adapter.alerts.create(clientId, { typeId: 'alert-medical', priority: 'critical', description: 'Epiléptica <script>x</script>' });
    await adapter.alerts.create(clientId, { typeId: 'alert-vip', priority: 'critical', description: 'Antigua', active: false });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    const labels = new Map((await adapter.catalog.get()).alertTypes.map((type) => [type.id, type.label]));
    const titles = $$(element, '.item .item-title').map(textOf);
    expect(titles[0]).to.equal(`${labels.get('alert-medical')} Critical`);
    expect(titles[1]).to.equal(`${labels.get('alert-payment')} Low`);
    expect(titles[2]).to.contain('Inactive');
    expect(textOf($(element, '.item .description'))).to.equal('Epiléptica <script>x</script>');
    expect($(element, '.item script')).to.equal(null);
    expect($(element, '.item [part~="level"]')!.getAttribute('part')).to.contain('level-3');
  });

  it('adds an alert: the type is required, then it is stored', async () => {
    const element = await mount(adapter, clientId);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    await until(element, '#alert-typeId');
    submit(element);
    await until(element, '#alert-typeId-error');
    expect(textOf($(element, '#alert-typeId-error'))).to.equal('Choose a type.');
    expect(textOf($(element, '#alert-description-error'))).to.equal('Describe the alert.');
    setValue($<HTMLSelectElement>(element, '#alert-typeId')!, 'alert-behaviour');
    setValue($<HTMLSelectElement>(element, '#alert-priority')!, 'high');
    setValue($<HTMLTextAreaElement>(element, '#alert-description')!, 'Llega tarde a menudo');
    const change = oneEvent(element, 'client-record-change');
    submit(element);
    expect((await change).detail).to.include({ namespace: 'alerts', action: 'create' });
    await until(element, '.item');
    expect((await adapter.alerts.list(clientId)).items[0]).to.include({ typeId: 'alert-behaviour', priority: 'high', description: 'Llega tarde a menudo', active: true });
  });

  it('switches an alert off at once, and back when saving fails', async () => {
    const alert = await adapter.alerts.create(clientId, { typeId: 'alert-payment', priority: 'medium', description: 'Deuda pendiente' });
    const element = await mount(adapter, clientId);
    const toggle = await until<HTMLInputElement>(element, `[data-toggle="${alert.id}"]`);
    expect(toggle.getAttribute('role')).to.equal('switch');
    adapter.simulation.failNext('network', 'alerts.update');
    click(toggle);
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'), 'no rollback message');
    expect($<HTMLInputElement>(element, `[data-toggle="${alert.id}"]`)!.checked).to.equal(true);
    click($(element, `[data-toggle="${alert.id}"]`));
    await until(element, '.item.inactive');
    await waitUntil(async () => (await adapter.alerts.get(clientId, alert.id)).active === false, 'not stored');
    await waitUntil(() => $<HTMLInputElement>(element, `[data-toggle="${alert.id}"]`)?.disabled === false);
    // Twice more in a row: the second waits for the first's version (no conflict).
    click($(element, `[data-toggle="${alert.id}"]`));
    click($(element, `[data-toggle="${alert.id}"]`));
    await waitUntil(async () => (await adapter.alerts.get(clientId, alert.id)).version === alert.version + 3, 'both toggles not stored');
    expect((await adapter.alerts.get(clientId, alert.id)).active).to.equal(false);
    await waitUntil(() => $(element, '.item.inactive'), 'the list does not show the last state');
    expect(textOf($(element, '[part="message"]'))).to.equal('');
  });

  it('edits and deletes after confirmation', async () => {
    const alert = await adapter.alerts.create(clientId, { typeId: 'alert-payment', priority: 'medium', description: 'Antes' });
    const element = await mount(adapter, clientId);
    click(await until(element, `[data-edit="${alert.id}"]`));
    setValue(await until<HTMLTextAreaElement>(element, '#alert-description'), 'Después');
    submit(element);
    await waitUntil(() => textOf($(element, '.item .description')) === 'Después');
    click($(element, `[data-remove="${alert.id}"]`));
    click(await until(element, 'dialog.confirm-dialog [value="confirm"]'));
    await until(element, '[part~="state-empty"]');
    await waitUntil(async () => (await adapter.alerts.list(clientId)).total === 0, 'still stored');
  });

  it('updates the badge of <client-file> at once when an alert or allergy changes in its tab', async () => {
    const file = await fixture<ClientFileElement>(html`<client-file client-id=${clientId} tab="alerts" .adapter=${adapter}></client-file>`);
    const tab = await waitUntil(() => file.shadowRoot!.querySelector('client-alerts'), 'the alerts tab never opened').then(() => file.shadowRoot!.querySelector<ClientAlerts>('client-alerts')!);
    click((await until(tab, '[part~="state-empty"]')).querySelector('button'));
    setValue(await until<HTMLSelectElement>(tab, '#alert-typeId'), 'alert-medical');
    setValue($<HTMLSelectElement>(tab, '#alert-priority')!, 'critical');
    setValue($<HTMLTextAreaElement>(tab, '#alert-description')!, 'Diabetes');
    submit(tab);
    await until(file, '[part~="badge-alerts"]', 'the alert badge did not appear');
    expect(textOf($(file, '[part~="badge-alerts"]'))).to.contain('1 active alert');
    const id = (await adapter.alerts.list(clientId)).items[0]!.id;
    click(await until(tab, `[data-toggle="${id}"]`));
    await waitUntil(() => !$(file, '[part~="badge-alerts"]'), 'the alert badge did not go');
  });

  it('is read-only without clinical.manage', async () => {
    await adapter.alerts.create(clientId, { typeId: 'alert-vip', priority: 'low', description: 'Café solo' });
    const element = await mount(adapter, clientId, READ_ONLY_PERMISSIONS);
    await until(element, '.item');
    expect($(element, '.add-button, .item button, .item input')).to.equal(null);
  });

  it('shows loading and error states, and retries; speaks Spanish', async () => {
    const slow = await fixture(html`<client-alerts client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-alerts>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('unavailable', 'alerts.list');
    const failing = await fixture(html`<client-alerts client-id=${clientId} .adapter=${adapter}></client-alerts>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part~="state-empty"]');
    const provider = await fixture(html`<client-provider locale="es" .adapter=${adapter}><client-alerts client-id=${clientId}></client-alerts></client-provider>`);
    const spanish = provider.querySelector('client-alerts')!;
    await until(spanish, '[part~="state-empty"]');
    expect(textOf($(spanish, 'h3'))).to.equal('Alertas');
  });

  it('works over the REST adapter (MSW): add and switch off', async () => {
    const { adapter: rest, memory: backing } = await restTab('alerts');
    const id = (await backing.clients.create({ firstName: 'Rest', lastName: 'Alerta' })).id;
    const element = await mount(rest, id);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    setValue(await until<HTMLSelectElement>(element, '#alert-typeId'), 'alert-payment');
    setValue($<HTMLTextAreaElement>(element, '#alert-description')!, 'Tarjeta rechazada');
    submit(element);
    await until(element, '.item');
    const [stored] = (await backing.alerts.list(id)).items;
    expect(stored).to.include({ typeId: 'alert-payment', description: 'Tarjeta rechazada', active: true });
    click($(element, `[data-toggle="${stored!.id}"]`));
    await waitUntil(async () => (await backing.alerts.get(id, stored!.id)).active === false, 'not switched off in the backend');
  });
});
