import { expect } from '@open-wc/testing';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import { DebouncedSearchController } from '../../../src/controllers/debounced-search.js';
import { PagedListController } from '../../../src/controllers/paged-list.js';
import { SelectionController } from '../../../src/controllers/selection.js';
import { controllerHost, tick } from './helpers.js';

/** A fake backend of `total` numbered items; records requests and their signals. */
function backend(total: number, options: { delay?: number; fail?: (offset: number) => boolean } = {}) {
  const requests: { offset: number; limit: number; signal: AbortSignal }[] = [];
  let size = total;
  const load = async ({ offset, limit }: { offset: number; limit: number }, signal: AbortSignal) => {
    requests.push({ offset, limit, signal });
    if (options.delay) await tick(options.delay);
    if (signal.aborted) throw new DOMException('aborted', 'AbortError');
    if (options.fail?.(offset)) throw new AdapterError('unavailable', 'down');
    const items = Array.from({ length: Math.max(0, Math.min(limit, size - offset)) }, (_, index) => `item-${offset + index}`);
    return { items, total: size };
  };
  return { requests, load, resize: (next: number) => (size = next) };
}

describe('PagedListController', () => {
  it('loads the first page and sizes the list to the total, with placeholders', async () => {
    const data = backend(1000);
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 50 });
    await pages.reset();
    expect(pages.status).to.equal('ready');
    expect(pages.total).to.equal(1000);
    expect(pages.items.length).to.equal(1000);
    expect(pages.items[0]).to.equal('item-0');
    expect(pages.items[49]).to.equal('item-49');
    expect(pages.items[50]).to.equal(null);
    expect(data.requests.map((request) => request.offset)).to.deep.equal([0]);
  });

  it('loads the pages of a range, and only the last page when jumping to the end', async () => {
    const data = backend(100_000);
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 100 });
    await pages.reset();
    await pages.ensure(99_990, 99_999, { immediate: true });
    expect(data.requests.map((request) => request.offset)).to.deep.equal([0, 99_900]);
    expect(pages.at(99_999)).to.equal('item-99999');
    expect(pages.at(50_000)).to.equal(undefined);
    expect(pages.isLoaded(99_950)).to.equal(true);
  });

  it('keeps the items array while pages arrive (filled in place)', async () => {
    const data = backend(500);
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 100 });
    await pages.reset();
    const items = pages.items;
    await pages.ensure(150, 180, { immediate: true });
    expect(pages.items).to.equal(items);
    expect(pages.at(150)).to.equal('item-150');
  });

  it('aborts the requests of a superseded query and ignores their answers', async () => {
    const data = backend(1000, { delay: 20 });
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 100 });
    const first = pages.reset();
    const second = pages.reset();
    await Promise.all([first, second]);
    expect(data.requests[0]!.signal.aborted).to.equal(true);
    expect(data.requests[1]!.signal.aborted).to.equal(false);
    expect(pages.status).to.equal('ready');
  });

  it('keeps the previous rows (stale) until the first page of a new query arrives', async () => {
    const data = backend(300, { delay: 10 });
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 100 });
    await pages.reset();
    data.resize(5);
    const next = pages.reset();
    expect(pages.stale).to.equal(true);
    expect(pages.items.length).to.equal(300);
    await next;
    expect(pages.stale).to.equal(false);
    expect(pages.items.length).to.equal(5);
  });

  it('reports a failed first page as an error and retries it', async () => {
    let fail = true;
    const data = backend(200, { fail: () => fail });
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 100 });
    await pages.reset();
    expect(pages.status).to.equal('error');
    expect((pages.error as AdapterError).kind).to.equal('unavailable');
    fail = false;
    await pages.retry();
    expect(pages.status).to.equal('ready');
    expect(pages.total).to.equal(200);
  });

  it('keeps a failed later page as placeholders until retry', async () => {
    let failing = true;
    const data = backend(300, { fail: (offset) => failing && offset === 200 });
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 100 });
    await pages.reset();
    await pages.ensure(250, 260, { immediate: true });
    expect(pages.status).to.equal('ready');
    expect([...pages.failedPages.keys()]).to.deep.equal([2]);
    expect(pages.at(250)).to.equal(undefined);
    failing = false;
    await pages.retry();
    expect(pages.failedPages.size).to.equal(0);
    expect(pages.at(250)).to.equal('item-250');
  });

  it('bounds memory: drops the pages farthest from the wanted range', async () => {
    const data = backend(10_000);
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 100, maxPages: 5 });
    await pages.reset();
    for (let page = 1; page < 12; page++) await pages.ensure(page * 100, page * 100 + 10, { immediate: true });
    const loaded = pages.items.filter((item) => item !== null).length;
    expect(loaded).to.be.at.most(7 * 100);
    expect(pages.at(0)).to.equal('item-0'); // the top is kept
    expect(pages.at(1150)).to.equal('item-1150');
    expect(pages.at(300)).to.equal(undefined);
  });

  it('does not load the pages flown past while scrolling fast; loads where scrolling settles', async () => {
    const data = backend(100_000);
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 100 });
    await pages.reset();
    for (let step = 1; step <= 20; step++) void pages.ensure(step * 1500, step * 1500 + 20);
    await tick(20);
    expect(data.requests.map((request) => request.offset)).to.deep.equal([0]);
    await tick(120);
    await pages.settled();
    expect(data.requests.map((request) => request.offset)).to.deep.equal([0, 30_000]);
    expect(pages.at(30_010)).to.equal('item-30010');
  });

  it('resizes when the total changes between pages', async () => {
    const data = backend(250);
    const pages = new PagedListController(controllerHost(), { load: data.load, pageSize: 100 });
    await pages.reset();
    data.resize(240);
    await pages.ensure(200, 239, { immediate: true });
    expect(pages.total).to.equal(240);
    expect(pages.items.length).to.equal(240);
  });

  it('holds a total counted only so far as a lower bound, grows it, and takes the exact one when settled', async () => {
    // A backend that counts 50 past each page (as the reference server counts a broad search).
    const size = 5000;
    const load = async ({ offset, limit }: { offset: number; limit: number }) => {
      const counted = Math.min(size, offset + limit + 50 + 1);
      const items = Array.from({ length: Math.max(0, Math.min(limit, size - offset)) }, (_, index) => `item-${offset + index}`);
      return { items, total: counted, ...(counted < size ? { totalExact: false } : {}) };
    };
    const pages = new PagedListController(controllerHost(), { load, pageSize: 100 });
    await pages.reset();
    expect(pages.total).to.equal(151);
    expect(pages.totalExact).to.equal(false);
    // A page further down counts further: the list grows, still "at least".
    await pages.ensure(140, 150, { immediate: true });
    expect(pages.total).to.equal(251);
    expect(pages.items[140]).to.equal('item-140');
    expect(pages.totalExact).to.equal(false);
    // The exact number (from the metrics) sizes the list; a later page's smaller count does not shrink it.
    pages.settleTotal(size);
    expect(pages.totalExact).to.equal(true);
    expect(pages.total).to.equal(size);
    expect(pages.items.length).to.equal(size);
    expect(pages.items[140], 'loaded rows stay').to.equal('item-140');
    await pages.ensure(300, 320, { immediate: true });
    expect(pages.total).to.equal(size);
    expect(pages.totalExact).to.equal(true);
    // A new query starts over from its own first page.
    await pages.reset();
    expect(pages.total).to.equal(151);
    expect(pages.totalExact).to.equal(false);
  });
});

