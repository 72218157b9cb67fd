/*
 * Virtual rows of one height. Only the rows in and near the scroller's viewport are in the DOM,
 * positioned absolutely over a sizer as tall as every row together. All rows have the same height
 * (fixed by CSS, measured from a rendered row), so the rows for a scroll position are arithmetic:
 * nothing is measured per row, which is where a general-purpose virtualizer spends its frames.
 */
import { nothing } from 'lit';
import type { ChildPart, TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { DirectiveParameters } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';

export interface VirtualRowsOptions<T> {
  items: readonly T[];
  renderItem: (item: T, index: number) => TemplateResult;
  /** A stable key per rendered row: rows with the same key keep their DOM. */
  keyFunction: (item: T, index: number) => unknown;
}

export interface IndexRange {
  first: number;
  last: number;
}

export interface VirtualRowsConfig {
  /** Row pitch (height plus gap) in px assumed until a row has been measured. */
  estimate: number;
  /** Extra px rendered beyond each edge of the viewport. */
  overhang: number;
  /** The rows about to render, before they render (assign keys, load their pages). */
  onRange?: (range: IndexRange) => void;
  /** The rows at least partly inside the viewport, whenever that changes. */
  onVisible?: (range: IndexRange) => void;
}

const EMPTY: IndexRange = { first: 0, last: -1 };
/** How long after the last jump the overhang waits (see widenWhenSettled). */
const SETTLE_MS = 250;
const same = (a: IndexRange, b: IndexRange) => a.first === b.first && a.last === b.last;

/**
 * The state and the arithmetic of one virtual list; `virtualRows(rows, options)` renders it into the
 * scroller it is placed in (the scroller is the directive's parent element).
 */
export class VirtualRows<T> {
  /** Height of a row plus the gap below it, in px. */
  private pitch: number;
  private options: VirtualRowsOptions<T> | undefined;
  private scroller: HTMLElement | undefined;
  private readonly sizer: HTMLElement | undefined = typeof document === 'undefined' ? undefined : document.createElement('div');
  private part: VirtualRowsDirective | undefined;
  private viewport = 0;
  /**
   * The scroll position, as last read in a scroll event or set here: reading `scrollTop` after the
   * DOM changed forces a layout, which the frame then does again for the rows that follow.
   */
  private top = 0;
  private rendered: IndexRange = EMPTY;
  private visibleRange: IndexRange = EMPTY;
  private measured: Element | undefined;
  /** The offset each row was last placed at (its transform), by row element. */
  private readonly placedAt = new WeakMap<HTMLElement, number>();
  private observer: ResizeObserver | undefined;
  /**
   * New rows (other items, a jump) render the viewport alone first, and the overhang once scrolling
   * has settled: half the rows to lay out before the user sees the result.
   */
  private tight = true;
  private widenTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly config: VirtualRowsConfig) {
    this.pitch = config.estimate;
    if (this.sizer) {
      this.sizer.setAttribute('aria-hidden', 'true');
      this.sizer.style.cssText = 'position:absolute;top:0;left:0;width:1px;visibility:hidden;pointer-events:none;';
    }
  }

  /** The rows at least partly visible. */
  get visible(): IndexRange {
    return this.visibleRange;
  }

  /** Scrolls so the row is at the start, the end or (`nearest`) just inside the viewport, and renders it. */
  scrollToIndex(index: number, block: ScrollLogicalPosition = 'start'): void {
    const scroller = this.scroller;
    if (!scroller) return;
    const top = index * this.pitch;
    const bottom = top + this.pitch - this.viewportHeight();
    const current = this.top;
    const target =
      block === 'start' ? top : block === 'end' ? bottom : block === 'center' ? (top + bottom) / 2 : current > top ? top : current < bottom ? bottom : current;
    this.scrollTo(target);
    this.tight = true;
    this.refresh();
  }

  /** Scrolls to `px` from the top (within the rows). */
  scrollTo(px: number): void {
    const scroller = this.scroller;
    if (!scroller) return;
    this.top = Math.max(0, Math.min(px, this.maxTop()));
    scroller.scrollTop = this.top; // the same value again scrolls nowhere and fires no event
  }

  /** Connects to the scroller and renders the current range (called by the directive). */
  attach(part: VirtualRowsDirective, scroller: HTMLElement, options: VirtualRowsOptions<T>): unknown {
    this.part = part;
    if (options.items !== this.options?.items) this.tight = true;
    this.options = options;
    if (scroller !== this.scroller) {
      this.detach();
      this.scroller = scroller;
      this.top = 0; // a new scroller starts at the top
      this.connect();
    }
    // The directive's value is committed after this returns: place the rows right after.
    queueMicrotask(() => this.place());
    return this.template(this.computeRange());
  }

  /** Listens to the scroller's scrolling and size, and to a row's size. */
  connect(): void {
    const scroller = this.scroller;
    if (!scroller || this.observer) return;
    if (this.sizer && this.sizer.parentNode !== scroller) scroller.prepend(this.sizer);
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.observer = new ResizeObserver(this.onResize);
    this.observer.observe(scroller);
    this.measured = undefined;
  }

  detach(): void {
    clearTimeout(this.widenTimer);
    this.widenTimer = undefined;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.observer?.disconnect();
    this.observer = undefined;
    this.measured = undefined;
  }

  private readonly onScroll = (): void => {
    const previous = this.rendered;
    this.top = this.scroller?.scrollTop ?? 0;
    // A jump past every rendered row (scrollbar drag, End, a fling): the viewport's rows alone first,
    // the overhang once they are painted. Ordinary scrolling keeps the overhang.
    const viewport = this.visibleAt(this.top);
    this.tight = viewport.first > previous.last || viewport.last < previous.first;
    if (this.tight && typeof requestAnimationFrame !== 'undefined') {
      // A jump: ask for the rows' data first and render in this frame's animation callbacks (scroll
      // events run before them), by when data that arrives at once is there: the rows render once,
      // with their data, instead of as placeholders replaced a moment later.
      this.config.onRange?.(this.computeRange());
      this.scheduleRefresh();
      return;
    }
    this.refresh();
  };

  private refreshScheduled = false;

  private scheduleRefresh(): void {
    if (this.refreshScheduled) return;
    this.refreshScheduled = true;
    requestAnimationFrame(() => {
      this.refreshScheduled = false;
      this.refresh();
    });
  }

  private readonly onResize = (entries: ResizeObserverEntry[]): void => {
    let changed = false;
    for (const entry of entries) {
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      if (entry.target === this.scroller) {
        if (this.scroller.clientHeight !== this.viewport) changed = true;
        this.viewport = this.scroller.clientHeight;
      } else if (height > 0 && entry.target.isConnected) {
        const gap = parseFloat(getComputedStyle(entry.target).marginBottom) || 0;
        const pitch = Math.round((height + gap) * 100) / 100;
        if (pitch !== this.pitch) {
          // Keep the same row at the top (rows change height when the container query switches layout).
          const anchor = this.top / this.pitch;
          this.pitch = pitch;
          this.sizeTo(this.options?.items.length ?? 0);
          if (anchor > 0) this.scrollTo(anchor * pitch);
          changed = true;
        }
      }
    }
    if (changed) this.refresh(true);
  };

  /**
   * Renders the rows again if the range to show changed, or always with `force` (what they depend on
   * changed outside the options, e.g. the list stopped rendering placeholders after a fling).
   */
  refresh(force = false): void {
    if (!this.part || !this.scroller) return;
    const range = this.computeRange();
    if (force || !same(range, this.rendered)) {
      this.part.setValue(this.template(range));
      this.place();
    } else {
      this.reportVisible();
    }
  }

  private viewportHeight(): number {
    if (!this.viewport && this.scroller?.isConnected) this.viewport = this.scroller.clientHeight;
    // Before the first layout: enough rows for a tall window.
    return this.viewport || (typeof innerHeight === 'number' ? innerHeight : 800);
  }

  /** The farthest the rows scroll (the browser clamps too, and reports it with a scroll event). */
  private maxTop(): number {
    return Math.max(0, (this.options?.items.length ?? 0) * this.pitch - this.viewportHeight());
  }

  private computeRange(): IndexRange {
    const count = this.options?.items.length ?? 0;
    if (!count) return EMPTY;
    const top = Math.min(this.top, this.maxTop());
    const overhang = this.tight ? 0 : this.config.overhang;
    const first = Math.max(0, Math.floor((top - overhang) / this.pitch));
    const last = Math.min(count - 1, Math.ceil((top + this.viewportHeight() + overhang) / this.pitch) - 1);
    return { first: Math.min(first, last), last };
  }

  /** The rows at least partly inside the viewport when scrolled to `px`. */
  private visibleAt(px: number): IndexRange {
    const count = this.options?.items.length ?? 0;
    const top = Math.min(px, this.maxTop());
    return count
      ? { first: Math.min(count - 1, Math.floor(top / this.pitch)), last: Math.min(count - 1, Math.ceil((top + this.viewportHeight()) / this.pitch) - 1) }
      : EMPTY;
  }

  private reportVisible(): void {
    const visible = this.visibleAt(this.top);
    if (same(visible, this.visibleRange)) return;
    this.visibleRange = visible;
    this.config.onVisible?.(visible);
  }

  private template(range: IndexRange): unknown {
    const options = this.options;
    if (!options) return nothing;
    const moved = !same(range, this.rendered);
    this.rendered = range;
    // CSS renders the rows of a jump without content-visibility (client-list.styles.ts).
    this.scroller?.toggleAttribute('data-tight', this.tight);
    if (this.tight) this.widenWhenSettled(moved);
    this.sizeTo(options.items.length);
    this.config.onRange?.(range);
    const indexes: number[] = [];
    for (let index = range.first; index <= range.last; index++) indexes.push(index);
    const { items, keyFunction, renderItem } = options;
    return repeat(
      indexes,
      (index) => keyFunction(items[index]!, index),
      (index) => renderItem(items[index]!, index),
    );
  }

  /**
   * The overhang is for scrolling on from where the rows are: it renders once no jump has come for
   * `SETTLE_MS`, when the main thread is idle. Not in the frames right after the jump's: a scrollbar
   * drag jumps every frame, and widening after each would spend the next jump's frame on rows
   * scrolled past a moment later.
   */
  private widenWhenSettled(jumped: boolean): void {
    if (typeof requestAnimationFrame === 'undefined' || (this.widenTimer !== undefined && !jumped)) return;
    clearTimeout(this.widenTimer);
    this.widenTimer = setTimeout(() => {
      this.widenTimer = undefined;
      const widen = () => {
        if (!this.tight || this.widenTimer !== undefined) return;
        this.tight = false;
        this.refresh();
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(widen, { timeout: 150 });
      else widen();
    }, SETTLE_MS);
  }

  private sizeTo(count: number): void {
    const height = `${count * this.pitch}px`;
    if (this.sizer && this.sizer.style.height !== height) this.sizer.style.height = height;
  }

  /**
   * Moves each rendered row to its place (style properties, which a strict CSP allows), measures one
   * row, and reports the visible rows.
   */
  private place(): void {
    const scroller = this.scroller;
    if (!scroller) return;
    for (const row of scroller.children as HTMLCollectionOf<HTMLElement>) {
      const index = row.dataset['index'];
      if (index === undefined) continue;
      // Compared with what was set here, not read back: reading style.transform serializes it.
      const y = Number(index) * this.pitch;
      if (this.placedAt.get(row) !== y) {
        this.placedAt.set(row, y);
        row.style.transform = `translateY(${y}px)`;
      }
      if (!this.measured?.isConnected && this.observer) {
        if (this.measured) this.observer.unobserve(this.measured);
        this.measured = row;
        this.observer.observe(row);
      }
    }
    this.reportVisible();
  }
}

/** What the directive calls on a VirtualRows (method syntax: any item type fits). */
interface AttachableRows {
  attach(part: VirtualRowsDirective, scroller: HTMLElement, options: unknown): unknown;
  connect(): void;
  detach(): void;
}

class VirtualRowsDirective extends AsyncDirective {
  private rows: AttachableRows | undefined;

  render(_rows: AttachableRows, _options: unknown): unknown {
    return nothing;
  }

  override update(part: ChildPart, [rows, options]: DirectiveParameters<this>): unknown {
    this.rows = rows;
    return rows.attach(this, part.parentNode as HTMLElement, options);
  }

  protected override disconnected(): void {
    this.rows?.detach();
  }

  protected override reconnected(): void {
    this.rows?.connect();
  }
}

/**
 * Renders the rows of `rows` in range, in the element it is placed in, which must be the scroller
 * (`overflow: auto`, `position: relative`); each row must carry `data-index` and be positioned
 * absolutely at the top (`position: absolute; top: 0`), with one height for every row.
 */
export const virtualRows = directive(VirtualRowsDirective) as <T>(rows: VirtualRows<T>, options: VirtualRowsOptions<T>) => unknown;
export type { VirtualRowsDirective };
