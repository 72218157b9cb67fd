/*
 * The parse worker's state and work: read a file (CSV or XLSX), pick a sheet, analyze the rows with
 * a mapping, hand out import batches, build the failed-rows file. The same session runs inside the
 * worker (parse.worker.ts) and, when a host's bundler cannot start the worker, on the main thread.
 * The XLSX reader is imported only when an XLSX file arrives.
 */
import { analyzeRows, ExistingIndex, type AnalysisState, type RowReport } from './analyze.js';
import { nextBatch } from './batches.js';
import { parseDelimited } from './csv.js';
import { toCsv, type CsvValue } from './csv-write.js';
import { ImportFileError, isImportFileError } from './errors.js';
import { autoMap, guessCountry, recognisesAnyColumn } from './headers.js';
import { guessDateOrder } from './dates.js';
import type { FailedRow } from './importer.js';
import type { FailedFileLabels, LoadedFile, LoadLimits, ParseOps, ParseRequest, ParseResponse, SerializedError } from './protocol.js';
import { decodeText, sniffKind, type TextEncoding } from './sniff.js';
import type { Delimiter } from './delimiter.js';

interface Sheet {
  name: string;
  rows: string[][];
  rowNumbers: number[];
}

interface Workbook {
  fileName: string;
  kind: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  sheets: Sheet[];
  sheetIndex: number;
  maxRows: number;
}

const SAMPLE_ROWS = 3;

