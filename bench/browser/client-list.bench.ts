/**
 * <client-list> over the memory adapter at 1,000 / 10,000 / 100,000 clients, against a bare Lit +
 * @lit-labs/virtualizer list over the same rows in the same run (bare-list.ts), since absolute times
 * drift on shared machines. Every operation is timed until the expected rows are in the DOM and a
 * frame has been painted (two animation frames).
 *
 * - first rows: from connecting the element to its first rows painted (the provider is already there);
 * - search: from the debounced query (the search starting) to the new results painted — the element
 *   runs with `debounce = 0` for the timing; the real debounce (200 ms by default) is measured once,
 *   from the last keystroke to the search starting, and reported on its own;
 * - jump to end: from asking for the last row (scrollToIndex) to it being painted with its data;
 * - scrollbar to end: `scrollTop` set to the end, as a user dragging the scrollbar, until the last row
 *   is painted with its data; with the adapter answering at once, and with 50 ms of latency. Painted
 *   times count whole frames (a frame's work that runs past its vsync costs a frame), so the main
 *   thread's time for the jump's frame (scroll to the frame's end, the immediate adapter) is shown too:
 *   what decides whether a slower machine paints the jump a frame later;
 * - scroll: long tasks (> 50 ms) while flinging through the list, 90 frames of 1,500 px;
 * - heap: usedJSHeapSize after mounting, searching, scrolling and jumping, minus before mounting
 *   (the adapter's data already counted in "before"). Without a gc() to call (Chromium needs
 *   --js-flags=--expose-gc) uncollected garbage blurs it: a coarse figure, marked so in the table.
 *
 * Both use the same adapter behind the same validating wrapper (the provider's), so the ratios measure
 * what the element adds over a bare virtualized list.
 */
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { withValidation } from '../../src/adapter/validating-adapter.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import type { ClientProvider } from '../../src/context/client-provider.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';
import '../../src/define/client-provider.js';
import '../../src/define/client-list.js';
import { defineBareList, type BareList } from './bare-list.js';
import { longTasksDuring, median, nextPaint, type BrowserBenchReport } from './types.js';

const SIZES = [1_000, 10_000, 100_000];
const ROUNDS = 9;
const QUERIES = ['mar', 'garcia', 'sophie', 'ana lopez', '612', 'silva'];
const WIDTH = 1200;
/** The latency of the slow scrollbar jump, in ms; the target allows it plus one frame over the bare list. */
const LATENCY_MS = 50;
const FRAME_MS = 1000 / 60;
const HEIGHT = 800;

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function until(predicate: () => boolean, timeout = 10_000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error('timed out waiting for rows');
    await tick();
  }
}

/**
 * usedJSHeapSize in MB, after a full garbage collection when the page can ask for one (Chromium
 * started with --js-flags=--expose-gc); otherwise garbage not yet collected is counted too, which
 * makes the figure coarse (even negative when a collection happens in between).
 */
function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 1024 / 1024 : Number.NaN;
}

const preciseHeap = typeof (globalThis as { gc?: unknown }).gc === 'function';

