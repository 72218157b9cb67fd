/*
 * The messages between the wizard (main thread) and the parse worker. Requests carry an id; each
 * gets one response with the same id. Everything is structured-cloneable (a File is passed as is:
 * cloning it copies a handle, not its bytes).
 */
import type { Analysis, AnalyzeOptions, ExistingClientKey } from './analyze.js';
import type { ImportPlan, PlannedBatch } from './batches.js';
import type { DateOrder } from './dates.js';
import type { Delimiter } from './delimiter.js';
import type { ImportFileErrorCode, ImportFileErrorDetail } from './errors.js';
import type { ColumnMapping } from './fields.js';
import type { FailedRow } from './importer.js';
import type { IssueCode } from './map-row.js';
import type { TextEncoding } from './sniff.js';

/** What the wizard learns about a file once it is read. */
export interface LoadedFile {
  fileName: string;
  kind: 'csv' | 'xlsx';
  /** Text files: the encoding found. */
  encoding: TextEncoding | null;
  /** Text files: the delimiter found. */
  delimiter: Delimiter | null;
  /** Workbooks: every sheet with its number of data rows (text files: one). */
  sheets: { name: string; rows: number }[];
  sheetIndex: number;
  /** The header row of the chosen sheet. */
  headers: string[];
  /** The first data rows (for examples next to each column). */
  sample: string[][];
  /** Data rows of the chosen sheet. */
  rowCount: number;
  /** The mapping guessed from the headers. */
  suggested: ColumnMapping;
  /** How the suggested birth-date column writes dates, when its values tell (31/12 → dmy). */
  dateOrder: DateOrder | null;
  /** The country the headers suggest (ES, BR, PT), for phones without a country code. */
  country: string | null;
  /** Whether any header was recognised (else the file probably has no header row, or is not a client list). */
  recognised: boolean;
}

export interface LoadLimits {
  maxBytes: number;
  maxRows: number;
  /** The wizard's locale (header synonyms that differ by language). */
  locale: string;
}

/** Labels for the failed-rows file, in the user's language. */
export interface FailedFileLabels {
  rowColumn: string;
  errorColumn: string;
  /** Field names by the first segment of an issue path ('email', 'phones', 'address', …) and by import field. */
  fields: Record<string, string>;
  issues: Record<IssueCode, string>;
}

export interface ParseOps {
  load: { args: { file: Blob; fileName: string; limits: LoadLimits }; result: LoadedFile };
  sheet: { args: { index: number; locale: string }; result: LoadedFile };
  existing: { args: { clients: ExistingClientKey[] }; result: { count: number } };
  analyze: { args: { mapping: ColumnMapping; options: AnalyzeOptions }; result: Analysis };
  batch: { args: { plan: ImportPlan; cursor: number; chunkSize: number }; result: PlannedBatch };
  failed: { args: { labels: FailedFileLabels; extra: FailedRow[] }; result: { csv: string; count: number } };
  reset: { args: Record<string, never>; result: null };
}

export type ParseOp = keyof ParseOps;

export type ParseRequest = { [K in ParseOp]: { id: number; op: K } & ParseOps[K]['args'] }[ParseOp];

export interface SerializedError {
  name: string;
  message: string;
  code?: ImportFileErrorCode;
  detail?: ImportFileErrorDetail;
}

export type ParseResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: SerializedError };
