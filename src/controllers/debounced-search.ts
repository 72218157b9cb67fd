import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../adapter/adapter-error.js';

export interface DebouncedSearchOptions<T> {
  /** Quiet time after the last keystroke before the search runs, in ms. Default 200; 0 runs at once. */
  delay?: number;
  /**
   * Runs one search. Must pass `signal` on to the adapter: it is aborted as soon as a newer query
   * supersedes this one (or the host disconnects).
   */
  run: (query: string, signal: AbortSignal) => Promise<T>;
  /** The result of the latest query (never of a superseded one). */
  onResult?: (result: T, query: string) => void;
  /** The latest query failed (aborts are not errors and never reach here). */
  onError?: (error: unknown, query: string) => void;
}

/**
 * Search as you type: waits until the user pauses, runs the search with an AbortSignal, and aborts
 * the request of a query that a newer one supersedes, so results of an old query never overwrite
 * those of a newer one.
 *
 * ```ts
 * private readonly search = new DebouncedSearchController(this, {
 *   run: (query, signal) => this.adapter!.clients.list({ search: query, limit: 20 }, { signal }),
 *   onResult: (page) => (this.matches = page.items),
 * });
 * render() { return html`<input type="search" @input=${(e) => this.search.set(e.target.value)}>`; }
 * ```
 *
 * - `set(query)` restarts the quiet period; `flush()` runs a waiting query at once (Enter key).
 * - `pending` is true from the first keystroke until the results of the latest query arrive.
 * - `lastDebounceMs` / `lastRunMs` time the latest run (what a benchmark reports separately).
 * - Disconnecting the host cancels the timer and aborts the request.
 */
export class DebouncedSearchController<T = unknown> implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: AbortController | undefined;
  private runId = 0;
  private typedAt = 0;
  private _query = '';
  private _settledQuery: string | undefined;
  private _pending = false;
  private _error: unknown;
  /** Time between the last keystroke and the start of the run, in ms. */
  lastDebounceMs = 0;
  /** Time the latest run took until its result was handed over, in ms. */
  lastRunMs = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DebouncedSearchOptions<T>,
  ) {
    host.addController(this);
  }

  /** The latest query typed (maybe not searched yet). */
  get query(): string {
    return this._query;
  }

  /** The query whose results are current, or undefined before the first result. */
  get settledQuery(): string | undefined {
    return this._settledQuery;
  }

  /** Waiting for the quiet period or for the results of the latest query. */
  get pending(): boolean {
    return this._pending;
  }

  /** The error of the latest query, until the next query. */
  get error(): unknown {
    return this._error;
  }

  get delay(): number {
    return Math.max(0, this.options.delay ?? 200);
  }

  set delay(value: number) {
    this.options.delay = value;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cancel();
  }

  /** A new query: restarts the quiet period (and aborts a search still running). */
  set(query: string): void {
    this._query = query;
    this._pending = true;
    this.typedAt = performance.now();
    this.abort();
    clearTimeout(this.timer);
    if (this.delay === 0) {
      void this.start();
    } else {
      this.timer = setTimeout(() => void this.start(), this.delay);
    }
    this.host.requestUpdate();
  }

  /** Runs the waiting query now (e.g. on Enter). Resolves when its result (or error) is handed over. */
  flush(): Promise<void> {
    if (this.timer === undefined) return Promise.resolve();
    clearTimeout(this.timer);
    return this.start();
  }

  /** Runs the given query now, skipping the quiet period. */
  runNow(query: string): Promise<void> {
    this._query = query;
    this._pending = true;
    this.typedAt = performance.now();
    clearTimeout(this.timer);
    return this.start();
  }

  /** Forgets a waiting query and aborts a running one. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.abort();
    if (this._pending) {
      this._pending = false;
      this.host.requestUpdate();
    }
  }

  private abort(): void {
    if (this.running) {
      this.running.abort();
      this.running = undefined;
    }
    this.runId++;
  }

  private async start(): Promise<void> {
    this.timer = undefined;
    this.abort();
    const id = this.runId;
    const query = this._query;
    const controller = new AbortController();
    this.running = controller;
    const started = performance.now();
    this.lastDebounceMs = started - this.typedAt;
    this._error = undefined;
    try {
      const result = await this.options.run(query, controller.signal);
      if (id !== this.runId) return;
      this.running = undefined;
      this._settledQuery = query;
      this._pending = false;
      this.options.onResult?.(result, query);
      this.lastRunMs = performance.now() - started;
    } catch (error) {
      if (id !== this.runId || (isAbortError(error) && controller.signal.aborted)) return;
      this.running = undefined;
      this._pending = false;
      this._error = error;
      this.options.onError?.(error, query);
    }
    this.host.requestUpdate();
  }
}
