import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-file.js';
import '../../../src/define/client-provider.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import { TAB_REGISTRY } from '../../../src/elements/client-file/tab-registry.js';
import { ALL_PERMISSIONS, READ_ONLY_PERMISSIONS } from '../../../src/model/session.js';
import type { Permission } from '../../../src/model/session.js';
import { $, $$, clientWhere, click, counting, deepActiveElement, memory, setValue, textOf, until } from './helpers.js';

type Adapter = ReturnType<typeof memory>;

/**
 * The tabs the tab-bar tests run with (by default): four tabs, so the tests of the bar's behaviour
 * (order, keys, overflow) do not change as the registry gains tabs; 'every registered tab' checks those.
 */
const BAR_TABS = ['profile', 'preferences', 'disliked-services', 'insights'];

async function mount(
  adapter: Adapter | ReturnType<typeof counting>['adapter'],
  clientId: string,
  extra: { tab?: string; permissions?: readonly Permission[]; width?: string; tabs?: string[] | undefined } = {},
) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${extra.width ?? '1000px'}">
    <client-file client-id=${clientId} tab=${extra.tab ?? ''} .tabs=${'tabs' in extra ? extra.tabs : BAR_TABS} .adapter=${adapter} .permissions=${extra.permissions}></client-file>
  </div>`);
  const file = wrapper.querySelector('client-file') as ClientFileElement;
  return file;
}

async function loaded(file: ClientFileElement) {
  await until(file, '.banner', 'the header never painted');
  await until(file, '[role="tabpanel"]:not([hidden]) > *:not(.state)', 'the first tab never loaded');
  return file;
}

describe('<client-file>', () => {
  let adapter: Adapter;
  let clientId: string;

  beforeEach(async () => {
    adapter = memory();
    clientId = await clientWhere(adapter, { hasActiveAlerts: true, hasActiveAllergies: true });
  });

  it('passes the a11y audit with the header and the first tab', async () => {
    const file = await loaded(await mount(adapter, clientId));
    await file.dataSettled;
    await until(file, '.badges [part~="badge-alerts"]');
    await expect(file).to.be.accessible();
  });

  describe('header banner', () => {
    it('shows the name, status, badges, client since, last visit and wallet balance', async () => {
      const client = await adapter.clients.get(clientId);
      const file = await loaded(await mount(adapter, clientId));
      await until(file, '[part~="badge-alerts"]');
      await until(file, '[part~="badge-allergy"]');
      expect(textOf($(file, '.name'))).to.equal([client.firstName, client.middleName, client.lastName].filter(Boolean).join(' '));
      expect($<HTMLSelectElement>(file, 'select.status')!.value).to.equal(client.status);
      const alerts = (await adapter.alerts.list(clientId, { filter: { active: true }, limit: 100 })).items;
      expect(textOf($(file, '[part~="badge-alerts"]'))).to.contain(`${alerts.length} active alert`);
      expect(textOf($(file, '[part~="badge-alerts"]'))).to.match(/highest: (Low|Medium|High|Critical)/);
      const allergies = (await adapter.allergies.list(clientId, { filter: { active: true }, limit: 100 })).items;
      expect($$(file, '[part~="badge-allergy"]')).to.have.length(allergies.length);
      const severities = $$(file, '[part~="badge-allergy"]').map((badge) => [...badge.classList].find((name) => name.startsWith('severity-')));
      expect(severities.every(Boolean)).to.equal(true);
      const facts = textOf($(file, '.facts'));
      expect(facts).to.contain('Client since').and.contain('Last visit').and.contain('Wallet balance').and.contain('Weight');
    });

    it('renders data containing markup as text', async () => {
      const created = await adapter.clients.create({ firstName: '<img src=x onerror="window.__pwned=1">', lastName: '<b>Bold</b>' });
      const file = await loaded(await mount(adapter, created.id));
      expect(textOf($(file, '.name'))).to.equal('<img src=x onerror="window.__pwned=1"> <b>Bold</b>');
      expect($(file, '.name img, .name b')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('edits the status in place and announces the save', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const select = $<HTMLSelectElement>(file, 'select.status')!;
      const next = select.value === 'vip' ? 'active' : 'vip';
      const updated = oneEvent(file, 'client-updated');
      setValue(select, next);
      const event = await updated;
      expect(event.detail.fields).to.deep.equal(['status']);
      expect(event.detail.client.status).to.equal(next);
      expect((await adapter.clients.get(clientId)).status).to.equal(next);
    });

    it('rolls a failed status change back and says why', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const select = $<HTMLSelectElement>(file, 'select.status')!;
      const before = select.value;
      adapter.simulation.failNext('network', 'clients.update');
      setValue(select, before === 'vip' ? 'active' : 'vip');
      await waitUntil(() => textOf($(file, '[part="message"]')) !== '', 'no rollback message');
      expect(textOf($(file, '[part="message"]'))).to.contain('undone').and.contain('connect');
      expect($<HTMLSelectElement>(file, 'select.status')!.value).to.equal(before);
      expect((await adapter.clients.get(clientId)).status).to.equal(before);
    });

    it('applies a one-field edit over a version saved elsewhere meanwhile', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const current = await adapter.clients.get(clientId);
      await adapter.clients.update(clientId, { nationalId: 'X1234567' }, { expectedVersion: current.version });
      const select = $<HTMLSelectElement>(file, 'select.status')!;
      const next = select.value === 'vip' ? 'active' : 'vip';
      const updated = oneEvent(file, 'client-updated');
      setValue(select, next);
      await updated;
      const stored = await adapter.clients.get(clientId);
      expect(stored.status).to.equal(next);
      expect(stored.nationalId).to.equal('X1234567');
    });

    it('edits the weight in place, with validation, Enter to save and Escape to cancel', async () => {
      const file = await loaded(await mount(adapter, clientId));
      click($(file, '#weight-button'));
      const input = await until<HTMLInputElement>(file, '#weight-input');
      await waitUntil(() => deepActiveElement() === input, 'the weight input is not focused');
      setValue(input, '900');
      click($(file, '.weight-form button[type="submit"]'));
      await until(file, '#weight-error');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      setValue($<HTMLInputElement>(file, '#weight-input')!, '64,5');
      const updated = oneEvent(file, 'client-updated');
      await sendKeys({ press: 'Enter' });
      await updated;
      expect((await adapter.clients.get(clientId)).weightKg).to.equal(64.5);
      await waitUntil(() => textOf($(file, '#weight-button')).includes('64.5'));
      click($(file, '#weight-button'));
      await until(file, '#weight-input');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => $(file, '#weight-input') === null, 'Escape did not close the editor');
      await waitUntil(() => deepActiveElement() === $(file, '#weight-button'), 'focus did not return to the weight button');
    });

    it('toggles the online-booking block, explained by its description', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const toggle = $<HTMLInputElement>(file, '.blacklist input[role="switch"]')!;
      const help = $(file, `#${toggle.getAttribute('aria-describedby')}`);
      expect(textOf(help)).to.contain('waitlist');
      const before = toggle.checked;
      const updated = oneEvent(file, 'client-updated');
      toggle.click();
      await updated;
      expect((await adapter.clients.get(clientId)).bookingBlacklisted).to.equal(!before);
      if (!before) await until(file, '[part~="badge-blocked"]');
    });

    it('is read-only without clients.edit', async () => {
      const file = await loaded(await mount(adapter, clientId, { permissions: READ_ONLY_PERMISSIONS }));
      expect($(file, 'select.status')).to.equal(null);
      expect($(file, 'span.status')).to.exist;
      expect($(file, '.blacklist input')).to.equal(null);
      expect($(file, '#weight-button')).to.equal(null);
      await expect(file).to.be.accessible();
    });

    it('shows a permission-limited state without clients.view', async () => {
      const file = await mount(adapter, clientId, { permissions: ['wallet.view'] });
      await until(file, '[part~="state-forbidden"]');
      expect($(file, '.banner')).to.equal(null);
      await expect(file).to.be.accessible();
    });

    it('hides the wallet balance without wallet.view', async () => {
      const permissions = READ_ONLY_PERMISSIONS.filter((permission) => permission !== 'wallet.view');
      const file = await loaded(await mount(adapter, clientId, { permissions }));
      expect(textOf($(file, '.facts'))).not.to.contain('Wallet');
    });
  });

  describe('contact actions', () => {
    it('links only to tel:, https://wa.me/ and mailto:', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const client = await adapter.clients.get(clientId);
      const hrefs = $$<HTMLAnchorElement>(file, '.actions a').map((link) => link.getAttribute('href')!);
      expect(hrefs.every((href) => /^(tel:|https:\/\/wa\.me\/|mailto:)/.test(href))).to.equal(true);
      const phone = client.phones.find((entry) => entry.primary) ?? client.phones[0]!;
      expect(hrefs).to.include(`tel:+${phone.number.replace(/\D/g, '')}`);
      if (client.phones.some((entry) => entry.whatsapp)) expect(hrefs.some((href) => /^https:\/\/wa\.me\/\d{6,}$/.test(href))).to.equal(true);
      if (client.email) expect(hrefs).to.include(`mailto:${client.email}`);
    });

    it('fires client-contact, which the host may cancel to handle the contact itself', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const call = $<HTMLAnchorElement>(file, 'a.phone')!;
      const seen: CustomEvent[] = [];
      const listener = (event: CustomEvent) => {
        seen.push(event);
        event.preventDefault();
      };
      file.addEventListener('client-contact', listener);
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      call.dispatchEvent(click);
      file.removeEventListener('client-contact', listener);
      expect(seen).to.have.length(1);
      expect(seen[0]!.detail).to.include({ clientId, channel: 'phone' });
      expect(seen[0]!.detail.href).to.match(/^tel:\+?\d+$/);
      expect(seen[0]!.bubbles && seen[0]!.composed).to.equal(true);
      expect(click.defaultPrevented, 'the link must not be followed').to.equal(true);
    });

    it('asks the host for an appointment after client-contact', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const order: string[] = [];
      file.addEventListener('client-contact', (event) => order.push(`contact:${event.detail.channel}`));
      const request = oneEvent(file, 'client-appointment-request');
      file.addEventListener('client-appointment-request', () => order.push('request'));
      click($(file, 'button.appointment'));
      const event = await request;
      expect(event.detail.clientId).to.equal(clientId);
      expect(event.detail.client.id).to.equal(clientId);
      expect(order).to.deep.equal(['contact:appointment', 'request']);
    });

    it('does not request an appointment when client-contact is canceled', async () => {
      const file = await loaded(await mount(adapter, clientId));
      let requested = false;
      file.addEventListener('client-contact', (event) => event.preventDefault());
      file.addEventListener('client-appointment-request', () => (requested = true));
      click($(file, 'button.appointment'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(requested).to.equal(false);
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      const slow = memory({ latency: 400 });
      const file = await mount(slow, clientId);
      const state = await until(file, '[part~="state-loading"]');
      expect(state.getAttribute('role')).to.equal('status');
      expect(textOf(state)).to.contain('Loading');
      await expect(file).to.be.accessible();
    });

    it('shows a not-found state with a way back for an unknown id', async () => {
      const file = await mount(adapter, 'cl-nope');
      const state = await until(file, '[part~="state-not-found"]');
      expect(textOf(state)).to.contain('Client not found');
      const back = oneEvent(file, 'client-back');
      file.addEventListener('client-back', (event) => event.preventDefault());
      click($(file, '[part~="state-not-found"] button'));
      const event = await back;
      expect(event.detail.clientId).to.equal('cl-nope');
      await expect(file).to.be.accessible();
    });

    it('shows an error with the reason and retries', async () => {
      adapter.simulation.failNext('unavailable', 'clients.get');
      const file = await mount(adapter, clientId);
      const state = await until(file, '[part~="state-error"]');
      expect(textOf(state)).to.contain('isn’t available right now');
      await expect(file).to.be.accessible();
      click($(file, '[part~="state-error"] button'));
      await loaded(file);
    });

    it('shows the loading state, not “not allowed”, while the provider loads the session', async () => {
      const slow = memory({ latency: 250 });
      const provider = await fixture(html`<client-provider locale="en" .adapter=${slow}><client-file client-id=${clientId}></client-file></client-provider>`);
      const file = provider.querySelector('client-file')!;
      await file.updateComplete;
      expect($(file, '[part~="state-forbidden"]')).to.equal(null);
      expect($(file, '[part~="state-loading"]')).to.exist;
      await until(file, '.banner');
    });

    it('shows an empty state without a client id', async () => {
      const file = await mount(adapter, '');
      await until(file, '[part~="state-empty"]');
      expect(textOf($(file, '[part~="state-empty"]'))).to.contain('No client selected');
    });

    it('follows the provider’s locale', async () => {
      const provider = await fixture(html`<client-provider locale="es" .adapter=${adapter}><client-file client-id=${clientId} .tabs=${BAR_TABS}></client-file></client-provider>`);
      const file = provider.querySelector('client-file')!;
      await loaded(file);
      expect(textOf($(file, '[role="tablist"]'))).to.contain('Perfil').and.contain('Estadísticas');
      expect(textOf($(file, '.facts'))).to.contain('Cliente desde');
    });
  });

  describe('tabs', () => {
    it('selects the first tab by default and reflects it in the tab attribute', async () => {
      const file = await loaded(await mount(adapter, clientId));
      expect(file.getAttribute('tab')).to.equal('profile');
      const tabs = $$(file, '[role="tab"]');
      expect(tabs.map((tab) => tab.dataset['tab'])).to.deep.equal(['profile', 'preferences', 'disliked-services', 'insights']);
      expect(tabs[0]!.getAttribute('aria-selected')).to.equal('true');
      expect(tabs[0]!.getAttribute('aria-controls')).to.equal('panel-profile');
      expect($(file, '#panel-profile')!.getAttribute('aria-labelledby')).to.equal('tab-profile');
    });

    it('deep-links to a tab with the tab attribute', async () => {
      const file = await mount(adapter, clientId, { tab: 'insights' });
      await until(file, '#panel-insights client-insights');
      expect($(file, '#tab-insights')!.getAttribute('aria-selected')).to.equal('true');
      expect($(file, '#panel-profile')).to.equal(null);
    });

    it('fires client-tab-change and reflects the new tab', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const change = oneEvent(file, 'client-tab-change');
      click($(file, '#tab-preferences'));
      const event = await change;
      expect(event.detail).to.deep.equal({ tab: 'preferences', previous: 'profile' });
      await waitUntil(() => file.getAttribute('tab') === 'preferences');
      await until(file, '#panel-preferences client-preferences');
      expect($(file, '#panel-profile')!.hidden).to.equal(true);
    });

    it('keeps a loaded tab element when switching back', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const profile = $(file, '#panel-profile client-profile');
      click($(file, '#tab-insights'));
      await until(file, '#panel-insights client-insights');
      click($(file, '#tab-profile'));
      await waitUntil(() => !$(file, '#panel-profile')!.hidden);
      expect($(file, '#panel-profile client-profile')).to.equal(profile);
    });

    it('shows every registered tab the adapter and the user may have, in the bar or its menu', async () => {
      const file = await loaded(await mount(adapter, clientId, { tabs: undefined }));
      const shown = () => [...$$(file, '[role="tab"]'), ...$$(file, '[role="menuitem"]')].map((tab) => tab.dataset['tab']);
      await waitUntil(() => shown().length === TAB_REGISTRY.length, 'not every tab is reachable');
      expect(shown()).to.deep.equal(TAB_REGISTRY.map((tab) => tab.id));
      const limited = await loaded(await mount(adapter, clientId, { tabs: undefined, permissions: ALL_PERMISSIONS.filter((permission) => permission !== 'wallet.view') }));
      expect([...$$(limited, '[role="tab"]'), ...$$(limited, '[role="menuitem"]')].map((tab) => tab.dataset['tab'])).not.to.include('wallet');
    });

    it('hides tabs whose namespace the adapter lacks', async () => {
      const partial = memory({ without: ['insights', 'preferences'] });
      const file = await loaded(await mount(partial, clientId));
      expect($$(file, '[role="tab"]').map((tab) => tab.dataset['tab'])).to.deep.equal(['profile', 'disliked-services']);
    });

    it('lets the host reorder and hide tabs', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <client-file client-id=${clientId} .tabs=${['insights', 'profile', 'no-such-tab']} .adapter=${adapter}></client-file>
      </div>`);
      const file = wrapper.querySelector('client-file')!;
      await until(file, '#panel-insights client-insights');
      expect($$(file, '[role="tab"]').map((tab) => tab.dataset['tab'])).to.deep.equal(['insights', 'profile']);
      expect(file.getAttribute('tab')).to.equal('insights');
      file.tabs = ['profile', 'preferences'];
      await waitUntil(() => $$(file, '[role="tab"]').length === 2 && $(file, '#tab-preferences') !== null);
      expect(file.getAttribute('tab'), 'a hidden selected tab falls back to the first').to.equal('profile');
      await until(file, '#panel-profile client-profile');
      expect($(file, '#panel-insights')).to.equal(null);
    });

    it('reads the tabs attribute as a list', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><client-file client-id=${clientId} tabs="preferences, profile" .adapter=${adapter}></client-file></div>`);
      const file = wrapper.querySelector('client-file')!;
      await until(file, '[role="tab"]');
      expect($$(file, '[role="tab"]').map((tab) => tab.dataset['tab'])).to.deep.equal(['preferences', 'profile']);
    });

    it('falls back to the first tab for a deep link to a tab that cannot exist here', async () => {
      const partial = memory({ without: ['insights'] });
      const file = await loaded(await mount(partial, clientId, { tab: 'insights' }));
      expect(file.getAttribute('tab')).to.equal('profile');
    });

    describe('keyboard (WAI-ARIA tabs, manual activation)', () => {
      it('moves focus with the arrow keys, Home and End, and activates with Enter', async () => {
        const file = await loaded(await mount(adapter, clientId));
        const tab = (id: string) => $(file, `#tab-${id}`)!;
        expect(tab('profile').tabIndex).to.equal(0);
        expect(tab('insights').tabIndex).to.equal(-1);
        tab('profile').focus();
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => deepActiveElement() === tab('preferences'), 'ArrowRight did not move focus');
        expect(tab('preferences').tabIndex).to.equal(0);
        expect(tab('profile').tabIndex).to.equal(-1);
        expect(file.getAttribute('tab'), 'arrows must not activate (manual activation)').to.equal('profile');
        await sendKeys({ press: 'End' });
        await waitUntil(() => deepActiveElement() === tab('insights'), 'End did not move focus');
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => deepActiveElement() === tab('profile'), 'ArrowRight did not wrap');
        await sendKeys({ press: 'ArrowLeft' });
        await waitUntil(() => deepActiveElement() === tab('insights'), 'ArrowLeft did not wrap');
        await sendKeys({ press: 'Home' });
        await waitUntil(() => deepActiveElement() === tab('profile'), 'Home did not move focus');
        await sendKeys({ press: 'ArrowRight' });
        const change = oneEvent(file, 'client-tab-change');
        await sendKeys({ press: 'Enter' });
        expect((await change).detail.tab).to.equal('preferences');
        expect(tab('preferences').getAttribute('aria-selected')).to.equal('true');
      });

      it('brings focus back to the selected tab when the tab list is entered again', async () => {
        const file = await loaded(await mount(adapter, clientId));
        $(file, '#tab-profile')!.focus();
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => deepActiveElement() === $(file, '#tab-preferences'));
        $(file, '.name')!.setAttribute('tabindex', '-1');
        $(file, '.name')!.focus();
        await waitUntil(() => $(file, '#tab-profile')!.tabIndex === 0, 'the roving tabindex did not reset to the selected tab');
      });
    });

    describe('overflow', () => {
      it('collapses the tabs that do not fit into a menu, keeping the selected one visible', async () => {
        const file = await loaded(await mount(adapter, clientId, { width: '300px' }));
        await until(file, 'button.more');
        const visible = $$(file, '[role="tab"]').map((tab) => tab.dataset['tab']);
        expect(visible).to.include('profile');
        const menuItems = $$(file, '[role="menuitem"]').map((item) => item.dataset['tab']);
        expect(menuItems.length).to.be.greaterThan(0);
        expect([...visible, ...menuItems].sort()).to.deep.equal(['disliked-services', 'insights', 'preferences', 'profile']);
        await expect(file).to.be.accessible();
      });

      it('opens the menu from the keyboard and selects a tab from it', async () => {
        const file = await loaded(await mount(adapter, clientId, { width: '300px' }));
        const more = await until(file, 'button.more');
        more.focus();
        await sendKeys({ press: 'ArrowDown' });
        const menu = $(file, '[role="menu"]')!;
        await waitUntil(() => menu.matches(':popover-open'), 'the menu did not open');
        expect(more.getAttribute('aria-expanded')).to.equal('true');
        const first = $$(file, '[role="menuitem"]')[0]!;
        await waitUntil(() => deepActiveElement() === first, 'the first item is not focused');
        const id = first.dataset['tab']!;
        const change = oneEvent(file, 'client-tab-change');
        await sendKeys({ press: 'Enter' });
        expect((await change).detail.tab).to.equal(id);
        await waitUntil(() => $(file, `#tab-${id}`) !== null, 'the chosen tab is not shown in the tab list');
        await waitUntil(() => deepActiveElement() === $(file, `#tab-${id}`), 'focus did not move to the chosen tab');
        expect(menu.matches(':popover-open')).to.equal(false);
      });

      it('shows every tab again when the container grows', async () => {
        const file = await loaded(await mount(adapter, clientId, { width: '300px' }));
        await until(file, 'button.more');
        file.parentElement!.style.width = '1000px';
        await waitUntil(() => $(file, 'button.more') === null, 'the menu did not go away');
        expect($$(file, '[role="tab"]')).to.have.length(4);
      });
    });
  });

  describe('with the profile tab', () => {
    it('updates the header when the profile saves, and the profile when the header saves', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const profile = $(file, 'client-profile') as HTMLElement & { edit(): void; save(): Promise<void> };
      profile.edit();
      const first = await until<HTMLInputElement>(profile, 'input[name="firstName"]');
      setValue(first, 'Renamed');
      await profile.save();
      await waitUntil(() => textOf($(file, '.name')).startsWith('Renamed'), 'the header did not follow the profile');
      const select = $<HTMLSelectElement>(file, 'select.status')!;
      const next = select.value === 'vip' ? 'active' : 'vip';
      const updated = oneEvent(file, 'client-updated');
      setValue(select, next);
      await updated;
      await waitUntil(() => (profile as unknown as { client?: { status: string } }).client?.status === next, 'the profile did not follow the header');
    });

    it('marks the profile tab while it holds unsaved changes', async () => {
      const file = await loaded(await mount(adapter, clientId));
      const profile = $(file, 'client-profile') as HTMLElement & { edit(): void };
      profile.edit();
      const first = await until<HTMLInputElement>(profile, 'input[name="firstName"]');
      setValue(first, 'Changed');
      await waitUntil(() => $(file, '#tab-profile .dirty') !== null, 'the tab is not marked');
      expect(file.hasUnsavedChanges).to.equal(true);
      expect(textOf($(file, '#tab-profile'))).to.contain('Unsaved changes');
    });
  });

  it('loads the client once (the first tab reuses it) and no data of unopened tabs', async () => {
    const { adapter: counted, calls } = counting(adapter);
    const file = await loaded(await mount(counted, clientId));
    await file.dataSettled;
    expect(calls.get(`clients.get:${clientId}`)).to.equal(1);
    expect(calls.has('insights.get')).to.equal(false);
    expect(calls.has('preferences.get')).to.equal(false);
    expect(calls.has('dislikedServices.list')).to.equal(false);
  });
});

describe('<client-file> moving to another client', () => {
  it('shows the new client and loads only the selected tab’s data for it', async () => {
    const { adapter, calls } = counting(memory());
    const [first, second] = (await adapter.clients.list({ limit: 2 })).items;
    const file = await fixture<ClientFileElement>(html`<client-file client-id=${first!.id} .tabs=${BAR_TABS} .adapter=${adapter}></client-file>`);
    await until(file, '#panel-profile client-profile');
    click($(file, '#tab-insights'));
    await until(file, '#panel-insights client-insights');
    click($(file, '#tab-profile'));
    file.clientId = second!.id;
    await waitUntil(() => textOf($(file, '.name')).startsWith(second!.firstName), 'the new client is not shown');
    await until(file, '#panel-profile client-profile');
    expect(calls.get(`insights.get:${second!.id}`) ?? 0, 'a hidden tab loaded data for the new client').to.equal(0);
    click($(file, '#tab-insights'));
    await waitUntil(() => calls.get(`insights.get:${second!.id}`) === 1);
  });
});
