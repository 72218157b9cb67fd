/*
 * Runs an import through the adapter, batch by batch, with progress, time left, cancel and resume.
 *
 * - Every batch goes to `clients.importBatch` under one `importId`: the adapter stores a row of an
 *   import at most once, so sending a batch again (after a timeout whose request did reach the
 *   server, or after the user resumes) never stores a row twice.
 * - A network or unavailable error is retried with backoff; when the retries run out the run is
 *   `interrupted` and `resume()` continues from the batch that failed.
 * - `cancel()` stops before the next batch (a batch already sent completes: rows it stored stay);
 *   `resume()` continues a stopped run too.
 * Nothing here touches the DOM: the wizard, a test or a host script drive it alike.
 */
import { delay } from '../adapter/abort.js';
import { isAdapterError } from '../adapter/adapter-error.js';
import type { ClientsApi } from '../adapter/contract.js';
import type { ImportRowResult } from '../model/import.js';
import type { DedupeField, DuplicateInfo } from './analyze.js';
import type { PlannedBatch } from './batches.js';

/** Where batches come from: the parse worker, or (tests, scripts) rows in memory. */
export interface BatchSource {
  batch(cursor: number): Promise<PlannedBatch>;
}

export type ImportStatus = 'idle' | 'running' | 'retrying' | 'interrupted' | 'cancelled' | 'done' | 'failed';

export interface ImportCounts {
  created: number;
  updated: number;
  skipped: number;
  failed: number;
}

export interface ImportProgress extends ImportCounts {
  status: ImportStatus;
  /** Rows to go through (valid rows of the file). */
  total: number;
  /** Rows done (stored, skipped or failed). */
  processed: number;
  elapsedMs: number;
  /** Estimated time left; null until the first batch is done. */
  remainingMs: number | null;
  /** The error that interrupted or failed the run. */
  error: unknown;
  /** Retry attempt in progress (status 'retrying'). */
  attempt: number;
}

/** A row the backend refused, with its reasons. */
export interface FailedRow {
  rowNumber: number;
  issues: { path: string; message: string }[];
}

export interface ImportOutcome extends ImportProgress {
  importId: string;
  failures: FailedRow[];
  /** Rows skipped because they match a client or an earlier row (by choice or by the backend). */
  skippedRows: { rowNumber: number; clientId: string | null }[];
}

export interface ImportRunnerOptions {
  clients: Pick<ClientsApi, 'importBatch'>;
  source: BatchSource;
  total: number;
  /** Default: a new random id. Pass the id of an interrupted run to resume it in a new runner. */
  importId?: string;
  dedupeBy?: DedupeField[];
  /** Retries of a batch after a network / unavailable error before the run is interrupted. Default 3. */
  retries?: number;
  /** First backoff delay (doubles each retry). Default 500 ms. */
  retryDelayMs?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Clock (tests). */
  now?: () => number;
}

export function newImportId(): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
  return `import-${random}`;
}

export class ImportRunner {
  readonly importId: string;
  private readonly options: ImportRunnerOptions;
  private readonly now: () => number;
  private cursor: number | null = 0;
  private counts: ImportCounts = { created: 0, updated: 0, skipped: 0, failed: 0 };
  private processed = 0;
  private status: ImportStatus = 'idle';
  private error: unknown;
  private attempt = 0;
  private startedAt = 0;
  /** Time spent in earlier runs (before an interruption). */
  private elapsedBefore = 0;
  private readonly failures: FailedRow[] = [];
  private readonly skippedRows: { rowNumber: number; clientId: string | null }[] = [];
  private cancelled = new AbortController();
  private running: Promise<ImportOutcome> | undefined;

  constructor(options: ImportRunnerOptions) {
    this.options = options;
    this.importId = options.importId ?? newImportId();
    this.now = options.now ?? (() => performance.now());
  }

  get progress(): ImportProgress {
    const elapsedMs = this.elapsedBefore + (this.status === 'running' || this.status === 'retrying' ? this.now() - this.startedAt : 0);
    const remaining = this.options.total - this.processed;
    return {
      status: this.status,
      total: this.options.total,
      processed: this.processed,
      ...this.counts,
      elapsedMs,
      remainingMs: this.processed > 0 && elapsedMs > 0 ? Math.max(0, (elapsedMs / this.processed) * remaining) : null,
      error: this.error,
      attempt: this.attempt,
    };
  }

