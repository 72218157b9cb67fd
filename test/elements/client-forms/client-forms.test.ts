import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-forms.js';
import '../../../src/define/client-provider.js';
import type { ClientForms } from '../../../src/elements/client-forms/client-forms.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import type { FormAssignment } from '../../../src/model/files.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { mountTab, restTab } from '../client-file/tab-fixtures.js';

type Adapter = ReturnType<typeof memory>;

const mount = (adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) => mountTab<ClientForms>('client-forms', adapter, clientId, { permissions });

/** A demo client with a form in one of these statuses. */
async function clientWithForm(adapter: Adapter, statuses: FormAssignment['status'][]): Promise<{ clientId: string; form: FormAssignment }> {
  for (const row of (await adapter.clients.list({ limit: 60 })).items) {
    const form = (await adapter.forms.list(row.id, { limit: 100 })).items.find((item) => statuses.includes(item.status));
    if (form) return { clientId: row.id, form };
  }
  throw new Error(`no demo client with a ${statuses.join('/')} form`);
}

const templateBox = (element: Element, id: string) => $<HTMLInputElement>(element, `#forms-template-${id}`)!;

describe('<client-forms>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.create({ firstName: 'Inés', lastName: 'Mora' })).id;
  });

  it('passes the a11y audit: empty, with the picker open, and with forms', async () => {
    const element = await mount(adapter, clientId);
    await until(element, '[part~="state-empty"]');
    await expect(element).to.be.accessible();
    element.startAssign();
    await until(element, '#forms-search');
    await expect(element).to.be.accessible();
    const { clientId: withForms } = await clientWithForm(adapter, ['completed']);
    const full = await mount(adapter, withForms);
    await until(full, '.item');
    await expect(full).to.be.accessible();
  });

  it('searches the catalog (accents ignored), selects several and assigns them', async () => {
    const templates = (await adapter.catalog.get()).formTemplates;
    const element = await mount(adapter, clientId);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    const search = await until<HTMLInputElement>(element, '#forms-search');
    await waitUntil(() => element.shadowRoot!.activeElement === search, 'the search is not focused');
    expect($$(element, '.template').length).to.equal(templates.length);
    click($(element, 'form button[type="submit"]'));
    expect(textOf(await until(element, '#forms-empty'))).to.equal('Select at least one form.');
    await sendKeys({ type: 'consentimiento laser' });
    await waitUntil(() => $$(element, '.template').length === 1, 'the search did not narrow the list');
    click(templateBox(element, 'form-consent-laser'));
    setValue(search, 'zzzz');
    await until(element, '.hint[role="status"]');
    expect(textOf($(element, '.hint[role="status"]'))).to.equal('No form matches “zzzz”.');
    setValue(search, '');
    await until(element, '#forms-template-form-intake');
    click(templateBox(element, 'form-intake'));
    await element.updateComplete;
    expect(textOf($(element, 'form button[type="submit"]'))).to.equal('Assign 2 forms');
    const change = oneEvent(element, 'client-record-change');
    click($(element, 'form button[type="submit"]'));
    expect((await change).detail).to.include({ namespace: 'forms', action: 'create' });
    await waitUntil(() => $$(element, '.item').length === 2 && !$(element, '#forms-search'));
    const stored = (await adapter.forms.list(clientId)).items;
    expect(stored.map((form) => form.formId).sort()).to.deep.equal(['form-consent-laser', 'form-intake']);
    expect(stored.every((form) => form.status === 'pending')).to.equal(true);
    expect($$(element, '.item [part="status"]').map(textOf)).to.deep.equal(['Pending', 'Pending']);
    // A template with a form still to fill cannot be assigned again.
    click($(element, '.add-button'));
    await until(element, '#forms-search');
    expect(templateBox(element, 'form-intake').disabled).to.equal(true);
    expect(textOf($(element, '#forms-template-form-intake-hint'))).to.equal('Already assigned');
  });

  it('keeps the rest selected and says why when an assignment fails', async () => {
    const element = await mount(adapter, clientId);
    element.startAssign();
    await until(element, '#forms-search');
    click(templateBox(element, 'form-intake'));
    click(templateBox(element, 'form-physio'));
    await element.updateComplete;
    adapter.simulation.failNext('unavailable', 'forms.assign');
    click($(element, 'form button[type="submit"]'));
    await until(element, 'form .error-summary');
    expect(textOf($(element, 'form .error-summary'))).to.contain('The forms couldn’t be assigned.');
    expect(templateBox(element, 'form-intake').checked).to.equal(true);
    expect(templateBox(element, 'form-physio').checked).to.equal(true);
    await waitUntil(async () => (await adapter.forms.list(clientId)).total === 0, 'still stored');
    click($(element, 'form button[type="submit"]'));
    await waitUntil(() => $$(element, '.item').length === 2);
  });

  it('shows completed forms with their date and response link, and no remove button but the reason', async () => {
    const { clientId: id, form } = await clientWithForm(adapter, ['completed']);
    const element = await mount(adapter, id);
    const row = await until(element, `.item[data-id="${form.id}"]`);
    expect(textOf(row.querySelector('[part="status"]'))).to.equal('Completed');
    expect(textOf(row.querySelector('.completed'))).to.contain('Completed');
    expect(row.querySelector('[data-remove]')).to.equal(null);
    expect(textOf(row.querySelector('.kept'))).to.contain('can’t be removed');
    if (form.responseUrl) expect(row.querySelector('a')!.getAttribute('href')).to.equal(form.responseUrl);
  });

  it('removes a pending form after confirmation', async () => {
    const form = await adapter.forms.assign(clientId, { formId: 'form-intake' });
    const element = await mount(adapter, clientId);
    click(await until(element, `[data-remove="${form.id}"]`));
    const dialog = await until<HTMLDialogElement>(element, 'dialog.confirm-dialog');
    expect(textOf(dialog)).to.contain('Ficha de admisión');
    const change = oneEvent(element, 'client-record-change');
    click(dialog.querySelector('[value="confirm"]'));
    expect((await change).detail.action).to.equal('remove');
    await until(element, '[part~="state-empty"]');
    await waitUntil(async () => (await adapter.forms.list(clientId)).total === 0, 'still stored');
  });

  it('when the adapter refuses the removal (the client started the form meanwhile), keeps it and says why', async () => {
    const { clientId: id, form } = await clientWithForm(adapter, ['in-progress', 'completed']);
    // The view loaded before the client opened the form: it still looks pending.
    const stale: ClientDataAdapter = {
      ...adapter,
      forms: {
        ...adapter.forms,
        list: async (...args) => {
          const page = await adapter.forms.list(...args);
          return { ...page, items: page.items.map((item) => (item.id === form.id ? { ...item, status: 'pending', completedAt: null, responseUrl: null } : item)) };
        },
      },
    };
    const element = await mount(stale, id);
    click(await until(element, `[data-remove="${form.id}"]`));
    click(await until(element, 'dialog.confirm-dialog [value="confirm"]'));
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('can’t be removed'), 'no reason given');
    expect(textOf($(element, '[part="message"]'))).to.equal(`“${form.formName}” can’t be removed: the client has started or completed it.`);
    const row = $(element, `.item[data-id="${form.id}"]`)!;
    expect(textOf(row.querySelector('[part="status"]'))).to.not.equal('Pending');
    expect(row.querySelector('[data-remove]')).to.equal(null);
    expect((await adapter.forms.get(id, form.id)).status).to.equal(form.status);
  });

  it('is read-only without forms.manage; loading and error with retry; Spanish', async () => {
    await adapter.forms.assign(clientId, { formId: 'form-intake' });
    const readOnly = await mount(adapter, clientId, READ_ONLY_PERMISSIONS);
    await until(readOnly, '.item');
    expect($(readOnly, '.add-button, .item button')).to.equal(null);
    const slow = await fixture(html`<client-forms client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-forms>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'forms.list');
    const failing = await fixture(html`<client-forms client-id=${clientId} .adapter=${adapter}></client-forms>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '.item');
    const provider = await fixture(html`<client-provider locale="es" .adapter=${adapter}><client-forms client-id=${clientId}></client-forms></client-provider>`);
    const spanish = provider.querySelector('client-forms')!;
    await until(spanish, '.item');
    expect(textOf($(spanish, 'h3'))).to.equal('Formularios');
    expect(textOf($(spanish, '.item [part="status"]'))).to.equal('Pendiente');
  });

  it('works over the REST adapter (MSW): assign, remove, and a refused removal', async () => {
    const { adapter: rest, memory: backing } = await restTab('forms');
    const id = (await backing.clients.create({ firstName: 'Rest', lastName: 'Forms' })).id;
    const element = await mount(rest, id);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    click(await until(element, '#forms-template-form-physio'));
    await element.updateComplete;
    click($(element, 'form button[type="submit"]'));
    await until(element, '.item');
    const [stored] = (await backing.forms.list(id)).items;
    expect(stored).to.include({ formId: 'form-physio', status: 'pending' });
    click($(element, `[data-remove="${stored!.id}"]`));
    click(await until(element, 'dialog.confirm-dialog [value="confirm"]'));
    await until(element, '[part~="state-empty"]');
    await waitUntil(async () => (await backing.forms.list(id)).total === 0, 'still stored');
    const { clientId: filledId, form } = await clientWithForm(backing, ['completed', 'in-progress']);
    const error = await rest.forms!.remove(filledId, form.id).catch((reason: unknown) => reason);
    expect(error).to.have.property('kind', 'conflict');
  });
});
