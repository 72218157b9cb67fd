/*
 * The file in a 480 px drawer (stories: InDrawer), in each locale: nothing sticks out sideways, the
 * contact actions stay inside the banner, the tab strip stays one row with its overflow in "More".
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/client-file.js';
import '../../../src/define/client-provider.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import { $, $$, clientWhere, memory, until } from './helpers.js';

const LOCALES = ['en', 'es', 'pt-BR'] as const;

describe('<client-file> in a 480 px drawer', () => {
  for (const locale of LOCALES) {
    it(`lays out its header and tab strip in ${locale}`, async () => {
      const adapter = memory();
      const clientId = await clientWhere(adapter, { hasActiveAlerts: true, hasActiveAllergies: true });
      const wrapper = await fixture<HTMLElement>(html`<client-provider .adapter=${adapter} locale=${locale}>
        <div style="width:480px"><client-file client-id=${clientId}></client-file></div>
      </client-provider>`);
      const file = wrapper.querySelector('client-file') as ClientFileElement;
      await until(file, '.banner .name');
      await file.dataSettled;
      await until(file, 'button.more', 'the tabs that do not fit never went into "More"');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

      const box = file.getBoundingClientRect();
      expect(box.width).to.equal(480);
      for (const selector of ['.banner', '.tabbar', '[role="tablist"]']) {
        const element = $(file, selector)!;
        expect(element.scrollWidth, `${selector} overflows sideways`).to.be.at.most(element.clientWidth + 1);
      }
      // Every piece of the banner and every tab shown lies inside the file's box.
      const pieces = [...$$(file, '.banner .name, .banner [part~="action"], .banner [part~="badge"], .banner .fact, [role="tab"], button.more')];
      expect(pieces.length).to.be.greaterThan(5);
      for (const piece of pieces) {
        const rect = piece.getBoundingClientRect();
        expect(rect.left, `${piece.textContent?.trim()} starts outside`).to.be.at.least(box.left - 0.5);
        expect(rect.right, `${piece.textContent?.trim()} ends outside`).to.be.at.most(box.right + 0.5);
      }
      // One row of tabs: at least two of them beside the More button, all at the same height.
      const tabs = $$(file, '[role="tab"]');
      expect(tabs.length).to.be.at.least(2);
      const tops = new Set([...tabs, $(file, 'button.more')!].map((element) => Math.round(element.getBoundingClientRect().top)));
      expect([...tops]).to.have.length(1);
      await waitUntil(() => $(file, '[role="tabpanel"]:not([hidden]) > client-profile'), 'the first tab never loaded');
    });
  }
});