function container(): HTMLDivElement {
  const host = document.createElement('div');
  host.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px;position:absolute;top:0;left:0;`;
  document.body.append(host);
  return host;
}

/* ---------------- the element ---------------- */

interface Mounted<T> {
  element: T;
  host: HTMLElement;
  firstRowsMs: number;
}

const rowOf = (root: ShadowRoot | null | undefined, selector: string) => root?.querySelector(selector) ?? null;

async function mountElement(adapter: ClientDataAdapter): Promise<Mounted<ClientList>> {
  const host = container();
  const provider = document.createElement('client-provider') as ClientProvider;
  provider.adapter = adapter;
  provider.setAttribute('locale', 'en');
  host.append(provider);
  await provider.updateComplete;
  const list = document.createElement('client-list') as ClientList;
  list.style.height = '100%';
  const start = performance.now();
  provider.append(list);
  await until(() => rowOf(list.shadowRoot, '.body > .row[data-id]') !== null);
  await nextPaint();
  return { element: list, host, firstRowsMs: performance.now() - start };
}

async function mountBare(adapter: ClientDataAdapter): Promise<Mounted<BareList>> {
  const host = container();
  const bare = document.createElement('bench-bare-list') as BareList;
  bare.adapter = adapter;
  const start = performance.now();
  host.append(bare);
  await until(() => rowOf(bare.shadowRoot, '.body > .row[data-id]') !== null);
  await nextPaint();
  return { element: bare, host, firstRowsMs: performance.now() - start };
}

const firstIdOf = (root: ShadowRoot | null) => (rowOf(root, '.body > .row[data-index="0"]') as HTMLElement | null)?.dataset['id'];

async function searchElement(list: ClientList, query: string, expectedFirst: string | undefined): Promise<number> {
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('.search-input')!;
  input.value = query;
  const start = performance.now();
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => list.search === query && !rowOf(list.shadowRoot, '.grid.stale') && (expectedFirst === undefined ? rowOf(list.shadowRoot, '.state-empty') !== null : firstIdOf(list.shadowRoot) === expectedFirst));
  await nextPaint();
  return performance.now() - start;
}

async function searchBare(bare: BareList, query: string, expectedFirst: string | undefined): Promise<number> {
  const start = performance.now();
  bare.search = query;
  await bare.reset();
  await until(() => (expectedFirst === undefined ? bare.total === 0 : firstIdOf(bare.shadowRoot) === expectedFirst));
  await nextPaint();
  return performance.now() - start;
}

async function jumpElement(list: ClientList): Promise<number> {
  const last = list.total! - 1;
  const start = performance.now();
  await list.scrollToIndex(last, 'end');
  await until(() => rowOf(list.shadowRoot, `.body > .row[data-index="${last}"][data-id]`) !== null);
  await nextPaint();
  return performance.now() - start;
}

async function jumpBare(bare: BareList): Promise<number> {
  const last = bare.total - 1;
  const start = performance.now();
  await bare.jumpToEnd();
  await until(() => rowOf(bare.shadowRoot, `.body > .row[data-index="${last}"][data-id]`) !== null);
  await nextPaint();
  return performance.now() - start;
}

/**
 * The scrollbar dragged to the end, as a user does: `scrollTop` set on the scroller, timed until the
 * last row is painted with its data. Then back to the top, with the first row's data painted.
 */
async function scrollbarJump(root: ShadowRoot, total: number, frames?: number[]): Promise<number> {
  const body = root.querySelector<HTMLElement>('.body')!;
  const last = total - 1;
  const start = performance.now();
  // The jump's frame ends when its rendering does: a message posted from its animation callbacks
  // arrives right after (the rows of an immediate adapter are in by then).
  const frameEnd = new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(0);
    }),
  );
  body.scrollTop = body.scrollHeight;
  await until(() => rowOf(root, `.body > .row[data-index="${last}"][data-id]`) !== null);
  await nextPaint();
  const elapsed = performance.now() - start;
  frames?.push(await frameEnd);
  body.scrollTop = 0;
  await until(() => rowOf(root, '.body > .row[data-index="0"][data-id]') !== null);
  await nextPaint();
  return elapsed;
}

/**
 * A scrollbar jump with the adapter answering at once, then with `LATENCY_MS` of latency; each from a
 * list that has only its first page loaded (`fresh` loads the list again), so both ask for the end.
 */
async function scrollbarJumps(
  memory: MemoryAdapter,
  root: ShadowRoot,
  total: number,
  fresh: () => Promise<void>,
  into: { now: number[]; slow: number[]; frame: number[] },
): Promise<void> {
  const settle = async () => {
    await fresh();
    await nextPaint();
    await new Promise((resolve) => setTimeout(resolve, 100));
  };
  await settle();
  into.now.push(await scrollbarJump(root, total, into.frame));
  await settle();
  memory.simulation.latency = LATENCY_MS;
  try {
    into.slow.push(await scrollbarJump(root, total));
  } finally {
    memory.simulation.latency = 0;
  }
}

async function fling(root: ShadowRoot): Promise<number[]> {
  const body = root.querySelector<HTMLElement>('.body')!;
  body.scrollTop = 0;
  await nextPaint();
  return longTasksDuring(async () => {
    for (let frame = 0; frame < 90; frame++) {
      body.scrollTop += 1500;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    await nextPaint();
  });
}

/** How long the debounce really waits: last keystroke to the search starting. */
async function measureDebounce(list: ClientList): Promise<number> {
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('.search-input')!;
  for (const value of ['s', 'so', 'sop']) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  await until(() => list.search === 'sop');
  const controller = (list as unknown as { searchInput: { lastDebounceMs: number } }).searchInput;
  return controller.lastDebounceMs;
}

const ratio = (value: number, reference: number) => (reference > 0 ? value / reference : Number.NaN);
const ms = (value: number) => value.toFixed(1);

export default async function run(): Promise<BrowserBenchReport> {
  defineBareList();
  const rows: Record<string, string | number>[] = [];
  const targets: BrowserBenchReport['targets'] = [];
  for (const clientCount of SIZES) {
    const memory = createMemoryAdapter({ clientCount, seed: 42, referenceDate: '2026-11-23' });
    const validated = withValidation(memory);
    // Warm the adapter's indexes (sort order, search corpus) for both contenders alike.
    await memory.clients.list({ limit: 1 });
    const expected = new Map<string, string | undefined>();
    for (const query of ['', ...QUERIES]) expected.set(query, (await memory.clients.list({ search: query, limit: 1 })).items[0]?.id);
    await memory.clients.metrics({});

    const first = { element: [] as number[], bare: [] as number[] };
    const search = { element: [] as number[], bare: [] as number[] };
    const jump = { element: [] as number[], bare: [] as number[] };
    const scrollbar = {
      element: { now: [] as number[], slow: [] as number[], frame: [] as number[] },
      bare: { now: [] as number[], slow: [] as number[], frame: [] as number[] },
    };
    let longElement: number[] = [];
    let longBare: number[] = [];
    let debounceMs = Number.NaN;
    let heapElement = Number.NaN;
    let heapBare = Number.NaN;

    for (let round = 0; round < ROUNDS; round++) {
      // Alternate who goes first, so neither always gets a warmer JIT.
      const order = round % 2 ? (['bare', 'element'] as const) : (['element', 'bare'] as const);
      for (const who of order) {
        // The heap is compared in round 0 only: a forced collection right before every mount would
        // also throw away compiled code and slow the mount it precedes.
        const before = round === 0 ? heapMb() : Number.NaN;
        if (who === 'element') {
          const mounted = await mountElement(memory);
          first.element.push(mounted.firstRowsMs);
          if (round === 0) debounceMs = await measureDebounce(mounted.element);
          mounted.element.debounce = 0;
          await mounted.element.updateComplete;
          const query = QUERIES[round % QUERIES.length]!;
          search.element.push(await searchElement(mounted.element, query, expected.get(query)));
          await searchElement(mounted.element, '', expected.get(''));
          const list = mounted.element;
          await scrollbarJumps(memory, list.shadowRoot!, list.total!, () => list.reload(), scrollbar.element);
          jump.element.push(await jumpElement(mounted.element));
          if (round === 0) longElement = await fling(mounted.element.shadowRoot!);
          if (round === 0) heapElement = heapMb() - before;
          mounted.host.remove();
        } else {
          const mounted = await mountBare(validated);
          first.bare.push(mounted.firstRowsMs);
          const query = QUERIES[round % QUERIES.length]!;
          search.bare.push(await searchBare(mounted.element, query, expected.get(query)));
          mounted.element.search = '';
          await mounted.element.reset();
          await nextPaint();
          const bare = mounted.element;
          await scrollbarJumps(memory, bare.shadowRoot!, bare.total, () => bare.reset(), scrollbar.bare);
          jump.bare.push(await jumpBare(mounted.element));
          if (round === 0) longBare = await fling(mounted.element.shadowRoot!);
          if (round === 0) heapBare = heapMb() - before;
          mounted.host.remove();
        }
        await nextPaint();
      }
    }
    // Extra search samples on one mounted element each (the median covers every query).
    const element = await mountElement(memory);
    element.element.debounce = 0;
    await element.element.updateComplete;
    const bare = await mountBare(validated);
    for (const query of QUERIES) {
      search.element.push(await searchElement(element.element, query, expected.get(query)));
      search.bare.push(await searchBare(bare.element, query, expected.get(query)));
    }
    element.host.remove();
    bare.host.remove();

    const figures = {
      first: median(first.element),
      firstBare: median(first.bare),
      search: median(search.element),
      searchBare: median(search.bare),
      jump: median(jump.element),
      jumpBare: median(jump.bare),
      scrollbar: median(scrollbar.element.now),
      scrollbarBare: median(scrollbar.bare.now),
      scrollbarSlow: median(scrollbar.element.slow),
      scrollbarSlowBare: median(scrollbar.bare.slow),
      scrollbarFrame: median(scrollbar.element.frame),
      scrollbarFrameBare: median(scrollbar.bare.frame),
    };
    rows.push({
      clients: clientCount.toLocaleString('en'),
      'first rows (ms)': ms(figures.first),
      'bare (ms)': ms(figures.firstBare),
      'first ×': ratio(figures.first, figures.firstBare).toFixed(2),
      'search (ms)': ms(figures.search),
      'bare search (ms)': ms(figures.searchBare),
      'search ×': ratio(figures.search, figures.searchBare).toFixed(2),
      'debounce (ms)': ms(debounceMs),
      'jump to end (ms)': ms(figures.jump),
      'bare jump (ms)': ms(figures.jumpBare),
      'jump ×': ratio(figures.jump, figures.jumpBare).toFixed(2),
      'scrollbar to end (ms)': ms(figures.scrollbar),
      'bare scrollbar (ms)': ms(figures.scrollbarBare),
      'scrollbar ×': ratio(figures.scrollbar, figures.scrollbarBare).toFixed(2),
      "jump's frame, main thread (ms)": ms(figures.scrollbarFrame),
      'bare frame (ms)': ms(figures.scrollbarFrameBare),
      [`scrollbar, ${LATENCY_MS} ms latency (ms)`]: ms(figures.scrollbarSlow),
      'bare, latency (ms)': ms(figures.scrollbarSlowBare),
      'latency ×': ratio(figures.scrollbarSlow, figures.scrollbarSlowBare).toFixed(2),
      'long tasks scrolling (max ms)': longElement.length ? ms(Math.max(...longElement)) : '0',
      'bare long tasks (max ms)': longBare.length ? ms(Math.max(...longBare)) : '0',
      [`heap growth (MB${preciseHeap ? '' : ', no gc()'})`]: heapElement.toFixed(1),
      'bare heap (MB)': heapBare.toFixed(1),
    });
    if (clientCount === 100_000) {
      targets.push(
        { name: 'first rows painted, 100k (ms)', value: figures.first, target: 100, unit: 'ms' },
        { name: 'search, debounced query to repaint, 100k (median ms)', value: figures.search, target: 40, unit: 'ms' },
        { name: 'jump to end painted, 100k (ms)', value: figures.jump, target: 50, unit: 'ms' },
        { name: 'first rows ratio to bare, 100k', value: ratio(figures.first, figures.firstBare), target: 1.5, unit: '×' },
        { name: 'search ratio to bare, 100k', value: ratio(figures.search, figures.searchBare), target: 1.5, unit: '×' },
        { name: 'jump ratio to bare, 100k', value: ratio(figures.jump, figures.jumpBare), target: 1.5, unit: '×' },
        { name: 'scrollbar jump to end, ratio to bare, 100k', value: ratio(figures.scrollbar, figures.scrollbarBare), target: 1.25, unit: '×' },
        {
          name: `scrollbar jump, ${LATENCY_MS} ms latency, over bare, 100k (ms)`,
          value: figures.scrollbarSlow - figures.scrollbarSlowBare,
          target: LATENCY_MS + FRAME_MS,
          unit: 'ms',
        },
        { name: `  the same, within one frame of bare (ms)`, value: figures.scrollbarSlow - figures.scrollbarSlowBare, target: FRAME_MS, unit: 'ms' },
        { name: `heap growth beyond the data, 100k (MB${preciseHeap ? '' : ', coarse: no gc()'})`, value: heapElement, target: 5, unit: 'MB' },
        { name: 'longest task while scrolling, 100k (ms)', value: longElement.length ? Math.max(...longElement) : 0, target: 50, unit: 'ms' },
      );
    }
  }
  return { title: '<client-list> vs a bare Lit + virtualizer list, memory adapter, headless Chromium', rows, targets };
}
