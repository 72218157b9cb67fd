import { delay, signalIn, throwIfAborted } from '../../adapter/abort.js';
import { AdapterError, type AdapterErrorKind } from '../../adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../adapter/contract.js';

/** How the memory adapter imitates a real backend: latency and injected failures, changeable at runtime. */
export interface Simulation {
  /** Delay of every call in milliseconds: fixed, or drawn between min and max. */
  latency: number | { min: number; max: number };
  /** Share of calls (0–1) that fail with `failureKind`. */
  failureRate: number;
  failureKind: AdapterErrorKind;
  /** Only these operations fail at random (e.g. ['clients.list']); all when empty. */
  failingOperations: string[];
  /** Makes the next call of an operation (any when omitted) fail with this kind. */
  failNext(kind: AdapterErrorKind, operation?: string): void;
}

export function createSimulation(initial: Partial<Pick<Simulation, 'latency' | 'failureRate' | 'failureKind' | 'failingOperations'>>): Simulation {
  const queued: { kind: AdapterErrorKind; operation: string | undefined }[] = [];
  return {
    latency: initial.latency ?? 0,
    failureRate: initial.failureRate ?? 0,
    failureKind: initial.failureKind ?? 'unavailable',
    failingOperations: initial.failingOperations ?? [],
    failNext(kind, operation) {
      queued.push({ kind, operation });
    },
    /** @internal The failure this call must raise, if any. */
    takeFailure(operation: string): AdapterErrorKind | undefined {
      const at = queued.findIndex((entry) => !entry.operation || entry.operation === operation);
      if (at !== -1) return queued.splice(at, 1)[0]!.kind;
      const applies = !this.failingOperations.length || this.failingOperations.includes(operation);
      return applies && this.failureRate > 0 && Math.random() < this.failureRate ? this.failureKind : undefined;
    },
  } as Simulation & { takeFailure(operation: string): AdapterErrorKind | undefined };
}

function delayOf(latency: Simulation['latency']): number {
  return typeof latency === 'number' ? latency : latency.min + Math.random() * (latency.max - latency.min);
}

/**
 * The boundary of the memory adapter, as a network would be: every call waits for `ready`, takes the
 * simulated latency (abortable), may fail as configured, and returns a copy, so a caller that
 * mutates what it got never changes the store behind its back.
 */
export function withSimulation<A extends ClientDataAdapter>(adapter: A, simulation: Simulation, ready: Promise<void>): A {
  const control = simulation as Simulation & { takeFailure(operation: string): AdapterErrorKind | undefined };
  const wrapped: Record<string, Record<string, unknown>> = {};
  for (const [namespace, api] of Object.entries(adapter as unknown as Record<string, Record<string, unknown>>)) {
    wrapped[namespace] = {};
    for (const [name, fn] of Object.entries(api)) {
      if (typeof fn !== 'function') continue;
      const operation = `${namespace}.${name}`;
      wrapped[namespace][name] = async (...args: unknown[]) => {
        await ready;
        const signal = signalIn(args);
        await delay(delayOf(control.latency), signal);
        const failure = control.takeFailure(operation);
        if (failure) throw new AdapterError(failure, `Simulated ${failure} failure in ${operation}`, { resource: namespace });
        const result = await (fn as (...a: unknown[]) => unknown).apply(api, args);
        throwIfAborted(signal);
        return result === undefined ? undefined : structuredClone(result);
      };
    }
  }
  return wrapped as unknown as A;
}
