/*
 * The list's client dialog: a close button like the import wizard's, and groups as checkboxes — a
 * client in several groups keeps and edits all of them, saved through the adapter (memory and REST).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import type { ClientList } from '../../../src/elements/client-list/client-list.js';
import { restTab } from '../client-file/tab-fixtures.js';
import { $, click, memory, mountList, rows, textOf, type, until } from './helpers.js';

const dialog = (list: ClientList) => $<HTMLDialogElement>(list, 'dialog.form-dialog');
const groupBoxes = (list: ClientList) => [...(dialog(list)?.querySelectorAll<HTMLInputElement>('[part~="groups"] input[type="checkbox"]') ?? [])];
const checkedGroups = (list: ClientList) => groupBoxes(list).filter((box) => box.checked).map((box) => box.value);

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Opens the quick edit of the only client matching `search`. */
async function openEdit(adapter: ClientDataAdapter, search: string): Promise<ClientList> {
  const list = await mountList(adapter, { search });
  await until(() => rows(list).length === 1, `no single row for ${search}`);
  click(rows(list)[0]!.querySelector('[data-action="edit"]'));
  await until(() => dialog(list)?.querySelector<HTMLInputElement>('[name="firstName"]')?.value, 'the client never loaded into the dialog');
  return list;
}

describe('client dialog: close button', () => {
  for (const [locale, label] of [['en', 'Close'], ['es', 'Cerrar'], ['pt-BR', 'Fechar']] as const) {
    it(`closes the create dialog and returns focus to "New client" (${locale})`, async () => {
      const list = await mountList(memory(), { locale });
      const create = $<HTMLButtonElement>(list, '[part~="create-button"]')!;
      create.focus();
      create.click();
      const close = await until(() => dialog(list)?.querySelector<HTMLButtonElement>('[part~="close-button"]'), 'no close button');
      expect(dialog(list)!.open).to.equal(true);
      expect(close.getAttribute('aria-label')).to.equal(label);
      expect(close.getBoundingClientRect().width).to.be.above(0);
      await expect(list).to.be.accessible();
      close.click();
      await until(() => !dialog(list), 'the dialog stayed open');
      expect(deepActive()).to.equal(create);
    });
  }

  it('closes with Escape too', async () => {
    const list = await mountList(memory());
    await list.openCreateDialog({ firstName: 'Irene' });
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(list), 'Escape did not close the dialog');
  });
});

describe('client dialog: groups', () => {
  for (const backend of ['memory', 'REST'] as const) {
    describe(`on the ${backend} adapter`, () => {
      let adapter: ClientDataAdapter;
      let backing: ClientDataAdapter;
      let groupIds: string[];

      beforeEach(async () => {
        if (backend === 'memory') {
          adapter = backing = memory();
        } else {
          const rest = await restTab('create-dialog');
          adapter = rest.adapter;
          backing = rest.memory;
        }
        groupIds = (await backing.groups!.list()).map((group) => group.id);
        expect(groupIds.length, 'the demo data has at least three groups').to.be.at.least(3);
      });

      it('shows every group of a client in several groups, and saves the groups edited', async () => {
        const client = await backing.clients.create({ firstName: 'Itziar', lastName: 'Zubizarreta', groupIds: [groupIds[0]!, groupIds[1]!] });
        const list = await openEdit(adapter, 'Zubizarreta');
        const boxes = groupBoxes(list);
        expect(boxes.map((box) => box.value)).to.have.members(groupIds);
        expect(checkedGroups(list)).to.have.members([groupIds[0], groupIds[1]]);
        expect(textOf(dialog(list)!.querySelector('[part~="groups"] legend'))).to.equal('Groups');
        await expect(list).to.be.accessible();

        // Leave the first group, keep the second, join the third — with clicks, as a user would.
        boxes.find((box) => box.value === groupIds[0])!.click();
        boxes.find((box) => box.value === groupIds[2])!.click();
        const updated = oneEvent(list, 'client-updated');
        dialog(list)!.querySelector<HTMLFormElement>('form')!.requestSubmit();
        const { detail } = await updated;
        expect(detail.fields).to.deep.equal(['groupIds']);
        expect((await backing.clients.get(client.id)).groupIds).to.have.members([groupIds[1], groupIds[2]]);
        const second = (await backing.groups!.list()).find((group) => group.id === groupIds[1])!;
        expect(second.memberCount).to.be.above(0);
      });

      it('keeps both groups when only another field is edited', async () => {
        const client = await backing.clients.create({ firstName: 'Begoña', lastName: 'Urrutikoetxea', groupIds: [groupIds[0]!, groupIds[2]!] });
        const list = await openEdit(adapter, 'Urrutikoetxea');
        type(dialog(list)!.querySelector('[name="lastName"]'), 'Urrutikoetxea Arana');
        const updated = oneEvent(list, 'client-updated');
        dialog(list)!.querySelector<HTMLFormElement>('form')!.requestSubmit();
        expect((await updated).detail.fields).to.deep.equal(['lastName']);
        expect((await backing.clients.get(client.id)).groupIds).to.have.members([groupIds[0], groupIds[2]]);
      });

      it('creates a client in two groups', async () => {
        const list = await mountList(adapter);
        await list.openCreateDialog({ firstName: 'Ainhoa', lastName: 'Goikoetxea' });
        for (const box of groupBoxes(list).filter((candidate) => candidate.value === groupIds[1] || candidate.value === groupIds[2])) box.click();
        const created = oneEvent(list, 'client-created');
        dialog(list)!.querySelector<HTMLFormElement>('form')!.requestSubmit();
        const { client } = (await created).detail;
        expect((await backing.clients.get(client.id)).groupIds).to.have.members([groupIds[1], groupIds[2]]);
      });
    });
  }

  it('names the groups in Spanish', async () => {
    const list = await mountList(memory(), { locale: 'es' });
    await list.openCreateDialog();
    await until(() => groupBoxes(list).length, 'no group checkboxes');
    expect(textOf(dialog(list)!.querySelector('[part~="groups"] legend'))).to.equal('Grupos');
  });
});
