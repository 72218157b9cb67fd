import type * as z from 'zod/mini';
import { AdapterError, formatIssuePath, isAbortError, isAdapterError, issuesFromZod } from './adapter-error.js';
import type { ClientDataAdapter } from './contract.js';
import { RESPONSE_SCHEMAS } from './response-schemas.js';

const VALIDATED = Symbol.for('clientela/validated-adapter@1');

/** Anything thrown that is not an AdapterError or an abort becomes one, so the UI handles one type. */
export function toAdapterError(error: unknown, resource: string): unknown {
  if (isAdapterError(error) || isAbortError(error)) return error;
  if (error instanceof TypeError) {
    return new AdapterError('network', `${resource}: the request could not be completed (${error.message})`, {
      resource,
      cause: error,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new AdapterError('unavailable', `${resource}: ${message}`, { resource, cause: error });
}

function invalidResponse(operation: string, error: z.core.$ZodError): AdapterError {
  const issues = issuesFromZod(error);
  const first = issues[0];
  const detail = first ? `${formatIssuePath(first.path) || '(root)'}: ${first.message}` : 'malformed';
  return new AdapterError('invalid-response', `${operation} returned an invalid response at ${detail}`, {
    resource: operation.split('.')[0],
    issues,
  });
}

function wrapOperation(fn: (...args: unknown[]) => unknown, schema: z.ZodMiniType, operation: string) {
  return async (...args: unknown[]): Promise<unknown> => {
    let result: unknown;
    try {
      result = await fn(...args);
    } catch (error) {
      throw toAdapterError(error, operation);
    }
    const parsed = schema.safeParse(result);
    if (!parsed.success) throw invalidResponse(operation, parsed.error);
    return parsed.data;
  };
}

/**
 * Wraps a host adapter so that every response is parsed with the model's schemas: a malformed one
 * rejects with AdapterError('invalid-response') naming the operation and the field path, and any
 * other thrown value becomes an AdapterError. Namespaces and operations the adapter lacks stay absent.
 * Wrapping twice returns the same object.
 */
export function withValidation(adapter: ClientDataAdapter): ClientDataAdapter {
  if ((adapter as unknown as Record<symbol, unknown>)[VALIDATED]) return adapter;
  const wrapped: Record<string, unknown> = {};
  for (const [namespace, operations] of Object.entries(RESPONSE_SCHEMAS)) {
    const api = (adapter as unknown as Record<string, Record<string, unknown> | undefined>)[namespace];
    if (!api) continue;
    const wrappedApi: Record<string, unknown> = {};
    for (const [name, schema] of Object.entries(operations as Record<string, z.ZodMiniType>)) {
      const fn = api[name];
      if (typeof fn !== 'function') continue;
      wrappedApi[name] = wrapOperation(fn.bind(api) as (...args: unknown[]) => unknown, schema, `${namespace}.${name}`);
    }
    wrapped[namespace] = wrappedApi;
  }
  Object.defineProperty(wrapped, VALIDATED, { value: true });
  return wrapped as unknown as ClientDataAdapter;
}

/**
 * Marks an adapter that already parses every response with RESPONSE_SCHEMAS and throws only
 * AdapterErrors (the REST adapter): withValidation then returns it as is instead of parsing twice.
 */
export function markValidated<A extends ClientDataAdapter>(adapter: A): A {
  Object.defineProperty(adapter, VALIDATED, { value: true });
  return adapter;
}

export function isValidated(adapter: ClientDataAdapter): boolean {
  return Boolean((adapter as unknown as Record<symbol, unknown>)[VALIDATED]);
}
