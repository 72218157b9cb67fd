import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Mutation<R> {
  /**
   * Names what changes (e.g. `marketing.sms`), so the host can mark it busy with `isPending(key)`.
   */
  key?: string;
  /** Applies the change to local state at once and returns the function that undoes it. */
  apply: () => () => void;
  /** Sends the change to the adapter. Runs after the mutations queued before it have settled. */
  commit: () => Promise<R>;
  /** Runs with the adapter's answer after a successful commit (e.g. keep the new version). */
  onCommitted?: (result: R) => void;
}

export type MutationOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface OptimisticMutationOptions {
  /**
   * The message shown after a failed commit has been rolled back, from the error (typically
   * `rollbackMessage(error, t)` of state-view.ts).
   */
  describeFailure: (error: unknown) => string;
}

/**
 * Optimistic changes with rollback: `run()` applies a change to the host's state immediately,
 * commits it to the adapter, and on failure undoes it and keeps a message for the host to show
 * (in a live region). Commits run one at a time, in order, so each one can read the record version
 * the previous one produced (a second toggle never races the first into a conflict).
 *
 * ```ts
 * private readonly mutation = new OptimisticMutation(this, {
 *   describeFailure: (error) => rollbackMessage(error, this.localize.t),
 * });
 * toggle(topic, channel, on) {
 *   void this.mutation.run({
 *     key: `${topic}.${channel}`,
 *     apply: () => { const before = this.matrix[topic][channel]; this.setSwitch(topic, channel, on);
 *                    return () => this.setSwitch(topic, channel, before); },
 *     commit: () => adapter.preferences.update(id, { [topic]: { [channel]: on } }, { expectedVersion: this.version }),
 *     onCommitted: (saved) => (this.version = saved.version),
 *   });
 * }
 * render() { return html`<p role="status">${this.mutation.message ?? ''}</p>`; }
 * ```
 */
export class OptimisticMutation implements ReactiveController {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pendingKeys = new Map<string, number>();
  private pendingCount = 0;
  private _message: string | undefined;
  private _error: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: OptimisticMutationOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Commits not yet settled. */
  get pending(): number {
    return this.pendingCount;
  }

  /** Settles when every change queued so far has been committed or rolled back. Never rejects. */
  get settled(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** Whether a change with this key is waiting for the adapter. */
  isPending(key: string): boolean {
    return (this.pendingKeys.get(key) ?? 0) > 0;
  }

  /** The message of the last rolled-back change, until `dismiss()` or the next success. */
  get message(): string | undefined {
    return this._message;
  }

  /** The error of the last rolled-back change. */
  get error(): unknown {
    return this._error;
  }

  dismiss(): void {
    this._message = undefined;
    this._error = undefined;
    this.host.requestUpdate();
  }

  /** Applies, commits in turn, and rolls back on failure. Never rejects. */
  run<R>(mutation: Mutation<R>): Promise<MutationOutcome<R>> {
    const rollback = mutation.apply();
    this.track(mutation.key, +1);
    this.host.requestUpdate();
    const outcome = this.queue.then(async (): Promise<MutationOutcome<R>> => {
      try {
        const value = await mutation.commit();
        mutation.onCommitted?.(value);
        this._message = undefined;
        this._error = undefined;
        return { ok: true, value };
      } catch (error) {
        rollback();
        this._error = error;
        this._message = this.options.describeFailure(error);
        return { ok: false, error };
      } finally {
        this.track(mutation.key, -1);
        this.host.requestUpdate();
      }
    });
    this.queue = outcome;
    return outcome;
  }

  private track(key: string | undefined, delta: number): void {
    this.pendingCount += delta;
    if (key === undefined) return;
    const next = (this.pendingKeys.get(key) ?? 0) + delta;
    if (next > 0) this.pendingKeys.set(key, next);
    else this.pendingKeys.delete(key);
  }
}
