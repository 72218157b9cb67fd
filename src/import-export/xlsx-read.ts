/*
 * XLSX reading: the workbook's sheets as rows of strings. The zip is opened with fflate's synchronous
 * `unzipSync` (this runs in the parse worker), the SpreadsheetML parts are read with a small scanner.
 * Why not a spreadsheet library: the maintained readers on npm unzip with fflate's asynchronous API,
 * which spawns `blob:` workers for parts over 512 kB — blocked by a strict Content-Security-Policy
 * (`worker-src 'self'`), which this library must work under. Dates come out as `YYYY-MM-DD` (cells
 * with a date format, or `t="d"`), numbers as their shortest decimal text, booleans as TRUE / FALSE,
 * formulas as their cached value, errors (#N/A) as empty.
 *
 * Loaded only when an XLSX file is chosen (a dynamic import in the worker).
 */
import { strFromU8, unzipSync } from 'fflate';
import type { ImportFileError, ImportFileErrorCode, ImportFileErrorDetail } from './errors.js';
import { attributes, decodeEntities } from './xml.js';

/*
 * This module is loaded on demand, so it imports nothing of the main bundle (only xml.ts, which only
 * the XLSX reader and writer use): a lazily loaded chunk that imported back from the chunk that loads
 * it would make the two chunks import each other. Hence its own error factory (an ImportFileError in
 * all but class identity: `isImportFileError` and the worker protocol go by name and code) and its own
 * serial-date conversion (the same as dates.ts's excelSerialToIso, which tests check).
 */
function fileError(code: ImportFileErrorCode, message: string, detail: ImportFileErrorDetail = {}): ImportFileError {
  return Object.assign(new Error(message), { name: 'ImportFileError' as const, code, detail }) as ImportFileError;
}

/** An Excel serial day number as YYYY-MM-DD (1900 system with Lotus's phantom 29 Feb, or 1904). */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const days = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const date = new Date(epoch + days * 86_400_000);
  const year = date.getUTCFullYear();
  return year < 1800 || year > 2200 ? null : date.toISOString().slice(0, 10);
}

export interface SheetRows {
  name: string;
  /** Non-blank rows, in order. */
  rows: string[][];
  /** Each row's number in the sheet (1-based, as Excel shows it). */
  rowNumbers: number[];
}

type Parts = Record<string, Uint8Array>;

function text(parts: Parts, path: string): string | undefined {
  const bytes = parts[path];
  return bytes ? strFromU8(bytes) : undefined;
}

/** Joins a relationship target to the folder of the part that declares it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

function relationships(parts: Parts, relsPath: string, base: string): Map<string, string> {
  const found = new Map<string, string>();
  const xml = text(parts, relsPath);
  if (!xml) return found;
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attrs = attributes(match[1]!);
    if (attrs['Id'] && attrs['Target']) found.set(attrs['Id'], resolveTarget(base, attrs['Target']));
  }
  return found;
}

/** The text of a shared string or inline string: its `<t>` runs, phonetic runs left out. */
function richText(xml: string): string {
  const withoutPhonetic = xml.includes('rPh') ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : xml;
  let result = '';
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) {
    result += decodeEntities(match[1] ?? '');
  }
  return result;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) strings.push(richText(match[1] ?? ''));
  return strings;
}

/** Built-in number formats that are dates (ECMA-376 18.8.30, plus the CJK date ids). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

/** Whether a custom number format shows a date (it has d or y outside quotes, brackets and escapes). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '').replace(/_.|\*./g, '');
  return /[dy]/i.test(bare) || /(^|[^a-z])m{3,}/i.test(bare);
}

/** For each cell style index, whether it formats numbers as dates. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const attrs = attributes(match[1]!);
    if (attrs['numFmtId'] && attrs['formatCode'] !== undefined) custom.set(Number(attrs['numFmtId']), attrs['formatCode']);
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const styles: boolean[] = [];
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>)/g)) {
    const id = Number(attributes(match[1]!)['numFmtId'] ?? 0);
    const code = custom.get(id);
    styles.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id));
  }
  return styles;
}

/** "BC12" → 54 (zero-based column index). */
function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** The shortest decimal text of a number as Excel stores it ("612345678", "65.5"). */
function numberText(raw: string): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  // Excel keeps 15 significant digits; trim binary noise such as 0.30000000000000004.
  return String(Number(value.toPrecision(15)));
}

interface SheetContext {
  shared: string[];
  dates: boolean[];
  date1904: boolean;
  maxRows: number;
}

