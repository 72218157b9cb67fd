/*
 * Reads an amount a person typed ("25,50", "1.234,5", "€25.50", "25") into integer minor units of a
 * currency, in the locale they write in — exactly, without floating point. The other inverse of
 * formatMoney (format.ts).
 */
import { currencyFractionDigits, numberFormat } from './format.js';

export type ParsedAmount =
  | { ok: true; amountMinor: number }
  | { ok: false; reason: 'required' | 'invalid' | 'too-precise' | 'not-positive'; fractionDigits: number };

function separators(locale: string): { decimal: string; group: string } {
  const parts = numberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  };
}

/** How the locale writes the currency ("R$", "€", "US$"), longest first. */
function currencySymbols(locale: string, currency: string): string[] {
  try {
    const symbol = numberFormat(locale, { style: 'currency', currency }).formatToParts(1).find((part) => part.type === 'currency')?.value;
    return symbol ? [symbol.replace(/\s/g, '')] : [];
  } catch {
    return [];
  }
}

/**
 * A positive amount typed in `locale` as minor units of `currency`. The locale's decimal separator
 * is the decimal point; its group separator (and spaces) are ignored; a lone "." or "," followed by
 * at most the currency's decimals is read as the decimal point too (people type "25.50" in es).
 */
export function parseAmountInput(text: string, locale: string, currency: string): ParsedAmount {
  const fractionDigits = currencyFractionDigits(currency, locale);
  const fail = (reason: Exclude<ParsedAmount, { ok: true }>['reason']): ParsedAmount => ({ ok: false, reason, fractionDigits });
  // Currency symbols and codes, spaces (also no-break ones) are decoration.
  const cleaned = currencySymbols(locale, currency)
    .reduce((rest, symbol) => rest.split(symbol).join(''), text)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\p{Sc}/gu, '')
    .replace(new RegExp(currency.replace(/[^A-Za-z]/g, ''), 'gi'), '');
  if (cleaned === '') return fail('required');
  if (cleaned.startsWith('-')) return fail('not-positive');
  if (!/^[\d.,'’]+$/.test(cleaned)) return fail('invalid');
  const { decimal, group } = separators(locale);
  let whole = cleaned;
  let fraction = '';
  const lastDecimal = cleaned.lastIndexOf(decimal);
  if (lastDecimal !== -1) {
    whole = cleaned.slice(0, lastDecimal);
    fraction = cleaned.slice(lastDecimal + 1);
  } else {
    // No locale decimal: a single other separator with few digits after it is a decimal point.
    const other = decimal === ',' ? '.' : ',';
    const at = cleaned.lastIndexOf(other);
    if (at !== -1 && cleaned.indexOf(other) === at && cleaned.length - at - 1 <= Math.max(fractionDigits, 2) && cleaned.length - at - 1 !== 3) {
      whole = cleaned.slice(0, at);
      fraction = cleaned.slice(at + 1);
    }
  }
  const groupChars = new Set([group, '.', ',', "'", '’'].filter((char) => char !== decimal || lastDecimal === -1));
  whole = [...whole].filter((char) => !groupChars.has(char)).join('');
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || whole + fraction === '') return fail('invalid');
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > fractionDigits) return fail('too-precise');
  const minorText = (whole || '0') + significant.padEnd(fractionDigits, '0');
  const amountMinor = Number(minorText);
  if (!Number.isSafeInteger(amountMinor)) return fail('invalid');
  if (amountMinor <= 0) return fail('not-positive');
  return { ok: true, amountMinor };
}
