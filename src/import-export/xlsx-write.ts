/*
 * XLSX writing: one worksheet, a bold frozen header row, text as inline strings, numbers as numbers,
 * calendar dates as real dates (shown in the reader's own date format). Text cells are never
 * formulas in SpreadsheetML, so "=1+2" is stored and shown as text: no formula escaping is needed.
 * Zipped with fflate's synchronous `zipSync` (no workers: works under a strict CSP).
 * Loaded only when the user exports to XLSX (a dynamic import).
 */
import { strToU8, zipSync } from 'fflate';
import { escapeXml } from './xml.js';

/** A cell: text, number, boolean, a calendar date `{ date: 'YYYY-MM-DD' }`, or empty. */
export type XlsxValue = string | number | boolean | { date: string } | null | undefined;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Days since 1899-12-30 (Excel's 1900 date system) of a calendar date. */
function serialOf(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : (time - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Style indexes of styles.xml below: 0 normal, 1 bold header, 2 date. */
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function cell(reference: string, value: XlsxValue, header: boolean): string {
  const style = header ? ' s="1"' : '';
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${reference}"${style}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${reference}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === 'object') {
    const serial = serialOf(value.date);
    return serial === null ? cell(reference, value.date, header) : `<c r="${reference}" s="2"><v>${serial}</v></c>`;
  }
  const text = value.length > 32_767 ? value.slice(0, 32_767) : value; // Excel's limit per cell
  return `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** A sheet name Excel accepts: ≤ 31 characters, none of []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet1';
}

function worksheet(rows: readonly (readonly XlsxValue[])[]): string {
  const widths: number[] = [];
  let sheetData = '';
  rows.forEach((row, rowIndex) => {
    let cells = '';
    row.forEach((value, columnIndex) => {
      cells += cell(`${columnName(columnIndex)}${rowIndex + 1}`, value, rowIndex === 0);
      const length = value === null || value === undefined ? 0 : typeof value === 'object' ? 10 : String(value).length;
      widths[columnIndex] = Math.max(widths[columnIndex] ?? 8, Math.min(60, length + 2));
    });
    sheetData += `<row r="${rowIndex + 1}">${cells}</row>`;
  });
  const cols = widths.length ? `<cols>${widths.map((width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>` : '';
  const pane = rows.length > 1 ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${pane}${cols}<sheetData>${sheetData}</sheetData></worksheet>`;
}

export interface XlsxSheet {
  name: string;
  /** The first row is the (bold, frozen) header. */
  rows: readonly (readonly XlsxValue[])[];
}

/** An XLSX workbook with these sheets, in order. */
export function writeWorkbook(sheets: readonly XlsxSheet[]): Uint8Array {
  const list = sheets.length ? sheets : [{ name: 'Sheet1', rows: [] }];
  const used = new Set<string>();
  const names = list.map((sheet, index) => {
    let name = safeSheetName(sheet.name);
    while (used.has(name.toLowerCase())) name = safeSheetName(`${name.slice(0, 27)} (${index + 1})`);
    used.add(name.toLowerCase());
    return name;
  });
  const overrides = list.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  const sheetEntries = names.map((name, index) => `<sheet name="${escapeXml(name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
  const sheetRels = list.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(`${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheetEntries}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetRels}<Relationship Id="rId${list.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  list.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(worksheet(sheet.rows));
  });
  return zipSync(files, { level: 6 });
}

/** An XLSX workbook of one sheet; the first row is the (bold, frozen) header. */
export function writeXlsx(rows: readonly (readonly XlsxValue[])[], sheetName = 'Sheet1'): Uint8Array {
  return writeWorkbook([{ name: sheetName, rows }]);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
