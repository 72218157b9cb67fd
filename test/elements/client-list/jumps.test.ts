/*
 * Jumps through a long list as a user makes them — the scrollbar dragged to the end (scrollTop set),
 * End, a fling — over the memory adapter with its simulated latency and failures: the pages the
 * viewport lands on are asked for at once, the requests for pages scrolled past are aborted, and
 * placeholders show only while a page is in flight.
 */
import { expect } from '@open-wc/testing';
import type { ClientList } from '../../../src/elements/client-list/client-list.js';
import { $, $$, click, memory, mountList, rows, spy, textOf, tick, type, until } from './helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const body = (list: ClientList) => $(list, '.body')!;
/** Drags the scrollbar to the very end, as a user does. */
const toEnd = (list: ClientList) => (body(list).scrollTop = body(list).scrollHeight);
const offsetsOf = (calls: { args: unknown[] }[]) => calls.map((call) => (call.args[0] as { offset: number }).offset);
const signalOf = (call: { args: unknown[] }) => (call.args[1] as { signal: AbortSignal }).signal;

describe('<client-list> jumps', () => {
  it('asks for the last page in the frame of a scrollbar jump to the end, and paints it when it arrives', async () => {
    const adapter = memory({ clientCount: 3000 });
    const watched = spy(adapter);
    const list = await mountList(watched.adapter);
    const last = list.total! - 1;
    adapter.simulation.latency = 150;
    const before = watched.of('clients.list').length;
    toEnd(list);
    await frame();
    await tick();
    // Asked at once (not after a settle delay), and only for the pages at the end.
    const asked = offsetsOf(watched.of('clients.list').slice(before));
    expect(asked).to.include(Math.floor(last / 100) * 100);
    expect(Math.min(...asked)).to.be.greaterThan(2500);
    // While the page is in flight: placeholders, saying so.
    const placeholders = $$(list, '.body > .row.placeholder');
    expect(placeholders.length).to.be.greaterThan(0);
    expect(placeholders[0]!.getAttribute('aria-busy')).to.equal('true');
    const lastRow = await until(() => $(list, `.body > .row[data-index="${last}"][data-id]`), 'the last row never showed its data');
    expect(textOf(lastRow.querySelector('.name'))).to.not.equal('');
    expect($$(list, '.body > .row.placeholder'), 'no placeholders once the page is there').to.have.length(0);
  });

  it('aborts the request for a page scrolled past', async () => {
    const adapter = memory({ clientCount: 3000, latency: 0 });
    const watched = spy(adapter);
    const list = await mountList(watched.adapter);
    adapter.simulation.latency = 300;
    const before = watched.of('clients.list').length;
    body(list).scrollTop = 1500 * 56; // the middle
    await frame();
    await tick();
    const middle = watched.of('clients.list').slice(before).find((call) => (call.args[0] as { offset: number }).offset === 1500);
    expect(middle, 'the middle page was asked for').to.exist;
    toEnd(list);
    await frame();
    await tick();
    expect(signalOf(middle!).aborted, 'the middle page’s request was aborted').to.equal(true);
    await until(() => $(list, `.body > .row[data-index="${list.total! - 1}"][data-id]`), 'the last row never loaded');
  });

  it('a jump while the adapter fails shows the error with retry over the rows; the rows loaded stay', async () => {
    const adapter = memory({ clientCount: 3000 });
    const watched = spy(adapter);
    const list = await mountList(watched.adapter);
    const firstId = rows(list)[0]!.dataset['id'];
    adapter.simulation.failingOperations = ['clients.list'];
    adapter.simulation.failureRate = 1;
    toEnd(list);
    const error = await until(() => $(list, '.body > .row.failed .row-error[role="alert"]'), 'no error in place of the rows');
    expect(textOf(error)).to.contain('couldn’t be loaded');
    const box = error.getBoundingClientRect();
    const viewport = body(list).getBoundingClientRect();
    expect(box.top >= viewport.top && box.bottom <= viewport.bottom, 'the error is in view').to.equal(true);
    // The failed rows are no skeletons: nothing is on its way.
    expect($$(list, '.body > .row.placeholder:not(.failed)')).to.have.length(0);
    expect($$(list, '.body > .row.failed').length).to.be.greaterThan(0);
    await expect(list).to.be.accessible();
    // Back at the top, the rows loaded before are still there, without a new request.
    const before = watched.of('clients.list').length;
    body(list).scrollTop = 0;
    await until(() => rows(list)[0]?.dataset['id'] === firstId, 'the rows loaded before were lost');
    expect(offsetsOf(watched.of('clients.list').slice(before))).to.not.include(0);
    expect($(list, '.row-error'), 'the error shows with the failed rows only').to.equal(null);
    expect(textOf($(list, '.page-error[role="alert"]')), 'said below the list meanwhile').to.contain('couldn’t be loaded');
    // Retry, once the backend is back.
    adapter.simulation.failureRate = 0;
    toEnd(list);
    click(await until(() => $(list, '.body > .row.failed [data-action="retry-pages"]'), 'no retry'));
    await until(() => $(list, `.body > .row[data-index="${list.total! - 1}"][data-id]`), 'retry never loaded the last rows');
    expect($(list, '.page-error')).to.equal(null);
    expect($$(list, '.body > .row.failed')).to.have.length(0);
  });

  it('a jump during a search never shows rows of the previous query', async () => {
    const adapter = memory({ clientCount: 3000 });
    const list = await mountList(adapter);
    list.debounce = 0;
    await list.updateComplete;
    const previous = new Set((await adapter.clients.list({ offset: 2500, limit: 500 })).items.map((item) => item.id));
    // The end of the unfiltered list has been seen (its rows are loaded), then the user searches.
    toEnd(list);
    await until(() => $(list, `.body > .row[data-index="${list.total! - 1}"][data-id]`), 'the last row never loaded');
    // Long enough that the search is still in flight after the jump's frames, even on a loaded machine.
    adapter.simulation.latency = 2000;
    type($<HTMLInputElement>(list, '.search-input'), 'mar');
    await until(() => $(list, '.grid.stale'), 'the search never started');
    toEnd(list);
    await frame();
    await list.updateComplete;
    await frame();
    // Still loading the search: where the user landed, no row of the previous query.
    expect($(list, '.grid.stale')).to.exist;
    const shown = rows(list).map((row) => row.dataset['id']!);
    expect(shown.filter((id) => previous.has(id)), 'rows of the previous query').to.deep.equal([]);
    expect($$(list, '.body > .row.placeholder').length).to.be.greaterThan(0);
    await list.ready;
    await until(() => !$(list, '.grid.stale') && rows(list).length > 0, 'the results never showed');
    adapter.simulation.latency = 0;
    const ids = new Set<string>();
    for (let offset = 0; offset < list.total!; offset += 500) {
      for (const item of (await adapter.clients.list({ search: 'mar', offset, limit: 500 })).items) ids.add(item.id);
    }
    expect(rows(list).every((row) => ids.has(row.dataset['id']!))).to.equal(true);
  });

  it('renders the rows a jump lands on without content-visibility, reusing the rows in place; the overhang once scrolling settles', async () => {
    // content-visibility: auto on rows that appear in view makes their frame lay out twice (the new
    // rows are skipped, then found in view and laid out): the jump's rows opt out, the overhang not.
    const adapter = memory({ clientCount: 3000, latency: 0 });
    const list = await mountList(adapter);
    await until(() => body(list).hasAttribute('data-tight') === false, 'the first rows never widened');
    const lastIndex = list.total! - 1;
    const visibility = (row: HTMLElement) => getComputedStyle(row).contentVisibility;
    const iconsShown = (row: HTMLElement) => [...row.querySelectorAll<SVGElement>('.cell-actions .icon')].every((icon) => getComputedStyle(icon).display !== 'none');
    const before = new Set(rows(list));
    // What the rows are as soon as the last one has its data (before anything else runs).
    let landed: { count: number; visibilities: string[]; icons: boolean[]; reused: number } | undefined;
    const observer = new MutationObserver(() => {
      if (landed || !$(list, `.body > .row[data-index="${lastIndex}"][data-id]`)) return;
      landed = {
        count: rows(list).length,
        visibilities: rows(list).map(visibility),
        icons: rows(list).map(iconsShown),
        reused: rows(list).filter((row) => before.has(row)).length,
      };
    });
    observer.observe(body(list), { subtree: true, childList: true, attributes: true });
    const jumped = performance.now();
    toEnd(list);
    await until(() => landed, 'the last row never loaded');
    observer.disconnect();
    expect(landed!.visibilities).to.deep.equal(landed!.visibilities.map(() => 'visible'));
    expect(landed!.icons.every(Boolean), 'the action icons show with the rows').to.equal(true);
    // The rows scrolled past carry the rows landed on (their DOM updated, not replaced).
    expect(landed!.reused).to.equal(landed!.count);
    // The overhang follows once no jump has come for a moment, and the rows skip layout again off screen.
    await until(() => rows(list).length > landed!.count, 'the overhang never rendered');
    expect(performance.now() - jumped).to.be.greaterThan(200);
    expect(rows(list).map(visibility)).to.deep.equal(rows(list).map(() => 'auto'));
  });

  it('keeps rendering only the rows in view while the scrollbar is dragged, and the overhang once it stops', async () => {
    const adapter = memory({ clientCount: 3000, latency: 0 });
    const list = await mountList(adapter);
    const scroller = body(list);
    const viewportRows = Math.ceil(scroller.clientHeight / rows(list)[0]!.offsetHeight) + 1;
    // A drag: a new position every frame, each past the rows of the last.
    for (let step = 1; step <= 12; step++) {
      scroller.scrollTop = (scroller.scrollHeight * step) / 13;
      await frame();
      expect(rows(list).length, `rows rendered at step ${step}`).to.be.at.most(viewportRows);
    }
    await until(() => rows(list).length > viewportRows, 'the overhang never rendered after the drag');
    expect(scroller.hasAttribute('data-tight')).to.equal(false);
  });
});
