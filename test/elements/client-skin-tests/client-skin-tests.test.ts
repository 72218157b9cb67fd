import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-skin-tests.js';
import '../../../src/define/client-provider.js';
import type { ClientSkinTests } from '../../../src/elements/client-skin-tests/client-skin-tests.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { mountTab, restTab } from '../client-file/tab-fixtures.js';

type Adapter = ReturnType<typeof memory>;
const TODAY = '2026-11-23';

const mount = (adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) => mountTab<ClientSkinTests>('client-skin-tests', adapter, clientId, { permissions, today: TODAY });

const submit = (element: Element) => click($(element, 'form button[type="submit"]'));
const item = (element: Element, id: string) => $(element, `.item[data-id="${id}"]`)!;

describe('<client-skin-tests>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.create({ firstName: 'Nuria', lastName: 'Sanz' })).id;
  });

  it('passes the a11y audit: empty, with entries, and with the form open', async () => {
    const element = await mount(adapter, clientId);
    await until(element, '[part~="state-empty"]');
    await expect(element).to.be.accessible();
    await adapter.skinTests.create(clientId, { subject: 'Tinte', performedAt: '2026-05-01', expiresAt: '2026-11-01' });
    const full = await mount(adapter, clientId);
    await until(full, '.item');
    await expect(full).to.be.accessible();
    full.startAdd();
    await until(full, 'form');
    await expect(full).to.be.accessible();
  });

  it('flags expired tests and tests expiring within 14 days in words, not only colour', async () => {
    const expired = await adapter.skinTests.create(clientId, { subject: 'Tinte', status: 'satisfactory', performedAt: '2026-01-10', expiresAt: '2026-11-22' });
    const soon = await adapter.skinTests.create(clientId, { subject: 'Lifting', status: 'satisfactory', performedAt: '2026-06-01', expiresAt: '2026-12-07' });
    const today = await adapter.skinTests.create(clientId, { subject: 'Henna', status: 'satisfactory', performedAt: '2026-06-01', expiresAt: TODAY });
    const later = await adapter.skinTests.create(clientId, { subject: 'Tinte de pestañas', status: 'satisfactory', performedAt: '2026-06-01', expiresAt: '2026-12-08' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    expect(textOf(item(element, expired.id).querySelector('[part="expiry"]'))).to.equal('Expired on Nov 22, 2026');
    expect(item(element, expired.id).querySelector('[part="expiry"] svg')).to.not.equal(null);
    expect(textOf(item(element, soon.id).querySelector('[part="expiry"]'))).to.equal('Expires in 14 days (Dec 7, 2026)');
    expect(textOf(item(element, today.id).querySelector('[part="expiry"]'))).to.contain('Expires today');
    expect(textOf(item(element, later.id).querySelector('[part="expiry"]'))).to.equal('Expires Dec 8, 2026');
  });

  it('creates a test with service, dates and responsible staff from the catalog', async () => {
    const catalog = await adapter.catalog.get();
    const service = catalog.services.find((candidate) => candidate.requiresSkinTest)!;
    const staff = catalog.staff[0]!;
    const element = await mount(adapter, clientId);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    await until(element, '#skin-test-subject');
    submit(element);
    expect(textOf(await until(element, '#skin-test-subject-error'))).to.equal('Say what was tested.');
    const options = $$<HTMLOptionElement>(element, '#skin-test-serviceId option').map((option) => option.value).filter(Boolean);
    expect(options).to.include(service.id);
    expect(options.every((id) => catalog.services.find((candidate) => candidate.id === id)?.requiresSkinTest)).to.equal(true);
    setValue($<HTMLSelectElement>(element, '#skin-test-serviceId')!, service.id);
    await element.updateComplete;
    expect($<HTMLInputElement>(element, '#skin-test-subject')!.value).to.equal(service.name);
    setValue($<HTMLInputElement>(element, '#skin-test-performedAt')!, '2026-11-20');
    setValue($<HTMLInputElement>(element, '#skin-test-expiresAt')!, '2026-11-10');
    setValue($<HTMLSelectElement>(element, '#skin-test-responsibleId')!, staff.id);
    submit(element);
    expect(textOf(await until(element, '#skin-test-expiresAt-error'))).to.equal('The expiry date must be on or after the date performed.');
    setValue($<HTMLInputElement>(element, '#skin-test-expiresAt')!, '2027-05-20');
    const change = oneEvent(element, 'client-record-change');
    submit(element);
    expect((await change).detail).to.include({ namespace: 'skinTests', action: 'create' });
    await until(element, '.item');
    const [stored] = (await adapter.skinTests.list(clientId)).items;
    expect(stored).to.deep.include({ subject: service.name, serviceId: service.id, status: 'pending', performedAt: '2026-11-20', expiresAt: '2027-05-20', responsible: { id: staff.id, name: staff.name } });
    expect(textOf($(element, '.item'))).to.contain(`Responsible: ${staff.name}`);
  });

  it('refuses a date that does not exist with the field’s message, and stores nothing', async () => {
    const provider = await fixture(html`<client-provider locale="es" .adapter=${adapter}><client-skin-tests client-id=${clientId} .today=${TODAY}></client-skin-tests></client-provider>`);
    const element = provider.querySelector('client-skin-tests')!;
    await until(element, '[part~="state-empty"]');
    element.startAdd();
    setValue(await until<HTMLInputElement>(element, '#skin-test-subject'), 'Tinte');
    const expires = $<HTMLInputElement>(element, '#skin-test-expiresAt')!;
    expect(expires.placeholder).to.equal('dd/mm/aaaa');
    expires.focus();
    await sendKeys({ type: '30/02/2027' });
    submit(element);
    await waitUntil(() => textOf($(element, 'client-date-field .date-field-error')) !== '', 'the date field says nothing');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await waitUntil(async () => (await adapter.skinTests.list(clientId)).total === 0, 'still stored');
    expect($(element, 'form')).to.not.equal(null);
  });

  it('moves pending → in progress → satisfactory, offering only the allowed next states', async () => {
    const test = await adapter.skinTests.create(clientId, { subject: 'Tinte' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    const moves = () => $$(item(element, test.id), '[data-move]').map((button) => button.dataset['move']);
    expect(moves()).to.deep.equal(['in-progress']);
    const change = oneEvent(element, 'client-record-change');
    click($(item(element, test.id), '[data-move="in-progress"]'));
    await change;
    await waitUntil(() => textOf(item(element, test.id).querySelector('[part="status"]')) === 'In progress');
    expect(moves()).to.deep.equal(['satisfactory', 'unsatisfactory']);
    await waitUntil(() => $<HTMLButtonElement>(item(element, test.id), '[data-move="satisfactory"]')?.disabled === false);
    const started = await adapter.skinTests.get(clientId, test.id);
    expect(started).to.include({ status: 'in-progress', performedAt: TODAY });
    click($(item(element, test.id), '[data-move="satisfactory"]'));
    await waitUntil(() => textOf(item(element, test.id).querySelector('[part="status"]')) === 'Satisfactory');
    await waitUntil(async () => (await adapter.skinTests.get(clientId, test.id)).status === 'satisfactory');
    expect(moves()).to.deep.equal([]);
  });

  it('undoes a move the adapter refuses (changed elsewhere) and says why', async () => {
    const test = await adapter.skinTests.create(clientId, { subject: 'Tinte' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    // Someone else started and read the test meanwhile: from satisfactory, in-progress is not allowed.
    const started = await adapter.skinTests.update(clientId, test.id, { status: 'in-progress' }, { expectedVersion: test.version });
    await adapter.skinTests.update(clientId, test.id, { status: 'satisfactory' }, { expectedVersion: started.version });
    // The stale view still offers "start"; the adapter refuses the transition from satisfactory.
    click($(item(element, test.id), '[data-move="in-progress"]'));
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'), 'no rollback message');
    // Then shows the test as it is now.
    await waitUntil(() => textOf(item(element, test.id).querySelector('[part="status"]')) === 'Satisfactory', 'the current state is not shown');
    expect((await adapter.skinTests.get(clientId, test.id)).status).to.equal('satisfactory');
  });

  it('filters by state', async () => {
    await adapter.skinTests.create(clientId, { subject: 'Pendiente A' });
    await adapter.skinTests.create(clientId, { subject: 'Hecha B', status: 'unsatisfactory', performedAt: '2026-10-01' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    expect($$(element, '.item').length).to.equal(2);
    const filter = $<HTMLSelectElement>(element, 'select.status-filter')!;
    setValue(filter, 'unsatisfactory');
    await waitUntil(() => $$(element, '.item').length === 1);
    expect(textOf($(element, '.item .name'))).to.equal('Hecha B');
    setValue(filter, 'in-progress');
    await until(element, '.filtered-empty');
    expect(textOf($(element, '.filtered-empty'))).to.equal('No skin tests in this state.');
    setValue(filter, '');
    await waitUntil(() => $$(element, '.item').length === 2);
  });

  it('edits, keeps the draft on a conflict, and deletes after confirmation', async () => {
    const test = await adapter.skinTests.create(clientId, { subject: 'Tinte', description: 'Antes' });
    const element = await mount(adapter, clientId);
    click(await until(element, `[data-edit="${test.id}"]`));
    setValue(await until<HTMLTextAreaElement>(element, '#skin-test-description'), 'Detrás de la oreja');
    await adapter.skinTests.update(clientId, test.id, { description: 'Otra' }, { expectedVersion: test.version });
    submit(element);
    await until(element, '.conflict-note');
    expect($<HTMLTextAreaElement>(element, '#skin-test-description')!.value).to.equal('Detrás de la oreja');
    submit(element);
    await waitUntil(() => $(element, 'form') === null);
    expect((await adapter.skinTests.get(clientId, test.id)).description).to.equal('Detrás de la oreja');
    click($(element, `[data-remove="${test.id}"]`));
    click(await until(element, 'dialog.confirm-dialog [value="confirm"]'));
    await until(element, '[part~="state-empty"]');
    await waitUntil(async () => (await adapter.skinTests.list(clientId)).total === 0, 'still stored');
  });

  it('is read-only without clinical.manage; loading, error with retry; Portuguese', async () => {
    await adapter.skinTests.create(clientId, { subject: 'Tinte' });
    const readOnly = await mount(adapter, clientId, READ_ONLY_PERMISSIONS);
    await until(readOnly, '.item');
    expect($(readOnly, '.add-button, .item button')).to.equal(null);
    const slow = await fixture(html`<client-skin-tests client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-skin-tests>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'skinTests.list');
    const failing = await fixture(html`<client-skin-tests client-id=${clientId} .adapter=${adapter}></client-skin-tests>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '.item');
    const provider = await fixture(html`<client-provider locale="pt-BR" .adapter=${adapter}><client-skin-tests client-id=${clientId}></client-skin-tests></client-provider>`);
    const portuguese = provider.querySelector('client-skin-tests')!;
    await until(portuguese, '.item');
    expect(textOf($(portuguese, 'h3'))).to.equal('Testes de pele');
    expect(textOf($(portuguese, '.item [part="status"]'))).to.equal('Pendente');
  });

  it('works over the REST adapter (MSW): create, move, and a refused move', async () => {
    const { adapter: rest, memory: backing } = await restTab('skin-tests');
    const id = (await backing.clients.create({ firstName: 'Rest', lastName: 'Piel' })).id;
    const element = await mount(rest, id);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    setValue(await until<HTMLInputElement>(element, '#skin-test-subject'), 'Tinte');
    submit(element);
    await until(element, '.item');
    const [stored] = (await backing.skinTests.list(id)).items;
    click($(item(element, stored!.id), '[data-move="in-progress"]'));
    await waitUntil(async () => (await backing.skinTests.get(id, stored!.id)).status === 'in-progress', 'not started in the backend');
    // Once the start is saved (the buttons are disabled while it is in flight).
    await waitUntil(() => $<HTMLButtonElement>(item(element, stored!.id), '[data-move="satisfactory"]')?.disabled === false);
    const current = await backing.skinTests.get(id, stored!.id);
    await backing.skinTests.update(id, stored!.id, { status: 'unsatisfactory' }, { expectedVersion: current.version });
    click($(item(element, stored!.id), '[data-move="satisfactory"]'));
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'), 'no rollback message');
    expect((await backing.skinTests.get(id, stored!.id)).status).to.equal('unsatisfactory');
  });
});
