import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError } from '../adapter/adapter-error.js';

/** Where a resource is: no key yet, loading, loaded, or failed. */
export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ResourceOptions<A extends readonly unknown[], T> {
  /**
   * The key of the resource, read before every render of the host: when any entry changes
   * (compared with `Object.is`), the resource loads again and the previous load is aborted. Return
   * `undefined` while the resource cannot load yet (no adapter, no id): it stays `idle`.
   * Typically `[adapter, clientId]`.
   */
  args: () => A | undefined;
  /** Loads the value for a key. Must pass `signal` on to the adapter call. */
  load: (args: A, options: { signal: AbortSignal }) => Promise<T>;
  /**
   * While a new key loads, keep the previous value (status `loading`, `value` still set) instead of
   * dropping it. Default false.
   */
  keepPrevious?: boolean;
}

/** Renderers for each status, for `ResourceController.render`. */
export interface ResourceRenderers<T, R> {
  idle?: () => R;
  loading?: () => R;
  ready: (value: T) => R;
  error?: (error: unknown) => R;
}

/**
 * Loads one resource for a Lit host, keyed by its arguments (adapter + id), abortable:
 *
 * ```ts
 * private readonly client = new ResourceController(this, {
 *   args: () => (this.adapter && this.clientId ? [this.adapter, this.clientId] as const : undefined),
 *   load: ([adapter, id], { signal }) => adapter.clients.get(id, { signal }),
 * });
 * render() {
 *   return this.client.render({
 *     loading: () => renderState({ kind: 'loading' }, t),
 *     error: (error) => renderState({ kind: 'error', error, retry: () => this.client.reload() }, t),
 *     ready: (client) => html`…`,
 *   });
 * }
 * ```
 *
 * - The key is checked before each render (`hostUpdate`); a changed key aborts the running load
 *   (its AbortSignal fires) and starts a new one. Results of superseded loads are dropped.
 * - Disconnecting the host aborts a running load; reconnecting loads again. A loaded value is kept.
 * - `reload()` loads the current key again (retry); `set(value)` replaces the value after a save.
 * - Abort errors are never reported as `error`.
 *
 * The same role as @lit/task's Task, plus `set()` for optimistic and saved values, and abort on
 * disconnect.
 */
export class ResourceController<A extends readonly unknown[], T> implements ReactiveController {
  private _status: ResourceStatus = 'idle';
  private _value: T | undefined;
  private _error: unknown;
  private lastArgs: A | undefined;
  private running: AbortController | undefined;
  private runId = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ResourceOptions<A, T>,
  ) {
    host.addController(this);
  }

  get status(): ResourceStatus {
    return this._status;
  }

  /** The loaded value (also while reloading with `keepPrevious`, or after `set`). */
  get value(): T | undefined {
    return this._value;
  }

  /** What the last load failed with (an AdapterError, normally), when `status` is `error`. */
  get error(): unknown {
    return this._error;
  }

  /** The key of the value (or of the load in progress). */
  get args(): A | undefined {
    return this.lastArgs;
  }

  /** Settles when the load in progress (if any) has settled. Never rejects. */
  get settled(): Promise<void> {
    return this.pending;
  }

  hostUpdate(): void {
    const args = this.options.args();
    if (args === undefined) {
      if (this.lastArgs !== undefined || this._status !== 'idle') this.reset();
      return;
    }
    if (this.lastArgs === undefined || !sameArgs(args, this.lastArgs)) this.start(args);
  }

  hostConnected(): void {
    // A load aborted by a disconnection runs again on the next update.
    if (this._status === 'loading' && !this.running) this.lastArgs = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.running) {
      this.running.abort();
      this.running = undefined;
      this.runId++;
    }
  }

  /** Loads the current key again (e.g. a retry button). Resolves when it settles. */
  reload(): Promise<void> {
    const args = this.lastArgs ?? this.options.args();
    if (args === undefined) return Promise.resolve();
    this.start(args, true);
    return this.pending;
  }

  /** Replaces the value (after a save, or an optimistic change) and aborts a load in progress. */
  set(value: T): void {
    this.abortRunning();
    this._value = value;
    this._error = undefined;
    this._status = 'ready';
    this.lastArgs ??= this.options.args();
    this.host.requestUpdate();
  }

  /** Renders the template of the current status; missing renderers render nothing. */
  render<R>(renderers: ResourceRenderers<T, R>): R | undefined {
    switch (this._status) {
      case 'idle':
        return renderers.idle?.();
      case 'loading':
        return this.options.keepPrevious && this._value !== undefined ? renderers.ready(this._value) : renderers.loading?.();
      case 'error':
        return renderers.error?.(this._error);
      case 'ready':
        return renderers.ready(this._value as T);
    }
  }

  private reset(): void {
    this.abortRunning();
    this.lastArgs = undefined;
    this._value = undefined;
    this._error = undefined;
    this._status = 'idle';
  }

  private abortRunning(): void {
    this.running?.abort();
    this.running = undefined;
    this.runId++;
  }

  private start(args: A, retry = false): void {
    this.abortRunning();
    const keyChanged = !retry && (this.lastArgs === undefined || !sameArgs(args, this.lastArgs));
    this.lastArgs = args;
    const controller = new AbortController();
    this.running = controller;
    const id = ++this.runId;
    this._status = 'loading';
    this._error = undefined;
    if (keyChanged && !this.options.keepPrevious) this._value = undefined;
    this.host.requestUpdate();
    let load: Promise<T>;
    try {
      load = this.options.load(args, { signal: controller.signal });
    } catch (error) {
      load = Promise.reject(error);
    }
    this.pending = load.then(
      (value) => {
        if (id !== this.runId) return;
        this.running = undefined;
        this._value = value;
        this._status = 'ready';
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (id !== this.runId) return;
        this.running = undefined;
        if (isAbortError(error) && controller.signal.aborted) return;
        this._error = error;
        this._status = 'error';
        this.host.requestUpdate();
      },
    );
  }
}

function sameArgs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}
