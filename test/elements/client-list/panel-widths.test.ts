/*
 * The list embedded beside other panels: from a 560px wide container it is a compact table that shows
 * at least 10 clients in a 900px tall page (the demo's formula: the page height less 7.5rem of
 * host chrome); only narrower containers get cards, compact ones.
 */
import { expect } from '@open-wc/testing';
import type { ClientList } from '../../../src/elements/client-list/client-list.js';
import { $, $$, pageList, rows, rowsInView, until } from './helpers.js';

const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';

/** A list in a panel `width` px wide of a 900px tall page, as tall as the demo makes it. */
const panelList = (width: number, density?: string) => pageList(width, 'calc(900px - 7.5rem)', density);

describe('<client-list> in panels of any width', () => {
  for (const width of [560, 620, 700]) {
    it(`is a table showing at least 10 clients in a ${width}px wide panel`, async () => {
      const list = await panelList(width);
      const row = rows(list)[0]!;
      expect(getComputedStyle(row).gridTemplateAreas, 'a table row, not a card').to.equal('none');
      // Every visible header names the cell beneath it, on one line.
      const headers = $$(list, '.head [role="columnheader"]:not(.cell-select)').filter(shown);
      expect(headers.map((header) => header.textContent!.trim())).to.include.members(['Client', 'Contact', 'Status', 'Actions']);
      for (const header of headers) {
        const key = [...header.classList].find((name) => name.startsWith('cell-') && name !== 'cell')!;
        const cell = row.querySelector(`.${key}`)!;
        expect(shown(cell), `${key} shows in the rows too`).to.equal(true);
        expect(Math.abs(cell.getBoundingClientRect().left - header.getBoundingClientRect().left), `${key} lines up`).to.be.lessThan(1);
        expect(header.getBoundingClientRect().height, `${key} header on one line`).to.be.lessThan(30);
      }
      await until(() => rowsInView(list).length >= 10, `only ${rowsInView(list).length} clients in view`);
      // The name, a way to reach the client and the status stay visible, whole.
      for (const cell of ['.name', '.phone', '.status']) expect(shown(row.querySelector(cell)), cell).to.equal(true);
      for (const cell of $$(list, '.body > .row[data-id] [role="gridcell"]').slice(0, 8)) {
        if (shown(cell)) expect(cell.scrollHeight, cell.className).to.be.at.most(cell.clientHeight + 1);
      }
      expect($(list, '.body')!.scrollWidth, 'no horizontal overflow').to.be.at.most($(list, '.body')!.clientWidth);
    });
  }

  for (const density of ['comfortable', 'compact'] as const) {
    it(`becomes ${density} cards below 560px, nothing cut or overlapping`, async () => {
      const list = await panelList(420, density);
      const cards = rows(list).slice(0, 6);
      expect(getComputedStyle(cards[0]!).gridTemplateAreas, 'a card').to.not.equal('none');
      expect(cards[0]!.getBoundingClientRect().height).to.be.at.most(density === 'compact' ? 110 : 125);
      for (const card of cards) {
        const cells = [...card.querySelectorAll<HTMLElement>('[role="gridcell"]')].filter(shown);
        for (const cell of cells) expect(cell.scrollHeight, `${cell.className} fits its area`).to.be.at.most(cell.clientHeight + 1);
        const box = card.getBoundingClientRect();
        for (const cell of cells) {
          const rect = cell.getBoundingClientRect();
          expect(rect.bottom, `${cell.className} inside its card`).to.be.at.most(box.bottom + 0.5);
        }
      }
      if (density === 'comfortable') await expect(list).to.be.accessible();
    });
  }
});
