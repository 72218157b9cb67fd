/*
 * CSV (and other delimited text) to rows of strings, with d3-dsv's RFC 4180 parser: quoted fields
 * (with "" escapes) that span lines, CRLF / LF / CR line ends, rows with fewer or more fields than
 * the header, a stray quote inside an unquoted field kept as text. d3-dsv does not report a quoted
 * field that never closes (it would swallow the rest of the file into one cell), so that is checked
 * here first and reported with its line. Runs in the parse worker.
 *
 * (d3-dsv over csv-parse: csv-parse's browser build works on a Buffer polyfill and parses 50,000 rows
 * about six times slower; papaparse ships only CommonJS/UMD, which the test runner cannot load.
 * d3-dsv's `parse()` builds row objects with `new Function`; only `parseRows()` is used, so nothing
 * here needs `unsafe-eval`.)
 */
import { dsvFormat } from 'd3-dsv';
import { detectDelimiter, sepHint, type Delimiter } from './delimiter.js';
import { ImportFileError } from './errors.js';

export interface ParsedText {
  /** Non-blank rows, header included. */
  rows: string[][];
  /** The row number of each row as a spreadsheet shows the file (blank lines count). */
  rowNumbers: number[];
  delimiter: Delimiter;
}

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

/** The line (1-based) where a quoted field opens and never closes, if one does. */
export function unclosedQuoteLine(text: string, delimiter: Delimiter): number | null {
  const separator = delimiter.charCodeAt(0);
  let line = 1;
  let fieldStart = true;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (fieldStart && code === QUOTE) {
      const openedAt = line;
      // Find the closing quote ("" is an escaped quote), counting the lines inside.
      let closed = false;
      for (index++; index < text.length; index++) {
        const inner = text.charCodeAt(index);
        if (inner === QUOTE) {
          if (text.charCodeAt(index + 1) === QUOTE) index++;
          else {
            closed = true;
            break;
          }
        } else if (inner === NEWLINE || (inner === RETURN && text.charCodeAt(index + 1) !== NEWLINE)) line++;
      }
      if (!closed) return openedAt;
      fieldStart = false;
      continue;
    }
    if (code === separator) fieldStart = true;
    else if (code === NEWLINE || code === RETURN) {
      if (code === NEWLINE || text.charCodeAt(index + 1) !== NEWLINE) line++;
      fieldStart = true;
    } else fieldStart = false;
  }
  return null;
}

/** Rows of delimited text (header included); blank lines are dropped, row numbers kept. */
export function parseDelimited(text: string, delimiter: Delimiter = detectDelimiter(text)): ParsedText {
  const hinted = sepHint(text) !== undefined;
  let body = hinted ? text.slice(text.indexOf('\n') + 1) : text;
  if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
  const unclosed = unclosedQuoteLine(body, delimiter);
  if (unclosed !== null) {
    const line = unclosed + (hinted ? 1 : 0);
    throw new ImportFileError('malformed', `A quoted field opened on line ${line} never closes`, { line });
  }
  const records = dsvFormat(delimiter).parseRows(body);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const offset = hinted ? 2 : 1;
  records.forEach((record, index) => {
    // Blank lines, and lines of only delimiters (";;;;"), hold no data.
    if (!record.some((cell) => cell.trim() !== '')) return;
    rows.push(record);
    rowNumbers.push(index + offset);
  });
  return { rows, rowNumbers, delimiter };
}
