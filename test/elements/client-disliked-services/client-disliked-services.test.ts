import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-disliked-services.js';
import '../../../src/define/client-provider.js';
import type { ClientDislikedServices } from '../../../src/elements/client-disliked-services/client-disliked-services.js';
import { READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, click, deepActiveElement, memory, setValue, textOf, until } from '../client-file/helpers.js';

type Adapter = ReturnType<typeof memory>;

async function mount(adapter: Adapter, clientId: string, permissions?: readonly Permission[]) {
  const element = await fixture<ClientDislikedServices>(
    html`<client-disliked-services client-id=${clientId} .adapter=${adapter} .permissions=${permissions}></client-disliked-services>`,
  );
  await until(element, 'h3');
  return element;
}

describe('<client-disliked-services>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = (await adapter.clients.create({ firstName: 'Lucía', lastName: 'Vega' })).id;
  });

  it('passes the a11y audit, empty and with entries', async () => {
    const element = await mount(adapter, clientId);
    await expect(element).to.be.accessible();
    await adapter.dislikedServices.create(clientId, { service: { id: 'svc-peel', name: 'Peeling químico' }, comment: 'Piel sensible' });
    const full = await mount(adapter, clientId);
    await until(full, '.item');
    await expect(full).to.be.accessible();
  });

  it('shows an empty state with a call to action', async () => {
    const element = await mount(adapter, clientId);
    const empty = await until(element, '[part~="state-empty"]');
    expect(textOf(empty)).to.contain('No disliked services');
    click(empty.querySelector('button'));
    await until(element, 'form');
  });

  it('adds an entry with a service picker and a comment', async () => {
    const element = await mount(adapter, clientId);
    element.startAdd();
    const select = await until<HTMLSelectElement>(element, '#ds-service');
    await waitUntil(() => deepActiveElement() === select, 'the picker is not focused');
    expect($$(element, '#ds-service optgroup').length).to.be.greaterThan(1);
    click($(element, 'form button[type="submit"]'));
    await until(element, '#ds-service-error');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    setValue(select, 'svc-laser');
    setValue($<HTMLTextAreaElement>(element, '#ds-comment')!, 'Mala experiencia <i>anterior</i>');
    const change = oneEvent(element, 'client-disliked-services-change');
    click($(element, 'form button[type="submit"]'));
    const event = await change;
    expect(event.detail.action).to.equal('add');
    await until(element, '.item');
    expect(textOf($(element, '.item .service'))).to.equal('Depilación láser (zona media)');
    expect(textOf($(element, '.item .comment'))).to.equal('Mala experiencia <i>anterior</i>');
    expect($(element, '.item i')).to.equal(null);
    const stored = (await adapter.dislikedServices.list(clientId)).items;
    expect(stored.map((item) => item.service.id)).to.deep.equal(['svc-laser']);
  });

  it('does not offer a service already marked as disliked', async () => {
    await adapter.dislikedServices.create(clientId, { service: { id: 'svc-peel', name: 'Peeling químico' }, comment: '' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    element.startAdd();
    await until(element, '#ds-service');
    expect($(element, '#ds-service option[value="svc-peel"]')).to.equal(null);
  });

  it('edits an entry, and keeps the text when someone else changed it meanwhile', async () => {
    const item = await adapter.dislikedServices.create(clientId, { service: { id: 'svc-peel', name: 'Peeling químico' }, comment: 'Antes' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    click($(element, `[data-edit="${item.id}"]`));
    const comment = await until<HTMLTextAreaElement>(element, '#ds-comment');
    setValue(comment, 'Después');
    await adapter.dislikedServices.update(clientId, item.id, { comment: 'Otra persona' }, { expectedVersion: item.version });
    click($(element, 'form button[type="submit"]'));
    await until(element, '.conflict-note');
    expect($<HTMLTextAreaElement>(element, '#ds-comment')!.value).to.equal('Después');
    const change = oneEvent(element, 'client-disliked-services-change');
    click($(element, 'form button[type="submit"]'));
    expect((await change).detail.action).to.equal('edit');
    await until(element, '.item');
    expect(textOf($(element, '.item .comment'))).to.equal('Después');
    expect((await adapter.dislikedServices.get(clientId, item.id)).comment).to.equal('Después');
  });

  it('closes the form with Escape, returning focus', async () => {
    const item = await adapter.dislikedServices.create(clientId, { service: { id: 'svc-peel', name: 'Peeling químico' }, comment: '' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    click($(element, `[data-edit="${item.id}"]`));
    await until(element, '#ds-comment');
    $<HTMLTextAreaElement>(element, '#ds-comment')!.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => $(element, 'form') === null);
    await waitUntil(() => deepActiveElement() === $(element, `[data-edit="${item.id}"]`));
  });

  it('removes an entry after confirmation, and restores it if removing fails', async () => {
    const item = await adapter.dislikedServices.create(clientId, { service: { id: 'svc-peel', name: 'Peeling químico' }, comment: '' });
    const element = await mount(adapter, clientId);
    await until(element, '.item');
    click($(element, '.item button.danger'));
    const dialog = $<HTMLDialogElement>(element, 'dialog.remove')!;
    await waitUntil(() => dialog.open);
    expect(textOf(dialog)).to.contain('Peeling químico');
    await expect(element).to.be.accessible();
    adapter.simulation.failNext('network', 'dislikedServices.remove');
    click(dialog.querySelector('button.primary'));
    await until(element, '.item');
    await waitUntil(() => textOf($(element, '[part="message"]')).includes('undone'));
    click($(element, '.item button.danger'));
    await waitUntil(() => dialog.open);
    const change = oneEvent(element, 'client-disliked-services-change');
    click(dialog.querySelector('button.primary'));
    expect((await change).detail).to.include({ action: 'remove' });
    await until(element, '[part~="state-empty"]');
    expect((await adapter.dislikedServices.list(clientId)).items.map((entry) => entry.id)).not.to.include(item.id);
  });

  it('keeps the form filled and says why when adding fails', async () => {
    const element = await mount(adapter, clientId);
    element.startAdd();
    setValue(await until<HTMLSelectElement>(element, '#ds-service'), 'svc-cut');
    setValue($<HTMLTextAreaElement>(element, '#ds-comment')!, 'No le gusta');
    adapter.simulation.failNext('unavailable', 'dislikedServices.create');
    click($(element, 'form button[type="submit"]'));
    await until(element, 'form .error-summary');
    expect($<HTMLSelectElement>(element, '#ds-service')!.value).to.equal('svc-cut');
    expect($<HTMLTextAreaElement>(element, '#ds-comment')!.value).to.equal('No le gusta');
  });

  it('is read-only without clients.edit', async () => {
    await adapter.dislikedServices.create(clientId, { service: { id: 'svc-peel', name: 'Peeling químico' }, comment: '' });
    const element = await mount(adapter, clientId, READ_ONLY_PERMISSIONS);
    await until(element, '.item');
    expect($(element, '.add-button')).to.equal(null);
    expect($(element, '.item button')).to.equal(null);
  });

  it('shows loading and error states, and retries', async () => {
    const slow = await fixture(html`<client-disliked-services client-id=${clientId} .adapter=${memory({ latency: 300 })}></client-disliked-services>`);
    await until(slow, '[part~="state-loading"]');
    adapter.simulation.failNext('network', 'dislikedServices.list');
    const failing = await fixture(html`<client-disliked-services client-id=${clientId} .adapter=${adapter}></client-disliked-services>`);
    await until(failing, '[part~="state-error"]');
    click($(failing, '[part~="state-error"] button'));
    await until(failing, '[part~="state-empty"]');
  });

  it('speaks Spanish', async () => {
    const provider = await fixture(html`<client-provider locale="es" .adapter=${adapter}><client-disliked-services client-id=${clientId}></client-disliked-services></client-provider>`);
    const element = provider.querySelector('client-disliked-services')!;
    await until(element, 'h3');
    expect(textOf($(element, 'h3'))).to.equal('Servicios no deseados');
  });
});
