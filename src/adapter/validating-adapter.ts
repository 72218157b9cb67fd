import type * as z from 'zod/mini';
import { AdapterError, formatIssuePath, isAbortError, isAdapterError, issuesFromZod } from './adapter-error.js';
import type { ClientDataAdapter } from './contract.js';
import { type SchemaLookup, loadRecordSchemas } from './lazy-response-schemas.js';
import { RECORD_OPERATIONS } from './record-operations.js';
import { CORE_RESPONSE_SCHEMAS } from './response-schemas-core.js';

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

/** A lazy schema module that did not load (offline, a new deploy): retryable, never a hang. */
function schemasUnavailable(operation: string, error: unknown): AdapterError {
  const message = error instanceof Error ? error.message : String(error);
  const kind = error instanceof TypeError ? 'network' : 'unavailable'; // a failed fetch of the chunk is a TypeError
  return new AdapterError(kind, `${operation}: its response schemas could not be loaded (${message})`, {
    resource: operation.split('.')[0],
    cause: error,
  });
}

/** An operation's response schema: at hand (core namespaces) or loaded on first use (records). */
type SchemaSource = z.ZodMiniType | (() => Promise<z.ZodMiniType>);

async function respond(fn: (...args: unknown[]) => unknown, args: unknown[], operation: string): Promise<unknown> {
  try {
    return await fn(...args);
  } catch (error) {
    throw toAdapterError(error, operation);
  }
}

function wrapOperation(fn: (...args: unknown[]) => unknown, source: SchemaSource, operation: string) {
  return async (...args: unknown[]): Promise<unknown> => {
    // The request and the schemas' first load run side by side, so the load adds no latency.
    const [result, schema] = await Promise.all([respond(fn, args, operation), typeof source === 'function' ? source() : source]);
    const parsed = schema.safeParse(result);
    if (!parsed.success) throw invalidResponse(operation, parsed.error);
    return parsed.data;
  };
}

/** The schema of a record operation, loaded with all the records' schemas on the first call. */
function lazySchema(loadRecords: () => Promise<SchemaLookup>, namespace: string, name: string): SchemaSource {
  const operation = `${namespace}.${name}`;
  return () =>
    loadRecords().then(
      // The compiler proves RECORD_OPERATIONS and the records' schemas list the same operations.
      (table) => table[namespace]![name]!,
      (error: unknown) => Promise.reject(schemasUnavailable(operation, error)),
    );
}

type Api = Record<string, unknown>;

/** Wraps the operations of `api` that have a schema; those `api` lacks stay absent. */
function wrapNamespace(api: Api, namespace: string, operations: Iterable<[string, SchemaSource]>): Api {
  const wrappedApi: Api = {};
  for (const [name, source] of operations) {
    const fn = api[name];
    if (typeof fn !== 'function') continue;
    wrappedApi[name] = wrapOperation(fn.bind(api) as (...args: unknown[]) => unknown, source, `${namespace}.${name}`);
  }
  return wrappedApi;
}

/**
 * Wraps a host adapter so that every response is parsed with the model's schemas: a malformed one
 * rejects with AdapterError('invalid-response') naming the operation and the field path, and any
 * other thrown value becomes an AdapterError. Namespaces and operations the adapter lacks stay absent.
 * Wrapping twice returns the same object. The record namespaces' schemas load on their first call.
 */
export function withValidation(adapter: ClientDataAdapter): ClientDataAdapter {
  return validateWith(adapter, loadRecordSchemas);
}

/** withValidation with the record schemas' loader given, so tests can make the load fail. @internal */
export function validateWith(adapter: ClientDataAdapter, loadRecords: () => Promise<SchemaLookup>): ClientDataAdapter {
  if ((adapter as unknown as Record<symbol, unknown>)[VALIDATED]) return adapter;
  const apis = adapter as unknown as Record<string, Api | undefined>;
  const wrapped: Record<string, unknown> = {};
  for (const [namespace, schemas] of Object.entries(CORE_RESPONSE_SCHEMAS)) {
    const api = apis[namespace];
    if (api) wrapped[namespace] = wrapNamespace(api, namespace, Object.entries(schemas as Record<string, z.ZodMiniType>));
  }
  for (const [namespace, names] of Object.entries(RECORD_OPERATIONS)) {
    const api = apis[namespace];
    if (!api || namespace in CORE_RESPONSE_SCHEMAS) continue;
    wrapped[namespace] = wrapNamespace(api, namespace, names.map((name) => [name, lazySchema(loadRecords, namespace, name)]));
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
