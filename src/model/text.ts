const ASCII = /^[\x00-\x7f]*$/;
const MAX_CACHED = 20_000;
/** Names repeat a lot (thousands of Marías): their normalized form is remembered. */
const cache = new Map<string, string>();

/** Search text: accents removed (NFD, combining marks dropped), lower case. `Muñoz` → `munoz`. */
export function normalizeText(value: string): string {
  // Most text is plain ASCII; Unicode normalization is the expensive part, so skip it when it cannot matter.
  if (ASCII.test(value)) return value.toLowerCase();
  let normalized = cache.get(value);
  if (normalized === undefined) {
    normalized = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(value, normalized);
  }
  return normalized;
}

/** The digits of a phone number, whatever its spaces, dashes, dots, parentheses or leading +. */
export function phoneDigits(value: string): string {
  return value.replace(/\D/g, '');
}

/** A query made only of phone characters with at least three digits is a phone search. */
export function isPhoneQuery(query: string): boolean {
  return /^[+\d\s().-]+$/.test(query.trim()) && phoneDigits(query).length >= 3;
}

/**
 * The words of a search query, normalized. A query that looks like a phone number is one word of its
 * digits, so "612 34 56" searches "6123456" rather than three separate numbers.
 */
export function searchTerms(query: string): string[] {
  const trimmed = query.trim();
  if (!trimmed) return [];
  if (isPhoneQuery(trimmed)) return [phoneDigits(trimmed)];
  // Inside a longer query, a word written like a phone number ("612-34-56", "+34612…") is its digits.
  return normalizeText(trimmed)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (isPhoneQuery(word) ? phoneDigits(word) : word));
}

/** A term of digits only matches phone numbers; any other term matches names and email. */
export function isDigitTerm(term: string): boolean {
  return /^\d+$/.test(term);
}
