/*
 * Dates as spreadsheets and old systems write them, to ISO `YYYY-MM-DD`:
 *   - ISO: 1985-03-07, 1985-03-07T00:00:00Z, 1985/03/07;
 *   - day first (es, pt and most of the world) or month first (US): 07/03/1985, 7-3-85, 07.03.1985 —
 *     the `order` says which; a first number over 12 is a day whatever the order;
 *   - with month names in en, es or pt: "7 de marzo de 1985", "7 mar 1985", "March 7, 1985";
 *   - Excel serial day numbers (31113 → 1985-03-07) from cells that lost their date format.
 * Two-digit years: up to this year's two digits is 20yy, above is 19yy (birth dates are past).
 */
import { normalizeText } from '../model/text.js';

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

const DAY_MS = 86_400_000;

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function iso(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}

/**
 * An Excel serial day number as an ISO date. The 1900 system counts from 1899-12-31 and keeps
 * Lotus's phantom 1900-02-29 (serial 60), so serials from 61 on count from 1899-12-30; the 1904
 * system (old Mac workbooks) counts from 1904-01-01.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const days = Math.floor(serial);
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const date = new Date(epoch + days * DAY_MS);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Month numbers by normalized name and abbreviation, in en, es and pt. */
const MONTHS = new Map<string, number>();
[
  ['january jan enero ene janeiro', 1],
  ['february feb febrero fevereiro fev', 2],
  ['march mar marzo marco', 3],
  ['april apr abril abr', 4],
  ['may mayo maio mai', 5],
  ['june jun junio junho', 6],
  ['july jul julio julho', 7],
  ['august aug agosto ago', 8],
  ['september sep sept septiembre setiembre setembro set', 9],
  ['october oct octubre outubro out', 10],
  ['november nov noviembre novembro', 11],
  ['december dec diciembre dic dezembro dez', 12],
].forEach(([names, month]) => {
  for (const name of (names as string).split(' ')) MONTHS.set(name, month as number);
});

function fullYear(year: string, now: Date): number {
  const value = Number(year);
  if (year.length !== 2) return value;
  const current = now.getUTCFullYear() % 100;
  return value <= current ? 2000 + value : 1900 + value;
}

export interface ParseDateOptions {
  order?: DateOrder;
  /** "Today", for two-digit years (tests pin it). */
  now?: Date;
}

/**
 * The ISO date a cell means, or null when it holds no date it can read. An empty cell is
 * `undefined` (no value), a cell it cannot read is `null` (an error to report).
 */
export function parseDate(input: string | number, options: ParseDateOptions = {}): string | null | undefined {
  const order = options.order ?? 'dmy';
  const now = options.now ?? new Date();
  if (typeof input === 'number') return excelSerialToIso(input);
  const value = input.trim();
  if (!value) return undefined;

  // ISO date or date-time; year first with / or . separators.
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/.exec(value);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));

  // Excel serial day number (five digits: 1927–2173; a four-digit number is more likely a year).
  if (/^\d{5}(\.\d+)?$/.test(value)) return excelSerialToIso(Number(value));

  // Numeric day/month/year in either order, any of / - . as separator, time part ignored.
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[T\s,].*)?$/.exec(value);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = fullYear(match[3]!, now);
    const dayFirst = order === 'mdy' ? first > 12 && second <= 12 : !(second > 12 && first <= 12);
    return dayFirst ? iso(year, second, first) : iso(year, first, second);
  }

  // Month names: "7 de marzo de 1985", "7 mar. 1985", "7-Mar-1985", "March 7, 1985".
  const words = normalizeText(value)
    .replace(/[.,]/g, ' ')
    .replace(/\b(de|del|of)\b/g, ' ')
    .split(/[\s/-]+/)
    .filter(Boolean);
  if (words.length === 3) {
    const [a, b, c] = words as [string, string, string];
    const dayMonthYear = /^\d{1,2}$/.test(a) && MONTHS.has(b) && /^\d{2,4}$/.test(c);
    if (dayMonthYear) return iso(fullYear(c, now), MONTHS.get(b)!, Number(a));
    const monthDayYear = MONTHS.has(a) && /^\d{1,2}$/.test(b) && /^\d{2,4}$/.test(c);
    if (monthDayYear) return iso(fullYear(c, now), MONTHS.get(a)!, Number(b));
  }
  return null;
}

/** The usual date order of a locale: month first in the US English catalog, day first elsewhere. */
export function dateOrderOf(locale: string): DateOrder {
  return locale === 'en-US' || locale === 'en' ? 'mdy' : 'dmy';
}

/**
 * The order a column's numeric dates are written in, from its values: a first number over 12 means
 * day first, a second number over 12 means month first; undefined when the values cannot tell.
 */
export function guessDateOrder(values: Iterable<string>): DateOrder | undefined {
  let dayFirst = 0;
  let monthFirst = 0;
  let yearFirst = 0;
  for (const value of values) {
    const text = value.trim();
    if (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(text)) {
      yearFirst++;
      continue;
    }
    const match = /^(\d{1,2})[-/.](\d{1,2})[-/.]\d{2,4}/.exec(text);
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirst++;
    else if (Number(match[2]) > 12) monthFirst++;
  }
  if (dayFirst > monthFirst) return 'dmy';
  if (monthFirst > dayFirst) return 'mdy';
  return yearFirst > 0 && dayFirst === 0 ? 'ymd' : undefined;
}
