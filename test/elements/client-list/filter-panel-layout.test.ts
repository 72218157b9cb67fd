/*
 * The filter panel as a salon owner meets it in the demo (a list 832 px wide and 780 px tall: a
 * 900 px page minus its header): every filter in sight without an inner scroll, the rows behind it
 * not squeezed, checkboxes on a grid, dates typed in the user's order.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClientList } from '../../../src/elements/client-list/client-list.js';
import type { ClientFilter } from '../../../src/model/query.js';
import { $, $$, click, deepActiveElement, memory, rows, spy, textOf, until } from './helpers.js';
import '../../../src/define/client-list.js';
import '../../../src/define/client-provider.js';

async function mountDemoSized(locale: string, adapter = memory({ clientCount: 120, locale: locale === 'en' ? 'en' : (locale as 'es' | 'pt-BR') })) {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 832px">
    <client-provider .adapter=${adapter} locale=${locale} currency="EUR" time-zone="Europe/Madrid">
      <client-list style="--client-list-height: 780px"></client-list>
    </client-provider>
  </div>`);
  wrapper.scrollIntoView({ block: 'start' });
  const list = wrapper.querySelector<ClientList>('client-list')!;
  await list.ready;
  await until(() => rows(list).length > 0, 'no rows');
  // Lookups (groups, tags, the catalog's origins and centers) fill the panel's groups.
  await until(() => (list as unknown as { lookups: { origins: unknown[]; centers: unknown[] } }).lookups.origins.length > 0, 'no catalog');
  return list;
}

async function openPanel(list: ClientList): Promise<HTMLElement> {
  click($(list, '[part~="filter-button"]'));
  const panel = await until(() => $<HTMLElement>(list, '[part~="filter-panel"]'), 'the filter panel never opened');
  // Its size is fitted once it is in place (a microtask, then a resize observation).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return panel;
}

describe('filter panel layout', () => {
  for (const locale of ['en', 'es', 'pt-BR']) {
    it(`shows every filter without an inner scroll, over rows that keep their height (${locale})`, async () => {
      const list = await mountDemoSized(locale);
      const body = $(list, '.body')!;
      const bodyHeight = body.getBoundingClientRect().height;
      const panel = await openPanel(list);
      expect(panel.scrollHeight, 'the panel scrolls inside').to.be.at.most(panel.clientHeight + 1);
      const box = panel.getBoundingClientRect();
      const groups = $$(list, '.filter-panel .filter-group, .filter-panel .saved-filters');
      expect(groups.length).to.be.at.least(8);
      for (const group of groups) {
        const rect = group.getBoundingClientRect();
        expect(rect.bottom, `${textOf(group).slice(0, 30)} is cut off`).to.be.at.most(box.bottom + 0.5);
        expect(rect.height).to.be.greaterThan(0);
      }
      // The list behind is not squeezed: the panel floats over it.
      expect(body.getBoundingClientRect().height, 'the rows were squeezed').to.be.at.least(bodyHeight - 2);
      expect(box.bottom).to.be.at.most(list.getBoundingClientRect().bottom + 0.5);
    });
  }

  it('lines the checkboxes of a group up in columns', async () => {
    const list = await mountDemoSized('es');
    await openPanel(list);
    for (const options of $$(list, '.filter-panel .filter-options')) {
      const columns = getComputedStyle(options).gridTemplateColumns.split(' ').length;
      const lefts = new Set([...options.querySelectorAll('input[type="checkbox"]')].map((box) => Math.round(box.getBoundingClientRect().left)));
      expect(lefts.size).to.be.greaterThan(0);
      expect(lefts.size, 'checkboxes off the grid').to.be.at.most(columns);
    }
  });

  it('passes the a11y audit, and closes with Done or Escape, giving focus back to the Filters button', async () => {
    const list = await mountDemoSized('es');
    await openPanel(list);
    await expect(list).to.be.accessible();
    const done = [...$$(list, '.filter-panel button')].find((button) => textOf(button) === 'Listo')!;
    click(done);
    await until(() => !$(list, '[part~="filter-panel"]'), 'Done did not close the panel');
    await until(() => deepActiveElement() === $(list, '[part~="filter-button"]'), 'focus did not return to the Filters button');
    await openPanel(list);
    $(list, '.filter-panel input[type="checkbox"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !$(list, '[part~="filter-panel"]'), 'Escape did not close the panel');
  });

  it('takes the last-visit dates typed in Spanish order (dd/mm/aaaa) and filters by them', async () => {
    const spied = spy(memory({ clientCount: 120 }));
    const list = await mountDemoSized('es', spied.adapter as never);
    await openPanel(list);
    const from = $<HTMLInputElement>(list, 'input[id$="-visit-from"]')!;
    expect(from.type).to.equal('text');
    expect(from.placeholder).to.equal('dd/mm/aaaa');
    expect(textOf(from.labels?.[0])).to.equal('Desde');
    from.focus();
    await sendKeys({ type: '1/3/2026' });
    await sendKeys({ press: 'Tab' });
    await until(() => spied.of('clients.list').some((call) => (call.args[0] as { filter?: ClientFilter }).filter?.lastVisitFrom === '2026-03-01'), 'the typed date never reached the adapter');
    expect(from.value).to.equal('01/03/2026');
    // The chip repeats the date in the user's language.
    await waitUntil(() => textOf($(list, '.filter-chips')).includes('2026'), 'no chip');
    const to = $<HTMLInputElement>(list, 'input[id$="-visit-to"]')!;
    to.focus();
    await sendKeys({ type: '31/02/2026' });
    await sendKeys({ press: 'Tab' });
    await until(() => textOf($(list, '.filter-panel')).includes('Esa fecha no existe.'), 'no error for 31/02');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
  });
});
