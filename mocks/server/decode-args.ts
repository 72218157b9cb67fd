// Rebuilds the positional arguments of a contract call from an HTTP request, following the route's
// ArgSpecs (the inverse of src/adapters/rest/encode-call.ts).
import { AdapterError } from '../../src/adapter/adapter-error.js';
import { decodeQuery } from '../../src/adapters/rest/query-codec.js';
import type { BoundRoute } from '../../src/adapters/rest/route-spec.js';

/** A 400 for a body that cannot be read; `path` names the part at fault (a multipart field), else the body. */
const malformed = (message: string, path: string[] = []): AdapterError =>
  new AdapterError('validation', message, { status: 400, issues: [{ path, message }] });

/** `"3"`, `W/"3"` or `3` → 3; anything else stays as sent (the adapter reports it at expectedVersion). */
export function parseIfMatch(header: string | null): unknown {
  if (header === null) return undefined;
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(header);
  return match ? Number(match[1]) : header;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformed('The request body is not valid JSON');
  }
}

export async function decodeArgs(route: BoundRoute, request: Request, params: Record<string, string>): Promise<unknown[]> {
  const needsJson = route.args.some((spec) => spec.in === 'body' || spec.in === 'field' || spec.in === 'keyed');
  const json = needsJson ? await readJson(request) : undefined;
  const object = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  const fieldNames = new Set(route.args.flatMap((spec) => (spec.in === 'field' ? [spec.name] : [])));
  const form = route.args.some((spec) => spec.in === 'file') ? await readForm(request) : undefined;
  const signal = request.signal;

  return route.args.map((spec) => {
    switch (spec.in) {
      case 'path':
        return params[spec.name];
      case 'query':
        return decodeQuery(new URL(request.url).searchParams, spec.schema);
      case 'body':
        return json;
      case 'field':
        return object[spec.name];
      case 'keyed': {
        const rest = Object.fromEntries(Object.entries(object).filter(([name]) => !fieldNames.has(name)));
        const key = request.headers.get('Idempotency-Key') ?? object[spec.key];
        return key === undefined ? rest : { ...rest, [spec.key]: key };
      }
      case 'if-match': {
        const expectedVersion = parseIfMatch(request.headers.get('If-Match'));
        return expectedVersion === undefined ? {} : { expectedVersion };
      }
      case 'call':
        return { signal };
      case 'upload': {
        const idempotencyKey = request.headers.get('Idempotency-Key');
        return idempotencyKey === null ? { signal } : { signal, idempotencyKey };
      }
      case 'file':
        return form?.file;
      case 'file-meta':
        return form?.meta;
    }
  });
}

async function readForm(request: Request): Promise<{ file: unknown; meta: unknown }> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw malformed('Expected a multipart/form-data body with a `file` part', ['file']);
  }
  const metaText = form.get('meta');
  let meta: unknown = {};
  if (typeof metaText === 'string' && metaText.trim() !== '') {
    try {
      meta = JSON.parse(metaText) as unknown;
    } catch {
      throw malformed('The `meta` part is not valid JSON', ['meta']);
    }
  }
  return { file: form.get('file') ?? undefined, meta };
}
