/*
 * Events of <client-import>. CustomEvents that bubble and are composed:
 *
 *   wizard.addEventListener('client-import-complete', (event) => list.reload());
 */
import type { FailedRow, ImportStatus } from '../../import-export/importer.js';

/** `client-import-complete`: an import ended (all rows through, or stopped by the user). */
export interface ClientImportCompleteDetail {
  importId: string;
  /** 'done' when every row went through; 'cancelled' when the user stopped it (stored rows stay). */
  status: Extract<ImportStatus, 'done' | 'cancelled'>;
  /** Data rows in the file. */
  total: number;
  created: number;
  updated: number;
  /** Duplicates skipped (by choice, or by the backend). */
  skipped: number;
  /** Rows refused: invalid in the file, or by the backend. */
  failed: number;
  /** The rows the backend refused, with reasons (rows invalid in the file are in the failed-rows CSV). */
  failures: FailedRow[];
  durationMs: number;
}

/** `client-import-close`: the wizard's dialog closed (after an import or not). */
export interface ClientImportCloseDetail {
  /** Whether anything was imported since it opened. */
  imported: boolean;
}

declare global {
  interface HTMLElementEventMap {
    'client-import-complete': CustomEvent<ClientImportCompleteDetail>;
    'client-import-close': CustomEvent<ClientImportCloseDetail>;
  }
}
