/*
 * Pure Intl formatting, usable from elements, controllers, adapters' tools and tests alike.
 * Formatter instances are expensive to build, so each is cached per locale and options.
 * Nothing here touches window or document.
 */
import type { Money } from '../model/primitives.js';
import type { PluralForms } from './translation.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>(
  kind: string,
  locale: string,
  options: object | undefined,
  make: () => T,
): T {
  const key = `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('datetime', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(locale: string, options?: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached('relative', locale, options, () => new Intl.RelativeTimeFormat(locale, options));
}

export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
}

let browserZone: { zone: string; at: number } | undefined;

/** The browser's (or runtime's) IANA time zone, e.g. `Europe/Madrid`; `UTC` if it cannot tell. */
export function defaultTimeZone(): string {
  // Building a DateTimeFormat to ask for the zone costs ~0.1 ms, and rows ask for every date they
  // show: remember the answer, re-asking once a minute in case the device changed zones.
  const now = Date.now();
  if (browserZone && now - browserZone.at < 60_000) return browserZone.zone;
  let zone = 'UTC';
  try {
    zone = new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    // No Intl time zone support: UTC.
  }
  browserZone = { zone, at: now };
  return zone;
}

const fractionDigits = new Map<string, number>();

/** Digits after the decimal separator of a currency's minor unit (EUR 2, JPY 0, BHD 3), from Intl. */
export function currencyFractionDigits(currency: string, locale = 'en'): number {
  // resolvedOptions() builds a new object per call, and every amount a row shows asks.
  const key = `${currency}|${locale}`;
  let digits = fractionDigits.get(key);
  if (digits === undefined) {
    try {
      digits = numberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2; // not a currency Intl knows
    }
    fractionDigits.set(key, digits);
  }
  return digits;
}

/** An integer amount of minor units as an exact decimal string: (-123456, 2) → "-1234.56". */
export function minorToDecimalString(amountMinor: number, fractionDigits: number): string {
  const negative = amountMinor < 0;
  const digits = Math.abs(Math.trunc(amountMinor)).toString().padStart(fractionDigits + 1, '0');
  const whole = fractionDigits > 0 ? digits.slice(0, -fractionDigits) : digits;
  const fraction = fractionDigits > 0 ? `.${digits.slice(-fractionDigits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * Money (integer minor units + ISO 4217 code) as the locale writes it: {amountMinor: 123456,
 * currency: 'EUR'} → "1.234,56 €" in es, "€1,234.56" in en; {amountMinor: 1500, currency: 'JPY'} →
 * "¥1,500". Formats the exact decimal (no floating-point rounding).
 */
export function formatMoney(money: Money, locale: string, options?: Intl.NumberFormatOptions): string {
  const digits = currencyFractionDigits(money.currency, locale);
  const decimal = minorToDecimalString(money.amountMinor, digits) as `${number}`;
  try {
    return numberFormat(locale, { ...options, style: 'currency', currency: money.currency }).format(decimal);
  } catch {
    return `${numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(decimal)} ${money.currency}`;
  }
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** A ratio as a percentage: 0.256 → "26 %" (es) / "26%" (en). Up to one decimal by default. */
export function formatPercent(ratio: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, ...options }).format(ratio);
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date (`YYYY-MM-DD`) or the date of an instant in `timeZone`. A calendar date is never
 * shifted by a time zone: 2026-03-01 is the 1st of March everywhere.
 */
export function formatDate(iso: string, locale: string, timeZone: string, options?: Intl.DateTimeFormatOptions): string {
  const dateOnly = DATE_ONLY.test(iso);
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, { dateStyle: 'medium', ...options, timeZone: dateOnly ? 'UTC' : timeZone }).format(date);
}

/** An instant with date and time, in `timeZone`. */
export function formatDateTime(iso: string, locale: string, timeZone: string, options?: Intl.DateTimeFormatOptions): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...options, timeZone }).format(date);
}

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago", "in 2 hours", "yesterday", "now" — the largest unit that fits. */
export function formatRelativeTime(iso: string, locale: string, now: number | Date = Date.now()): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const seconds = (time - (typeof now === 'number' ? now : now.getTime())) / 1000;
  const formatter = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      const value = Math.round(seconds / size);
      return formatter.format(value === 0 ? 0 : value, unit); // no "-0"
    }
  }
  return formatter.format(0, 'second');
}

/** The CLDR plural category of a count in a locale ('one', 'other', 'many', …). */
export function pluralCategory(count: number, locale: string, options?: Intl.PluralRulesOptions): Intl.LDMLPluralRule {
  return pluralRules(locale, options).select(count);
}

/**
 * Picks the form for `count` (`'=0'` for exactly zero if given, else its Intl.PluralRules category,
 * else `other`) and replaces `{count}`
 * with the count formatted for the locale: (2500, {one: '{count} client', other: '{count} clients'},
 * 'en') → "2,500 clients".
 */
export function selectPlural(count: number, forms: PluralForms, locale: string): string {
  const template = (count === 0 ? forms['=0'] : undefined) ?? forms[pluralCategory(count, locale)] ?? forms.other;
  return template.replaceAll('{count}', formatNumber(count, locale));
}
