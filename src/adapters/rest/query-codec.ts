// How list queries travel in the URL (documented in docs/adapters.md and docs/openapi.json):
//   - scalars as `name=value` (`search=ana`, `limit=50`, `view=trash`, `hasActiveAlerts=true`);
//   - arrays as repeated parameters (`statuses=vip&statuses=prospect`); an empty array as one empty
//     value (`statuses=`), so "none of them" differs from "no criterion";
//   - the `filter` object is flattened: its fields are top-level parameters (no name collides);
//   - `sort: { field, direction }` as `sort=name` (asc) or `sort=-totalSales` (desc);
//   - null and undefined are left out.
// The adapter encodes without knowing the schema; the server decodes with the query's zod schema,
// which says which parameters are numbers, booleans or arrays. A value that does not convert stays a
// string, so the adapter's validation reports it at its field (e.g. filter.birthdayMonth).
import type * as z from 'zod/mini';

type Def = {
  type: string;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  in?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
};

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** The schema under optional/nullable/default/pipe wrappers. */
export function unwrapSchema(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 20; depth += 1) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** The object shape of a schema (after unwrapping), or undefined when it is not an object. */
export function shapeOf(schema: z.core.$ZodType): Record<string, z.core.$ZodType> | undefined {
  const def = defOf(unwrapSchema(schema));
  return def.type === 'object' ? def.shape : undefined;
}

export type ParamKind = 'string' | 'number' | 'boolean' | 'array';

export function paramKind(schema: z.core.$ZodType): ParamKind {
  const type = defOf(unwrapSchema(schema)).type;
  if (type === 'number' || type === 'int') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'array') return 'array';
  return 'string';
}

function arrayElement(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  return defOf(unwrapSchema(schema)).element;
}

// ---------------------------------------------------------------------------------------------
// Encoding (the adapter)

function appendScalar(params: URLSearchParams, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value === 'string') params.append(name, value);
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') params.append(name, String(value));
  else params.append(name, JSON.stringify(value));
}

function appendValue(params: URLSearchParams, name: string, value: unknown): void {
  if (Array.isArray(value)) {
    if (value.length === 0) params.append(name, '');
    for (const item of value) appendScalar(params, name, item);
  } else appendScalar(params, name, value);
}

/** `?search=ana&statuses=vip&sort=-createdAt&limit=50`, or '' for an empty query. */
export function encodeQuery(query: unknown): string {
  if (query === null || typeof query !== 'object') return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (key === 'sort' && typeof value === 'object' && !Array.isArray(value)) {
      const { field, direction } = value as { field?: unknown; direction?: unknown };
      if (field !== undefined) params.append('sort', `${direction === 'desc' ? '-' : ''}${String(field)}`);
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, inner] of Object.entries(value as Record<string, unknown>)) appendValue(params, name, inner);
    } else appendValue(params, key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

// ---------------------------------------------------------------------------------------------
// Decoding (the server)

function decodeScalar(raw: string, kind: ParamKind): unknown {
  if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (kind === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}

function decodeField(params: URLSearchParams, name: string, schema: z.core.$ZodType): unknown {
  const values = params.getAll(name);
  if (values.length === 0) return undefined;
  const kind = paramKind(schema);
  if (kind === 'array') {
    if (values.length === 1 && values[0] === '') return [];
    const element = arrayElement(schema);
    const elementKind = element ? paramKind(element) : 'string';
    return values.map((value) => decodeScalar(value, elementKind));
  }
  return decodeScalar(values[values.length - 1]!, kind);
}

function decodeSort(raw: string): { field: string; direction: 'asc' | 'desc' } {
  return raw.startsWith('-') ? { field: raw.slice(1), direction: 'desc' } : { field: raw, direction: 'asc' };
}

/** Rebuilds the query object a schema describes from URL parameters (the inverse of encodeQuery). */
export function decodeQuery(params: URLSearchParams, schema: z.core.$ZodType): Record<string, unknown> {
  const shape = shapeOf(schema) ?? {};
  const query: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(shape)) {
    if (key === 'sort') {
      const raw = params.get('sort');
      if (raw !== null && raw !== '') query.sort = decodeSort(raw);
      continue;
    }
    const nested = shapeOf(fieldSchema);
    if (nested) {
      const object: Record<string, unknown> = {};
      for (const [name, inner] of Object.entries(nested)) {
        const value = decodeField(params, name, inner);
        if (value !== undefined) object[name] = value;
      }
      if (Object.keys(object).length > 0) query[key] = object;
      continue;
    }
    const value = decodeField(params, key, fieldSchema);
    if (value !== undefined) query[key] = value;
  }
  return query;
}

/** Every URL parameter a query schema accepts, with its kind (for the OpenAPI document and checks). */
export function queryParameters(schema: z.core.$ZodType): { name: string; schema: z.core.$ZodType; kind: ParamKind | 'sort'; in?: string }[] {
  const parameters: { name: string; schema: z.core.$ZodType; kind: ParamKind | 'sort'; in?: string }[] = [];
  for (const [key, fieldSchema] of Object.entries(shapeOf(schema) ?? {})) {
    if (key === 'sort') {
      parameters.push({ name: 'sort', schema: fieldSchema, kind: 'sort' });
      continue;
    }
    const nested = shapeOf(fieldSchema);
    if (nested) {
      for (const [name, inner] of Object.entries(nested)) parameters.push({ name, schema: inner, kind: paramKind(inner), in: key });
    } else parameters.push({ name: key, schema: fieldSchema, kind: paramKind(fieldSchema) });
  }
  return parameters;
}
