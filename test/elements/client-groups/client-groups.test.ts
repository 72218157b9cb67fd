import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/client-groups.js';
import '../../../src/define/client-provider.js';
import type { ClientGroups } from '../../../src/elements/client-groups/client-groups.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, deepActiveElement, memory, textOf, type, until } from '../client-list/helpers.js';

async function mount(adapter: ClientDataAdapter, options: { permissions?: readonly Permission[]; clientIds?: string[]; locale?: string } = {}) {
  const provider = await fixture<HTMLElement>(html`<client-provider .adapter=${adapter} locale=${options.locale ?? 'en'}>
    <client-groups .permissions=${options.permissions} .clientIds=${options.clientIds ?? []}></client-groups>
  </client-provider>`);
  const groups = provider.querySelector('client-groups')!;
  await groups.ready;
  await until(() => $(groups, '.groups, .state-empty, .state-error'), 'never rendered');
  return groups;
}

const groupItem = (el: ClientGroups, name: string) => $$(el, '[part~="group"]').find((item) => textOf(item.querySelector('.group-name strong')) === name);

describe('<client-groups>', () => {
  it('passes the a11y audit, with a group expanded', async () => {
    const groups = await mount(memory());
    await expect(groups).to.be.accessible();
    click(groupItem(groups, 'VIP')!.querySelector('[aria-expanded]'));
    await until(() => $(groups, '[part~="members"] ul, [part~="members"] p'), 'no members');
    await expect(groups).to.be.accessible();
  });

  it('lists the groups with their member counts', async () => {
    const adapter = memory();
    const expected = await adapter.groups.list();
    const groups = await mount(adapter);
    const names = $$(groups, '.group-name strong').map(textOf);
    expect(names).to.deep.equal(expected.map((group) => group.name));
    const vip = expected.find((group) => group.name === 'VIP')!;
    expect(textOf(groupItem(groups, 'VIP')!.querySelector('.member-count'))).to.equal(`${vip.memberCount} member${vip.memberCount === 1 ? '' : 's'}`);
  });

  it('creates a group and fires client-groups-change', async () => {
    const adapter = memory();
    const groups = await mount(adapter);
    type($<HTMLInputElement>(groups, '#new-group-name'), 'Clientes <b>nuevos</b>');
    await groups.updateComplete;
    const change = oneEvent(groups, 'client-groups-change');
    $<HTMLFormElement>(groups, '[part~="create-form"]')!.requestSubmit();
    const { detail } = await change;
    expect(detail.kind).to.equal('created');
    expect(detail.group.name).to.equal('Clientes <b>nuevos</b>');
    await until(() => groupItem(groups, 'Clientes <b>nuevos</b>'), 'not listed');
    expect(groups.shadowRoot!.querySelector('.group-name b')).to.equal(null); // markup stays text
    expect((await adapter.groups.list()).some((group) => group.id === detail.group.id)).to.equal(true);
  });

  it('renames a group inline and recolors it', async () => {
    const adapter = memory();
    const groups = await mount(adapter);
    const item = groupItem(groups, 'Estudiantes')!;
    click(item.querySelector('[data-rename]'));
    const input = await until(() => item.querySelector<HTMLInputElement>('.rename input'), 'no rename field');
    await until(() => deepActiveElement() === input, 'rename field not focused');
    type(input, 'Universitarios');
    await groups.updateComplete;
    const renamed = oneEvent(groups, 'client-groups-change');
    item.querySelector<HTMLFormElement>('.rename')!.requestSubmit();
    expect((await renamed).detail.group.name).to.equal('Universitarios');
    await until(() => groupItem(groups, 'Universitarios'), 'not renamed');

    const color = groupItem(groups, 'Universitarios')!.querySelector<HTMLInputElement>('input[type="color"]')!;
    color.value = '#123456';
    const recolored = oneEvent(groups, 'client-groups-change');
    color.dispatchEvent(new Event('change'));
    expect((await recolored).detail.group.color).to.equal('#123456');
  });

  it('deletes a group after confirmation; its clients stay', async () => {
    const adapter = memory();
    const before = (await adapter.clients.list({ limit: 1 })).total;
    const groups = await mount(adapter);
    click(groupItem(groups, 'Fisioterapia')!.querySelector('.button.danger'));
    const dialog = await until(() => $<HTMLDialogElement>(groups, 'dialog.confirm-dialog'), 'no confirmation');
    expect(textOf(dialog.querySelector('h2'))).to.equal('Delete the group “Fisioterapia”?');
    const deleted = oneEvent(groups, 'client-groups-change');
    click(dialog.querySelector('[value="confirm"]'));
    expect((await deleted).detail.kind).to.equal('deleted');
    await until(() => !groupItem(groups, 'Fisioterapia'), 'still listed');
    expect((await adapter.clients.list({ limit: 1 })).total).to.equal(before);
  });

  it('adds and removes members: the host’s selection, and one client found by search', async () => {
    const adapter = memory();
    const ids = (await adapter.clients.list({ limit: 3 })).items.map((item) => item.id);
    const groups = await mount(adapter, { clientIds: ids });
    const item = groupItem(groups, 'Novias 2026')!;
    const add = [...item.querySelectorAll('button')].find((button) => textOf(button) === 'Add 3 selected clients')!;
    const change = oneEvent(groups, 'client-groups-change');
    click(add);
    expect((await change).detail.added).to.deep.equal(ids);
    for (const id of ids) expect((await adapter.clients.get(id)).groupIds).to.include('grp-bridal');
    await until(() => textOf($(groups, '[part~="notice"]')).includes('3 added to “Novias 2026”'), 'no notice');

    click(groupItem(groups, 'Novias 2026')!.querySelector('[aria-expanded]'));
    const panel = await until(() => $(groups, '[part~="members"] ul') && $(groups, '[part~="members"]'), 'no members');
    const removeButtons = [...panel.querySelectorAll<HTMLButtonElement>('button.button')];
    expect(removeButtons.length).to.be.greaterThan(2);
    const removed = oneEvent(groups, 'client-groups-change');
    click(removeButtons[0]);
    expect((await removed).detail.removed?.length).to.equal(1);

    const target = (await adapter.clients.list({ filter: { groupIds: ['grp-bridal'] }, limit: 500 })).total;
    const outsider = (await adapter.clients.list({ limit: 60 })).items.find((client) => !client.groupIds.includes('grp-bridal'))!;
    const search = await until(() => $<HTMLInputElement>(groups, '.add-member input'), 'no search');
    type(search, outsider.email ?? outsider.firstName);
    const match = await until(
      () => [...$$(groups, '.matches li')].find((li) => textOf(li).includes(outsider.firstName))?.querySelector('button'),
      'no match',
    );
    const added = oneEvent(groups, 'client-groups-change');
    click(match);
    expect((await added).detail.added).to.deep.equal([outsider.id]);
    expect((await adapter.clients.list({ filter: { groupIds: ['grp-bridal'] }, limit: 1 })).total).to.equal(target + 1);
  });

  it('read-only: shows groups without any way to change them', async () => {
    const groups = await mount(memory(), { permissions: READ_ONLY_PERMISSIONS, clientIds: ['x'] });
    expect(textOf($(groups, '.readonly'))).to.equal('You can view groups but not change them.');
    expect($(groups, '[part~="create-form"]')).to.equal(null);
    expect($(groups, 'input[type="color"]')).to.equal(null);
    expect($(groups, '[data-rename]')).to.equal(null);
    expect($$(groups, 'button').filter((button) => /selected/.test(textOf(button)))).to.deep.equal([]);
  });

  it('shows an error with retry, and says when the adapter has no groups', async () => {
    const adapter = memory();
    adapter.simulation.failNext('network', 'groups.list');
    const groups = await mount(adapter);
    const error = await until(() => $(groups, '.state-error'), 'no error');
    click(error.querySelector('[part~="state-action"]'));
    await until(() => $(groups, '.groups'), 'retry failed');
    const without = await mount(memory({ without: ['groups'] }));
    expect(textOf($(without, '.state-empty'))).to.equal('Groups aren’t available with this data source.');
  });

  it('speaks Spanish and Portuguese', async () => {
    const es = await mount(memory(), { locale: 'es' });
    expect(textOf($(es, 'label[for="new-group-name"]'))).to.equal('Nuevo grupo');
    const pt = await mount(memory(), { locale: 'pt-BR' });
    expect(textOf($(pt, '[part~="create-form"] button[type="submit"]'))).to.equal('Criar grupo');
  });
});
