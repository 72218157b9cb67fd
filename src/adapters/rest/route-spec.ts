// The vocabulary of the route table: how each positional argument of a contract operation travels
// over HTTP. The adapter encodes arguments with it, the server handler decodes them, and the OpenAPI
// generator documents them, so the three read one description.
import type * as z from 'zod/mini';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Where one positional argument of an operation goes. */
export type ArgSpec =
  /** A `{name}` segment of the path. */
  | { in: 'path'; name: string }
  /** An object encoded as URL parameters (see query-codec.ts); `schema` decodes and documents it. */
  | { in: 'query'; schema: z.core.$ZodType }
  /** The whole JSON body. */
  | { in: 'body'; schema: z.core.$ZodType }
  /** One property of the JSON body: `{ [name]: arg }`. */
  | { in: 'field'; name: string; schema: z.core.$ZodType }
  /**
   * An object whose `key` property travels as the `Idempotency-Key` header and whose other
   * properties are merged into the JSON body (money operations, imports).
   */
  | { in: 'keyed'; key: string; schema: z.core.$ZodType }
  /** UpdateOptions: `expectedVersion` as `If-Match: "<version>"`. */
  | { in: 'if-match' }
  /** CallOptions (`signal`): not sent; aborts the request. */
  | { in: 'call' }
  /** files.upload: the Blob, its metadata and `{ onProgress, signal, idempotencyKey }` (the key as the `Idempotency-Key` header), sent as multipart/form-data. */
  | { in: 'file' }
  | { in: 'file-meta'; schema: z.core.$ZodType }
  | { in: 'upload' };

export interface RouteSpec {
  method: HttpMethod;
  /** Relative to the base URL, with `{name}` path parameters. */
  path: string;
  args: readonly ArgSpec[];
  /** Success status: 200, 201 (created) or 204 (no content). */
  status: 200 | 201 | 204;
  summary: string;
}

/** A route bound to its operation, as listed by `routeList()`. */
export interface BoundRoute extends RouteSpec {
  namespace: string;
  operation: string;
  /** `namespace.operation`, e.g. 'clients.list'. */
  id: string;
}

export const path = (name: string): ArgSpec => ({ in: 'path', name });
export const query = (schema: z.core.$ZodType): ArgSpec => ({ in: 'query', schema });
export const body = (schema: z.core.$ZodType): ArgSpec => ({ in: 'body', schema });
export const field = (name: string, schema: z.core.$ZodType): ArgSpec => ({ in: 'field', name, schema });
export const keyed = (key: string, schema: z.core.$ZodType): ArgSpec => ({ in: 'keyed', key, schema });
export const ifMatch: ArgSpec = { in: 'if-match' };
export const call: ArgSpec = { in: 'call' };

const route =
  (method: HttpMethod, status: RouteSpec['status']) =>
  (routePath: string, summary: string, ...args: ArgSpec[]): RouteSpec => ({ method, path: routePath, args, status, summary });

export const GET = route('GET', 200);
export const POST = route('POST', 200);
export const CREATE = route('POST', 201);
export const PUT = route('PUT', 200);
export const PATCH = route('PATCH', 200);
export const DELETE = route('DELETE', 204);

/** Whether a route carries an Idempotency-Key (a retry of it is safe). */
export const isKeyed = (spec: RouteSpec): boolean => spec.args.some((arg) => arg.in === 'keyed');

/** Safe to retry: reads, and operations that carry an Idempotency-Key made once per submission. */
export const isRetryable = (spec: RouteSpec): boolean => spec.method === 'GET' || isKeyed(spec);

/** `/clients/{clientId}/notes/{id}` with the values filled in (URI-encoded). */
export function fillPath(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(String(values[name])));
}

/** The names of a template's path parameters, in order. */
export const pathParams = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
