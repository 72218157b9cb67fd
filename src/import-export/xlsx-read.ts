/*
 * XLSX reading: the workbook's sheets as rows of strings. The zip is opened with fflate's synchronous
 * `unzipSync` (this runs in the parse worker), the SpreadsheetML parts are read with a small scanner.
 * Why not a spreadsheet library: the maintained readers on npm unzip with fflate's asynchronous API,
 * which spawns `blob:` workers for parts over 512 kB — blocked by a strict Content-Security-Policy
 * (`worker-src 'self'`), which this library must work under. Dates come out as `YYYY-MM-DD` (cells
 * with a date format, or `t="d"`), numbers as their shortest decimal text (never 1.2e+21; padded with
 * zeros where the format says so, as Excel's zip code format `00000`), booleans as TRUE / FALSE,
 * formulas as their cached value, errors (#N/A) as empty. Hidden sheets and chart sheets are left out.
 *
 * Tested on workbooks as Excel, LibreOffice Calc, Google Sheets and the .NET Open XML SDK write them
 * (test/fixtures/import/xlsx-programs.ts).
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

/** A relationship of a package part: its type (a URI ending in `/worksheet`, `/styles`…) and target part. */
interface Relationship {
  type: string;
  target: string;
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

/** The relationships of the part `base`, by id (the `_rels/….rels` part beside it). */
function relationships(parts: Parts, base: string): Map<string, Relationship> {
  const found = new Map<string, Relationship>();
  const slash = base.lastIndexOf('/') + 1;
  const xml = text(parts, `${base.slice(0, slash)}_rels/${base.slice(slash)}.rels`);
  if (!xml) return found;
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attrs = attributes(match[1]!);
    if (attrs['Id'] && attrs['Target']) found.set(attrs['Id'], { type: attrs['Type'] ?? '', target: resolveTarget(base, attrs['Target']) });
  }
  return found;
}

/** Whether a relationship has a type (`worksheet`), in the transitional or the strict namespace. */
function isType(relationship: Relationship | undefined, type: string): relationship is Relationship {
  return relationship?.type.endsWith(`/${type}`) ?? false;
}

/** The target of the first relationship of a type. */
function targetOfType(rels: Map<string, Relationship>, type: string): string | undefined {
  return [...rels.values()].find((relationship) => isType(relationship, type))?.target;
}

/** Text as cells store it: XML entities, and the `_xHHHH_` escapes of ST_Xstring (Excel's CR is `_x000D_`). */
function cellText(raw: string): string {
  const decoded = decodeEntities(raw);
  return decoded.includes('_x') ? decoded.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : decoded;
}

/** The text of a shared string or inline string: its `<t>` runs, phonetic runs left out. */
function richText(xml: string): string {
  const withoutPhonetic = xml.includes('rPh') ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : xml;
  let result = '';
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) {
    result += cellText(match[1] ?? '');
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

/** How a cell style shows a number: as a date, or with at least `digits` digits (`00000` → 5). */
interface NumberDisplay {
  date: boolean;
  digits: number;
}

/** The custom number formats of styles.xml, by id (from `<numFmts>`: a conditional format's `<dxf>` has its own). */
function customFormats(xml: string): Map<number, string> {
  const custom = new Map<number, string>();
  const numFmts = /<(?:\w+:)?numFmts\b[^>]*>([\s\S]*?)<\/(?:\w+:)?numFmts>/.exec(xml)?.[1] ?? '';
  for (const match of numFmts.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const attrs = attributes(match[1]!);
    if (attrs['numFmtId'] && attrs['formatCode'] !== undefined) custom.set(Number(attrs['numFmtId']), attrs['formatCode']);
  }
  return custom;
}

function numberDisplay(id: number, code: string | undefined): NumberDisplay {
  if (code === undefined) return { date: BUILTIN_DATE_FORMATS.has(id), digits: 0 };
  // Only zeros (Excel's "Zip Code" special format is 00000): leading zeros are shown.
  return { date: isDateFormat(code), digits: /^0+$/.test(code) ? code.length : 0 };
}

/** For each cell style index, how it shows numbers. */
function numberDisplays(xml: string | undefined): NumberDisplay[] {
  if (!xml) return [];
  const custom = customFormats(xml);
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const displays: NumberDisplay[] = [];
  for (const match of cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)(?:\/>|>)/g)) {
    const id = Number(attributes(match[1]!)['numFmtId'] ?? 0);
    displays.push(numberDisplay(id, custom.get(id)));
  }
  return displays;
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