describe('SelectionController', () => {
  const ids = Array.from({ length: 10 }, (_, index) => `c${index}`);
  const idAt = (index: number) => ids[index];

  it('toggles one id and reports every change', () => {
    const changes: number[] = [];
    const selection = new SelectionController(controllerHost(), { onChange: (s) => changes.push(s.count(10)) });
    selection.toggle('c1', { index: 1, idAt });
    expect(selection.has('c1')).to.equal(true);
    selection.toggle('c1', { index: 1, idAt });
    expect(selection.has('c1')).to.equal(false);
    expect(changes).to.deep.equal([1, 0]);
  });

  it('selects a range with Shift from the last toggled row, both directions', () => {
    const selection = new SelectionController(controllerHost());
    selection.toggle('c2', { index: 2, idAt });
    selection.toggle('c5', { index: 5, idAt, shift: true });
    expect(selection.ids.sort()).to.deep.equal(['c2', 'c3', 'c4', 'c5']);
    selection.toggle('c8', { index: 8, idAt });
    selection.toggle('c6', { index: 6, idAt, shift: true });
    expect(selection.ids.sort()).to.deep.equal(['c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']);
    // Shift-clicking a selected row unselects the range.
    selection.toggle('c3', { index: 3, idAt, shift: true });
    expect(selection.ids.sort()).to.deep.equal(['c2']);
  });

  it('skips rows not loaded in a range', () => {
    const selection = new SelectionController(controllerHost());
    selection.toggle('c0', { index: 0, idAt });
    selection.toggle('c4', { index: 4, idAt: (index) => (index === 2 ? undefined : ids[index]), shift: true });
    expect(selection.ids.sort()).to.deep.equal(['c0', 'c1', 'c3', 'c4']);
  });

  it('selects all matching as "all except", counting from the total', () => {
    const selection = new SelectionController(controllerHost());
    selection.selectAllMatching();
    expect(selection.count(100_000)).to.equal(100_000);
    selection.set('c3', false);
    expect(selection.allMatching).to.equal(true);
    expect(selection.excluded).to.deep.equal(['c3']);
    expect(selection.count(100_000)).to.equal(99_999);
    expect(selection.has('c3')).to.equal(false);
    expect(selection.has('c4')).to.equal(true);
  });

  it('ends "all matching" when the query changes, keeps chosen ids otherwise', () => {
    const selection = new SelectionController(controllerHost());
    selection.setMany(['c1', 'c2']);
    selection.queryChanged();
    expect(selection.ids.sort()).to.deep.equal(['c1', 'c2']);
    selection.selectAllMatching();
    selection.queryChanged();
    expect(selection.allMatching).to.equal(false);
    expect(selection.count(10)).to.equal(0);
  });

  it('keeps only some ids (those a bulk action could not handle)', () => {
    const selection = new SelectionController(controllerHost());
    selection.selectAllMatching();
    selection.keepOnly(['c7']);
    expect(selection.allMatching).to.equal(false);
    expect(selection.ids).to.deep.equal(['c7']);
  });
});

