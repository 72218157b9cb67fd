/**
 * An idempotency key, made once per user submission: a double click or a retry of the same
 * submission sends the same key, so the backend applies it once. getRandomValues, not randomUUID:
 * the latter exists only on secure (https) pages.
 */
export function submissionKey(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