// Excel keeps 15 significant digits (this trims binary noise such as 0.30000000000000004); plain
// digits, never an exponent (34612345678, 1234567890123460000000, 0.0000001).
const PLAIN_NUMBER = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

/** The decimal text of a number as Excel stores it ("612345678", "65.5"), zero-padded to `digits`. */
function numberText(raw: string, digits = 0): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  const plain = PLAIN_NUMBER.format(value);
  return digits && Number.isInteger(value) && value >= 0 ? plain.padStart(digits, '0') : plain;
}

interface SheetContext {
  shared: string[];
  displays: NumberDisplay[];
  date1904: boolean;
  maxRows: number;
}

/** A number cell's text as its style shows it: a date, or digits. */
function numberCell(raw: string, style: number, context: SheetContext): string {
  const display = context.displays[style];
  if (display?.date) return serialToIso(Number(raw), context.date1904) ?? numberText(raw);
  return numberText(raw, display?.digits);
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
      else if (type === 'str') value = cellText(raw ?? '');
      else if (type === 'b') value = raw === undefined ? '' : raw.trim() === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'e') value = '';
      else if (type === 'd') value = decodeEntities(raw ?? '').slice(0, 10);
      else if (raw !== undefined && raw.trim() !== '') value = numberCell(raw, attrs['s'] ? Number(attrs['s']) : 0, context);
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

function unzip(bytes: Uint8Array): Parts {
  try {
    // The XML parts, and the few names that tell other spreadsheet formats apart (see workbookPart).
    return unzipSync(bytes, { filter: (file) => file.name.endsWith('.xml') || file.name.endsWith('.rels') || file.name === 'mimetype' || file.name === 'xl/workbook.bin' });
  } catch (error) {
    throw fileError('malformed', `Not a readable XLSX file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The workbook part (the package's main document): 'binary' when the zip holds something else. */
function workbookPart(parts: Parts): { path: string; xml: string } {
  const path = targetOfType(relationships(parts, ''), 'officeDocument') ?? 'xl/workbook.xml';
  const xml = text(parts, path);
  if (xml && /<(?:\w+:)?workbook\b/.test(xml)) return { path, xml };
  if (parts['xl/workbook.bin']) throw fileError('xlsb', 'Excel Binary Workbooks (.xlsb) are not supported');
  if (text(parts, 'mimetype')?.trim() === 'application/vnd.oasis.opendocument.spreadsheet') throw fileError('ods', 'OpenDocument spreadsheets (.ods) are not supported');
  // A Word document, a zip of photos…
  throw fileError('binary', 'The zip file is not an Excel workbook');
}

/** The worksheets a user sees, in tab order (workbook.xml), with their parts (by relationship). */
function visibleWorksheets(workbook: string, rels: Map<string, Relationship>): { name: string; path: string }[] {
  const sheets: { name: string; path: string }[] = [];
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)) {
    const attrs = attributes(match[1]!);
    const relationship = rels.get(attrs['id'] ?? '');
    // Chart sheets, dialog and macro sheets hold no cells; hidden sheets (lookup lists) are not the user's data.
    if (!isType(relationship, 'worksheet') || attrs['state'] === 'hidden' || attrs['state'] === 'veryHidden') continue;
    sheets.push({ name: attrs['name'] ?? `Sheet${sheets.length + 1}`, path: relationship.target });
  }
  return sheets;
}

/** Every visible worksheet of an XLSX workbook, in tab order, with its rows of text. */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): SheetRows[] {
  const parts = unzip(bytes);
  const workbook = workbookPart(parts);
  const rels = relationships(parts, workbook.path);
  const folder = workbook.path.slice(0, workbook.path.lastIndexOf('/') + 1);
  const workbookPr = /<(?:\w+:)?workbookPr\b([^>]*)\/?>/.exec(workbook.xml);
  const context: SheetContext = {
    shared: sharedStrings(text(parts, targetOfType(rels, 'sharedStrings') ?? `${folder}sharedStrings.xml`)),
    displays: numberDisplays(text(parts, targetOfType(rels, 'styles') ?? `${folder}styles.xml`)),
    date1904: workbookPr ? ['1', 'true'].includes(attributes(workbookPr[1]!)['date1904'] ?? '') : false,
    maxRows: options.maxRows ?? Number.POSITIVE_INFINITY,
  };
  const sheets: SheetRows[] = [];
  for (const sheet of visibleWorksheets(workbook.xml, rels)) {
    const xml = text(parts, sheet.path);
    if (xml) sheets.push({ name: sheet.name, ...sheetRows(xml, context) });
  }
  if (!sheets.length) throw fileError('no-sheets', 'The workbook has no worksheet');
  return sheets;
}
