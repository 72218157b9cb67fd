import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../src/define/client-file.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import type { ClientTabActivateDetail } from '../../../src/elements/client-file/custom-tabs.js';
import { $, $$, clientWhere, click, deepActiveElement, memory, setValue, textOf, until } from './helpers.js';
import { warnings } from '../../support/console-capture.js';

/** A host's own tab element with a `clientId` property, as a host's custom element would have. */
class TestLoyaltyTab extends HTMLElement {
  clientId = '';
}
if (!customElements.get('test-loyalty-tab')) customElements.define('test-loyalty-tab', TestLoyaltyTab);

type Adapter = ReturnType<typeof memory>;

/** `tabs: ''` leaves the attribute out (every tab, custom ones last). */
async function mount(adapter: Adapter, clientId: string, children: TemplateResult, attrs: { tabs?: string; tab?: string; lang?: string; width?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${attrs.width ?? '1000px'}" lang=${attrs.lang ?? 'en'}>
    <client-file client-id=${clientId} tabs=${ifDefined(attrs.tabs === '' ? undefined : (attrs.tabs ?? 'profile loyalty insights'))} tab=${attrs.tab ?? ''} .adapter=${adapter}>${children}</client-file>
  </div>`);
  const file = wrapper.querySelector('client-file') as ClientFileElement;
  await until(file, '.banner', 'the header never painted');
  return file;
}

const loyalty = html`<section slot="tab" data-tab-id="loyalty" data-tab-label="Loyalty"><h3>Loyalty points</h3><p>1,250 points</p></section>`;

const tabIds = (file: ClientFileElement) => $$(file, '[role="tab"]').map((tab) => tab.dataset['tab']);
const section = (file: ClientFileElement, id = 'loyalty') => file.querySelector<HTMLElement>(`[data-tab-id="${id}"]`)!;
/** Whether the user sees the element (it is rendered: in a shown panel's slot, with a box). */
const shown = (element: Element) => element.checkVisibility() && element.getClientRects().length > 0;

/** Silences console.error while `action` runs (a failing tab logs its error). */
async function quietErrors<T>(action: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => undefined;
  try {
    return await action();
  } finally {
    console.error = original;
  }
}

describe('<client-file> custom tabs', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = await clientWhere(adapter, { hasActiveAlerts: true });
  });

  it('passes the a11y audit with a custom tab open', async () => {
    const file = await mount(adapter, clientId, loyalty, { tab: 'loyalty' });
    await waitUntil(() => shown(section(file)), 'the custom tab was never shown');
    await file.dataSettled;
    await expect(file).to.be.accessible();
  });

  it('puts a slotted tab in the strip where `tabs` says, and shows its content only when selected', async () => {
    const file = await mount(adapter, clientId, loyalty);
    await until(file, '[role="tabpanel"]:not([hidden]) client-profile');
    expect(tabIds(file)).to.deep.equal(['profile', 'loyalty', 'insights']);
    const tab = $(file, '[role="tab"][data-tab="loyalty"]')!;
    expect(textOf(tab)).to.equal('Loyalty');
    expect(tab.getAttribute('aria-selected')).to.equal('false');
    expect(tab.tabIndex).to.equal(-1);
    expect(shown(section(file))).to.equal(false);
  });

  it('comes after the built-in tabs when `tabs` is not set', async () => {
    const file = await mount(adapter, clientId, loyalty, { tabs: '', width: '4000px' });
    await until(file, '[role="tab"][data-tab="loyalty"]');
    const ids = tabIds(file);
    expect(ids.at(-1)).to.equal('loyalty');
    expect(ids.indexOf('gift-cards')).to.equal(ids.length - 2);
  });

  it('opens on click: fires client-tab-change and client-tab-activate, labels its panel, gives the client id', async () => {
    const file = await mount(adapter, clientId, loyalty);
    await until(file, '[role="tabpanel"]:not([hidden]) client-profile');
    const changed = oneEvent(file, 'client-tab-change');
    const activated = oneEvent(section(file), 'client-tab-activate');
    click($(file, '[role="tab"][data-tab="loyalty"]'));
    expect((await changed).detail).to.deep.equal({ tab: 'loyalty', previous: 'profile' });
    expect(((await activated) as CustomEvent<ClientTabActivateDetail>).detail).to.deep.equal({ tab: 'loyalty', clientId, first: true });
    await waitUntil(() => shown(section(file)), 'the custom tab was not shown');
    expect(file.tab).to.equal('loyalty');
    const panel = $(file, '#panel-loyalty')!;
    expect(panel.getAttribute('role')).to.equal('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-loyalty');
    expect($(file, '#tab-loyalty')!.getAttribute('aria-controls')).to.equal('panel-loyalty');
    expect(section(file).dataset['clientId']).to.equal(clientId);
    expect(shown($(file, '#panel-profile')!)).to.equal(false);

    // Shown again later: announced again, no longer the first time.
    click($(file, '[role="tab"][data-tab="profile"]'));
    await waitUntil(() => !shown(section(file)));
    const again = oneEvent(section(file), 'client-tab-activate');
    click($(file, '[role="tab"][data-tab="loyalty"]'));
    expect(((await again) as CustomEvent<ClientTabActivateDetail>).detail.first).to.equal(false);
  });

  it('counts in hasUnsavedChanges and shows the unsaved mark while its content says it is dirty', async () => {
    const file = await mount(adapter, clientId, loyalty, { tab: 'loyalty' });
    await waitUntil(() => shown(section(file)), 'the custom tab was never shown');
    expect(file.hasUnsavedChanges).to.equal(false);
    const dirty = (value: boolean) => section(file).querySelector('p')!.dispatchEvent(new CustomEvent('client-dirty-change', { detail: { dirty: value }, bubbles: true, composed: true }));
    dirty(true);
    expect(file.hasUnsavedChanges).to.equal(true);
    await until(file, '[role="tab"][data-tab="loyalty"] .dirty', 'the tab shows no unsaved mark');
    dirty(false);
    expect(file.hasUnsavedChanges).to.equal(false);
    await waitUntil(() => !$(file, '[role="tab"][data-tab="loyalty"] .dirty'), 'the unsaved mark stayed');
  });

  it('is reached with the arrow keys and opened with Enter, like a built-in tab', async () => {
    const file = await mount(adapter, clientId, loyalty);
    await until(file, '[role="tabpanel"]:not([hidden]) client-profile');
    $(file, '[role="tab"][data-tab="profile"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => deepActiveElement()?.getAttribute('data-tab') === 'loyalty', 'focus did not move to the custom tab');
    expect($(file, '[role="tab"][data-tab="loyalty"]')!.tabIndex).to.equal(0);
    expect(shown(section(file))).to.equal(false); // manual activation: moving does not open
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActiveElement()?.getAttribute('data-tab') === 'insights');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => deepActiveElement()?.getAttribute('data-tab') === 'loyalty');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shown(section(file)), 'Enter did not open the custom tab');
    expect($(file, '[role="tab"][data-tab="loyalty"]')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('is ordered and hidden by the `tabs` property and attribute, with the built-in tabs', async () => {
    const file = await mount(adapter, clientId, loyalty);
    await until(file, '[role="tab"][data-tab="loyalty"]');
    file.tabs = ['loyalty', 'insights'];
    await file.updateComplete;
    expect(tabIds(file)).to.deep.equal(['loyalty', 'insights']);
    file.setAttribute('tabs', 'insights, profile');
    await file.updateComplete;
    expect(tabIds(file)).to.deep.equal(['insights', 'profile']);
    expect(shown(section(file))).to.equal(false);
  });

  it('is the tab a deep link opens', async () => {
    const file = await mount(adapter, clientId, loyalty, { tab: 'loyalty' });
    await waitUntil(() => shown(section(file)), 'the deep-linked custom tab was not shown');
    expect($(file, '[role="tab"][data-tab="loyalty"]')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('gives a custom element the client id, and announces a first show for each client', async () => {
    const file = await mount(adapter, clientId, html`<test-loyalty-tab slot="tab" data-tab-id="loyalty" data-tab-label="Loyalty">Points</test-loyalty-tab>`, { tab: 'loyalty' });
    const element = file.querySelector('test-loyalty-tab') as TestLoyaltyTab;
    await waitUntil(() => shown(element));
    expect(element.clientId).to.equal(clientId);
    const other = await clientWhere(adapter, { hasActiveAlerts: false });
    const activated = oneEvent(element, 'client-tab-activate');
    file.clientId = other;
    const detail = ((await activated) as CustomEvent<ClientTabActivateDetail>).detail;
    expect(detail).to.deep.equal({ tab: 'loyalty', clientId: other, first: true });
    expect(element.clientId).to.equal(other);
    expect(element.dataset['clientId']).to.equal(other);
  });

  it('follows tabs added, relabelled and removed at runtime', async () => {
    const file = await mount(adapter, clientId, html``, { tabs: '', width: '4000px' });
    await until(file, '[role="tabpanel"]:not([hidden]) client-profile');
    expect(tabIds(file)).not.to.include('loyalty');
    const added = document.createElement('section');
    added.slot = 'tab';
    added.dataset['tabId'] = 'loyalty';
    added.dataset['tabLabel'] = 'Loyalty';
    added.textContent = 'Points';
    file.append(added);
    await until(file, '[role="tab"][data-tab="loyalty"]', 'the added tab never appeared');
    click($(file, '[role="tab"][data-tab="loyalty"]'));
    await waitUntil(() => shown(added));
    added.dataset['tabLabel'] = 'Rewards';
    await waitUntil(() => textOf($(file, '[role="tab"][data-tab="loyalty"]')) === 'Rewards', 'the label did not follow');
    added.remove();
    await waitUntil(() => !$(file, '[role="tab"][data-tab="loyalty"]'), 'the removed tab stayed');
    // The selected tab went away: the first tab is selected again.
    await waitUntil(() => $(file, '[role="tab"][aria-selected="true"]')?.dataset['tab'] === 'profile');
  });

  it('shows the error of a tab whose activation throws, while the other tabs and the header keep working', async () => {
    const file = await mount(adapter, clientId, loyalty);
    await until(file, '[role="tabpanel"]:not([hidden]) client-profile');
    let fail = true;
    section(file).addEventListener('client-tab-activate', () => {
      if (fail) throw new Error('Loyalty service is down');
    });
    // The exception also reaches the page's error reporting (window.onerror), as any listener's does.
    const reported: unknown[] = [];
    const onerror = window.onerror;
    window.onerror = (_message, _source, _line, _column, error) => {
      reported.push(error);
      return true;
    };
    try {
      click($(file, '[role="tab"][data-tab="loyalty"]'));
      await until(file, '#panel-loyalty [role="alert"]', 'no error in the panel');
    } finally {
      window.onerror = onerror;
    }
    expect(reported.map((error) => (error as Error).message)).to.deep.equal(['Loyalty service is down']);
    const alert = $(file, '#panel-loyalty [role="alert"]')!;
    expect(textOf(alert)).to.contain('The “Loyalty” tab could not be shown').and.contain('Loyalty service is down');
    expect(shown(section(file))).to.equal(false);

    // Another tab opens; a header edit saves.
    click($(file, '[role="tab"][data-tab="insights"]'));
    await until(file, '[role="tabpanel"]:not([hidden]) client-insights', 'the insights tab did not open');
    const select = $<HTMLSelectElement>(file, 'select.status')!;
    const next = select.value === 'vip' ? 'active' : 'vip';
    const updated = oneEvent(file, 'client-updated');
    setValue(select, next);
    await updated;
    expect((await adapter.clients.get(clientId)).status).to.equal(next);

    // Retry, once the host's code works: the tab shows.
    click($(file, '[role="tab"][data-tab="loyalty"]'));
    await until(file, '#panel-loyalty [role="alert"]');
    fail = false;
    const activated = oneEvent(section(file), 'client-tab-activate');
    click($(file, '#panel-loyalty [part~="state-action"]'));
    expect(((await activated) as CustomEvent<ClientTabActivateDetail>).detail.first).to.equal(true);
    await waitUntil(() => shown(section(file)), 'the retried tab was not shown');
    expect($(file, '#panel-loyalty [role="alert"]')).to.equal(null);
  });

  it('shows an error the content reports with client-tab-error, in the file’s language', async () => {
    const file = await mount(adapter, clientId, loyalty, { lang: 'es', tab: 'loyalty' });
    await waitUntil(() => shown(section(file)));
    const inner = section(file).querySelector('p')!;
    await quietErrors(async () => {
      inner.dispatchEvent(new CustomEvent('client-tab-error', { detail: { error: new Error('Sin conexión con fidelización') }, bubbles: true, composed: true }));
      await until(file, '#panel-loyalty [role="alert"]');
    });
    const text = textOf($(file, '#panel-loyalty [role="alert"]'));
    expect(text).to.contain('No se pudo mostrar la pestaña «Loyalty»').and.contain('Sin conexión con fidelización').and.contain('Reintentar');
    expect(shown(section(file))).to.equal(false);
  });

  it('ignores, with one warning each, an id taken by a built-in or an earlier tab; labels an unlabelled tab by its id', async () => {
    let file!: ClientFileElement;
    const messages = await warnings(async () => {
      file = await mount(
        adapter,
        clientId,
        html`${loyalty}
          <section slot="tab" data-tab-id="loyalty" data-tab-label="Loyalty again">Second</section>
          <section slot="tab" data-tab-id="profile" data-tab-label="My profile">Clash</section>
          <section slot="tab" data-tab-id="vouchers">Vouchers</section>`,
        { tabs: 'profile loyalty vouchers' },
      );
      await until(file, '[role="tab"][data-tab="vouchers"]');
      // Later changes scan the children again: still one warning per problem.
      file.append(Object.assign(document.createElement('span'), { textContent: 'unrelated' }));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await file.updateComplete;
    });
    expect(tabIds(file)).to.deep.equal(['profile', 'loyalty', 'vouchers']);
    expect(textOf($(file, '[role="tab"][data-tab="loyalty"]'))).to.equal('Loyalty');
    expect(textOf($(file, '[role="tab"][data-tab="profile"]'))).to.equal('Profile');
    expect(textOf($(file, '[role="tab"][data-tab="vouchers"]'))).to.equal('vouchers');
    expect(messages.filter((message) => message.includes('"loyalty"'))).to.have.length(1);
    expect(messages.filter((message) => message.includes('"profile"') && message.includes('built-in'))).to.have.length(1);
    expect(messages.filter((message) => message.includes('"vouchers"') && message.includes('no data-tab-label'))).to.have.length(1);
    // The ignored elements are never displayed.
    click($(file, '[role="tab"][data-tab="loyalty"]'));
    await waitUntil(() => shown(section(file)));
    const ignored = [...file.querySelectorAll<HTMLElement>('section')].filter((element) => ['Second', 'Clash'].includes(element.textContent ?? ''));
    expect(ignored.map(shown)).to.deep.equal([false, false]);
  });
});
