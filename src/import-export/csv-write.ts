/*
 * CSV writing for spreadsheets: UTF-8 with a BOM (so Excel shows accents), CRLF line ends, RFC 4180
 * quoting, and cells that a spreadsheet would run as a formula neutralised. A cell starting with
 * `=`, `+`, `-`, `@`, tab or carriage return gets a leading apostrophe (OWASP's advice against CSV
 * injection), except a cell that is only a number or a phone number ("-12.50", "+34 612 345 678"):
 * digits, spaces, dots, dashes and parentheses cannot call a function, and stay readable.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_OR_PHONE = /^[+-]?[\d\s().-]*\d[\d\s().-]*$/;

/** A text cell made safe to open in a spreadsheet. */
export function escapeFormula(text: string): string {
  if (!FORMULA_START.test(text)) return text;
  if (text[0] !== '\t' && text[0] !== '\r' && NUMBER_OR_PHONE.test(text)) return text;
  return `'${text}`;
}

/** One CSV field: formula-escaped, quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: CsvValue, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? escapeFormula(value) : String(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document (BOM + CRLF), header first. */
export function toCsv(rows: readonly (readonly CsvValue[])[], delimiter = ','): string {
  let csv = '\ufeff';
  for (const row of rows) csv += `${row.map((value) => csvField(value, delimiter)).join(delimiter)}\r\n`;
  return csv;
}

/** Excel's list separator for a locale: `;` where the decimal separator is a comma (es, pt, …). */
export function csvDelimiterFor(locale: string): ',' | ';' {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
    return decimal === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}
