/*
 * What a host sets and a user sees of the list's layout: density, the table's columns by width
 * (hidden by priority, never a wrapped header), the icons' legend, and the `search` property kept in
 * step with the search box.
 */
import { expect } from '@open-wc/testing';
import type { ClientList } from '../../../src/elements/client-list/client-list.js';
import { $, $$, memory, mountList, pageList, rows, rowsInView, textOf, until } from './helpers.js';

const search = (list: ClientList) => $<HTMLInputElement>(list, '.search-input')!;
const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
const headerLabels = (list: ClientList) => $$(list, '.head [role="columnheader"]:not(.cell-select)').filter(shown).map(textOf);

describe('<client-list> layout', () => {
  describe('density', () => {
    it('compact shows at least 18 clients in an 800px tall page, rows of 36–40px, the same information', async () => {
      const compact = await pageList(1200, '800px', 'compact');
      expect(compact.density).to.equal('compact');
      const height = rows(compact)[0]!.getBoundingClientRect().height;
      expect(height).to.be.within(36, 40);
      // Rows arrive as they are laid out: wait for the rows after the first to be there.
      await until(() => rowsInView(compact).length >= 18, `only ${rowsInView(compact).length} clients in view`);
      const row = rows(compact)[0]!;
      for (const cell of ['.name', '.phone', '.email', '.cell-sales', 'time', '.status']) expect(shown(row.querySelector(cell)), cell).to.equal(true);
      // Nothing spills out of a row: every line fits in its height.
      for (const cell of row.querySelectorAll<HTMLElement>('[role="gridcell"]')) {
        if (shown(cell)) expect(cell.scrollHeight, cell.className).to.be.at.most(cell.clientHeight + 1);
      }
      await expect(compact).to.be.accessible();
    });

    it('comfortable (the default) keeps rows of 56px; the property switches it and reflects', async () => {
      const list = await pageList(1200, '800px');
      expect(rows(list)[0]!.getBoundingClientRect().height).to.equal(56);
      list.density = 'compact';
      await list.updateComplete;
      expect(list.getAttribute('density')).to.equal('compact');
      await until(() => rows(list)[0]!.getBoundingClientRect().height < 41, 'rows never became compact');
      list.setAttribute('density', 'nonsense');
      await until(() => rows(list)[0]!.getBoundingClientRect().height === 56, 'an unknown density is not comfortable');
    });
  });

  describe('columns', () => {
    it('is a table, not cards, from 830px wide: the least needed columns hide first', async () => {
      const all = ['Client', 'Contact', 'Reviews', 'Sales', 'Last update', 'Status', 'Actions'];
      const wide = await mountList(memory(), { width: 1200 });
      expect(headerLabels(wide)).to.deep.equal(all);
      const at1024 = await mountList(memory(), { width: 1024 });
      expect(headerLabels(at1024)).to.deep.equal(all.filter((label) => label !== 'Reviews'));
      const at830 = await mountList(memory(), { width: 830 });
      expect(getComputedStyle(rows(at830)[0]!).gridTemplateAreas, 'a table row').to.equal('none');
      expect(headerLabels(at830)).to.deep.equal(['Client', 'Contact', 'Sales', 'Status', 'Actions']);
      // A hidden column hides in the rows too: header and cells stay in line.
      const row = rows(at830)[0]!;
      expect(shown(row.querySelector('.cell-updated'))).to.equal(false);
      const header = $(at830, '.head [role="columnheader"].cell-status')!.getBoundingClientRect();
      expect(Math.abs(row.querySelector('.cell-status')!.getBoundingClientRect().left - header.left)).to.be.lessThan(1);
    });

    it('never wraps a column header (“Last update” at 1024px), in en, es and pt-BR', async () => {
      for (const locale of ['en', 'es', 'pt-BR']) {
        const list = await mountList(memory(), { width: 1024, locale });
        await until(() => textOf($(list, '.head .cell-updated')) !== 'Last update' || locale === 'en', 'strings never loaded');
        for (const header of $$(list, '.head [role="columnheader"]').filter(shown)) {
          const line = parseFloat(getComputedStyle(header).lineHeight) || 20;
          expect(header.getBoundingClientRect().height, `${locale}: ${textOf(header)}`).to.be.below(line * 1.6);
          expect(header.scrollWidth, `${locale}: ${textOf(header)} is cut`).to.be.at.most(header.clientWidth + 1);
        }
      }
    });
  });

  describe('icons', () => {
    it('explains the row icons in a visible legend, with an accessible name on each icon', async () => {
      const adapter = memory();
      const list = await mountList(adapter);
      const legend = $(list, '[part~="legend"]')!;
      expect(shown(legend)).to.equal(true);
      expect(textOf(legend)).to.equal('Icons: Online booking blocked Active alerts Active allergies');
      const flagged = (await adapter.clients.list({ filter: { hasActiveAlerts: true }, limit: 1 })).items[0]!;
      list.filter = { hasActiveAlerts: true };
      await list.ready;
      const row = await until(() => rows(list).find((candidate) => candidate.dataset['id'] === flagged.id), 'no flagged row');
      expect(textOf(row.querySelector('.flag-alert'))).to.match(/^\d+ active alerts?$/);
      await expect(list).to.be.accessible();
      const es = await mountList(memory(), { locale: 'es' });
      await until(() => textOf($(es, '[part~="legend"]')).startsWith('Iconos'), 'the legend is not in Spanish');
      expect(textOf($(es, '[part~="legend"]'))).to.equal('Iconos: Reserva online bloqueada Alertas activas Alergias activas');
    });
  });

  describe('search property', () => {
    it('setting search shows it in the box; setting it back to "" empties the box and lists everyone', async () => {
      const adapter = memory();
      const list = await mountList(adapter);
      const everyone = list.total;
      list.search = 'mar';
      await list.ready;
      expect(search(list).value).to.equal('mar');
      expect(list.total).to.equal((await adapter.clients.list({ search: 'mar', limit: 1 })).total);
      list.search = '';
      await list.ready;
      await until(() => !$(list, '.grid.stale'), 'never reloaded');
      expect(search(list).value).to.equal('');
      expect(list.total).to.equal(everyone);
    });

    it('after the user typed a search, a host can set another one, and back', async () => {
      const list = await mountList(memory());
      list.debounce = 0;
      await list.updateComplete;
      search(list).value = 'ana';
      search(list).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await until(() => list.search === 'ana', 'the typed search never ran');
      list.search = 'mar';
      await list.updateComplete;
      expect(search(list).value).to.equal('mar');
      list.search = 'ana';
      await list.updateComplete;
      expect(search(list).value).to.equal('ana');
    });
  });
});
