// A tiny, self-contained assertion helper for the conformance suite. No chai: the suite must run
// under any mocha-, jest- or vitest-style runner a host uses.
import { formatIssuePath, isAdapterError, type AdapterError, type AdapterErrorKind } from '../adapter-error.js';

let assertionsMade = 0;

/**
 * How many checks the suite's assertions (and `parse`) have made so far. The harness compares it
 * before and after each test: a test that passes without a single check fails (it proved nothing).
 * Tests run one at a time, so a module-wide count is per test.
 */
export function assertionCount(): number {
  return assertionsMade;
}

/** Counts one check; every assertion below calls it first. */
export function counted(): void {
  assertionsMade += 1;
}

export class ConformanceAssertionError extends Error {
  override readonly name = 'AssertionError';
  readonly actual: unknown;
  readonly expected: unknown;

  constructor(message: string, details: { actual?: unknown; expected?: unknown } = {}) {
    super(message);
    this.actual = details.actual;
    this.expected = details.expected;
  }
}

/** Short, readable rendering of a value for failure messages. */
export function show(value: unknown, max = 300): string {
  let text: string;
  if (value === undefined) text = 'undefined';
  else if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'bigint') text = `${value}n`;
  else if (value instanceof Error) text = `${value.name}: ${value.message}`;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function prefix(message: string | undefined): string {
  return message ? `${message}: ` : '';
}

export function fail(message: string): never {
  throw new ConformanceAssertionError(message);
}

export function ok(value: unknown, message?: string): asserts value {
  counted();
  if (!value) throw new ConformanceAssertionError(`${prefix(message)}expected a truthy value, got ${show(value)}`, { actual: value });
}

/** Strict equality (Object.is, so NaN equals NaN). */
export function equal<T>(actual: T, expected: T, message?: string): void {
  counted();
  if (!Object.is(actual, expected)) {
    throw new ConformanceAssertionError(`${prefix(message)}expected ${show(expected)}, got ${show(actual)}`, {
      actual,
      expected,
    });
  }
}

export function notEqual<T>(actual: T, expected: T, message?: string): void {
  counted();
  if (Object.is(actual, expected)) {
    throw new ConformanceAssertionError(`${prefix(message)}expected a value other than ${show(expected)}`, { actual, expected });
  }
}

/** |actual - expected| <= epsilon. */
export function approxEqual(actual: number, expected: number, epsilon: number, message?: string): void {
  counted();
  if (!(Math.abs(actual - expected) <= epsilon)) {
    throw new ConformanceAssertionError(`${prefix(message)}expected ${expected} ± ${epsilon}, got ${actual}`, { actual, expected });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The first difference between two values as [path, description], or null when deeply equal. */
export function firstDifference(actual: unknown, expected: unknown, path: (string | number)[] = []): [string, string] | null {
  const where = formatIssuePath(path) || '(root)';
  if (Object.is(actual, expected)) return null;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) {
      return [where, `array length ${actual.length} instead of ${expected.length}: ${show(actual)} vs expected ${show(expected)}`];
    }
    for (let index = 0; index < actual.length; index += 1) {
      const difference = firstDifference(actual[index], expected[index], [...path, index]);
      if (difference) return difference;
    }
    return null;
  }
  if (isPlainObject(actual) && isPlainObject(expected)) {
    // Keys whose value is undefined count as absent (what a JSON round trip does).
    const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
    for (const key of [...keys].sort()) {
      const a = actual[key];
      const e = expected[key];
      if (a === undefined && e !== undefined) return [formatIssuePath([...path, key]), `missing, expected ${show(e)}`];
      if (e === undefined && a !== undefined) return [formatIssuePath([...path, key]), `unexpected ${show(a)}`];
      const difference = firstDifference(a, e, [...path, key]);
      if (difference) return difference;
    }
    return null;
  }
  if (actual instanceof Date && expected instanceof Date && actual.getTime() === expected.getTime()) return null;
  return [where, `${show(actual)} instead of ${show(expected)}`];
}

/** Structural equality of JSON-like values (plain objects, arrays, primitives). */
export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  counted();
  const difference = firstDifference(actual, expected);
  if (difference) {
    throw new ConformanceAssertionError(`${prefix(message)}values differ at ${difference[0]}: ${difference[1]}`, {
      actual,
      expected,
    });
  }
}

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, part) => (current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined), value);
}

