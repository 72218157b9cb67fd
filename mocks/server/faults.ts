// Switches to make the mock backend misbehave the ways real networks and backends do: latency, error
// statuses, hangs, dropped connections, broken JSON, schema-invalid records, and a money operation
// applied on the server whose response never arrives.
import type { ProblemDetails } from '../../src/adapters/rest/problem.js';

export type Fault =
  /** Answers with this status and a problem+json body (merged with `problem`), applying nothing. */
  | { kind: 'status'; status: number; problem?: Partial<ProblemDetails> }
  /** Never answers (until the client gives up, or `ms` passes). */
  | { kind: 'hang'; ms?: number }
  /** Drops the connection without applying anything. */
  | { kind: 'drop' }
  /** Applies the operation, then drops the connection: the client never learns it succeeded. */
  | { kind: 'apply-then-drop' }
  /** Answers 200 with a body that is not JSON. */
  | { kind: 'invalid-json' }
  /** Applies the operation and answers with one field broken (default: the first record's `version`). */
  | { kind: 'invalid-record'; path?: (string | number)[]; value?: unknown };

export interface FaultRule {
  fault: Fault;
  /** Only this operation ('wallet.addFunds'); any when omitted. */
  operation?: string;
  /** Only requests whose path contains this text (e.g. a client id, to keep parallel tests apart). */
  pathIncludes?: string;
  /** How many matching requests it hits. Default 1; 'always' until cleared. */
  times?: number | 'always';
}

export type Latency = number | { min: number; max: number };

export interface FaultController {
  add(rule: FaultRule): void;
  clear(): void;
  /** Rules still waiting to hit. */
  readonly pending: readonly FaultRule[];
  /** The fault for this request, if a rule matches (consuming one of its times). */
  take(operation: string, path: string): Fault | undefined;
}

export function createFaults(initial: readonly FaultRule[] = []): FaultController {
  const rules: { rule: FaultRule; left: number }[] = [];
  const controller: FaultController = {
    add(rule) {
      const times = rule.times === 'always' ? Number.POSITIVE_INFINITY : Math.max(1, rule.times ?? 1);
      rules.push({ rule, left: times });
    },
    clear() {
      rules.length = 0;
    },
    get pending() {
      return rules.map((entry) => entry.rule);
    },
    take(operation, path) {
      const at = rules.findIndex(
        ({ rule }) => (!rule.operation || rule.operation === operation) && (!rule.pathIncludes || path.includes(rule.pathIncludes)),
      );
      if (at === -1) return undefined;
      const entry = rules[at]!;
      entry.left -= 1;
      if (entry.left <= 0) rules.splice(at, 1);
      return entry.rule.fault;
    },
  };
  for (const rule of initial) controller.add(rule);
  return controller;
}

export function delayOf(latency: Latency): number {
  return typeof latency === 'number' ? latency : latency.min + Math.random() * (latency.max - latency.min);
}

/** Waits `ms`, or less when the request is aborted (the client went away). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

function defaultTarget(value: unknown): (string | number)[] {
  if (Array.isArray(value)) return value.length ? [0, ...defaultTarget(value[0])] : [];
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.items) && record.items.length) return ['items', 0, ...defaultTarget(record.items[0])];
  if ('version' in record) return ['version'];
  const first = Object.keys(record)[0];
  return first === undefined ? [] : [first];
}

/** A copy of a JSON value with the value at `path` replaced (default: the first record's version). */
export function corrupt(value: unknown, path?: (string | number)[], replacement: unknown = 'not-a-valid-value'): unknown {
  const copy = structuredClone(value) as unknown;
  const target = path ?? defaultTarget(copy);
  if (!target.length) return replacement;
  let node = copy as Record<string | number, unknown>;
  for (const part of target.slice(0, -1)) {
    const next = node?.[part];
    if (next === null || typeof next !== 'object') return copy;
    node = next as Record<string | number, unknown>;
  }
  if (node && typeof node === 'object') node[target[target.length - 1]!] = replacement;
  return copy;
}
