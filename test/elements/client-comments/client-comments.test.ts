import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-comments.js';
import '../../../src/define/client-provider.js';
import type { ClientComments } from '../../../src/elements/client-comments/client-comments.js';
import { ALL_PERMISSIONS, type Permission } from '../../../src/model/session.js';
import { $, $$, click, deepActiveElement, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { chooseFiles, clientWithAppointments, clientWhereComments } from '../records/helpers.js';

type Adapter = ReturnType<typeof memory>;

const OTHER_AUTHOR = { id: 'user-other', name: 'Ana Ruiz', email: null, role: 'staff' };
/** A receptionist: may comment, but neither manage others' comments nor read private ones. */
const RECEPTION: readonly Permission[] = ALL_PERMISSIONS.filter((permission) => permission !== 'comments.manage' && permission !== 'comments.private');

async function mount(adapter: unknown, clientId: string, permissions?: readonly Permission[]) {
  const element = await fixture<ClientComments>(html`<client-comments client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-comments>`);
  await until(element, 'h3');
  return element;
}

const shown = (element: Element) => $$(element, '[part="comment"]');

describe('<client-comments>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.create({ firstName: 'Lucía', lastName: 'Vega' })).id;
  });

  it('shows an empty state with a call to action, and passes the a11y audit', async () => {
    const element = await mount(adapter, clientId);
    const empty = await until(element, '[part~="state-empty"]');
    expect(textOf(empty)).to.contain('No comments yet');
    await expect(element).to.be.accessible();
    click(empty.querySelector('button'));
    await until(element, 'form');
    await waitUntil(() => deepActiveElement() === $(element, '#comment-body'));
    await expect(element).to.be.accessible();
  });

  it('writes a private, urgent comment about an appointment, with an attachment; markup stays text', async () => {
    const { id, appointment } = await clientWithAppointments(adapter);
    const before = (await adapter.comments.list(id)).items.length;
    const element = await mount(adapter, id);
    await until(element, 'h3');
    element.startAdd();
    await until(element, 'form');
    setValue($<HTMLTextAreaElement>(element, '#comment-body')!, 'Pagó con retraso <a href="javascript:alert(1)">ver</a>');
    setValue($<HTMLSelectElement>(element, '#comment-priority')!, 'urgent');
    setValue($<HTMLSelectElement>(element, '#comment-appointment')!, appointment.id);
    click($(element, '#comment-private'));
    chooseFiles($<HTMLInputElement>(element, '#comment-attachments')!, [new File(['txt'], 'recibo.txt', { type: 'text/plain' })]);
    await until(element, '.attachment.pending');
    const change = oneEvent(element, 'client-comments-change');
    click($(element, 'form button[type="submit"]'));
    const { comment } = (await change).detail;
    expect(comment).to.include({ priority: 'urgent', private: true, appointmentId: appointment.id });
    const card = await until(element, `[part="comment"][data-id="${comment.id}"]`);
    expect(textOf(card.querySelector('.record-body'))).to.equal('Pagó con retraso <a href="javascript:alert(1)">ver</a>');
    expect(card.querySelector('.record-body a')).to.equal(null);
    expect(textOf(card)).to.contain('Private');
    expect(textOf(card.querySelector('.priority'))).to.equal('Priority: Urgent');
    expect(card.querySelector('.priority svg')).not.to.equal(null); // an icon, not colour alone
    expect(textOf(card.querySelector('.appointment-link'))).to.contain(appointment.service.name);
    expect(textOf(card.querySelector('.attachments a'))).to.equal('recibo.txt');
    expect((await adapter.comments.list(id)).items).to.have.length(before + 1);
    await expect(element).to.be.accessible();
  });

  it('puts pinned comments first, and pins at once (undone when saving fails)', async () => {
    await adapter.comments.create(clientId, { body: 'Antiguo fijado', pinned: true });
    const latest = await adapter.comments.create(clientId, { body: 'Más reciente' });
    const element = await mount(adapter, clientId);
    await until(element, '[part="comment"]');
    expect(shown(element).map((card) => textOf(card.querySelector('.record-body')))).to.deep.equal(['Antiguo fijado', 'Más reciente']);
    adapter.simulation.failNext('network', 'comments.update');
    click($(element, `[data-id="${latest.id}"] .pin-button`));
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'), 'no rollback message');
    expect(textOf(shown(element)[1]!.querySelector('.record-body'))).to.equal('Más reciente');
    click($(element, `[data-id="${latest.id}"] .pin-button`));
    await waitUntil(() => $(element, `[data-id="${latest.id}"] .pin-button`)?.getAttribute('aria-pressed') === 'true');
    expect(textOf($(element, `[data-id="${latest.id}"] .badge.accent`))).to.equal('Pinned');
    await waitUntil(async () => (await adapter.comments.get(clientId, latest.id)).pinned);
  });

  it('a session without comments.private never sees private comments, nor the checkbox', async () => {
    const everything = memory();
    const withPrivate = await clientWhereComments(everything, (comments) => comments.some((entry) => entry.private) && comments.some((entry) => !entry.private));
    const all = (await everything.comments.list(withPrivate)).items;
    const element = await mount(memory({ permissions: RECEPTION }), withPrivate, RECEPTION);
    await until(element, '[part="comment"]');
    expect(shown(element).map((card) => card.dataset['id']).sort()).to.deep.equal(all.filter((entry) => !entry.private).map((entry) => entry.id).sort());
    expect($$(element, '.badge.private')).to.have.length(0);
    element.startAdd();
    await until(element, 'form');
    expect($(element, '#comment-private')).to.equal(null);
    // The manager's session sees them, marked private.
    const manager = await mount(everything, withPrivate);
    await waitUntil(() => shown(manager).length === all.length);
    expect($$(manager, '.badge.private').length).to.equal(all.filter((entry) => entry.private).length);
  });

  it('the author edits and deletes their comments; others need comments.manage', async () => {
    const ana = memory({ user: OTHER_AUTHOR, permissions: RECEPTION });
    const id = await clientWhereComments(ana, (comments) => comments.some((entry) => entry.author.id !== OTHER_AUTHOR.id));
    const hers = await ana.comments.create(id, { body: 'De Ana' });
    const foreign = (await ana.comments.list(id)).items.find((entry) => entry.author.id !== OTHER_AUTHOR.id)!;
    const element = await mount(ana, id, RECEPTION);
    await until(element, `[data-id="${hers.id}"]`);
    expect($(element, `[data-id="${hers.id}"] [data-edit]`)).not.to.equal(null);
    expect($(element, `[data-id="${foreign.id}"]`)).not.to.equal(null);
    expect($(element, `[data-id="${foreign.id}"] [data-edit]`)).to.equal(null);
    expect(textOf($(element, '.intro'))).to.contain('your own comments');
    const manager = await mount(memory({ user: OTHER_AUTHOR }), id);
    await until(manager, `[data-id="${foreign.id}"] [data-edit]`);
  });

  it('keeps the draft when someone else changed the comment, then overwrites', async () => {
    const comment = await adapter.comments.create(clientId, { body: 'Primera versión' });
    const element = await mount(adapter, clientId);
    await until(element, '[part="comment"]');
    click($(element, `[data-edit="${comment.id}"]`));
    setValue(await until<HTMLTextAreaElement>(element, '#comment-body'), 'Mi versión');
    await adapter.comments.update(clientId, comment.id, { body: 'Su versión' }, { expectedVersion: comment.version });
    click($(element, 'form button[type="submit"]'));
    await until(element, '.conflict-note');
    expect($<HTMLTextAreaElement>(element, '#comment-body')!.value).to.equal('Mi versión');
    click($(element, 'form button[type="submit"]'));
    await waitUntil(() => $(element, 'form') === null);
    expect((await adapter.comments.get(clientId, comment.id)).body).to.equal('Mi versión');
  });

  it('an empty comment is refused with a field error; a failed save keeps the form', async () => {
    const element = await mount(adapter, clientId);
    element.startAdd();
    await until(element, 'form');
    setValue($<HTMLTextAreaElement>(element, '#comment-body')!, '   ');
    click($(element, 'form button[type="submit"]'));
    await until(element, '#comment-body-error');
    await waitUntil(() => deepActiveElement() === $(element, '#comment-body'));
    setValue($<HTMLTextAreaElement>(element, '#comment-body')!, 'Llamar el lunes');
    adapter.simulation.failNext('unavailable', 'comments.create');
    click($(element, 'form button[type="submit"]'));
    await until(element, 'form .error-summary');
    expect($<HTMLTextAreaElement>(element, '#comment-body')!.value).to.equal('Llamar el lunes');
    expect((await adapter.comments.list(clientId)).items).to.have.length(0);
  });

  it('deletes after confirmation, with Escape cancelling', async () => {
    const comment = await adapter.comments.create(clientId, { body: 'Borrar' });
    const element = await mount(adapter, clientId);
    await until(element, '[part="comment"]');
    const button = $(element, '[part="comment"] button.danger')!;
    click(button);
    await waitUntil(() => $<HTMLDialogElement>(element, 'dialog.confirm-dialog')?.open);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(element, 'dialog.confirm-dialog'));
    expect(shown(element)).to.have.length(1);
    click($(element, '[part="comment"] button.danger'));
    await waitUntil(() => $<HTMLDialogElement>(element, 'dialog.confirm-dialog')?.open);
    const change = oneEvent(element, 'client-comments-change');
    click($(element, 'dialog.confirm-dialog [value="confirm"]'));
    expect((await change).detail.action).to.equal('remove');
    await until(element, '[part~="state-empty"]');
    expect((await adapter.comments.list(clientId)).items.map((entry) => entry.id)).not.to.include(comment.id);
  });

  it('shows loading and error states, and retries', async () => {
    const slow = await fixture(html`<client-comments client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-comments>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'comments.list');
    const failing = await fixture(html`<client-comments client-id=${clientId} .adapter=${adapter}></client-comments>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part~="state-empty"]');
  });

  it('speaks Spanish and Brazilian Portuguese', async () => {
    await adapter.comments.create(clientId, { body: 'Hola', priority: 'high', pinned: true });
    for (const [locale, title, priority] of [
      ['es', 'Comentarios', 'Prioridad: Alta'],
      ['pt-BR', 'Comentários', 'Prioridade: Alta'],
    ] as const) {
      const provider = await fixture(html`<client-provider locale=${locale} .adapter=${adapter}><client-comments client-id=${clientId}></client-comments></client-provider>`);
      const element = provider.querySelector('client-comments')!;
      await until(element, '[part="comment"]');
      expect(textOf($(element, 'h3'))).to.equal(title);
      expect(textOf($(element, '.priority'))).to.equal(priority);
    }
  });
});
