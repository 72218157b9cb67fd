import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-notes.js';
import '../../../src/define/client-provider.js';
import type { ClientNotes } from '../../../src/elements/client-notes/client-notes.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, deepActiveElement, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { chooseFiles, clientWithAppointments, lostResponseOnce } from '../records/helpers.js';

type Adapter = ReturnType<typeof memory>;

async function mount(adapter: unknown, clientId: string, permissions?: readonly Permission[]) {
  const element = await fixture<ClientNotes>(html`<client-notes client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-notes>`);
  await until(element, 'h3');
  return element;
}

const notesShown = (element: Element) => $$(element, '[part="note"]');

describe('<client-notes>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.create({ firstName: 'Lucía', lastName: 'Vega' })).id;
  });

  it('shows an empty state with a call to action, and passes the a11y audit', async () => {
    const element = await mount(adapter, clientId);
    const empty = await until(element, '[part~="state-empty"]');
    expect(textOf(empty)).to.contain('No notes yet');
    await expect(element).to.be.accessible();
    click(empty.querySelector('button'));
    await until(element, 'form');
    await waitUntil(() => deepActiveElement() === $(element, '#note-title'), 'the title is not focused');
    await expect(element).to.be.accessible();
  });

  it('writes a note with a category, keywords and an attachment; markup stays text', async () => {
    const element = await mount(adapter, clientId);
    element.startAdd();
    await until(element, 'form');
    setValue($<HTMLSelectElement>(element, '#note-category')!, 'note-medical');
    setValue($<HTMLInputElement>(element, '#note-title')!, 'Antecedentes <b>importantes</b>');
    setValue($<HTMLTextAreaElement>(element, '#note-body')!, 'Hipertensión controlada. <img src=x onerror=alert(1)>');
    const keyword = $<HTMLInputElement>(element, '#note-keyword')!;
    keyword.focus();
    await sendKeys({ type: 'tensión' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(element, '.keyword-input [part="chip"]').length === 1, 'Enter did not add the keyword');
    setValue(keyword, 'medicación,');
    await waitUntil(() => $$(element, '.keyword-input [part="chip"]').length === 2, 'a comma did not add the keyword');
    chooseFiles($<HTMLInputElement>(element, '#note-attachments')!, [new File(['%PDF-1.4'], 'informe.pdf', { type: 'application/pdf' })]);
    await until(element, '.attachment.pending');
    const change = oneEvent(element, 'client-notes-change');
    click($(element, 'form button[type="submit"]'));
    expect((await change).detail.action).to.equal('add');
    const note = await until(element, '[part="note"]');
    expect(textOf(note.querySelector('.record-title'))).to.equal('Antecedentes <b>importantes</b>');
    expect(note.querySelector('b, img')).to.equal(null);
    const medical = (await adapter.catalog.get()).noteCategories.find((option) => option.id === 'note-medical')!;
    expect(textOf(note.querySelector('.badge.accent'))).to.equal(medical.label);
    expect($$(note, '.keyword').map(textOf)).to.deep.equal(['tensión', 'medicación']);
    const link = note.querySelector<HTMLAnchorElement>('.attachments a')!;
    expect(textOf(link)).to.equal('informe.pdf');
    expect(link.href).to.match(/^(blob:|https?:)/);
    const [stored] = (await adapter.notes.list(clientId)).items;
    expect(stored).to.include({ categoryId: 'note-medical', kind: 'general', body: 'Hipertensión controlada. <img src=x onerror=alert(1)>' });
    expect(stored!.keywords).to.deep.equal(['tensión', 'medicación']);
    expect(stored!.author.name).to.equal('Demo Manager');
    const files = (await adapter.files.list(clientId)).items;
    expect(files.map((file) => file.name)).to.deep.equal(['informe.pdf']);
    expect(stored!.attachments.map((attachment) => attachment.id)).to.deep.equal([files[0]!.id]);
    await expect(element).to.be.accessible();
  });

  it('refuses an attachment over the limits before uploading, with the reason', async () => {
    const element = await mount(adapter, clientId);
    element.startAdd();
    await until(element, 'form');
    chooseFiles($<HTMLInputElement>(element, '#note-attachments')!, [new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })]);
    const refused = await until(element, '.refused');
    expect(textOf(refused)).to.contain('setup.exe isn’t an accepted type');
    expect($(element, '.attachment.pending')).to.equal(null);
  });

  it('an attention note needs its appointment, and says which one it is about', async () => {
    const { id, appointment } = await clientWithAppointments(adapter);
    const element = await mount(adapter, id);
    element.startAdd();
    await until(element, 'form');
    click($(element, 'input[name="note-kind"][value="attention"]'));
    await until(element, '#note-appointment');
    setValue($<HTMLTextAreaElement>(element, '#note-body')!, 'Reacción leve en la zona tratada.');
    click($(element, 'form button[type="submit"]'));
    await until(element, '#note-appointment-error');
    expect($(element, '#note-appointment')!.getAttribute('aria-invalid')).to.equal('true');
    setValue($<HTMLSelectElement>(element, '#note-appointment')!, appointment.id);
    click($(element, 'form button[type="submit"]'));
    await waitUntil(() => $(element, 'form') === null, 'the form did not close');
    const saved = (await adapter.notes.list(id, { filter: { appointmentId: appointment.id } })).items.find((note) => note.body === 'Reacción leve en la zona tratada.');
    expect(saved).to.include({ kind: 'attention', appointmentId: appointment.id });
    const card = notesShown(element).find((note) => textOf(note).includes('Reacción leve'))!;
    expect(textOf(card.querySelector('.appointment-link'))).to.contain(appointment.service.name);
  });

  it('searches (accent-insensitive) and filters by type, category and keyword', async () => {
    await adapter.notes.create(clientId, { body: 'Prefiere café sin azúcar', categoryId: 'note-preferences', keywords: ['café'] });
    await adapter.notes.create(clientId, { body: 'Alergia al látex confirmada', categoryId: 'note-medical', keywords: ['látex', 'alergia'] });
    await adapter.notes.create(clientId, { body: 'Llamar antes de la cita', categoryId: 'note-reminder', keywords: [] });
    const element = await mount(adapter, clientId);
    await until(element, '[part="note"]');
    expect(notesShown(element)).to.have.length(3);
    setValue($<HTMLInputElement>(element, '#notes-search')!, 'LATEX');
    await waitUntil(() => notesShown(element).length === 1);
    expect(textOf(notesShown(element)[0])).to.contain('látex');
    expect(textOf($(element, '.count'))).to.equal('1 note');
    setValue($<HTMLInputElement>(element, '#notes-search')!, '');
    setValue($<HTMLSelectElement>(element, '#notes-category')!, 'note-reminder');
    await waitUntil(() => notesShown(element).length === 1 && textOf(notesShown(element)[0]).includes('Llamar'));
    setValue($<HTMLSelectElement>(element, '#notes-category')!, '');
    await waitUntil(() => notesShown(element).length === 3);
    click($$(element, '.keyword').find((button) => textOf(button) === 'café')!);
    await waitUntil(() => notesShown(element).length === 1 && textOf(notesShown(element)[0]).includes('café'));
    expect($<HTMLSelectElement>(element, '#notes-keyword')!.value).to.equal('café');
    setValue($<HTMLSelectElement>(element, '#notes-keyword')!, '');
    setValue($<HTMLSelectElement>(element, '#notes-kind')!, 'attention');
    const none = await until(element, '[part~="state-empty"]');
    expect(textOf(none)).to.contain('No notes match');
    click(none.querySelector('button'));
    await waitUntil(() => notesShown(element).length === 3, 'clearing the filters did not show every note');
  });

  it('keeps the draft when someone else changed the note, then overwrites or uses the latest', async () => {
    const note = await adapter.notes.create(clientId, { title: 'Color', body: 'Rubio ceniza 8.1' });
    const element = await mount(adapter, clientId);
    await until(element, '[part="note"]');
    click($(element, `[data-edit="${note.id}"]`));
    const body = await until<HTMLTextAreaElement>(element, '#note-body');
    setValue(body, 'Rubio ceniza 9.1');
    const theirs = await adapter.notes.update(clientId, note.id, { body: 'Castaño 5.0' }, { expectedVersion: note.version });
    click($(element, 'form button[type="submit"]'));
    const conflict = await until(element, '.conflict-note');
    expect(textOf(conflict)).to.contain('Someone else changed this');
    expect($<HTMLTextAreaElement>(element, '#note-body')!.value).to.equal('Rubio ceniza 9.1');
    expect(textOf($(element, 'form button[type="submit"]'))).to.equal('Overwrite');
    // "Use the latest version" drops the draft for their text…
    click(conflict.querySelector('button'));
    await waitUntil(() => $<HTMLTextAreaElement>(element, '#note-body')?.value === 'Castaño 5.0');
    expect($(element, '.conflict-note')).to.equal(null);
    // …and a new conflict, overwritten, saves ours.
    setValue($<HTMLTextAreaElement>(element, '#note-body')!, 'Rubio ceniza 9.1');
    await adapter.notes.update(clientId, note.id, { body: 'Negro 1.0' }, { expectedVersion: theirs.version });
    click($(element, 'form button[type="submit"]'));
    await until(element, '.conflict-note');
    click($(element, 'form button[type="submit"]'));
    await waitUntil(() => $(element, 'form') === null);
    expect((await adapter.notes.get(clientId, note.id)).body).to.equal('Rubio ceniza 9.1');
  });

  it('a failed save keeps the form and says why; the retry stores the attachment once', async () => {
    const element = await mount(adapter, clientId);
    element.startAdd();
    await until(element, 'form');
    setValue($<HTMLTextAreaElement>(element, '#note-body')!, 'Consentimiento firmado');
    chooseFiles($<HTMLInputElement>(element, '#note-attachments')!, [new File(['%PDF'], 'consentimiento.pdf', { type: 'application/pdf' })]);
    adapter.simulation.failNext('unavailable', 'notes.create');
    click($(element, 'form button[type="submit"]'));
    const summary = await until(element, 'form .error-summary');
    expect(textOf(summary)).to.contain('isn’t available');
    expect($<HTMLTextAreaElement>(element, '#note-body')!.value).to.equal('Consentimiento firmado');
    expect((await adapter.files.list(clientId)).items).to.have.length(1); // uploaded before the note failed
    click($(element, 'form button[type="submit"]'));
    await waitUntil(() => $(element, 'form') === null, 'the retry did not save');
    expect((await adapter.files.list(clientId)).items).to.have.length(1);
    expect((await adapter.notes.list(clientId)).items[0]!.attachments).to.have.length(1);
  });

  it('a retried upload whose first answer was lost stores the file once', async () => {
    const flaky = lostResponseOnce(adapter);
    const element = await mount(flaky, clientId);
    element.startAdd();
    await until(element, 'form');
    setValue($<HTMLTextAreaElement>(element, '#note-body')!, 'Con radiografía');
    chooseFiles($<HTMLInputElement>(element, '#note-attachments')!, [new File(['img'], 'rx.png', { type: 'image/png' })]);
    click($(element, 'form button[type="submit"]'));
    await until(element, 'form .error-summary');
    click($(element, 'form button[type="submit"]'));
    await waitUntil(() => $(element, 'form') === null, 'the retry did not save');
    expect((await adapter.files.list(clientId)).items.map((file) => file.name)).to.deep.equal(['rx.png']);
  });

  it('deletes after confirmation, and restores the note when deleting fails', async () => {
    const note = await adapter.notes.create(clientId, { title: 'Borrar', body: 'Nota temporal' });
    const element = await mount(adapter, clientId);
    await until(element, '[part="note"]');
    adapter.simulation.failNext('network', 'notes.remove');
    click($(element, '[part="note"] button.danger'));
    const dialog = await until<HTMLDialogElement>(element, 'dialog.confirm-dialog');
    await waitUntil(() => dialog.open);
    expect(textOf(dialog)).to.contain('Borrar');
    await expect(element).to.be.accessible();
    click(dialog.querySelector('[value="confirm"]'));
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'), 'no rollback message');
    expect(notesShown(element)).to.have.length(1);
    click($(element, '[part="note"] button.danger'));
    await waitUntil(() => $<HTMLDialogElement>(element, 'dialog.confirm-dialog')?.open);
    const change = oneEvent(element, 'client-notes-change');
    click($(element, 'dialog.confirm-dialog [value="confirm"]'));
    expect((await change).detail.action).to.equal('remove');
    await until(element, '[part~="state-empty"]');
    expect((await adapter.notes.list(clientId)).items.map((entry) => entry.id)).not.to.include(note.id);
  });

  it('closes the form with Escape, returning focus', async () => {
    const note = await adapter.notes.create(clientId, { body: 'Algo' });
    const element = await mount(adapter, clientId);
    await until(element, '[part="note"]');
    click($(element, `[data-edit="${note.id}"]`));
    await waitUntil(() => deepActiveElement() === $(element, '#note-body'));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(element, 'form') === null);
    await waitUntil(() => deepActiveElement() === $(element, `[data-edit="${note.id}"]`));
  });

  it('is read-only without notes.manage', async () => {
    await adapter.notes.create(clientId, { body: 'Solo lectura' });
    const element = await mount(adapter, clientId, READ_ONLY_PERMISSIONS);
    await until(element, '[part="note"]');
    expect($(element, '.add-button')).to.equal(null);
    expect($(element, '[part="note"] button.button')).to.equal(null);
    expect(textOf($(element, '.intro'))).to.contain('view this but not change it');
    await expect(element).to.be.accessible();
  });

  it('shows loading and error states, and retries', async () => {
    const slow = await fixture(html`<client-notes client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-notes>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'notes.list');
    const failing = await fixture(html`<client-notes client-id=${clientId} .adapter=${adapter}></client-notes>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part~="state-empty"]');
  });

  it('speaks Spanish and Brazilian Portuguese', async () => {
    await adapter.notes.create(clientId, { body: 'Nota', keywords: ['uno'] });
    for (const [locale, title, count] of [
      ['es', 'Notas', '1 nota'],
      ['pt-BR', 'Notas', '1 nota'],
    ] as const) {
      const provider = await fixture(html`<client-provider locale=${locale} .adapter=${adapter}><client-notes client-id=${clientId}></client-notes></client-provider>`);
      const element = provider.querySelector('client-notes')!;
      await until(element, '[part="note"]');
      expect(textOf($(element, 'h3'))).to.equal(title);
      expect(textOf($(element, '.count'))).to.equal(count);
      expect(textOf($(element, 'label[for="notes-search"]'))).to.equal(locale === 'es' ? 'Buscar en las notas' : 'Pesquisar nas notas');
    }
  });
});
