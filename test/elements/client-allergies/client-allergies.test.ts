import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-allergies.js';
import '../../../src/define/client-provider.js';
import '../../../src/define/client-file.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import type { ClientAllergies } from '../../../src/elements/client-allergies/client-allergies.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { READ_ONLY_PERMISSIONS, ALL_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, counting, deepActiveElement, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { mountTab, restTab } from '../client-file/tab-fixtures.js';

type Adapter = ReturnType<typeof memory>;

const mount = (adapter: ClientDataAdapter, clientId: string, permissions?: readonly Permission[]) => mountTab<ClientAllergies>('client-allergies', adapter, clientId, { permissions });

const submit = (element: Element) => click($(element, 'form button[type="submit"]'));

describe('<client-allergies>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.create({ firstName: 'Lucía', lastName: 'Vega' })).id;
  });

  it('passes the a11y audit: empty, with entries, and with the form open', async () => {
    const element = await mount(adapter, clientId);
    await until(element, '[part~="state-empty"]');
    await expect(element).to.be.accessible();
    await adapter.allergies.create(clientId, { allergen: 'Látex', severity: 'life-threatening', type: 'latex', symptoms: ['Anafilaxia'] });
    const full = await mount(adapter, clientId);
    await until(full, '.item');
    await expect(full).to.be.accessible();
    full.startAdd();
    await until(full, 'form');
    await expect(full).to.be.accessible();
  });

  it('shows severity as text and a shape, not colour alone, plus type, symptoms, notes and date', async () => {
    await adapter.allergies.create(clientId, {
      allergen: 'Penicilina',
      severity: 'severe',
      type: 'drug',
      symptoms: ['Urticaria', 'Edema'],
      notes: 'Avisar <b>siempre</b>',
      diagnosedAt: '2019-04-03',
    });
    const element = await mount(adapter, clientId);
    const item = await until(element, '.item');
    const level = item.querySelector('[part~="level"]')!;
    expect(textOf(level)).to.equal('Severe');
    expect(level.querySelector('svg path')).to.not.equal(null);
    expect(level.getAttribute('part')).to.contain('level-2');
    expect(textOf(item)).to.contain('Medication');
    expect($$(element, '.item .tags li').map(textOf)).to.deep.equal(['Urticaria', 'Edema']);
    expect(textOf(item.querySelector('.notes'))).to.equal('Avisar <b>siempre</b>');
    expect(item.querySelector('b')).to.equal(null);
    expect(textOf(item)).to.contain('Diagnosed Apr 3, 2019');
  });

  it('adds an allergy, with field errors first; it is stored and the change event fires', async () => {
    const element = await mount(adapter, clientId);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    const allergen = await until<HTMLInputElement>(element, '#allergy-allergen');
    await waitUntil(() => deepActiveElement() === allergen, 'the allergen field is not focused');
    submit(element);
    await until(element, '#allergy-allergen-error');
    expect(textOf($(element, '#allergy-allergen-error'))).to.equal('Name the allergen.');
    expect(allergen.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => deepActiveElement() === allergen);
    allergen.focus();
    await sendKeys({ type: 'Frutos secos' });
    setValue($<HTMLSelectElement>(element, '#allergy-type')!, 'food');
    setValue($<HTMLSelectElement>(element, '#allergy-severity')!, 'life-threatening');
    setValue($<HTMLInputElement>(element, '#allergy-symptoms')!, 'Anafilaxia, , picor ');
    setValue($<HTMLInputElement>(element, '#allergy-diagnosedAt')!, '2021-09-15');
    const change = oneEvent(element, 'client-record-change');
    submit(element);
    expect((await change).detail).to.include({ clientId, namespace: 'allergies', action: 'create' });
    await until(element, '.item');
    const [stored] = (await adapter.allergies.list(clientId)).items;
    expect(stored).to.include({ allergen: 'Frutos secos', type: 'food', severity: 'life-threatening', diagnosedAt: '2021-09-15', active: true });
    expect(stored!.symptoms).to.deep.equal(['Anafilaxia', 'picor']);
    expect(textOf($(element, '.item [part~="level"]'))).to.equal('Life-threatening');
  });

  it('takes the diagnosis date in the locale’s order, and refuses one typed in part (nothing stored)', async () => {
    const element = await mount(adapter, clientId);
    element.startAdd();
    setValue(await until<HTMLInputElement>(element, '#allergy-allergen'), 'Níquel');
    const date = $<HTMLInputElement>(element, '#allergy-diagnosedAt')!;
    expect(date.placeholder).to.equal('mm/dd/yyyy');
    date.focus();
    await sendKeys({ type: '03/1' }); // only part of the date, then Save without leaving the field
    submit(element);
    await waitUntil(() => textOf($(element, 'client-date-field .date-field-error')) !== '', 'the date field says nothing');
    expect(textOf($(element, 'client-date-field .date-field-error'))).to.equal('Enter the date as mm/dd/yyyy.');
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await waitUntil(async () => (await adapter.allergies.list(clientId)).total === 0, 'still stored');
    expect($(element, 'form')).to.not.equal(null);
    date.select();
    await sendKeys({ type: '03/14/2022' });
    submit(element);
    await until(element, '.item');
    expect((await adapter.allergies.list(clientId)).items[0]!.diagnosedAt).to.equal('2022-03-14');
  });

  it('edits an allergy; on a conflict it keeps the draft, can overwrite or reload the other version', async () => {
    const item = await adapter.allergies.create(clientId, { allergen: 'Ibuprofeno', severity: 'mild', type: 'drug', notes: 'Antes' });
    const element = await mount(adapter, clientId);
    click(await until(element, `[data-edit="${item.id}"]`));
    const notes = await until<HTMLTextAreaElement>(element, '#allergy-notes');
    setValue(notes, 'Mi cambio');
    await adapter.allergies.update(clientId, item.id, { notes: 'Otra persona' }, { expectedVersion: item.version });
    submit(element);
    await until(element, '.conflict-note');
    expect($<HTMLTextAreaElement>(element, '#allergy-notes')!.value).to.equal('Mi cambio');
    expect(element.hasUnsavedChanges).to.equal(true);
    click($(element, '.conflict-note button'));
    await waitUntil(() => $<HTMLTextAreaElement>(element, '#allergy-notes')!.value === 'Otra persona', 'reload did not show the other version');
    setValue($<HTMLTextAreaElement>(element, '#allergy-notes')!, 'Mi cambio otra vez');
    await adapter.allergies.update(clientId, item.id, { notes: 'Y otra' }, { expectedVersion: item.version + 1 });
    submit(element);
    await until(element, '.conflict-note');
    expect(textOf($(element, 'form button[type="submit"]'))).to.equal('Save anyway');
    const change = oneEvent(element, 'client-record-change');
    submit(element);
    expect((await change).detail.action).to.equal('update');
    await waitUntil(() => $(element, 'form') === null);
    expect((await adapter.allergies.get(clientId, item.id)).notes).to.equal('Mi cambio otra vez');
    expect(textOf($(element, '.item .notes'))).to.equal('Mi cambio otra vez');
  });

  it('deactivates at once and rolls back with a message when saving fails', async () => {
    const item = await adapter.allergies.create(clientId, { allergen: 'Polen', severity: 'moderate', type: 'environmental' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    adapter.simulation.failNext('network', 'allergies.update');
    click($(element, `[data-toggle="${item.id}"]`));
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'), 'no rollback message');
    expect($(element, '.section-title')).to.equal(null);
    expect((await adapter.allergies.get(clientId, item.id)).active).to.equal(true);
    const change = oneEvent(element, 'client-record-change');
    click($(element, `[data-toggle="${item.id}"]`));
    await until(element, '.section-title');
    expect((await change).detail.action).to.equal('update');
    expect(textOf($(element, '.item.inactive'))).to.contain('Inactive');
    expect((await adapter.allergies.get(clientId, item.id)).active).to.equal(false);
    expect(textOf($(element, `[data-toggle="${item.id}"]`))).to.contain('Reactivate');
  });

  it('deletes after confirmation (Escape cancels), and puts it back if deleting fails', async () => {
    const item = await adapter.allergies.create(clientId, { allergen: 'Yodo', severity: 'severe', type: 'drug' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    click($(element, `[data-remove="${item.id}"]`));
    const dialog = await until<HTMLDialogElement>(element, 'dialog.confirm-dialog');
    await waitUntil(() => dialog.open);
    expect(textOf(dialog)).to.contain('Yodo');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(element, 'dialog.confirm-dialog'));
    expect($(element, '.item')).to.not.equal(null);
    adapter.simulation.failNext('unavailable', 'allergies.remove');
    click($(element, `[data-remove="${item.id}"]`));
    click(await until(element, 'dialog.confirm-dialog [value="confirm"]'));
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'));
    expect($(element, '.item')).to.not.equal(null);
    click($(element, `[data-remove="${item.id}"]`));
    const change = oneEvent(element, 'client-record-change');
    click(await until(element, 'dialog.confirm-dialog [value="confirm"]'));
    expect((await change).detail.action).to.equal('remove');
    await until(element, '[part~="state-empty"]');
    await waitUntil(async () => (await adapter.allergies.list(clientId)).total === 0, 'still stored');
  });

  it('keeps the form filled and says why when saving fails', async () => {
    const element = await mount(adapter, clientId);
    element.startAdd();
    setValue(await until<HTMLInputElement>(element, '#allergy-allergen'), 'Mariscos');
    adapter.simulation.failNext('unavailable', 'allergies.create');
    submit(element);
    await until(element, 'form .error-summary');
    expect(textOf($(element, 'form .error-summary'))).to.contain('Couldn’t save.');
    expect($<HTMLInputElement>(element, '#allergy-allergen')!.value).to.equal('Mariscos');
  });

  it('is read-only without clinical.manage, and absent without clinical.view (nothing requested)', async () => {
    await adapter.allergies.create(clientId, { allergen: 'Látex', severity: 'severe', type: 'latex' });
    const readOnly = await mount(adapter, clientId, [...READ_ONLY_PERMISSIONS]);
    await until(readOnly, '.item');
    expect($(readOnly, '.add-button')).to.equal(null);
    expect($(readOnly, '.item button')).to.equal(null);
    expect(textOf($(readOnly, '.intro'))).to.match(/view/i);
    const { adapter: counted, calls } = counting(adapter);
    const hidden = await mount(counted, clientId, ALL_PERMISSIONS.filter((permission) => permission !== 'clinical.view'));
    await until(hidden, '[part~="state-forbidden"]');
    expect(calls.get('allergies.list') ?? 0).to.equal(0);
  });

  it('shows loading and error states, and retries', async () => {
    const slow = await fixture(html`<client-allergies client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-allergies>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'allergies.list');
    const failing = await fixture(html`<client-allergies client-id=${clientId} .adapter=${adapter}></client-allergies>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part~="state-empty"]');
  });

  it('speaks Spanish and Brazilian Portuguese', async () => {
    await adapter.allergies.create(clientId, { allergen: 'Látex', severity: 'mild', type: 'latex' });
    for (const [locale, title, type] of [['es', 'Alergias', 'Látex'], ['pt-BR', 'Alergias', 'Látex']] as const) {
      const provider = await fixture(html`<client-provider locale=${locale} .adapter=${adapter}><client-allergies client-id=${clientId}></client-allergies></client-provider>`);
      const element = provider.querySelector('client-allergies')!;
      await until(element, '.item');
      expect(textOf($(element, 'h3'))).to.equal(title);
      expect(textOf($(element, '.item'))).to.contain(type);
      expect(textOf($(element, '.item [part~="level"]'))).to.equal(locale === 'es' ? 'Leve' : 'Leve');
    }
  });

  it('updates the allergy badges of <client-file> at once', async () => {
    const file = await fixture<ClientFileElement>(html`<client-file client-id=${clientId} tab="allergies" .adapter=${adapter}></client-file>`);
    await waitUntil(() => file.shadowRoot!.querySelector('client-allergies'), 'the allergies tab never opened');
    const tab = file.shadowRoot!.querySelector<ClientAllergies>('client-allergies')!;
    click((await until(tab, '[part~="state-empty"]')).querySelector('button'));
    setValue(await until<HTMLInputElement>(tab, '#allergy-allergen'), 'Clorhexidina');
    setValue($<HTMLSelectElement>(tab, '#allergy-severity')!, 'severe');
    submit(tab);
    const badge = await until(file, '[part~="badge-allergy"]', 'the allergy badge did not appear');
    expect(textOf(badge)).to.contain('Clorhexidina');
    const id = (await adapter.allergies.list(clientId)).items[0]!.id;
    click(await until(tab, `[data-toggle="${id}"]`));
    await waitUntil(() => !$(file, '[part~="badge-allergy"]'), 'the badge stayed after deactivating');
  });

  it('works over the REST adapter (MSW): add, deactivate, delete', async () => {
    const { adapter: rest, memory: backing } = await restTab('allergies');
    const id = (await backing.clients.create({ firstName: 'Rest', lastName: 'Alergia' })).id;
    const element = await mount(rest, id);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    setValue(await until<HTMLInputElement>(element, '#allergy-allergen'), 'Amoxicilina');
    setValue($<HTMLSelectElement>(element, '#allergy-type')!, 'drug');
    submit(element);
    await until(element, '.item');
    const [stored] = (await backing.allergies.list(id)).items;
    expect(stored).to.include({ allergen: 'Amoxicilina', type: 'drug' });
    click($(element, `[data-toggle="${stored!.id}"]`));
    await until(element, '.item.inactive');
    await waitUntil(async () => (await backing.allergies.get(id, stored!.id)).active === false, 'not deactivated in the backend');
    click($(element, `[data-remove="${stored!.id}"]`));
    click(await until(element, 'dialog.confirm-dialog [value="confirm"]'));
    await until(element, '[part~="state-empty"]');
    await waitUntil(async () => (await backing.allergies.list(id)).total === 0, 'still stored');
  });
});