/** The listed fields (dotted paths such as 'balance.amountMinor') of `actual` deeply equal the expected values. */
export function fieldsEqual(actual: unknown, expected: Record<string, unknown>, message?: string): void {
  counted();
  for (const [path, value] of Object.entries(expected)) {
    const difference = firstDifference(at(actual, path), value, path.split('.'));
    if (difference) {
      throw new ConformanceAssertionError(`${prefix(message)}${difference[0]}: ${difference[1]}`, { actual: at(actual, path), expected: value });
    }
  }
}

/** Same members, any order (by strict equality). */
export function sameMembers<T>(actual: readonly T[], expected: readonly T[], message?: string): void {
  counted();
  const a = [...actual].map(String).sort();
  const e = [...expected].map(String).sort();
  if (a.length !== e.length || a.some((value, index) => value !== e[index])) {
    const missing = e.filter((value) => !a.includes(value));
    const extra = a.filter((value) => !e.includes(value));
    throw new ConformanceAssertionError(
      `${prefix(message)}expected ${e.length} members, got ${a.length}` +
        (missing.length ? `; missing ${show(missing)}` : '') +
        (extra.length ? `; unexpected ${show(extra)}` : '') +
        (!missing.length && !extra.length ? `; duplicates in ${show(actual)}` : ''),
      { actual, expected },
    );
  }
}

export function includes<T>(list: readonly T[], item: T, message?: string): void {
  counted();
  if (!list.includes(item)) throw new ConformanceAssertionError(`${prefix(message)}expected ${show(list)} to include ${show(item)}`);
}

export function excludes<T>(list: readonly T[], item: T, message?: string): void {
  counted();
  if (list.includes(item)) throw new ConformanceAssertionError(`${prefix(message)}expected ${show(list)} not to include ${show(item)}`);
}

function pathStartsWith(path: readonly (string | number)[], expected: readonly (string | number)[]): boolean {
  return expected.every((part, index) => String(path[index]) === String(part));
}

export interface RejectsOptions {
  /** Some issue's path must start with this path (e.g. ['phones', 0, 'number']). */
  path?: (string | number)[];
  message?: string;
}

/**
 * Awaits `promise` (or calls a function returning one) and asserts it rejects with an AdapterError of
 * `kind` (one kind, or any of several); with `path`, one of the error's issues must name that field.
 * Returns the error.
 */
export async function rejectsWithKind(
  promise: Promise<unknown> | (() => Promise<unknown>),
  kind: AdapterErrorKind | readonly AdapterErrorKind[],
  options: RejectsOptions = {},
): Promise<AdapterError> {
  counted();
  const kinds: readonly AdapterErrorKind[] = typeof kind === 'string' ? [kind] : kind;
  const label = prefix(options.message);
  let result: unknown;
  try {
    result = await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (!isAdapterError(error)) {
      throw new ConformanceAssertionError(
        `${label}expected an AdapterError of kind ${kinds.join(' or ')}, got ${show(error)}`,
        { actual: error, expected: kinds },
      );
    }
    if (!kinds.includes(error.kind)) {
      throw new ConformanceAssertionError(
        `${label}expected AdapterError kind ${kinds.join(' or ')}, got '${error.kind}' (${error.message})`,
        { actual: error.kind, expected: kinds },
      );
    }
    if (options.path) {
      const expectedPath = options.path;
      const issues = Array.isArray(error.issues) ? error.issues : [];
      if (!issues.some((issue) => Array.isArray(issue.path) && pathStartsWith(issue.path, expectedPath))) {
        throw new ConformanceAssertionError(
          `${label}expected an issue at path ${show(expectedPath)}, got issues ${show(issues.map((issue) => issue.path))} (${error.message})`,
          { actual: issues, expected: expectedPath },
        );
      }
    }
    return error;
  }
  throw new ConformanceAssertionError(`${label}expected a rejection with kind ${kinds.join(' or ')}, but it resolved with ${show(result)}`, {
    actual: result,
    expected: kinds,
  });
}

/** Awaits and asserts a rejection whose `name` is 'AbortError' (a DOMException or an Error). */
export async function rejectsWithAbort(promise: Promise<unknown> | (() => Promise<unknown>), message?: string): Promise<void> {
  counted();
  try {
    const result = await (typeof promise === 'function' ? promise() : promise);
    throw new ConformanceAssertionError(`${prefix(message)}expected an AbortError, but it resolved with ${show(result)}`);
  } catch (error) {
    if (error instanceof ConformanceAssertionError) throw error;
    const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
    if (name !== 'AbortError') {
      throw new ConformanceAssertionError(`${prefix(message)}expected a rejection named 'AbortError', got ${show(error)}`, {
        actual: error,
      });
    }
  }
}
