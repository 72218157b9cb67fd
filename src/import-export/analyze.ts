/*
 * The whole file checked at once (in the parse worker): every row mapped and validated, duplicates
 * found inside the file (a later row with the email or a phone of an earlier one) and against the
 * clients that already exist, by the same keys the adapters dedupe on (email without case, the last
 * nine digits of a phone). The result keeps everything the import needs; the wizard receives a
 * summary, the rows with issues, the duplicates and the first rows as they will be stored.
 */
import type { ClientInput } from '../model/client.js';
import { genderMIsFemale as columnUsesHM, type ColumnMapping } from './fields.js';
import { mapRow, type MapOptions, type RowIssue } from './map-row.js';
import { phoneKey } from './phones.js';
import { PREVIEW_ROWS } from './limits.js';

export type DedupeField = 'email' | 'phone';

/** What the wizard knows of an existing client to find duplicates (from `clients.exportAll`). */
export interface ExistingClientKey {
  id: string;
  name: string;
  email: string | null;
  phones: readonly string[];
}

/** A row that matches an earlier row of the file or an existing client. */
export interface DuplicateInfo {
  rowNumber: number;
  kind: 'file' | 'existing';
  reasons: DedupeField[];
  /** The earlier row (kind 'file'). */
  matchRowNumber: number | null;
  /** The existing client (kind 'existing'). */
  clientId: string | null;
  /** The name of the row or client it matches. */
  matchName: string;
}

export interface RowReport {
  rowNumber: number;
  issues: RowIssue[];
}

export interface PreviewRow {
  rowNumber: number;
  /** As it will be stored (null when the row has issues). */
  data: ClientInput | null;
  issues: RowIssue[];
  duplicate: DuplicateInfo | null;
}

export interface Analysis {
  /** Data rows in the file. */
  total: number;
  valid: number;
  invalid: number;
  /** Rows with issues, in file order (up to `reportLimit`; `invalid` has the full count). */
  invalidRows: RowReport[];
  /** Duplicates among the valid rows, in file order (up to `reportLimit`). */
  duplicates: DuplicateInfo[];
  duplicatesInFile: number;
  duplicatesExisting: number;
  /** The first rows of the file. */
  preview: PreviewRow[];
}

/** A valid row, ready to send. */
export interface ValidRow {
  rowNumber: number;
  data: ClientInput;
}

/** What the worker keeps after an analysis, for the import batches and the failed-rows file. */
export interface AnalysisState {
  valid: ValidRow[];
  invalid: RowReport[];
  duplicates: Map<number, DuplicateInfo>;
}

export interface AnalyzeOptions extends MapOptions {
  /** Keys that make two rows, or a row and a client, the same person. Default email and phone. */
  dedupeBy?: readonly DedupeField[];
  /** Cap of `invalidRows` and `duplicates` in the returned Analysis. Default 5,000. */
  reportLimit?: number;
}

