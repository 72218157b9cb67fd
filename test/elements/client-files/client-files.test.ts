import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-files.js';
import '../../../src/define/client-provider.js';
import type { ClientFiles } from '../../../src/elements/client-files/client-files.js';
import { FILE_LIMITS } from '../../../src/model/files.js';
import { READ_ONLY_PERMISSIONS, type Permission } from '../../../src/model/session.js';
import { $, $$, click, deepActiveElement, memory, setValue, textOf, until } from '../client-file/helpers.js';
import { chooseFiles, dropFiles, lostResponseOnce } from '../records/helpers.js';

type Adapter = ReturnType<typeof memory>;

async function mount(adapter: unknown, clientId: string, permissions?: readonly Permission[]) {
  const element = await fixture<ClientFiles>(html`<client-files client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-files>`);
  await until(element, 'h3');
  return element;
}

const png = (name: string) => new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });
const pdf = (name: string) => new File(['%PDF-1.4'], name, { type: 'application/pdf' });

describe('<client-files>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.create({ firstName: 'Lucía', lastName: 'Vega' })).id;
  });

  it('shows an empty state and the drop zone, and passes the a11y audit', async () => {
    const element = await mount(adapter, clientId);
    expect(textOf(await until(element, '[part~="state-empty"]'))).to.contain('No files yet');
    expect(textOf($(element, '[part="dropzone"]'))).to.contain('Drop files here');
    await expect(element).to.be.accessible();
  });

  it('uploads dropped files with the chosen type and visibility, and lists images and documents apart', async () => {
    const element = await mount(adapter, clientId);
    await until(element, '[part="dropzone"]');
    setValue($<HTMLSelectElement>(element, '#files-type')!, 'doc-consent');
    click($(element, '#files-visible'));
    const change = oneEvent(element, 'client-files-change');
    dropFiles($(element, '[part="dropzone"]')!, [pdf('consentimiento.pdf')]);
    expect((await change).detail.action).to.equal('upload');
    await until(element, '[part="document"]');
    chooseFiles($<HTMLInputElement>(element, '#files-input')!, [png('antes.png'), png('despues.png')]);
    await waitUntil(() => $$(element, '[part="image"]').length === 2, 'the images did not appear');
    const stored = (await adapter.files.list(clientId)).items;
    expect(stored.map((file) => file.name).sort()).to.deep.equal(['antes.png', 'consentimiento.pdf', 'despues.png']);
    expect(stored.find((file) => file.name === 'consentimiento.pdf')).to.include({ documentTypeId: 'doc-consent', visibleToClient: true, kind: 'document' });
    const consent = (await adapter.catalog.get()).documentTypes.find((option) => option.id === 'doc-consent')!;
    expect(textOf($(element, '[part="documents"] h5'))).to.equal(consent.label);
    expect($(element, '[part="document"] .visible-toggle')).to.have.property('checked', true);
    for (const link of $$<HTMLAnchorElement>(element, 'a[href]')) expect(link.href).to.match(/^(blob:|https?:)/);
    await expect(element).to.be.accessible();
  });

  it('refuses a file over the size or type limits before uploading, with the reason', async () => {
    const element = await mount(adapter, clientId);
    await until(element, '[part="dropzone"]');
    const big = new File([new Uint8Array(8)], 'enorme.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: FILE_LIMITS.maxBytes + 1 });
    chooseFiles($<HTMLInputElement>(element, '#files-input')!, [big, new File(['x'], 'virus.exe', { type: 'application/x-msdownload' })]);
    await waitUntil(() => $$(element, '.upload.refused').length === 2);
    const text = textOf($(element, '[part="uploads"]'));
    expect(text).to.contain('enorme.pdf is larger than 25 MB');
    expect(text).to.contain('virus.exe isn’t an accepted type');
    expect((await adapter.files.list(clientId)).items).to.have.length(0);
  });

  it('shows progress and cancels an upload', async () => {
    const slow = memory({ latency: 400 });
    const id = (await slow.clients.create({ firstName: 'A', lastName: 'B' })).id;
    const element = await mount(slow, id);
    await until(element, '[part="dropzone"]');
    chooseFiles($<HTMLInputElement>(element, '#files-input')!, [pdf('lento.pdf')]);
    const progress = await until<HTMLProgressElement>(element, '.upload progress');
    expect(progress.getAttribute('aria-label')).to.equal('Uploading lento.pdf');
    click($(element, '.upload button'));
    await until(element, '.upload.cancelled');
    expect(textOf($(element, '.upload.cancelled'))).to.contain('was cancelled');
    expect((await slow.files.list(id)).items).to.have.length(0);
  });

  it('a failed upload tried again is stored once, even when the first answer was lost', async () => {
    const element = await mount(lostResponseOnce(adapter), clientId);
    await until(element, '[part="dropzone"]');
    chooseFiles($<HTMLInputElement>(element, '#files-input')!, [pdf('informe.pdf')]);
    const failed = await until(element, '.upload.failed');
    expect(textOf(failed)).to.contain('informe.pdf wasn’t uploaded');
    click(failed.querySelector('button'));
    await until(element, '[part="document"]');
    expect($(element, '.upload')).to.equal(null);
    expect((await adapter.files.list(clientId)).items.map((file) => file.name)).to.deep.equal(['informe.pdf']);
  });

  it('opens images in a viewer: arrow keys move, Escape closes, focus returns', async () => {
    for (const name of ['uno.png', 'dos.png', 'tres.png']) await adapter.files.upload(clientId, png(name), {});
    const element = await mount(adapter, clientId);
    await waitUntil(() => $$(element, '[part="image"]').length === 3);
    const thumbs = $$(element, '.thumb');
    thumbs[0]!.focus();
    click(thumbs[0]!);
    const dialog = await until<HTMLDialogElement>(element, 'dialog.viewer');
    await waitUntil(() => dialog.open);
    const first = textOf(dialog.querySelector('.file-name'));
    expect(textOf(dialog.querySelector('.viewer-bar'))).to.contain('Image 1 of 3');
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => textOf(dialog.querySelector('.viewer-bar')).includes('Image 2 of 3'));
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => textOf(dialog.querySelector('.viewer-bar')).includes('Image 3 of 3'));
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => textOf(dialog.querySelector('.file-name')) === first);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await waitUntil(() => deepActiveElement() === thumbs[0], 'focus did not return to the thumbnail');
  });

  it('shows a file to the client at once, undone when saving fails', async () => {
    const file = await adapter.files.upload(clientId, pdf('receta.pdf'), {});
    const element = await mount(adapter, clientId);
    const toggle = await until<HTMLInputElement>(element, '[part="document"] .visible-toggle');
    adapter.simulation.failNext('network', 'files.setVisibleToClient');
    click(toggle);
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'));
    expect($<HTMLInputElement>(element, '.visible-toggle')!.checked).to.equal(false);
    click($(element, '.visible-toggle'));
    await waitUntil(async () => (await adapter.files.get(clientId, file.id)).visibleToClient);
  });

  it('deletes a file after confirmation', async () => {
    const file = await adapter.files.upload(clientId, pdf('borrar.pdf'), {});
    const element = await mount(adapter, clientId);
    await until(element, '[part="document"]');
    click($(element, '[part="document"] button.danger'));
    const dialog = await until<HTMLDialogElement>(element, 'dialog.confirm-dialog');
    await waitUntil(() => dialog.open);
    expect(textOf(dialog)).to.contain('borrar.pdf');
    click(dialog.querySelector('[value="confirm"]'));
    await until(element, '[part~="state-empty"]');
    expect((await adapter.files.list(clientId)).items.map((entry) => entry.id)).not.to.include(file.id);
  });

  it('is read-only without files.manage, and not allowed without files.view', async () => {
    await adapter.files.upload(clientId, pdf('solo.pdf'), {});
    const element = await mount(adapter, clientId, READ_ONLY_PERMISSIONS);
    await until(element, '[part="document"]');
    expect($(element, '[part="dropzone"]')).to.equal(null);
    expect($(element, '.visible-toggle, button.danger')).to.equal(null);
    expect(textOf($(element, '.intro'))).to.contain('not upload or change');
    const none = await fixture(html`<client-files client-id=${clientId} .adapter=${adapter} .permissions=${['clients.view']}></client-files>`);
    await until(none, '[part~="state-forbidden"]');
  });

  it('shows loading and error states, and retries', async () => {
    const slow = await fixture(html`<client-files client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-files>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'files.list');
    const failing = await fixture(html`<client-files client-id=${clientId} .adapter=${adapter}></client-files>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part~="state-empty"]');
  });

  it('speaks Spanish and Brazilian Portuguese', async () => {
    for (const [locale, title] of [
      ['es', 'Archivos'],
      ['pt-BR', 'Arquivos'],
    ] as const) {
      const provider = await fixture(html`<client-provider locale=${locale} .adapter=${adapter}><client-files client-id=${clientId}></client-files></client-provider>`);
      const element = provider.querySelector('client-files')!;
      await until(element, '[part="dropzone"]');
      expect(textOf($(element, 'h3'))).to.equal(title);
    }
  });
});
