// The error half of the HTTP contract: RFC 9457 problem+json bodies and the one mapping between
// HTTP statuses and AdapterError kinds, shared by the REST adapter (status → kind), the server
// handler (kind → status) and the OpenAPI generator.
import { ADAPTER_ERROR_KINDS, type AdapterErrorKind } from '../../adapter/adapter-error.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** An RFC 9457 problem document, with the extensions this contract adds. */
export interface ProblemDetails {
  /** `urn:clientela:problem:<kind>` (any URI a host likes is accepted). */
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** Extension: the AdapterError kind. */
  kind?: AdapterErrorKind;
  /** Extension: per-field issues; `path` is an array (['phones', 0, 'number']), a dotted string or a JSON pointer. */
  errors?: { path: (string | number)[] | string; message: string; code?: string }[];
  /** Extension (conflicts): the record as it is now. */
  current?: unknown;
}

export const problemType = (kind: AdapterErrorKind): string => `urn:clientela:problem:${kind}`;

/** The status a server answers with for each kind. */
export const STATUS_OF_KIND: Record<AdapterErrorKind, number> = {
  validation: 422,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unavailable: 503,
  network: 502,
  'invalid-response': 502,
};

export const TITLE_OF_KIND: Record<AdapterErrorKind, string> = {
  validation: 'Invalid input',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  conflict: 'Conflict',
  unavailable: 'Service unavailable',
  network: 'Bad gateway',
  'invalid-response': 'Bad gateway',
};

/**
 * The kind an HTTP error status means to the UI: 400/422 (and 413, 428) validation, 401/403
 * forbidden, 404/410 not-found, 409/412 conflict, 408 network, 429 and 5xx unavailable. Any other
 * status takes the problem's own `kind` when it names one, else unavailable.
 */
export function kindOfStatus(status: number, problemKind?: unknown): AdapterErrorKind {
  if (status === 400 || status === 422 || status === 413 || status === 428) return 'validation';
  if (status === 401 || status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 408) return 'network';
  if (status === 429 || status >= 500) return 'unavailable';
  return isAdapterErrorKind(problemKind) ? problemKind : 'unavailable';
}

export function isAdapterErrorKind(value: unknown): value is AdapterErrorKind {
  return typeof value === 'string' && (ADAPTER_ERROR_KINDS as readonly string[]).includes(value);
}

/** Statuses the OpenAPI document lists as error responses, with the kind each maps to. */
export const DOCUMENTED_ERROR_STATUSES = [400, 401, 403, 404, 409, 412, 422, 428, 503] as const;