export function serializeError(error: unknown): SerializedError {
  if (isImportFileError(error)) return { name: 'ImportFileError', message: error.message, code: error.code, detail: error.detail };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The first segment of an issue path: 'phones.0.number' → 'phones'. */
function fieldOfPath(path: string): string {
  return path.split('.')[0] ?? '';
}

export class ParseSession {
  private book: Workbook | undefined;
  private existing = new ExistingIndex();
  private state: AnalysisState | undefined;

  async handle(request: ParseRequest): Promise<unknown> {
    switch (request.op) {
      case 'load':
        return this.load(request.file, request.fileName, request.limits);
      case 'sheet':
        return this.selectSheet(request.index, request.locale);
      case 'existing':
        this.existing = new ExistingIndex(request.clients);
        return { count: request.clients.length };
      case 'analyze':
        return this.analyze(request.mapping, request.options);
      case 'batch':
        return nextBatch(this.analysis(), request.plan, request.cursor, request.chunkSize);
      case 'failed':
        return this.failedFile(request.labels, request.extra);
      case 'reset':
        this.book = undefined;
        this.state = undefined;
        return null;
    }
  }

  async load(file: Blob, fileName: string, limits: LoadLimits): Promise<LoadedFile> {
    this.book = undefined;
    this.state = undefined;
    if (file.size === 0) throw new ImportFileError('empty', 'The file is empty', { size: 0 });
    if (file.size > limits.maxBytes) throw new ImportFileError('too-large', 'The file is too large', { size: file.size, limit: limits.maxBytes });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      throw new ImportFileError('unreadable', error instanceof Error ? error.message : 'The file could not be read');
    }
    const kind = sniffKind(bytes);
    let book: Workbook;
    if (kind === 'xlsx') {
      const { readWorkbook } = await import('./xlsx-read.js');
      const sheets = readWorkbook(bytes, { maxRows: limits.maxRows }).map((sheet) => ({
        name: sheet.name,
        rows: sheet.rows,
        rowNumbers: sheet.rowNumbers,
      }));
      book = { fileName, kind: 'xlsx', encoding: null, delimiter: null, sheets, sheetIndex: 0, maxRows: limits.maxRows };
    } else {
      const { text, encoding } = decodeText(bytes);
      const parsed = parseDelimited(text);
      const name = fileName.replace(/\.[^.]+$/, '') || fileName;
      book = {
        fileName,
        kind: 'csv',
        encoding,
        delimiter: parsed.delimiter,
        sheets: [{ name, rows: parsed.rows, rowNumbers: parsed.rowNumbers }],
        sheetIndex: 0,
        maxRows: limits.maxRows,
      };
    }
    // The first sheet with data rows (a workbook often starts with a cover or an empty sheet).
    const first = book.sheets.findIndex((sheet) => sheet.rows.length > 1);
    if (first === -1) throw new ImportFileError('empty', 'The file has a header row at most', { rows: 0 });
    this.book = book;
    return this.selectSheet(first, limits.locale);
  }

  selectSheet(index: number, locale: string): LoadedFile {
    const book = this.book;
    if (!book) throw new ImportFileError('unreadable', 'No file is loaded');
    const sheet = book.sheets[index];
    if (!sheet) throw new ImportFileError('no-sheets', `No sheet ${index}`);
    const dataRows = Math.max(0, sheet.rows.length - 1);
    if (dataRows > book.maxRows) throw new ImportFileError('too-many-rows', 'Too many rows', { rows: dataRows, limit: book.maxRows });
    book.sheetIndex = index;
    this.state = undefined;
    const headers = (sheet.rows[0] ?? []).map((header) => header.trim());
    const width = Math.max(headers.length, ...sheet.rows.slice(1, 50).map((row) => row.length));
    while (headers.length < width) headers.push('');
    const suggested = autoMap(headers, { locale });
    const dateColumn = suggested.indexOf('birthDate');
    const dateOrder = dateColumn === -1 ? undefined : guessDateOrder(sheet.rows.slice(1, 2001).map((row) => row[dateColumn] ?? ''));
    return {
      fileName: book.fileName,
      kind: book.kind,
      encoding: book.encoding,
      delimiter: book.delimiter,
      sheets: book.sheets.map((candidate) => ({ name: candidate.name, rows: Math.max(0, candidate.rows.length - 1) })),
      sheetIndex: index,
      headers,
      sample: sheet.rows.slice(1, 1 + SAMPLE_ROWS).map((row) => headers.map((_, column) => row[column] ?? '')),
      rowCount: dataRows,
      suggested,
      dateOrder: dateOrder ?? null,
      country: guessCountry(headers) ?? null,
      recognised: recognisesAnyColumn(suggested),
    };
  }

  private sheet(): Sheet {
    const book = this.book;
    if (!book) throw new ImportFileError('unreadable', 'No file is loaded');
    return book.sheets[book.sheetIndex]!;
  }

  analyze(mapping: ParseOps['analyze']['args']['mapping'], options: ParseOps['analyze']['args']['options']) {
    const sheet = this.sheet();
    const headers = sheet.rows[0] ?? [];
    const { analysis, state } = analyzeRows(sheet.rows.slice(1), sheet.rowNumbers.slice(1), headers, mapping, options, this.existing);
    this.state = state;
    return analysis;
  }

  private analysis(): AnalysisState {
    if (!this.state) throw new Error('Analyze the file before importing it');
    return this.state;
  }

  /** The rows that failed — in the file, or at the backend (`extra`) — as they were, with the reason. */
  failedFile(labels: FailedFileLabels, extra: readonly FailedRow[]): { csv: string; count: number } {
    const sheet = this.sheet();
    const state = this.analysis();
    const reasons = new Map<number, string>();
    const describeLocal = (report: RowReport) =>
      report.issues
        .map((issue) => {
          const field = labels.fields[fieldOfPath(issue.path)] ?? issue.path;
          return field ? `${field}: ${labels.issues[issue.code]}` : labels.issues[issue.code];
        })
        .join('; ');
    for (const report of state.invalid) reasons.set(report.rowNumber, describeLocal(report));
    for (const failed of extra) {
      const text = failed.issues
        .map((issue) => {
          const field = issue.path ? (labels.fields[fieldOfPath(issue.path)] ?? issue.path) : '';
          return field ? `${field}: ${issue.message}` : issue.message;
        })
        .join('; ');
      reasons.set(failed.rowNumber, text || labels.issues.invalid);
    }
    const headers = sheet.rows[0] ?? [];
    const rows: CsvValue[][] = [[labels.rowColumn, ...headers, labels.errorColumn]];
    const byNumber = new Map<number, string[]>();
    for (let index = 1; index < sheet.rows.length; index++) byNumber.set(sheet.rowNumbers[index] ?? index + 1, sheet.rows[index]!);
    for (const rowNumber of [...reasons.keys()].sort((a, b) => a - b)) {
      const cells = byNumber.get(rowNumber) ?? [];
      rows.push([rowNumber, ...headers.map((_, column) => cells[column] ?? ''), reasons.get(rowNumber)!]);
    }
    return { csv: toCsv(rows, this.book?.delimiter ?? ','), count: reasons.size };
  }
}

/** Serves a session over a worker's message port. */
export function serveSession(scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void }): ParseSession {
  const session = new ParseSession();
  // Requests run one at a time, in order (a batch request never races the analysis it depends on).
  let queue: Promise<void> = Promise.resolve();
  scope.onmessage = (event: MessageEvent) => {
    const request = event.data as ParseRequest;
    queue = queue.then(async () => {
      let response: ParseResponse;
      try {
        response = { id: request.id, ok: true, result: await session.handle(request) };
      } catch (error) {
        response = { id: request.id, ok: false, error: serializeError(error) };
      }
      scope.postMessage(response);
    });
  };
  // Tells the client the worker runs (its modules loaded): id 0 is never a request's.
  scope.postMessage({ id: 0, ok: true, result: 'ready' } satisfies ParseResponse);
  return session;
}
