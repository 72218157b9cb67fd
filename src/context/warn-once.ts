/*
 * Bad host input (an unknown appearance key, a misspelt string override) is reported once per
 * distinct problem, not on every render: a host sees each mistake once in the console.
 */
const warned = new Set<string>();

/** `console.warn(message)` unless the same message was already warned on this page. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