function sheetRows(xml: string, context: SheetContext): { rows: string[][]; rowNumbers: number[] } {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const data = /<(?:\w+:)?sheetData\b[^>]*?(?:\/>|>([\s\S]*)<\/(?:\w+:)?sheetData>)/.exec(xml)?.[1] ?? '';
  let nextRow = 0;
  for (const rowMatch of data.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowAttrs = attributes(rowMatch[1]!);
    const rowIndex = rowAttrs['r'] ? Number(rowAttrs['r']) - 1 : nextRow;
    nextRow = rowIndex + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attrs = attributes(cellMatch[1]!);
      const column = attrs['r'] ? columnIndex(attrs['r']) : nextColumn;
      nextColumn = column + 1;
      const inner = cellMatch[2] ?? '';
      const type = attrs['t'] ?? 'n';
      const raw = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
      let value = '';
      if (type === 's') value = raw === undefined ? '' : (context.shared[Number(raw)] ?? '');
      else if (type === 'inlineStr') value = richText(/<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1] ?? '');
      else if (type === 'str') value = decodeEntities(raw ?? '');
      else if (type === 'b') value = raw === undefined ? '' : raw.trim() === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'e') value = '';
      else if (type === 'd') value = decodeEntities(raw ?? '').slice(0, 10);
      else if (raw !== undefined && raw.trim() !== '') {
        const style = attrs['s'] ? Number(attrs['s']) : 0;
        value = context.dates[style] ? (serialToIso(Number(raw), context.date1904) ?? numberText(raw)) : numberText(raw);
      }
      if (value !== '') {
        while (cells.length < column) cells.push('');
        cells[column] = value;
      }
    }
    // Blank rows are dropped like blank CSV lines; the numbers of the others are kept.
    if (cells.some((cell) => cell.trim() !== '')) {
      rows.push(cells);
      rowNumbers.push(rowIndex + 1);
      // The header plus maxRows data rows at most.
      if (rows.length > context.maxRows + 1) throw fileError('too-many-rows', 'Too many rows', { limit: context.maxRows });
    }
  }
  return { rows, rowNumbers };
}

export interface ReadWorkbookOptions {
  /** More data rows than this in a sheet fail with 'too-many-rows'. */
  maxRows?: number;
}

/** Every sheet of an XLSX workbook, in workbook order, with its rows of text. */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): SheetRows[] {
  let parts: Parts;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => file.name.endsWith('.xml') || file.name.endsWith('.rels'),
    });
  } catch (error) {
    throw fileError('malformed', `Not a readable XLSX file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const rootRels = relationships(parts, '_rels/.rels', '');
  const workbookPath = [...rootRels.values()].find((target) => /workbook\d*\.xml$/.test(target)) ?? 'xl/workbook.xml';
  const workbook = text(parts, workbookPath);
  if (!workbook) throw fileError('malformed', 'The zip file is not an Excel workbook');
  const slash = workbookPath.lastIndexOf('/');
  const folder = slash === -1 ? '' : workbookPath.slice(0, slash + 1);
  const rels = relationships(parts, `${folder}_rels/${workbookPath.slice(slash + 1)}.rels`, workbookPath);
  const workbookPr = /<(?:\w+:)?workbookPr\b([^>]*)\/?>/.exec(workbook);
  const date1904 = workbookPr ? ['1', 'true'].includes(attributes(workbookPr[1]!)['date1904'] ?? '') : false;

  let sharedPath = `${folder}sharedStrings.xml`;
  let stylesPath = `${folder}styles.xml`;
  for (const target of rels.values()) {
    if (/sharedStrings\d*\.xml$/i.test(target)) sharedPath = target;
    if (/styles\d*\.xml$/i.test(target)) stylesPath = target;
  }
  const context: SheetContext = {
    shared: sharedStrings(text(parts, sharedPath)),
    dates: dateStyles(text(parts, stylesPath)),
    date1904,
    maxRows: options.maxRows ?? Number.POSITIVE_INFINITY,
  };
  const sheets: SheetRows[] = [];
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attrs = attributes(match[1]!);
    const target = rels.get(attrs['id'] ?? '');
    const xml = target ? text(parts, target) : undefined;
    if (!xml) continue; // chart sheets, dialog sheets, missing parts
    sheets.push({ name: attrs['name'] ?? `Sheet${sheets.length + 1}`, ...sheetRows(xml, context) });
  }
  if (!sheets.length) throw fileError('no-sheets', 'The workbook has no worksheet');
  return sheets;
}
