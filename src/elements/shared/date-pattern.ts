/*
 * Dates as people type them in a locale: the order of day, month and year and the separator come
 * from Intl (en: mm/dd/yyyy; es and pt-BR: dd/mm/yyyy), the value is always ISO YYYY-MM-DD.
 */
export type DatePart = 'day' | 'month' | 'year';

export interface DatePattern {
  order: readonly [DatePart, DatePart, DatePart];
  separator: string;
}

export type DateParse = { ok: true; iso: string } | { ok: false; reason: 'format' | 'date' };

const patterns = new Map<string, DatePattern>();

/** The order and separator of numeric dates in `locale`. */
export function datePattern(locale: string): DatePattern {
  let pattern = patterns.get(locale);
  if (!pattern) {
    const parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(
      Date.UTC(2000, 10, 22),
    );
    const order = parts.filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year').map((part) => part.type as DatePart);
    const separator = parts.find((part) => part.type === 'literal')?.value.trim() || '/';
    pattern = { order: order.length === 3 ? (order as unknown as DatePattern['order']) : ['month', 'day', 'year'], separator };
    patterns.set(locale, pattern);
  }
  return pattern;
}

/** The pattern as the user reads it, e.g. "dd/mm/aaaa", from the locale's letters. */
export function patternText(pattern: DatePattern, letters: Record<DatePart, string>): string {
  return pattern.order.map((part) => letters[part]).join(pattern.separator);
}

/** An ISO date (YYYY-MM-DD) in the locale's order: "22/11/2000". Anything else: as it is. */
export function formatIsoDate(iso: string, pattern: DatePattern): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const values: Record<DatePart, string> = { year: match[1]!, month: match[2]!, day: match[3]! };
  return pattern.order.map((part) => values[part]).join(pattern.separator);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a typed date: in the locale's order with any of / - . or spaces between the numbers
 * ("3/7/1990", "03-07-1990", "03071990"), or ISO ("1990-07-03"). Years have four digits.
 */
export function parseTypedDate(text: string, pattern: DatePattern): DateParse {
  const trimmed = text.trim();
  let values: Partial<Record<DatePart, string>>;
  const groups = trimmed.split(/[\s./-]+/).filter(Boolean);
  if (groups.length === 3 && /^\d{4}$/.test(groups[0]!) && groups.every((group) => /^\d+$/.test(group))) {
    values = { year: groups[0], month: groups[1], day: groups[2] };
  } else if (groups.length === 3 && groups.every((group) => /^\d+$/.test(group))) {
    values = Object.fromEntries(pattern.order.map((part, index) => [part, groups[index]]));
  } else if (/^\d{8}$/.test(trimmed)) {
    let offset = 0;
    values = {};
    for (const part of pattern.order) {
      const length = part === 'year' ? 4 : 2;
      values[part] = trimmed.slice(offset, offset + length);
      offset += length;
    }
  } else {
    return { ok: false, reason: 'format' };
  }
  const { year = '', month = '', day = '' } = values;
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return { ok: false, reason: 'format' };
  if (!isRealDate(Number(year), Number(month), Number(day))) return { ok: false, reason: 'date' };
  return { ok: true, iso: `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` };
}
