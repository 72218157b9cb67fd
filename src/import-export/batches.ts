/*
 * The import as a sequence of adapter batches. Rows go in file order (so a later row of the file
 * that repeats an earlier one meets the client the earlier one created); a batch holds consecutive
 * rows that share the same `onConflict` — the user's choice for a duplicate row, the default choice
 * for the others (in case the backend finds a match the preview did not know) — up to the chunk size.
 * Duplicates the user chose to skip are never sent: they are reported as skipped.
 */
import type { ImportRow } from '../model/import.js';
import type { AnalysisState, DuplicateInfo } from './analyze.js';

/** What to do with a row that matches an existing client or an earlier row. */
export type DuplicatePolicy = 'skip' | 'update' | 'create';

export interface ImportPlan {
  /** For every duplicate the user did not decide one by one (and for matches only the backend finds). */
  defaultPolicy: DuplicatePolicy;
  /** Decisions for single rows, by row number. */
  overrides: Readonly<Record<number, DuplicatePolicy>>;
}

export interface PlannedBatch {
  rows: ImportRow[];
  onConflict: DuplicatePolicy;
  /** Duplicates skipped by choice (not sent), with the client or row they match. */
  skipped: DuplicateInfo[];
  /** Where the next batch starts, or null after the last one. */
  next: number | null;
}

export function policyOf(rowNumber: number, duplicate: DuplicateInfo | undefined, plan: ImportPlan): DuplicatePolicy {
  if (!duplicate) return plan.defaultPolicy;
  return plan.overrides[rowNumber] ?? plan.defaultPolicy;
}

/** The batch that starts at `cursor` (an index into the valid rows). */
export function nextBatch(state: Pick<AnalysisState, 'valid' | 'duplicates'>, plan: ImportPlan, cursor: number, chunkSize: number): PlannedBatch {
  const rows: ImportRow[] = [];
  const skipped: DuplicateInfo[] = [];
  let onConflict: DuplicatePolicy | undefined;
  let index = cursor;
  for (; index < state.valid.length; index++) {
    const row = state.valid[index]!;
    const duplicate = state.duplicates.get(row.rowNumber);
    const policy = policyOf(row.rowNumber, duplicate, plan);
    if (duplicate && policy === 'skip') {
      skipped.push(duplicate);
      continue;
    }
    if (onConflict !== undefined && policy !== onConflict) break;
    onConflict = policy;
    rows.push({ rowNumber: row.rowNumber, data: row.data as Record<string, unknown> });
    if (rows.length >= chunkSize) {
      index++;
      break;
    }
  }
  return { rows, onConflict: onConflict ?? plan.defaultPolicy, skipped, next: index < state.valid.length ? index : null };
}