  /** Starts (or, after an interruption, resumes) the run; resolves when it ends, is interrupted or cancelled. */
  start(): Promise<ImportOutcome> {
    return this.status === 'cancelled' && !this.running ? Promise.resolve(this.outcome()) : this.continueRun();
  }

  /**
   * Continues an interrupted run from the batch that failed, or a stopped one from where it stopped
   * (same importId: no row stored twice, even a batch that was in flight when it stopped).
   */
  resume(): Promise<ImportOutcome> {
    return this.continueRun();
  }

  private continueRun(): Promise<ImportOutcome> {
    if (this.running) return this.running;
    if (this.status === 'done' || this.status === 'failed') return Promise.resolve(this.outcome());
    this.cancelled = new AbortController();
    this.running = this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Stops before the next batch. */
  cancel(): void {
    this.cancelled.abort();
    if (!this.running && this.status !== 'done' && this.status !== 'failed') {
      this.status = 'cancelled';
      this.report();
    }
  }

  private outcome(): ImportOutcome {
    return { ...this.progress, importId: this.importId, failures: [...this.failures], skippedRows: [...this.skippedRows] };
  }

  private report(): void {
    this.options.onProgress?.(this.progress);
  }

  private async run(): Promise<ImportOutcome> {
    const signal = this.cancelled.signal;
    this.status = 'running';
    this.error = undefined;
    this.startedAt = this.now();
    this.report();
    try {
      while (this.cursor !== null) {
        if (signal.aborted) {
          this.finish('cancelled');
          return this.outcome();
        }
        const batch = await this.options.source.batch(this.cursor);
        if (batch.rows.length) {
          const result = await this.send(batch, signal);
          if (result === 'interrupted' || result === 'cancelled') {
            this.finish(result);
            return this.outcome();
          }
          for (const row of result) this.record(row);
        }
        for (const duplicate of batch.skipped) {
          this.counts.skipped++;
          this.processed++;
          this.skippedRows.push({ rowNumber: duplicate.rowNumber, clientId: duplicate.clientId });
        }
        this.cursor = batch.next;
        this.report();
      }
      this.finish('done');
    } catch (error) {
      this.error = error;
      this.finish('failed');
    }
    return this.outcome();
  }

  private finish(status: ImportStatus): void {
    this.elapsedBefore += this.now() - this.startedAt;
    this.status = status;
    this.attempt = 0;
    this.report();
  }

  private record(row: ImportRowResult): void {
    this.processed++;
    this.counts[row.outcome]++;
    if (row.outcome === 'failed') this.failures.push({ rowNumber: row.rowNumber, issues: row.issues });
    if (row.outcome === 'skipped') this.skippedRows.push({ rowNumber: row.rowNumber, clientId: row.clientId });
  }

  /** Sends one batch, retrying network failures; the rows' results, or why it stopped. */
  private async send(batch: PlannedBatch, signal: AbortSignal): Promise<ImportRowResult[] | 'interrupted' | 'cancelled'> {
    const retries = this.options.retries ?? 3;
    const baseDelay = this.options.retryDelayMs ?? 500;
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await this.options.clients.importBatch(batch.rows, {
          importId: this.importId,
          dedupeBy: this.options.dedupeBy ?? ['email', 'phone'],
          onConflict: batch.onConflict,
        });
        this.attempt = 0;
        if (this.status === 'retrying') this.status = 'running';
        // One result per row sent; a row the backend did not report is a failure, not a silent loss.
        const byRow = new Map(result.rows.map((row) => [row.rowNumber, row]));
        return batch.rows.map(
          (row) => byRow.get(row.rowNumber) ?? { rowNumber: row.rowNumber, outcome: 'failed', clientId: null, issues: [{ path: '', message: 'No result from the server for this row' }] },
        );
      } catch (error) {
        const retryable = isAdapterError(error) && error.retryable;
        if (!retryable) throw error;
        this.error = error;
        if (attempt >= retries) return 'interrupted';
        this.status = 'retrying';
        this.attempt = attempt + 1;
        this.report();
        try {
          await delay(baseDelay * 2 ** attempt, signal);
        } catch {
          return 'cancelled';
        }
      }
    }
  }
}