export function emailKey(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

function displayName(data: ClientInput): string {
  return [data.firstName, data.middleName, data.lastName].filter(Boolean).join(' ');
}

interface Keyed {
  name: string;
  id: string | null;
  rowNumber: number | null;
}

/** Index of existing clients by email and phone key. */
export class ExistingIndex {
  readonly byEmail = new Map<string, Keyed>();
  readonly byPhone = new Map<string, Keyed>();
  constructor(clients: readonly ExistingClientKey[] = []) {
    for (const client of clients) {
      const keyed = { name: client.name, id: client.id, rowNumber: null };
      const email = emailKey(client.email);
      if (email && !this.byEmail.has(email)) this.byEmail.set(email, keyed);
      for (const phone of client.phones) {
        const key = phoneKey(phone);
        if (key && !this.byPhone.has(key)) this.byPhone.set(key, keyed);
      }
    }
  }
  get size(): number {
    return this.byEmail.size + this.byPhone.size;
  }
}

/** A valid row's dedupe keys, computed once. */
interface RowKeys {
  email: string | null;
  phones: string[];
}

function keysOf(data: ClientInput): RowKeys {
  const phones: string[] = [];
  for (const phone of data.phones ?? []) {
    const key = phoneKey(phone.number);
    if (key) phones.push(key);
  }
  return { email: emailKey(data.email), phones };
}

function match(keys: RowKeys, byEmail: Map<string, Keyed> | null, byPhone: Map<string, Keyed> | null): { keyed: Keyed; reasons: DedupeField[] } | null {
  let found: Keyed | undefined;
  const reasons: DedupeField[] = [];
  if (byEmail && keys.email) {
    const hit = byEmail.get(keys.email);
    if (hit) {
      found = hit;
      reasons.push('email');
    }
  }
  if (byPhone) {
    for (const key of keys.phones) {
      const hit = byPhone.get(key);
      if (hit && (!found || hit === found || (hit.id !== null && hit.id === found.id) || (hit.rowNumber !== null && hit.rowNumber === found.rowNumber))) {
        found ??= hit;
        if (!reasons.includes('phone')) reasons.push('phone');
      }
    }
  }
  return found ? { keyed: found, reasons } : null;
}

/**
 * Maps, validates and dedupes every data row. `rows` are the data rows (header excluded) and
 * `rowNumbers` their row numbers in the file.
 */
export function analyzeRows(
  rows: readonly (readonly string[])[],
  rowNumbers: readonly number[],
  headers: readonly string[],
  mapping: ColumnMapping,
  options: AnalyzeOptions,
  existing: ExistingIndex = new ExistingIndex(),
): { analysis: Analysis; state: AnalysisState } {
  const dedupeBy = options.dedupeBy ?? ['email', 'phone'];
  const byEmail = dedupeBy.includes('email');
  const byPhone = dedupeBy.includes('phone');
  const reportLimit = options.reportLimit ?? 5_000;
  const genderColumn = mapping.indexOf('gender');
  const mapOptions: MapOptions = {
    ...options,
    genderMIsFemale: options.genderMIsFemale ?? (genderColumn !== -1 && columnUsesHM(rows.map((row) => row[genderColumn] ?? ''))),
  };
  const state: AnalysisState = { valid: [], invalid: [], duplicates: new Map() };
  const inFileEmail = new Map<string, Keyed>();
  const inFilePhone = new Map<string, Keyed>();
  const preview: PreviewRow[] = [];
  let duplicatesInFile = 0;
  let duplicatesExisting = 0;

  for (let index = 0; index < rows.length; index++) {
    const rowNumber = rowNumbers[index] ?? index + 2;
    const { data, issues } = mapRow(rows[index]!, mapping, headers, mapOptions);
    let duplicate: DuplicateInfo | null = null;
    if (data) {
      state.valid.push({ rowNumber, data });
      const keys = keysOf(data);
      const known = match(keys, byEmail ? existing.byEmail : null, byPhone ? existing.byPhone : null);
      const earlier = known ? null : match(keys, byEmail ? inFileEmail : null, byPhone ? inFilePhone : null);
      const hit = known ?? earlier;
      if (hit) {
        duplicate = {
          rowNumber,
          kind: known ? 'existing' : 'file',
          reasons: hit.reasons,
          matchRowNumber: hit.keyed.rowNumber,
          clientId: hit.keyed.id,
          matchName: hit.keyed.name,
        };
        state.duplicates.set(rowNumber, duplicate);
        if (known) duplicatesExisting++;
        else duplicatesInFile++;
      }
      // Remember this row's keys (the first row with a key is the one later rows match).
      const keyed: Keyed = { name: displayName(data), id: null, rowNumber };
      if (keys.email && !inFileEmail.has(keys.email)) inFileEmail.set(keys.email, keyed);
      for (const key of keys.phones) if (!inFilePhone.has(key)) inFilePhone.set(key, keyed);
    } else {
      state.invalid.push({ rowNumber, issues });
    }
    if (preview.length < PREVIEW_ROWS) preview.push({ rowNumber, data, issues, duplicate });
  }

  const duplicates = [...state.duplicates.values()].slice(0, reportLimit);
  return {
    state,
    analysis: {
      total: rows.length,
      valid: state.valid.length,
      invalid: state.invalid.length,
      invalidRows: state.invalid.slice(0, reportLimit),
      duplicates,
      duplicatesInFile,
      duplicatesExisting,
      preview,
    },
  };
}
