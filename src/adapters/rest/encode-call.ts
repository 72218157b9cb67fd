// Turns the positional arguments of one contract call into the parts of an HTTP request, following
// the route's ArgSpecs (the inverse of mocks/server/decode-args.ts).
import { AdapterError } from '../../adapter/adapter-error.js';
import { encodeQuery } from './query-codec.js';
import { fillPath, type BoundRoute } from './route-spec.js';

export type ProgressCallback = (loaded: number, total: number) => void;

export interface EncodedCall {
  /** Path (filled) plus query string, relative to the base URL. */
  target: string;
  /** The filled path alone, for messages. */
  path: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
  signal: AbortSignal | undefined;
  /** Set for uploads: progress is reported through XMLHttpRequest when a callback is given. */
  onProgress: ProgressCallback | undefined;
  /** Bytes of the uploaded file (progress is reported in file bytes). */
  uploadSize: number | undefined;
}

const asObject = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

export function encodeCall(route: BoundRoute, args: readonly unknown[]): EncodedCall {
  const pathValues: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  let search = '';
  let json: unknown;
  let hasJson = false;
  let jsonObject: Record<string, unknown> | undefined;
  let signal: AbortSignal | undefined;
  let onProgress: ProgressCallback | undefined;
  let file: unknown;
  let meta: unknown;
  let isUpload = false;

  route.args.forEach((spec, index) => {
    const value = args[index];
    switch (spec.in) {
      case 'path':
        pathValues[spec.name] = value;
        break;
      case 'query':
        search = encodeQuery(value);
        break;
      case 'body':
        json = value === undefined ? null : value;
        hasJson = true;
        break;
      case 'field':
        jsonObject = { ...jsonObject, [spec.name]: value };
        break;
      case 'keyed': {
        const { [spec.key]: key, ...rest } = asObject(value);
        if (key !== undefined && key !== null) headers['Idempotency-Key'] = String(key);
        jsonObject = { ...jsonObject, ...rest };
        break;
      }
      case 'if-match': {
        const version = asObject(value).expectedVersion;
        if (version !== undefined && version !== null) headers['If-Match'] = `"${String(version)}"`;
        break;
      }
      case 'call':
        signal = asObject(value).signal as AbortSignal | undefined;
        break;
      case 'file':
        file = value;
        isUpload = true;
        break;
      case 'file-meta':
        meta = value;
        break;
      case 'upload': {
        const options = asObject(value);
        signal = options.signal as AbortSignal | undefined;
        onProgress = typeof options.onProgress === 'function' ? (options.onProgress as ProgressCallback) : undefined;
        if (options.idempotencyKey !== undefined && options.idempotencyKey !== null) headers['Idempotency-Key'] = String(options.idempotencyKey);
        break;
      }
    }
  });

  const path = fillPath(route.path, pathValues);
  let body: BodyInit | undefined;
  let uploadSize: number | undefined;
  if (isUpload) {
    if (!(file instanceof Blob)) {
      throw new AdapterError('validation', `${route.id}: expected a File or Blob to upload`, {
        resource: route.namespace,
        issues: [{ path: ['file'], message: 'Expected a file' }],
      });
    }
    const form = new FormData();
    form.append('meta', JSON.stringify(meta ?? {}));
    form.append('file', file, (file as Blob & { name?: string }).name || 'file');
    body = form;
    uploadSize = file.size;
  } else if (hasJson || jsonObject) {
    body = JSON.stringify(hasJson ? json : jsonObject);
    headers['Content-Type'] = 'application/json';
  }
  return { target: path + search, path, headers, body, signal, onProgress, uploadSize };
}
