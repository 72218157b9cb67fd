/*
 * The record tabs over the REST adapter, through MSW's service worker (the HTTP contract handler
 * over a memory adapter in this page): what a host backend sees — attachments uploaded as
 * multipart with an Idempotency-Key, versions as If-Match, errors as problem+json.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/client-notes.js';
import '../../../src/define/client-comments.js';
import '../../../src/define/client-files.js';
import type { ClientNotes } from '../../../src/elements/client-notes/client-notes.js';
import { ALL_PERMISSIONS } from '../../../src/model/session.js';
import { $, $$, click, setValue, textOf, until } from '../client-file/helpers.js';
import { chooseFiles, clientWhereComments, dropFiles, restOverMsw } from './helpers.js';

describe('record tabs over the REST adapter (MSW)', () => {
  it('<client-notes>: writes a note with an attachment, edits it, and shows a conflict', async () => {
    const { adapter, memory } = await restOverMsw();
    const clientId = (await memory.clients.create({ firstName: 'Rita', lastName: 'Mendes' })).id;
    const element = await fixture<ClientNotes>(html`<client-notes client-id=${clientId} .adapter=${adapter}></client-notes>`);
    click((await until(element, '[part~="state-empty"]')).querySelector('button'));
    await until(element, 'form');
    setValue($<HTMLTextAreaElement>(element, '#note-body')!, 'Pele sensível <script>x</script>');
    setValue($<HTMLInputElement>(element, '#note-keyword')!, 'pele,');
    chooseFiles($<HTMLInputElement>(element, '#note-attachments')!, [new File(['%PDF'], 'laudo.pdf', { type: 'application/pdf' })]);
    click($(element, 'form button[type="submit"]'));
    const note = await until(element, '[part="note"]');
    expect(textOf(note.querySelector('.record-body'))).to.equal('Pele sensível <script>x</script>');
    expect($$(note, '.keyword').map(textOf)).to.deep.equal(['pele']);
    const [stored] = (await memory.notes.list(clientId)).items;
    expect(stored!.attachments.map((attachment) => attachment.name)).to.deep.equal(['laudo.pdf']);
    expect((await memory.files.list(clientId)).items.map((file) => file.name)).to.deep.equal(['laudo.pdf']);

    click($(element, `[data-edit="${stored!.id}"]`));
    setValue(await until<HTMLTextAreaElement>(element, '#note-body'), 'Pele muito sensível');
    await memory.notes.update(clientId, stored!.id, { body: 'Outra versão' }, { expectedVersion: stored!.version });
    click($(element, 'form button[type="submit"]'));
    await until(element, '.conflict-note');
    expect($<HTMLTextAreaElement>(element, '#note-body')!.value).to.equal('Pele muito sensível');
    click($(element, 'form button[type="submit"]'));
    await waitUntil(() => $(element, 'form') === null, 'overwriting did not save');
    expect((await memory.notes.get(clientId, stored!.id)).body).to.equal('Pele muito sensível');
  });

  it('<client-comments>: the backend never sends private comments to a session without comments.private', async () => {
    const permissions = ALL_PERMISSIONS.filter((permission) => permission !== 'comments.private');
    const { adapter, memory } = await restOverMsw({ permissions });
    const { memory: everything } = await restOverMsw();
    const id = await clientWhereComments(everything, (comments) => comments.some((entry) => entry.private) && comments.some((entry) => !entry.private));
    const all = (await everything.comments.list(id)).items;
    const element = await fixture(html`<client-comments client-id=${id} .adapter=${adapter} .permissions=${permissions}></client-comments>`);
    await until(element, '[part="comment"]');
    const ids = $$(element, '[part="comment"]').map((card) => card.dataset['id']);
    expect(ids.sort()).to.deep.equal(all.filter((entry) => !entry.private).map((entry) => entry.id).sort());
    expect((await memory.comments.list(id)).items.every((entry) => !entry.private)).to.equal(true);

    click($(element, '.add-button'));
    setValue(await until<HTMLTextAreaElement>(element, '#comment-body'), 'Escrito por REST');
    expect($(element, '#comment-private')).to.equal(null);
    click($(element, 'form button[type="submit"]'));
    await waitUntil(() => $(element, 'form') === null, 'the comment was not saved');
    expect((await adapter.comments!.list(id)).items.some((entry) => entry.body === 'Escrito por REST' && !entry.private)).to.equal(true);
  });

  it('<client-files>: uploads with progress as multipart, shows the file to the client, deletes it', async () => {
    const { adapter, memory } = await restOverMsw();
    const clientId = (await memory.clients.create({ firstName: 'Rita', lastName: 'Mendes' })).id;
    const element = await fixture(html`<client-files client-id=${clientId} .adapter=${adapter}></client-files>`);
    await until(element, '[part="dropzone"]');
    dropFiles($(element, '[part="dropzone"]')!, [new File(['%PDF-1.4 termo'], 'termo.pdf', { type: 'application/pdf' })]);
    await until(element, '[part="document"]');
    const [stored] = (await memory.files.list(clientId)).items;
    expect(stored).to.include({ name: 'termo.pdf', mimeType: 'application/pdf', visibleToClient: false });
    click($(element, '.visible-toggle'));
    await waitUntil(async () => (await memory.files.get(clientId, stored!.id)).visibleToClient, 'not shown to the client');
    click($(element, '[part="document"] button.danger'));
    await waitUntil(() => $<HTMLDialogElement>(element, 'dialog.confirm-dialog')?.open);
    click($(element, 'dialog.confirm-dialog [value="confirm"]'));
    await until(element, '[part~="state-empty"]');
    // The tab removes the file at once; the backend's delete may still be on its way.
    await waitUntil(async () => (await memory.files.list(clientId)).items.length === 0, 'the file was not deleted');
  });
});
