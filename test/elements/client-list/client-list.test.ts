import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClientList } from '../../../src/elements/client-list/client-list.js';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import type { BulkResult } from '../../../src/model/page.js';
import { READ_ONLY_PERMISSIONS, ALL_PERMISSIONS } from '../../../src/model/session.js';
import type { MemoryAdapter } from '../../../src/adapters/memory/index.js';
import { normalizeText } from '../../../src/model/text.js';
import { es } from '../../../src/i18n/catalogs.js';
import { $, $$, click, deepActiveElement, memory, mountList, nextDownload, rows, spy, textOf, tick, type, until } from './helpers.js';

const search = (list: ClientList) => $<HTMLInputElement>(list, '.search-input')!;
const dialog = (list: ClientList) => $<HTMLDialogElement>(list, 'dialog.form-dialog');
const confirmDialog = (list: ClientList) => $<HTMLDialogElement>(list, 'dialog.confirm-dialog');
const firstRowName = (list: ClientList) => textOf(rows(list)[0]?.querySelector('.name'));

async function confirmIt(list: ClientList) {
  const box = await until(() => confirmDialog(list), 'no confirmation');
  click(box.querySelector('[value="confirm"]'));
}

describe('<client-list>', () => {
  let adapter: MemoryAdapter;

  beforeEach(() => {
    adapter = memory();
  });

  describe('accessibility', () => {
    it('passes the a11y audit with rows, filters, chips and the bulk bar', async () => {
      const list = await mountList(adapter);
      await expect(list).to.be.accessible();
      list.filter = { statuses: ['active'] };
      click($(list, '[part~="filter-button"]'));
      await until(() => $(list, '[part~="filter-panel"]'), 'the filter panel never opened');
      await list.ready;
      await until(() => rows(list).length, 'no rows');
      click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
      await until(() => $(list, '.bulk-bar'), 'no bulk bar');
      await expect(list).to.be.accessible();
    });

    it('passes the a11y audit in the trash view, as cards, and in the create dialog', async () => {
      const trash = await mountList(adapter, { view: 'trash' });
      await expect(trash).to.be.accessible();
      const narrow = await mountList(memory(), { width: 380 });
      await expect(narrow).to.be.accessible();
      await narrow.openCreateDialog();
      await expect(narrow).to.be.accessible();
    });

    it('is a labelled grid with row count, row indexes and sortable column headers', async () => {
      const list = await mountList(adapter);
      const grid = $(list, '[role="grid"]')!;
      expect(grid.getAttribute('aria-label')).to.equal('Clients');
      expect(Number(grid.getAttribute('aria-rowcount'))).to.equal(list.total! + 1);
      expect(rows(list)[0]!.getAttribute('aria-rowindex')).to.equal('2');
      const sorted = $(list, '[role="columnheader"][aria-sort="ascending"]')!;
      expect(textOf(sorted)).to.equal('Client');
    });
  });

  describe('rows', () => {
    it('shows what a page fetched again says, and the texts of strings the host changes, not those formatted before', async () => {
      let bump = 0;
      const changing: ClientDataAdapter = {
        ...adapter,
        clients: {
          ...adapter.clients,
          list: async (query, options) => {
            const page = await adapter.clients.list(query, options);
            const items = page.items.map((client) => ({
              ...client,
              stats: { ...client.stats, reviewCount: client.stats.reviewCount + bump, totalSales: { ...client.stats.totalSales, amountMinor: client.stats.totalSales.amountMinor + bump * 100 } },
            }));
            return { ...page, items };
          },
        },
      };
      const list = await mountList(changing);
      const first = () => rows(list)[0]!;
      const before = { sales: textOf(first().querySelector('.cell-sales')), reviews: textOf(first().querySelector('.cell-reviews .muted')) };
      // The same values fetched again (new objects) show the same texts.
      await list.reload();
      await list.updateComplete;
      expect(textOf(first().querySelector('.cell-sales'))).to.equal(before.sales);
      bump = 5;
      await list.reload();
      await until(() => textOf(first().querySelector('.cell-sales')) !== before.sales, 'the new sales never showed');
      expect(textOf(first().querySelector('.cell-reviews .muted'))).to.not.equal(before.reviews);
      const provider = list.closest('client-provider')!;
      provider.strings = { en: { list: { row: { reviewCount: { one: '{count} opinion', other: '{count} opinions' } } } } } as never;
      await until(() => /opinion/.test(textOf(first().querySelector('.cell-reviews .muted'))), 'the host\'s strings never showed');
    });

    it('shows the total, name, contact, reviews, money in the locale, relative update and status', async () => {
      const list = await mountList(adapter);
      const page = await adapter.clients.list({ limit: 1 });
      const client = page.items[0]!;
      expect(textOf($(list, '[part~="total"]'))).to.equal(`${page.total} clients`);
      const row = rows(list)[0]!;
      expect(row.dataset['id']).to.equal(client.id);
      expect(textOf(row.querySelector('.name'))).to.contain(client.firstName);
      if (client.phone) expect(textOf(row.querySelector('.phone'))).to.equal(client.phone);
      expect(textOf(row.querySelector('.cell-sales'))).to.match(/^€[\d,]+\.\d\d$/);
      expect(textOf(row.querySelector('.status'))).to.not.equal('');
      const time = row.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal(client.updatedAt);
      expect(time.getAttribute('title')).to.match(/\d{4}/);
      expect(row.querySelector('[part~="avatar"]')).to.exist;
    });

    it('renders markup in a client’s data as text', async () => {
      const evil = '<img src=x onerror="window.__pwned=1">';
      await adapter.clients.create({ firstName: 'Aaaa', lastName: evil, email: null });
      const list = await mountList(adapter);
      const row = rows(list).find((candidate) => textOf(candidate).includes('<img'))!;
      expect(row, 'the row of the client').to.exist;
      expect(textOf(row.querySelector('.name'))).to.equal(`Aaaa ${evil}`);
      expect(list.shadowRoot!.querySelector('img[src="x"]')).to.equal(null);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('virtualizes 5,000 clients: few rows in the DOM, pages loaded as needed, jump to the end', async () => {
      const big = memory({ clientCount: 5000 });
      const watched = spy(big);
      const list = await mountList(watched.adapter);
      expect(list.total).to.be.greaterThan(4900);
      expect($$(list, '.body > .row').length).to.be.lessThan(80);
      const listCalls = () => watched.of('clients.list').length;
      const before = listCalls();
      await list.scrollToIndex(list.total! - 1, 'end');
      const last = await until(() => $(list, `.body > .row[data-index="${list.total! - 1}"][data-id]`), 'the last row never appeared');
      expect(last.getAttribute('aria-rowindex')).to.equal(String(list.total! + 1));
      const offsets = watched.of('clients.list').slice(before).map((call) => (call.args[0] as { offset: number }).offset);
      expect(Math.min(...offsets)).to.be.greaterThan(4000); // only pages near the end
    });

    it('a fling asks at once for the page it lands on, and shows its rows as soon as it arrives', async () => {
      const big = memory({ clientCount: 5000 });
      const watched = spy(big);
      const list = await mountList(watched.adapter);
      const body = $(list, '.body')!;
      const before = watched.of('clients.list').length;
      body.scrollTop += 4000;
      body.scrollTop += 4000;
      body.scrollTop += 4000;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await list.updateComplete;
      await tick();
      // The page under the viewport is asked for in the frame of the jump (no waiting for it to settle).
      const landedAt = Math.floor(body.scrollTop / 56);
      const offsets = () => watched.of('clients.list').slice(before).map((call) => (call.args[0] as { offset: number }).offset);
      expect(offsets()).to.include(Math.floor(landedAt / 100) * 100);
      expect(Math.min(...offsets()), 'no page flown past').to.be.greaterThan(100);
      await until(() => rows(list).some((candidate) => Number(candidate.dataset['index']) === landedAt), 'rows never loaded where the fling landed');
      expect($$(list, '.body > .row.placeholder')).to.have.length(0);
    });

    it('after a jump over rows already loaded, shows their data at once, without loading them again', async () => {
      const watched = spy(memory({ clientCount: 2000 }));
      const list = await mountList(watched.adapter);
      const before = watched.of('clients.list').length;
      $(list, '.body')!.scrollTop = 40 * 56; // past every rendered row, within the first page
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await list.updateComplete;
      expect(rows(list).some((row) => row.dataset['index'] === '40'), 'row 40 shows its data').to.equal(true);
      expect($$(list, '.body > .row.placeholder')).to.have.length(0);
      const offsets = watched.of('clients.list').slice(before).map((call) => (call.args[0] as { offset: number }).offset);
      expect(offsets, 'pages requested after the jump').to.not.include(0);
    });

    it('lays rows and cards out one below the other, and keeps the top row when the container narrows', async () => {
      const big = memory({ clientCount: 2000 });
      const wrapper = document.createElement('div');
      wrapper.style.width = '1100px';
      document.body.append(wrapper);
      const provider = document.createElement('client-provider');
      provider.adapter = big;
      provider.setAttribute('locale', 'en');
      const list = document.createElement('client-list');
      provider.append(list);
      wrapper.append(provider);
      await until(() => rows(list).length > 5, 'no rows');
      const laidOut = () => {
        const placed = rows(list)
          .map((row) => ({ index: Number(row.dataset['index']), box: row.getBoundingClientRect() }))
          .sort((a, b) => a.index - b.index);
        for (let i = 1; i < placed.length; i++) {
          const [above, below] = [placed[i - 1]!, placed[i]!];
          if (below.index !== above.index + 1) continue;
          // Each row starts where the one above ends (plus the cards' gap): no overlap, no hole.
          expect(below.box.top - above.box.bottom, `row ${below.index} after row ${above.index}`).to.be.within(0, 12);
        }
        return placed;
      };
      const body = $(list, '.body')!;
      body.scrollTop = 30 * 56;
      await until(() => rows(list).some((row) => row.dataset['index'] === '30'), 'row 30 never rendered');
      laidOut();
      const topRow = () => {
        const top = body.getBoundingClientRect().top;
        return laidOut().find(({ box }) => box.bottom > top + 1)?.index;
      };
      expect(topRow()).to.equal(30);
      wrapper.style.width = '420px';
      // Rows are measured again before the next frame is painted.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(getComputedStyle(rows(list)[0]!).gridTemplateAreas).to.contain('client');
      expect(topRow()).to.equal(30);
      expect(rows(list)[0]!.getBoundingClientRect().height).to.be.greaterThan(100);
      wrapper.remove();
    });

    it('becomes cards in a narrow container (no header row, a sort control instead)', async () => {
      const list = await mountList(adapter, { width: 380 });
      const row = rows(list)[0]!;
      expect(getComputedStyle(row).gridTemplateAreas).to.contain('client');
      // No column headers as cards; "select all visible" stays, with its label.
      expect(getComputedStyle($(list, '.head [role="columnheader"].cell-contact')!).display).to.equal('none');
      expect(getComputedStyle($(list, '.select-all-label')!).display).to.not.equal('none');
      expect(getComputedStyle($(list, '.sort-control')!).display).to.not.equal('none');
      const wide = await mountList(memory(), { width: 1100 });
      expect(getComputedStyle(rows(wide)[0]!).gridTemplateAreas).to.equal('none');
      expect(getComputedStyle($(wide, '.sort-control')!).display).to.equal('none');
    });

    it('sorts by a column header and says so with aria-sort', async () => {
      const watched = spy(adapter);
      const list = await mountList(watched.adapter);
      const filterChange = oneEvent(list, 'client-filter-change');
      click($(list, '[data-sort="totalSales"]'));
      expect((await filterChange).detail.sort).to.deep.equal({ field: 'totalSales', direction: 'desc' });
      await list.ready;
      await until(() => $(list, '[role="columnheader"][aria-sort="descending"]'), 'no sorted header');
      const sales = rows(list).map((row) => Number(textOf(row.querySelector('.cell-sales')).replace(/[^\d]/g, '')));
      expect(sales).to.deep.equal([...sales].sort((a, b) => b - a));
    });
  });

  describe('search', () => {
    it('debounces typing into one request, highlights matches, accent-insensitive', async () => {
      const accented = (await adapter.clients.list({ limit: 60 })).items.find((item) => /[^\x00-\x7f]/.test(item.firstName))!;
      const query = normalizeText(accented.firstName); // "María" → "maria"
      const watched = spy(adapter);
      const list = await mountList(watched.adapter);
      list.debounce = 60;
      await list.updateComplete;
      const before = watched.of('clients.list').length;
      for (let length = 1; length <= query.length; length++) type(search(list), query.slice(0, length));
      await tick(20);
      expect(watched.of('clients.list').length).to.equal(before);
      await until(() => list.search === query, 'never searched');
      await list.ready;
      await until(() => rows(list).some((row) => row.dataset['id'] === accented.id), 'no results');
      const searched = watched.of('clients.list').slice(before).map((call) => (call.args[0] as { search?: string }).search);
      expect(searched.every((value) => value === query)).to.equal(true);
      expect(rows(list).some((row) => row.dataset['id'] === accented.id)).to.equal(true);
      const marks = $$(list, '.body .name mark').map(textOf);
      expect(marks).to.include(accented.firstName);
    });

    it('aborts the request of a superseded search', async () => {
      const slow = memory({ latency: 80 });
      const watched = spy(slow);
      const list = await mountList(watched.adapter);
      list.debounce = 0;
      await list.updateComplete;
      const before = watched.of('clients.list').length;
      type(search(list), 'ana');
      await tick(20);
      type(search(list), 'maria');
      await until(() => list.search === 'maria', 'no second search');
      await list.ready;
      const calls = watched.of('clients.list').slice(before);
      const first = calls.find((call) => (call.args[0] as { search?: string }).search === 'ana')!;
      expect((first.args[1] as { signal: AbortSignal }).signal.aborted).to.equal(true);
    });

    it('searches phones whatever the formatting', async () => {
      const client = (await adapter.clients.list({ limit: 5 })).items.find((item) => item.phone)!;
      const digits = client.phone!.replace(/\D/g, '').slice(-6);
      const formatted = `${digits.slice(0, 3)}-${digits.slice(3)}`;
      const list = await mountList(adapter, { search: formatted });
      await until(() => rows(list).some((row) => row.dataset['id'] === client.id), 'the client was not found');
      expect($$(list, '.body .phone mark').length).to.be.greaterThan(0);
    });

    it('offers to create a client with the typed name when nothing matches', async () => {
      const list = await mountList(adapter, { search: 'Zyxwv Qwertz' });
      const empty = await until(() => $(list, '.state-empty'), 'no empty state');
      expect(textOf(empty)).to.contain('No clients match “Zyxwv Qwertz”');
      click(empty.querySelector('[part~="state-action"]'));
      const form = await until(() => dialog(list)?.open && dialog(list), 'no dialog');
      expect(form.querySelector<HTMLInputElement>('[name="firstName"]')!.value).to.equal('Zyxwv');
      expect(form.querySelector<HTMLInputElement>('[name="lastName"]')!.value).to.equal('Qwertz');
    });

    it('focuses the search with /', async () => {
      const list = await mountList(adapter);
      rows(list)[0]!.focus();
      await sendKeys({ press: '/' });
      expect(deepActiveElement()).to.equal(search(list));
      expect(search(list).value).to.equal('');
    });
  });

  describe('states', () => {
    it('shows a skeleton while loading', async () => {
      const slow = memory({ latency: 400 });
      const { fixture, html } = await import('@open-wc/testing');
      const list = await fixture<ClientList>(html`<client-list .adapter=${slow}></client-list>`);
      expect($(list, '.state-loading[role="status"]')).to.exist;
      await list.ready;
    });

    it('shows the loading state, not “not allowed”, while the provider loads the session', async () => {
      const slow = memory({ latency: 250 });
      const { fixture, html } = await import('@open-wc/testing');
      const provider = await fixture(html`<client-provider locale="en" .adapter=${slow}><client-list></client-list></client-provider>`);
      const list = provider.querySelector('client-list')!;
      await list.updateComplete;
      expect($(list, '[part~="state-forbidden"]')).to.equal(null);
      expect(textOf($(list, '.state-loading'))).to.contain('Checking your permissions');
      await until(() => rows(list)[0], 'rows after the session');
    });

    it('shows an inline error with retry, never a blank list', async () => {
      adapter.simulation.failNext('unavailable', 'clients.list');
      const list = await mountList(adapter);
      const error = await until(() => $(list, '.state-error'), 'no error state');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.contain('The service isn’t available');
      click(error.querySelector('[part~="state-action"]'));
      await until(() => rows(list).length, 'retry did not load rows');
    });

    it('shows the empty state with a call to action, and none when the user may not create', async () => {
      const empty = memory({ clientCount: 0 });
      const list = await mountList(empty);
      expect(textOf($(list, '.state-empty'))).to.contain('No clients yet');
      expect($(list, '.state-empty [part~="state-action"]')).to.exist;
      const readOnly = await mountList(memory({ clientCount: 0 }), { permissions: READ_ONLY_PERMISSIONS });
      expect($(readOnly, '.state-empty [part~="state-action"]')).to.equal(null);
    });

    it('read-only permissions: no create, edit, delete, and no bulk actions', async () => {
      const list = await mountList(adapter, { permissions: READ_ONLY_PERMISSIONS });
      expect($(list, '[part~="create-button"]')).to.equal(null);
      expect($(list, '[data-action="edit"]')).to.equal(null);
      expect($(list, '[data-action="trash"]')).to.equal(null);
      expect($(list, '.views')).to.equal(null);
      click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
      const bar = await until(() => $(list, '.bulk-bar'), 'no bulk bar');
      expect(textOf(bar)).to.contain('You can’t change these clients.');
    });

    it('follows the provider’s locale (es, pt-BR)', async () => {
      const es = await mountList(adapter, { locale: 'es' });
      expect(textOf($(es, '[part~="total"]'))).to.match(/clientes$/);
      expect(search(es).placeholder).to.equal('Busca por nombre, teléfono o email');
      expect(textOf(rows(es)[0]!.querySelector('.cell-sales'))).to.match(/€$/);
      const pt = await mountList(memory(), { locale: 'pt-BR' });
      expect(textOf($(pt, '[part~="create-button"]'))).to.equal('Novo cliente');
    });
  });

  describe('filters', () => {
    it('is a property the host can set and read; shown as removable chips', async () => {
      const list = await mountList(adapter);
      list.filter = { statuses: ['vip'], groupIds: [], birthdayMonth: 99 } as never;
      expect(list.filter).to.deep.equal({ statuses: ['vip'] });
      await list.ready;
      await until(() => rows(list).length && !$(list, '.grid.stale'), 'no rows');
      expect(rows(list).every((row) => textOf(row.querySelector('.status')) === 'VIP')).to.equal(true);
      const chip = $(list, '.filter-chips [part~="chip"]')!;
      expect(textOf(chip)).to.equal('Status: VIP');
      const change = oneEvent(list, 'client-filter-change');
      click(chip.querySelector('[part~="chip-remove"]'));
      expect((await change).detail.filter).to.deep.equal({});
      expect(list.filter).to.deep.equal({});
      expect($(list, '.filter-chips')).to.equal(null);
    });

    it('combines criteria from the panel and updates the metrics for the filter', async () => {
      const watched = spy(adapter);
      const list = await mountList(watched.adapter);
      await until(() => watched.of('clients.metrics').length, 'no metrics');
      click($(list, '[part~="filter-button"]'));
      const panel = await until(() => $(list, '[part~="filter-panel"]'), 'no panel');
      const vip = [...panel.querySelectorAll<HTMLLabelElement>('label.check')].find((label) => textOf(label) === 'VIP' && !label.querySelector('.chip'))!;
      vip.querySelector('input')!.click();
      const alerts = panel.querySelector<HTMLSelectElement>('select[id$="hasActiveAlerts"]')!;
      alerts.value = 'true';
      alerts.dispatchEvent(new Event('change'));
      expect(list.filter).to.deep.equal({ hasActiveAlerts: true, statuses: ['vip'] });
      await until(() => watched.of('clients.metrics').some((call) => JSON.stringify(call.args[0]).includes('hasActiveAlerts')), 'metrics not reloaded');
      const expected = await adapter.clients.metrics({ filter: list.filter });
      await until(() => textOf($(list, '[part~="metrics"] .metric dd')) === String(expected.totalClients), 'metrics not shown');
      expect($$(list, '.filter-chips [part~="chip"]').length).to.equal(2);
    });

    it('saves named filters per element id and applies them', async () => {
      localStorage.removeItem('clientela:list-filters:saved-test');
      const list = await mountList(adapter, { id: 'saved-test' });
      list.filter = { statuses: ['inactive'] };
      click($(list, '[part~="filter-button"]'));
      const name = await until(() => $<HTMLInputElement>(list, '[id$="saved-name"]'), 'no name field');
      type(name, 'Dormant');
      await list.updateComplete;
      $<HTMLFormElement>(list, '.save-filter')!.requestSubmit();
      await list.updateComplete;
      expect(JSON.parse(localStorage.getItem('clientela:list-filters:saved-test')!)).to.deep.equal([{ name: 'Dormant', filter: { statuses: ['inactive'] }, search: '' }]);
      list.filter = {};
      await list.updateComplete;
      const saved = [...$$(list, '.saved-list button')].find((button) => textOf(button) === 'Dormant')!;
      click(saved);
      expect(list.filter).to.deep.equal({ statuses: ['inactive'] });
      const other = await mountList(memory(), { id: 'other-list' });
      click($(other, '[part~="filter-button"]'));
      await until(() => $(other, '[part~="filter-panel"]'), 'the filter panel never opened');
      expect($(other, '.saved-list')).to.equal(null);
      localStorage.removeItem('clientela:list-filters:saved-test');
    });
  });

  describe('selection and bulk actions', () => {
    it('selects with checkboxes and Shift ranges, and fires client-select', async () => {
      const list = await mountList(adapter);
      const boxes = () => rows(list).map((row) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
      const first = oneEvent(list, 'client-select');
      click(boxes()[1]);
      expect((await first).detail).to.include({ count: 1, allMatching: false });
      const range = oneEvent(list, 'client-select');
      click(boxes()[4], { shiftKey: true });
      const detail = (await range).detail;
      expect(detail.count).to.equal(4);
      expect(detail.ids.sort()).to.deep.equal(rows(list).slice(1, 5).map((row) => row.dataset['id']).sort());
      await list.updateComplete;
      expect(rows(list)[2]!.getAttribute('aria-selected')).to.equal('true');
      expect(textOf($(list, '.bulk-count'))).to.contain('4 selected');
    });

    it('extends a Shift range over rows never loaded, fetching their ids', async () => {
      const big = memory({ clientCount: 3000 });
      const list = await mountList(big);
      click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
      await list.scrollToIndex(2400);
      const target = await until(() => rows(list).find((row) => row.dataset['index'] === '2400'), 'row 2400 not rendered');
      const range = oneEvent(list, 'client-select');
      click(target.querySelector('input[type="checkbox"]'), { shiftKey: true });
      const detail = (await range).detail;
      expect(detail.count).to.equal(2401);
      const expected: string[] = [];
      for (let offset = 0; offset < 2401; offset += 500) {
        const page = await big.clients.list({ ...list.query, offset, limit: Math.min(500, 2401 - offset) });
        expected.push(...page.items.map((item) => item.id));
      }
      expect(new Set(detail.ids)).to.deep.equal(new Set(expected));
    });

    it('selects all visible, then all matching', async () => {
      const list = await mountList(adapter);
      await until(() => $(list, '[data-action="select-visible"]'), 'no header checkbox');
      await tick(50);
      click($(list, '[data-action="select-visible"]'));
      await list.updateComplete;
      const count = list.selectionState.count;
      expect(count).to.be.greaterThan(3);
      expect(count).to.be.lessThan(list.total!);
      const all = oneEvent(list, 'client-select');
      click([...$$(list, '.bulk-count button')][0]);
      const detail = (await all).detail;
      expect(detail.allMatching).to.equal(true);
      expect(detail.count).to.equal(list.total);
    });

    it('moves the selection to the trash after confirming, and fires client-trashed', async () => {
      const list = await mountList(adapter);
      const total = list.total!;
      const ids = rows(list).slice(0, 2).map((row) => row.dataset['id']!);
      click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
      click(rows(list)[1]!.querySelector('input[type="checkbox"]'));
      const button = await until(() => $$(list, '.bulk-bar button').find((candidate) => textOf(candidate) === 'Move to trash'), 'no trash button');
      click(button);
      const trashed = oneEvent(list, 'client-trashed');
      await confirmIt(list);
      expect((await trashed).detail).to.deep.equal({ ids, failed: [] });
      await until(() => list.total === total - 2, 'the list was not refreshed');
      expect($(list, '.bulk-bar')).to.equal(null);
      expect(textOf($(list, '[part~="notice"] span'))).to.equal('2 clients moved to the trash.');
    });

    it('cancelling the confirmation changes nothing and returns focus', async () => {
      const list = await mountList(adapter);
      const trash = rows(list)[0]!.querySelector<HTMLButtonElement>('[data-action="trash"]')!;
      trash.focus();
      click(trash);
      const box = await until(() => confirmDialog(list)?.open && confirmDialog(list), 'no confirmation');
      expect(textOf(box.querySelector('h2'))).to.match(/^Move .+ to the trash\?$/);
      click(box.querySelector('[value="cancel"]'));
      await until(() => !confirmDialog(list), 'still open');
      expect(deepActiveElement()).to.equal(trash);
      expect((await adapter.clients.list({ view: 'trash' })).total).to.equal((await memory().clients.list({ view: 'trash' })).total);
    });

    it('a bulk action failing for some clients reports which ones and keeps them selected', async () => {
      const failing: ClientDataAdapter = {
        ...adapter,
        clients: {
          ...adapter.clients,
          trash: async (ids: string[]): Promise<BulkResult> => {
            const [bad, ...good] = ids;
            await adapter.clients.trash(good);
            return { succeeded: good, failed: [{ id: bad!, kind: 'conflict', message: 'locked' }] };
          },
        },
      };
      const list = await mountList(failing);
      const [first, second] = rows(list);
      const badName = textOf(first!.querySelector('.name'));
      click(first!.querySelector('input[type="checkbox"]'));
      click(second!.querySelector('input[type="checkbox"]'));
      click(await until(() => $$(list, '.bulk-bar button').find((candidate) => textOf(candidate) === 'Move to trash'), 'no button'));
      await confirmIt(list);
      const notice = await until(() => $(list, '[part~="notice"][role="alert"]'), 'no failure notice');
      expect(textOf(notice)).to.contain('1 client moved to the trash.');
      expect(textOf(notice)).to.contain(`Couldn’t move to the trash 1: ${badName}`);
      expect(list.selectedIds).to.deep.equal([first!.dataset['id']]);
    });

    it('assigns the selection to a group', async () => {
      const list = await mountList(adapter);
      const id = rows(list)[0]!.dataset['id']!;
      click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
      const select = await until(() => $<HTMLSelectElement>(list, '.bulk-group select'), 'no group select');
      select.value = 'grp-students';
      select.dispatchEvent(new Event('change'));
      await list.updateComplete;
      click($$(list, '.bulk-group button').find((button) => textOf(button) === 'Add to group'));
      await until(() => textOf($(list, '[part~="notice"]')).includes('added to “Estudiantes”'), 'no notice');
      expect((await adapter.clients.get(id)).groupIds).to.include('grp-students');
      expect(list.selectedIds).to.deep.equal([id]); // kept for the next action
    });

    it('exports the selection as a client-export-request the host can take over', async () => {
      const watched = spy(adapter);
      const list = await mountList(watched.adapter);
      const id = rows(list)[0]!.dataset['id']!;
      click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
      list.addEventListener('client-export-request', (event) => event.preventDefault(), { once: true });
      const request = oneEvent(list, 'client-export-request');
      click(await until(() => $$(list, '.bulk-bar button').find((button) => textOf(button) === 'Export CSV'), 'no export'));
      const { detail } = await request;
      expect(detail.format).to.equal('csv');
      expect(detail.ids).to.deep.equal([id]);
      expect(detail.count).to.equal(1);
      expect(detail.query.filter?.ids).to.deep.equal([id]);
      expect(watched.of('clients.exportAll').length).to.equal(0);
    });
  });

  describe('export', () => {
    it('downloads the selection as an Excel workbook: visible columns, headers and labels in the user’s language', async () => {
      const list = await mountList(adapter, { locale: 'es' });
      const picked = rows(list).slice(0, 2).map((row) => row.dataset['id']!);
      click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
      click(rows(list)[1]!.querySelector('input[type="checkbox"]'));
      const download = nextDownload();
      click(await until(() => $$(list, '.bulk-bar button').find((button) => textOf(button) === 'Exportar Excel'), 'no Excel export'));
      const { name, blob } = await download;
      expect(name).to.match(/^clientes-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const { readWorkbook } = await import('../../../src/import-export/xlsx-read.js');
      const [sheet] = readWorkbook(new Uint8Array(await blob.arrayBuffer()));
      expect(sheet!.name).to.equal('Clientes');
      const [header, ...data] = sheet!.rows;
      expect(header!.slice(0, 3)).to.deep.equal(['Nombre', es.import.exportColumns.firstName, es.import.exportColumns.lastName]);
      expect(header).to.include(es.import.exportColumns.status);
      expect(header!.at(-1)).to.equal(es.import.exportColumns.id);
      expect(data.map((row) => row.at(-1))).to.have.members(picked);
      const status = header!.indexOf(es.import.exportColumns.status);
      const stored = await adapter.clients.get(picked[0]!);
      const row = data.find((cells) => cells.at(-1) === picked[0])!;
      expect(row[status]).to.equal(es.enums.clientStatus[stored.status]);
      await until(() => textOf($(list, '.notice')).includes('2'), 'no notice of the export');
      expect(list.selectedIds).to.have.members(picked);
    });

    it('downloads CSV with a BOM and English headers, and reports a failed export without losing the selection', async () => {
      const list = await mountList(adapter);
      const id = rows(list)[0]!.dataset['id']!;
      click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
      const download = nextDownload();
      click(await until(() => $$(list, '.bulk-bar button').find((button) => textOf(button) === 'Export CSV'), 'no CSV export'));
      const { name, blob } = await download;
      expect(name).to.match(/^clients-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes);
      expect(text.split('\r\n')[0]).to.match(/^Name,First name,Last name,Groups,Tags,Email,Phone/);
      expect(text).to.contain(id);

      adapter.simulation.failNext('unavailable', 'clients.exportAll');
      click($$(list, '.bulk-bar button').find((button) => textOf(button) === 'Export CSV'));
      await until(() => $(list, '.notice.error[role="alert"]'), 'no error notice');
      expect(list.selectedIds).to.deep.equal([id]);
    });
  });

  describe('trash view', () => {
    it('shows deletion dates, restores, and purges only with the permission', async () => {
      await adapter.clients.trash((await adapter.clients.list({ limit: 3 })).items.map((item) => item.id));
      const list = await mountList(adapter, { view: 'trash' });
      const row = rows(list)[0]!;
      expect(textOf(row.querySelector('.cell-updated'))).to.match(/^Deleted on /);
      expect(textOf($(list, '[role="columnheader"][aria-sort="descending"]'))).to.equal('Deleted');
      const id = row.dataset['id']!;
      const restored = oneEvent(list, 'client-restored');
      click(row.querySelector('[data-action="restore"]'));
      expect((await restored).detail.ids).to.deep.equal([id]);
      expect((await adapter.clients.get(id)).trashedAt).to.equal(null);

      await until(() => rows(list)[0]?.dataset['id'] !== id, 'not refreshed');
      const next = rows(list)[0]!;
      const purgeId = next.dataset['id']!;
      const purged = oneEvent(list, 'client-purged');
      click(next.querySelector('[data-action="purge"]'));
      const box = await until(() => confirmDialog(list), 'no confirmation');
      expect(textOf(box)).to.contain('This can’t be undone.');
      await confirmIt(list);
      expect((await purged).detail.ids).to.deep.equal([purgeId]);

      const other = memory();
      await other.clients.trash((await other.clients.list({ limit: 2 })).items.map((item) => item.id));
      const limited = await mountList(other, { view: 'trash', permissions: ALL_PERMISSIONS.filter((permission) => permission !== 'clients.purge') });
      expect($(limited, '[data-action="purge"]')).to.equal(null);
      expect($(limited, '[data-action="restore"]')).to.exist;
    });

    it('switches views from the toolbar and clears the selection', async () => {
      const list = await mountList(adapter);
      click(rows(list)[0]!.querySelector('input[type="checkbox"]'));
      const change = oneEvent(list, 'client-filter-change');
      click($$(list, '[part~="view-button"]')[1]);
      expect((await change).detail.view).to.equal('trash');
      expect(list.view).to.equal('trash');
      await list.ready;
      expect(list.selectionState.count).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('arrows move the active row, Enter opens, Space selects, End jumps to the last row', async () => {
      const list = await mountList(adapter);
      const first = rows(list)[0]!;
      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => deepActiveElement() === rows(list)[1], 'focus did not move down');
      expect(rows(list)[1]!.tabIndex).to.equal(0);
      expect(first.tabIndex).to.equal(-1);
      const opened = oneEvent(list, 'client-open');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail.id).to.equal(rows(list)[1]!.dataset['id']);
      await sendKeys({ press: ' ' });
      expect(list.selectedIds).to.deep.equal([rows(list)[1]!.dataset['id']]);
      await sendKeys({ press: 'End' });
      await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.dataset?.['index'] === String(list.total! - 1), 'End did not reach the last row');
      await sendKeys({ press: 'Home' });
      await waitUntil(() => (deepActiveElement() as HTMLElement | null)?.dataset?.['index'] === '0', 'Home did not reach the first row');
    });

    it('ArrowDown from the search moves into the list', async () => {
      const list = await mountList(adapter);
      search(list).focus();
      await sendKeys({ press: 'ArrowDown' });
      await until(() => deepActiveElement() === rows(list)[0], 'focus did not enter the list');
    });
  });

  describe('create dialog', () => {
    it('validates with the model, warns about duplicates with a link, creates, and fires client-created', async () => {
      const existing = (await adapter.clients.list({ limit: 5 })).items.find((item) => item.email)!;
      const list = await mountList(adapter);
      click($(list, '[part~="create-button"]'));
      const form = await until(() => dialog(list)?.open && dialog(list), 'no dialog');
      expect(deepActiveElement()).to.not.equal(null);
      form.querySelector<HTMLFormElement>('form')!.requestSubmit();
      await list.updateComplete;
      const first = form.querySelector<HTMLInputElement>('[name="firstName"]')!;
      expect(first.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(form.querySelector('.field-error'))).to.equal('Enter a first name.');
      type(form.querySelector('[name="email"]'), 'not-an-email');
      type(first, 'Lucía');
      await list.updateComplete;
      form.querySelector<HTMLFormElement>('form')!.requestSubmit();
      await list.updateComplete;
      expect(form.querySelector('[name="email"]')!.getAttribute('aria-invalid')).to.equal('true');

      type(form.querySelector('[name="email"]'), existing.email!);
      const warning = await until(() => form.querySelector('[part~="duplicate-warning"]'), 'no duplicate warning');
      expect(textOf(warning)).to.contain('Same email');
      const opened = oneEvent(list, 'client-open');
      click([...warning.querySelectorAll('button')][0]);
      expect((await opened).detail.id).to.equal(existing.id);
      await until(() => !dialog(list), 'the dialog stayed open');

      await list.openCreateDialog({ firstName: 'Lucía', lastName: 'Nuevo', email: 'lucia.nuevo@example.com', phone: '+34 600 111 222' });
      const created = oneEvent(list, 'client-created');
      dialog(list)!.querySelector<HTMLFormElement>('form')!.requestSubmit();
      const client = (await created).detail.client;
      expect(client).to.include({ firstName: 'Lucía', lastName: 'Nuevo', email: 'lucia.nuevo@example.com' });
      expect(client.phones[0]!.number).to.equal('+34 600 111 222');
      await until(() => !dialog(list), 'the dialog stayed open');
      expect(textOf($(list, '[part~="notice"] span'))).to.equal('Lucía Nuevo was added.');
    });

    it('keeps the input when creating fails', async () => {
      const list = await mountList(adapter);
      await list.openCreateDialog({ firstName: 'Marta', lastName: 'Fallida' });
      adapter.simulation.failNext('network', 'clients.create');
      dialog(list)!.querySelector<HTMLFormElement>('form')!.requestSubmit();
      const error = await until(() => dialog(list)?.querySelector('.form-error'), 'no error');
      expect(textOf(error)).to.contain('Your input is still here.');
      expect(dialog(list)!.open).to.equal(true);
      expect(dialog(list)!.querySelector<HTMLInputElement>('[name="lastName"]')!.value).to.equal('Fallida');
    });

    it('quick-edits a client from its row and fires client-updated', async () => {
      const list = await mountList(adapter);
      const row = rows(list)[0]!;
      const id = row.dataset['id']!;
      click(row.querySelector('[data-action="edit"]'));
      const form = await until(() => (dialog(list)?.querySelector<HTMLInputElement>('[name="firstName"]')?.value ? dialog(list) : null), 'not loaded');
      type(form.querySelector('[name="lastName"]'), 'Editado');
      const updated = oneEvent(list, 'client-updated');
      form.querySelector<HTMLFormElement>('form')!.requestSubmit();
      const detail = (await updated).detail;
      expect(detail.client.id).to.equal(id);
      expect(detail.fields).to.deep.equal(['lastName']);
      expect((await adapter.clients.get(id)).lastName).to.equal('Editado');
    });
  });

  it('opens a client from its name and the view button', async () => {
    const list = await mountList(adapter);
    const row = rows(list)[0]!;
    const opened = oneEvent(list, 'client-open');
    click(row.querySelector('.name'));
    const detail = (await opened).detail;
    expect(detail.id).to.equal(row.dataset['id']);
    expect(detail.client?.firstName).to.be.a('string');
    const again = oneEvent(list, 'client-open');
    click(row.querySelector('[data-action="open"][part~="row-action"]'));
    expect((await again).detail.id).to.equal(row.dataset['id']);
    expect(firstRowName(list)).to.not.equal('');
  });
});
