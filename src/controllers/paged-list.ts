import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../adapter/adapter-error.js';

/** One page as the adapter returns it (`Page<T>` satisfies it). */
export interface PageResult<T> {
  items: T[];
  total: number;
  /** `false`: `total` counts the first matches only (more match); see `settleTotal`. */
  totalExact?: boolean;
}

export interface PagedListOptions<T> {
  /** Loads `limit` items from `offset`. Must pass `signal` on to the adapter. */
  load: (range: { offset: number; limit: number }, signal: AbortSignal) => Promise<PageResult<T>>;
  /** Items per request. Default 100. */
  pageSize?: number;
  /** Pages kept in memory; beyond it the pages farthest from the wanted range are dropped. Default 40. */
  maxPages?: number;
  /** The first page of a new query (after `reset`) arrived. */
  onFirstPage?: (total: number) => void;
}

/** Where the list is: nothing asked yet, first page on its way, shown, or the first page failed. */
export type PagedListStatus = 'idle' | 'loading' | 'ready' | 'error';

interface Flight {
  controller: AbortController;
  promise: Promise<void>;
}

/**
 * A long list read page by page from the adapter, as the user scrolls. `items` always has the full
 * length (`total`), with `null` where the page has not arrived yet, so a virtualizer can size its
 * scrollbar for 100,000 rows and render placeholders; any range can be asked for directly (jump to
 * the end loads only the last page).
 *
 * ```ts
 * private readonly pages = new PagedListController(this, {
 *   load: ({ offset, limit }, signal) => adapter.clients.list({ ...query, offset, limit }, { signal }),
 * });
 * // new query:            this.pages.reset();
 * // virtualizer scrolled: this.pages.ensure(first, last);
 * ```
 *
 * - `reset()` starts a new query: aborts every request of the previous one, keeps its rows on screen
 *   (`stale`) until the first page of the new one arrives, so results never flash to empty.
 * - `ensure(first, last)` loads the missing pages of a range (one page of margin), aborting the
 *   requests for pages that scrolled far out of view; memory is bounded by `maxPages`.
 * - `items` keeps its identity while pages arrive (rows are filled in place, so a virtualizer
 *   re-renders only what it shows) and is replaced when the total changes; `revision` counts changes.
 * - A failed first page sets `status` to `error`; a failed later page is kept in `failedPages` (its
 *   rows stay placeholders) until `retry()`.
 */
