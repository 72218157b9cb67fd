/*
 * The main thread's side of the parse worker: typed requests, one response each. If the worker
 * cannot start (a host bundler that does not emit `new URL('./parse.worker…', import.meta.url)`
 * workers, such as esbuild), the same session runs on the main thread instead — slower for very
 * large files, but the import still works; `mode` tells which (and a warning is logged once).
 */
import { ImportFileError } from './errors.js';
import type { ParseOp, ParseOps, ParseRequest, ParseResponse, SerializedError } from './protocol.js';
import { ParseSession } from './session.js';

/** A worker that has not said it runs after this long is given up for the main thread. */
const WORKER_START_TIMEOUT_MS = 15_000;

export interface ParseClientOptions {
  /**
   * Starts the worker. Default: the library's own parse worker. A host whose bundler serves the
   * worker file elsewhere passes `() => new Worker('/assets/parse.worker.js', { type: 'module' })`.
   * `null` parses on the main thread.
   */
  createWorker?: (() => Worker) | null;
  /** How long a worker may take to start before files are parsed on the main thread. Default 15 s. */
  startTimeoutMs?: number;
}

type Pending = { request: ParseRequest; resolve: (value: unknown) => void; reject: (error: unknown) => void };

let warned = false;

export function defaultParseWorker(): Worker {
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'clientela-import' });
}

function deserializeError(error: SerializedError): Error {
  if (error.name === 'ImportFileError' && error.code) return new ImportFileError(error.code, error.message, error.detail ?? {});
  const result = new Error(error.message);
  result.name = error.name;
  return result;
}

export class ParseClient {
  private worker: Worker | undefined;
  private inline: ParseSession | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private answered = false;
  private disposed = false;
  private currentMode: 'worker' | 'main-thread' = 'worker';
  private startTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: ParseClientOptions = {}) {
    const create = options.createWorker === undefined ? defaultParseWorker : options.createWorker;
    if (create === null) {
      this.useMainThread(undefined);
      return;
    }
    try {
      this.worker = create();
    } catch (error) {
      this.useMainThread(error);
      return;
    }
    const startTimeout = options.startTimeoutMs ?? WORKER_START_TIMEOUT_MS;
    this.startTimer = setTimeout(() => {
      if (!this.answered && this.worker) this.useMainThread(`no answer from the worker within ${startTimeout} ms`);
    }, startTimeout);
    this.worker.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
      this.answered = true;
      clearTimeout(this.startTimer);
      const response = event.data;
      const entry = this.pending.get(response.id);
      if (!entry) return;
      this.pending.delete(response.id);
      if (response.ok) entry.resolve(response.result);
      else entry.reject(deserializeError(response.error));
    });
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (!this.answered) {
        // The worker never ran (not found, blocked, not bundled): fall back and replay.
        this.useMainThread(event.message || 'worker failed to start');
        return;
      }
      for (const entry of this.pending.values()) entry.reject(new ImportFileError('unreadable', event.message || 'The file reader stopped'));
      this.pending.clear();
    });
  }

  /** Where files are parsed: in the worker, or on the main thread (fallback). */
  get mode(): 'worker' | 'main-thread' {
    return this.currentMode;
  }

  private useMainThread(reason: unknown): void {
    clearTimeout(this.startTimer);
    this.worker?.terminate();
    this.worker = undefined;
    this.currentMode = 'main-thread';
    if (reason !== undefined && !warned) {
      warned = true;
      console.warn('[clientela] The import parse worker could not start; files are parsed on the main thread.', reason);
    }
    // Imported statically: a lazily loaded session chunk would import back from this one (a cycle).
    this.inline = new ParseSession();
    const replay = [...this.pending.values()];
    this.pending.clear();
    for (const entry of replay) this.runInline(entry);
  }

  /** Main-thread requests run one at a time, in order, like the worker's. */
  private inlineQueue: Promise<unknown> = Promise.resolve();

  private runInline(entry: Pending): void {
    const session = this.inline!;
    const run = this.inlineQueue.then(() => session.handle(entry.request));
    this.inlineQueue = run.catch(() => undefined);
    run.then(entry.resolve, entry.reject);
  }

  /** Sends one request; resolves with its result, rejects with an ImportFileError or Error. */
  call<K extends ParseOp>(op: K, args: ParseOps[K]['args']): Promise<ParseOps[K]['result']> {
    if (this.disposed) return Promise.reject(new Error('The parse client is disposed'));
    const request = { ...args, id: this.nextId++, op } as ParseRequest;
    return new Promise((resolve, reject) => {
      const entry: Pending = { request, resolve: resolve as (value: unknown) => void, reject };
      if (this.worker) {
        this.pending.set(request.id, entry);
        this.worker.postMessage(request);
      } else {
        this.runInline(entry);
      }
    });
  }

  /** Ends the worker; pending requests reject. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.startTimer);
    this.worker?.terminate();
    this.worker = undefined;
    for (const entry of this.pending.values()) entry.reject(new Error('The parse client is disposed'));
    this.pending.clear();
  }
}