describe('DebouncedSearchController', () => {
  it('runs once after the quiet period, with the latest query', async () => {
    const runs: string[] = [];
    const search = new DebouncedSearchController(controllerHost(), {
      delay: 30,
      run: async (query) => {
        runs.push(query);
        return query.length;
      },
    });
    search.set('m');
    search.set('ma');
    search.set('mar');
    expect(search.pending).to.equal(true);
    await tick(60);
    expect(runs).to.deep.equal(['mar']);
    expect(search.pending).to.equal(false);
    expect(search.settledQuery).to.equal('mar');
    expect(search.lastDebounceMs).to.be.at.least(25);
  });

  it('aborts a running search that a newer query supersedes, and drops its result', async () => {
    const signals: AbortSignal[] = [];
    const results: string[] = [];
    const search = new DebouncedSearchController<string>(controllerHost(), {
      delay: 0,
      run: async (query, signal) => {
        signals.push(signal);
        await tick(query === 'slow' ? 40 : 5);
        return query;
      },
      onResult: (result) => results.push(result),
    });
    search.set('slow');
    await tick(5);
    search.set('fast');
    await tick(60);
    expect(signals[0]!.aborted).to.equal(true);
    expect(signals[1]!.aborted).to.equal(false);
    expect(results).to.deep.equal(['fast']);
  });

  it('flush runs a waiting query at once; errors reach onError, aborts do not', async () => {
    const errors: unknown[] = [];
    const search = new DebouncedSearchController(controllerHost(), {
      delay: 1000,
      run: async (query) => {
        if (query === 'bad') throw new AdapterError('network', 'offline');
        return query;
      },
      onError: (error) => errors.push(error),
    });
    search.set('bad');
    await search.flush();
    expect(errors.length).to.equal(1);
    expect((search.error as AdapterError).kind).to.equal('network');
    search.set('x');
    search.cancel();
    expect(search.pending).to.equal(false);
  });
});