export class PagedListController<T> implements ReactiveController {
  private _items: (T | null)[] = [];
  private _total: number | undefined;
  private _totalExact = true;
  private _status: PagedListStatus = 'idle';
  private _error: unknown;
  private _stale = false;
  private generation = 0;
  private readonly loaded = new Set<number>();
  private readonly flights = new Map<number, Flight>();
  private readonly failed = new Map<number, unknown>();
  private wanted: { first: number; last: number } = { first: 0, last: 0 };
  private firstPage: Promise<void> = Promise.resolve();
  private announce = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Grows on every change of `items`. */
  revision = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PagedListOptions<T>,
  ) {
    this.size = this.nextSize = Math.max(1, Math.floor(options.pageSize ?? 100));
    host.addController(this);
  }

  /** Items per request. Changing it takes effect at the next `reset()`. */
  get pageSize(): number {
    return this.size;
  }
  set pageSize(value: number) {
    this.nextSize = Math.max(1, Math.floor(value));
  }
  private size = 100;
  private nextSize = 100;

  /** One entry per matching item; `null` until its page arrives. */
  get items(): readonly (T | null)[] {
    return this._items;
  }

  /** How many items match, once the first page arrived (at least that many when not `totalExact`). */
  get total(): number | undefined {
    return this._total;
  }

  /**
   * `false` while the total is a lower bound: the backend counted only the first matches. The host
   * gets the exact number elsewhere (metrics of the same query) and passes it to `settleTotal`.
   */
  get totalExact(): boolean {
    return this._totalExact;
  }

  /** The exact total of the current query, for a list whose pages counted only the first matches. */
  settleTotal(total: number): void {
    if (this._totalExact || this._total === undefined || this._stale) return;
    this._totalExact = true;
    this.resize(Math.max(0, Math.floor(total)));
    this.revision++;
    this.host.requestUpdate();
  }

  get status(): PagedListStatus {
    return this._status;
  }

  /** Why the first page failed (status `error`). */
  get error(): unknown {
    return this._error;
  }

  /** The rows shown belong to the previous query while the first page of a new one loads. */
  get stale(): boolean {
    return this._stale;
  }

  /** Pages that failed after the first one (their rows are placeholders), with their errors. */
  get failedPages(): ReadonlyMap<number, unknown> {
    return this.failed;
  }

  /** Settles once the first page of the current query has arrived or failed. */
  get ready(): Promise<void> {
    return this.firstPage;
  }

  /** Settles when every request under way has settled. */
  async settled(): Promise<void> {
    while (this.flights.size) await Promise.all([...this.flights.values()].map((flight) => flight.promise));
  }

  /** The item at an index, or undefined when it is not loaded. */
  at(index: number): T | undefined {
    return this._items[index] ?? undefined;
  }

  /** Whether the page of an index is loaded. */
  isLoaded(index: number): boolean {
    return this.loaded.has(this.pageOf(index));
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Abort what is in flight; the next update of a reconnected host asks again (ensure / reset).
    clearTimeout(this.settleTimer);
    this.abortAll();
    if (this._status === 'loading') this._status = 'idle';
  }

  /**
   * Starts over for a new query: aborts what is in flight, loads the first page. The rows of the
   * previous query stay in `items` (`stale`) until then.
   */
  reset(): Promise<void> {
    clearTimeout(this.settleTimer);
    this.abortAll();
    this.generation++;
    if (this.nextSize !== this.size) {
      this.size = this.nextSize;
      this.loaded.clear();
    }
    this.failed.clear();
    this._status = 'loading';
    this._error = undefined;
    this._stale = this._items.length > 0;
    this.wanted = { first: 0, last: 0 };
    this.announce = true;
    this.firstPage = this.fetch(0, this.generation, true);
    this.host.requestUpdate();
    return this.firstPage;
  }

  /**
   * Loads the query again where the user is (after a change such as a bulk action): the rows stay
   * on screen until the page of the wanted range arrives; pages elsewhere are dropped.
   */
  refresh(): Promise<void> {
    if (this._status === 'idle' || this._status === 'error') return this.reset();
    this.abortAll();
    this.generation++;
    this.failed.clear();
    this._stale = true;
    this.announce = false;
    const page = Math.min(this.pageOf(this.wanted.first), this.lastPage());
    this.firstPage = this.fetch(page, this.generation, true);
    this.host.requestUpdate();
    return this.firstPage.then(() => this.ensure(this.wanted.first, this.wanted.last, { immediate: true }));
  }

  /**
   * Loads the missing pages covering `first`…`last` (indexes), with half a page of margin after.
   * When the range jumps far past the previous one (a fling, a scrollbar drag), loading waits until
   * the scrolling settles (80 ms without a new jump): the pages flown past are never requested.
   * `immediate` (a programmatic jump: scrollToIndex, End) loads at once.
   */
  ensure(first: number, last: number, { immediate = false }: { immediate?: boolean } = {}): Promise<void> {
    const previous = this.wanted;
    this.wanted = { first: Math.max(0, first), last: Math.max(first, last) };
    const jumped = this.wanted.first > previous.last + this.pageSize || this.wanted.last < previous.first - this.pageSize;
    // A jump far past the previous range is a fling (or a scrollbar drag) under way: wait for it to
    // settle. Consecutive ranges of ordinary scrolling overlap and load at once.
    if (!immediate && jumped && this._total !== undefined) {
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => {
        this.settleTimer = undefined;
        void this.ensure(this.wanted.first, this.wanted.last, { immediate: true });
      }, 80);
      return Promise.resolve();
    }
    if (this._total === undefined || this._status === 'error' || this._stale) return this.firstPage;
    const lastIndex = Math.max(0, this._total - 1);
    const from = this.pageOf(Math.min(this.wanted.first, lastIndex));
    const to = this.pageOf(Math.min(this.wanted.last + Math.ceil(this.pageSize / 2), lastIndex));
    // Requests for pages far from the wanted range (the user scrolled on) are abandoned.
    for (const [page, flight] of this.flights) {
      if (page < from - 1 || page > to + 1) {
        flight.controller.abort();
        this.flights.delete(page);
      }
    }
    const waits: Promise<void>[] = [];
    for (let page = from; page <= to; page++) {
      if (this.loaded.has(page) || this.failed.has(page)) continue;
      waits.push(this.flights.get(page)?.promise ?? this.fetch(page, this.generation, false));
    }
    this.evict(from, to);
    return Promise.all(waits).then(() => undefined);
  }

  /** Retries what failed: the first page (status `error`), or the pages in `failedPages`. */
  retry(): Promise<void> {
    if (this._status === 'error' || this._total === undefined) return this.reset();
    this.failed.clear();
    this.host.requestUpdate();
    return this.ensure(this.wanted.first, this.wanted.last, { immediate: true });
  }

  /** Replaces loaded items in place (after an edit), matched by `same`. */
  replace(item: T, same: (a: T, b: T) => boolean): void {
    const index = this._items.findIndex((existing) => existing !== null && same(existing, item));
    if (index === -1) return;
    this._items[index] = item;
    this.revision++;
    this.host.requestUpdate();
  }

  private pageOf(index: number): number {
    return Math.floor(index / this.pageSize);
  }

  private lastPage(): number {
    return this._total ? this.pageOf(this._total - 1) : 0;
  }

  private abortAll(): void {
    for (const flight of this.flights.values()) flight.controller.abort();
    this.flights.clear();
  }

  private fetch(page: number, generation: number, first: boolean): Promise<void> {
    const controller = new AbortController();
    const offset = page * this.pageSize;
    let load: Promise<PageResult<T>>;
    try {
      load = this.options.load({ offset, limit: this.pageSize }, controller.signal);
    } catch (error) {
      load = Promise.reject(error);
    }
    const promise = load.then(
      (result) => {
        if (generation !== this.generation || controller.signal.aborted) return;
        this.flights.delete(page);
        this.accept(page, result, first);
      },
      (error: unknown) => {
        if (generation !== this.generation || (isAbortError(error) && controller.signal.aborted)) return;
        this.flights.delete(page);
        if (first) {
          this._status = 'error';
          this._error = error;
          this._stale = false;
        } else {
          this.failed.set(page, error);
        }
        this.host.requestUpdate();
      },
    );
    this.flights.set(page, { controller, promise });
    return promise;
  }

  private accept(page: number, result: PageResult<T>, first: boolean): void {
    const counted = result.totalExact === false;
    let total = result.total;
    if (first || this._stale) {
      // A new query (or a refresh): start from a clean array of the new length.
      this._items = new Array<T | null>(total).fill(null);
      this.loaded.clear();
      this._stale = false;
      this._totalExact = !counted;
    } else {
      // A page that counted only the first matches says "at least": it never shrinks what is known
      // (an exact total settled since, or a larger count from a page further down).
      if (counted && this._total !== undefined && this._total >= total) total = this._total;
      else if (counted) this._totalExact = false;
      else this._totalExact = true;
      // The data changed between two pages: resize, keeping what fits.
      if (total !== this._total) this.resize(total);
    }
    this._total = total;
    const offset = page * this.pageSize;
    const items = result.items;
    for (let index = 0; index < items.length && offset + index < total; index++) this._items[offset + index] = items[index]!;
    this.loaded.add(page);
    this.failed.delete(page);
    this._status = 'ready';
    this.revision++;
    if (first && this.announce) this.options.onFirstPage?.(total);
    this.host.requestUpdate();
    if (first) void this.ensure(this.wanted.first, this.wanted.last, { immediate: true });
  }

  /** A new length for `items`, keeping what fits (and forgetting pages past the end). */
  private resize(total: number): void {
    const resized = new Array<T | null>(total).fill(null);
    for (let index = 0; index < Math.min(total, this._items.length); index++) resized[index] = this._items[index] ?? null;
    this._items = resized;
    this._total = total;
    for (const loadedPage of [...this.loaded]) if (loadedPage * this.pageSize >= total) this.loaded.delete(loadedPage);
  }

  /** Drops the pages farthest from `from`…`to` while more than `maxPages` are kept. */
  private evict(from: number, to: number): void {
    const max = Math.max(4, this.options.maxPages ?? 40);
    if (this.loaded.size <= max) return;
    const distance = (page: number) => (page < from ? from - page : page > to ? page - to : 0);
    const byDistance = [...this.loaded].sort((a, b) => distance(b) - distance(a));
    for (const page of byDistance.slice(0, this.loaded.size - max)) {
      if (page === 0) continue; // the top stays: returning there is common
      this.loaded.delete(page);
      const start = page * this.pageSize;
      const end = Math.min(start + this.pageSize, this._items.length);
      for (let index = start; index < end; index++) this._items[index] = null;
    }
    this.revision++;
  }
}
