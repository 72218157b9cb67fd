import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What is selected: chosen ids, or every item matching the current query except some.
 * With `allMatching`, `ids` are the exceptions (unchecked after "select all matching").
 */
export interface SelectionState {
  allMatching: boolean;
  ids: ReadonlySet<string>;
}

export interface SelectionOptions {
  /** Called after every change (fire `client-select` here). */
  onChange?: (selection: SelectionController) => void;
}

/** A toggle from a click: the index of the row and whether Shift was held (a range). */
export interface ToggleOptions {
  index: number;
  shift?: boolean;
  /** The id at an index, when known (a range includes only rows whose id it knows). */
  idAt: (index: number) => string | undefined;
}

/**
 * Selection over a long, paged list: a checkbox per row, Shift-click for ranges, "select all
 * visible", and "select all matching" (every item of the query — including rows never loaded —
 * stored as "all except these", so selecting 100,000 clients costs nothing).
 *
 * ```ts
 * private readonly selection = new SelectionController(this, { onChange: () => this.emit(...) });
 * // checkbox click:   this.selection.toggle(id, { index, shift: event.shiftKey, idAt });
 * // count shown:      this.selection.count(total)
 * ```
 */
export class SelectionController implements ReactiveController {
  private _allMatching = false;
  private chosen = new Set<string>();
  /** Index of the last row toggled without Shift: the start of the next Shift range. */
  private anchor: number | undefined;
  /** Grows on every change (lets a host skip re-rendering rows when it has not changed). */
  revision = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SelectionOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Every item matching the query is selected (minus `excluded`). */
  get allMatching(): boolean {
    return this._allMatching;
  }

  /** The chosen ids (not in `allMatching` mode). */
  get ids(): string[] {
    return this._allMatching ? [] : [...this.chosen];
  }

  /** The ids left out of "all matching". */
  get excluded(): string[] {
    return this._allMatching ? [...this.chosen] : [];
  }

  get state(): SelectionState {
    return { allMatching: this._allMatching, ids: new Set(this.chosen) };
  }

  /** Whether anything is selected, given how many items match. */
  isEmpty(total: number): boolean {
    return this.count(total) === 0;
  }

  /** How many items are selected, given how many match. */
  count(total: number): number {
    return this._allMatching ? Math.max(0, total - this.chosen.size) : this.chosen.size;
  }

  has(id: string): boolean {
    return this._allMatching ? !this.chosen.has(id) : this.chosen.has(id);
  }

  /** Selects or unselects one id (`on` omitted: flips it). */
  set(id: string, on?: boolean): void {
    const next = on ?? !this.has(id);
    this.put(id, next);
    this.changed();
  }

  /**
   * A checkbox click: flips the row; with Shift, gives every row from the anchor to this one whose id
   * `idAt` knows the new state of this row (see `rangeTo` to fetch the ids of rows not loaded).
   */
  toggle(id: string, { index, shift = false, idAt }: ToggleOptions): void {
    const on = !this.has(id);
    if (shift && this.anchor !== undefined && this.anchor !== index) {
      const [from, to] = this.anchor < index ? [this.anchor, index] : [index, this.anchor];
      for (let at = from; at <= to; at++) {
        const other = idAt(at);
        if (other !== undefined) this.put(other, on);
      }
      this.put(id, on);
    } else {
      this.put(id, on);
      this.anchor = index;
    }
    this.changed();
  }

  /** The indexes a Shift-click on `index` would cover (from the anchor), or undefined when it is a plain click. */
  rangeTo(index: number): { from: number; to: number } | undefined {
    if (this.anchor === undefined || this.anchor === index) return undefined;
    return this.anchor < index ? { from: this.anchor, to: index } : { from: index, to: this.anchor };
  }

  /** Selects (or, with `on` false, unselects) these ids, e.g. every visible row. */
  setMany(ids: Iterable<string>, on = true): void {
    for (const id of ids) this.put(id, on);
    this.changed();
  }

  /** Selects every item matching the query. */
  selectAllMatching(): void {
    this._allMatching = true;
    this.chosen = new Set();
    this.changed();
  }

  /** Keeps only these ids selected (e.g. those a bulk action could not handle). */
  keepOnly(ids: Iterable<string>): void {
    this._allMatching = false;
    this.chosen = new Set(ids);
    this.changed();
  }

  clear(): void {
    if (!this._allMatching && this.chosen.size === 0) return;
    this._allMatching = false;
    this.chosen = new Set();
    this.anchor = undefined;
    this.changed();
  }

  /** The query changed: "all matching" meant the old query, so it ends; chosen ids stay. */
  queryChanged(): void {
    this.anchor = undefined;
    if (this._allMatching) this.clear();
  }

  private put(id: string, on: boolean): void {
    // In allMatching mode the set holds exceptions: selecting removes, unselecting adds.
    if (on !== this._allMatching) this.chosen.add(id);
    else this.chosen.delete(id);
  }

  private changed(): void {
    this.revision++;
    this.options.onChange?.(this);
    this.host.requestUpdate();
  }
}
