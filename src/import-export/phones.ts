/*
 * Phone numbers as people and old systems type them, normalized to E.164 (`+34612345678`) with a
 * default country for numbers written without their country code. International prefixes `+` and
 * `00` are kept; a national trunk `0` (UK, France, Brazil…) is dropped where the country uses one.
 * A number that cannot be placed in a country but has enough digits is kept as its digits; one
 * that Excel turned into scientific notation (6.12E+08) has lost digits and is an error.
 */
import { phoneDigits } from '../model/text.js';

interface CountryPlan {
  /** Calling code, without +. */
  code: string;
  /** Lengths of the national significant number (without trunk prefix). */
  lengths: readonly number[];
  /** The national trunk prefix dropped in international form. */
  trunk?: string;
}

/** Countries a salon importing from Spain, Portugal, Brazil, Latin America, the US or Europe meets. */
export const COUNTRY_PHONE_PLANS: Readonly<Record<string, CountryPlan>> = {
  ES: { code: '34', lengths: [9] },
  PT: { code: '351', lengths: [9] },
  BR: { code: '55', lengths: [10, 11], trunk: '0' },
  MX: { code: '52', lengths: [10] },
  AR: { code: '54', lengths: [10], trunk: '0' },
  CO: { code: '57', lengths: [10] },
  CL: { code: '56', lengths: [9] },
  PE: { code: '51', lengths: [9] },
  UY: { code: '598', lengths: [8], trunk: '0' },
  VE: { code: '58', lengths: [10], trunk: '0' },
  EC: { code: '593', lengths: [9], trunk: '0' },
  AO: { code: '244', lengths: [9] },
  MZ: { code: '258', lengths: [8, 9] },
  US: { code: '1', lengths: [10] },
  CA: { code: '1', lengths: [10] },
  GB: { code: '44', lengths: [10], trunk: '0' },
  IE: { code: '353', lengths: [9], trunk: '0' },
  FR: { code: '33', lengths: [9], trunk: '0' },
  DE: { code: '49', lengths: [10, 11], trunk: '0' },
  IT: { code: '39', lengths: [9, 10] },
  AD: { code: '376', lengths: [6] },
};

export const PHONE_COUNTRIES = Object.keys(COUNTRY_PHONE_PLANS);

export type PhoneResult = { number: string } | { error: 'invalid-phone' };

/**
 * One phone number normalized, or an error. `undefined` for an empty cell. `country` is an ISO 3166
 * alpha-2 code (ES, PT, BR…); unknown countries keep national numbers as their digits.
 */
export function normalizePhone(input: string, country?: string): PhoneResult | undefined {
  let value = input.trim();
  if (!value) return undefined;
  if (/^\d+([.,]\d+)?e\+?\d+$/i.test(value)) return { error: 'invalid-phone' };
  // An extension is dropped ("ext. 12", "x12", "#12"): the model has no place for it.
  value = value.replace(/\s*(?:ext\.?|extension|x|#)\s*\d{1,6}$/i, '');
  if (/[^\d\s+().\-/]/.test(value)) return { error: 'invalid-phone' };
  const international = /^\s*(\+|\(\+)/.test(value) || /^00[1-9]/.test(value.replace(/[\s().-]/g, ''));
  let digits = phoneDigits(value);
  if (international) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    return digits.length >= 7 && digits.length <= 15 ? { number: `+${digits}` } : { error: 'invalid-phone' };
  }
  const plan = country ? COUNTRY_PHONE_PLANS[country.toUpperCase()] : undefined;
  if (plan) {
    let national = digits;
    if (plan.trunk && national.startsWith(plan.trunk) && plan.lengths.includes(national.length - plan.trunk.length)) {
      national = national.slice(plan.trunk.length);
    }
    if (plan.lengths.includes(national.length)) return { number: `+${plan.code}${national}` };
    // The country code written without + or 00 ("34612345678").
    if (digits.startsWith(plan.code) && plan.lengths.includes(digits.length - plan.code.length)) return { number: `+${digits}` };
  }
  return digits.length >= 6 && digits.length <= 15 ? { number: digits } : { error: 'invalid-phone' };
}

/** Splits a cell that holds more than one number ("612 345 678 / 913 456 789"). */
export function splitPhones(input: string): string[] {
  return input
    .split(/\s*[/;,|]\s*|\s{3,}|\n/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The key two numbers are compared on: their last nine digits (as the adapters compare them). */
export function phoneKey(number: string): string | null {
  const digits = phoneDigits(number);
  return digits.length >= 6 ? digits.slice(-9) : null;
}
