import type * as z from 'zod/mini';

export const ADAPTER_ERROR_KINDS = [
  'not-found',
  'conflict',
  'validation',
  'forbidden',
  'network',
  'invalid-response',
  'unavailable',
] as const;
export type AdapterErrorKind = (typeof ADAPTER_ERROR_KINDS)[number];

/** One problem with one field: `path` like ['phones', 0, 'number']. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
  code?: string;
}

export interface AdapterErrorOptions {
  /** The resource involved, e.g. 'clients' or 'wallet'. */
  resource?: string;
  /** Field problems (validation, invalid-response). */
  issues?: FieldIssue[];
  /** The record as it is now (conflict), so the UI can show what changed. */
  current?: unknown;
  /** HTTP status, when the error came from HTTP. */
  status?: number;
  cause?: unknown;
}

/** The only error an adapter throws. `kind` says what the UI should do about it. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly kind: AdapterErrorKind;
  readonly resource: string | undefined;
  readonly issues: FieldIssue[];
  readonly current: unknown;
  readonly status: number | undefined;

  constructor(kind: AdapterErrorKind, message: string, options: AdapterErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.resource = options.resource;
    this.issues = options.issues ?? [];
    this.current = options.current;
    this.status = options.status;
  }

  /** Retrying may help: the network dropped or the service was down. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'unavailable';
  }
}

/** Works across two bundled copies of the library, where `instanceof` would not. */
export function isAdapterError(error: unknown): error is AdapterError {
  return (
    error instanceof AdapterError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'AdapterError' &&
      typeof (error as { kind?: unknown }).kind === 'string')
  );
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** "phones.0.number" for display and reports. */
export function formatIssuePath(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

export function issuesFromZod(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    message: issue.message,
    code: issue.code,
  }));
}

/** AdapterError('validation') for input that failed its schema. */
export function validationError(resource: string, error: z.core.$ZodError): AdapterError {
  const issues = issuesFromZod(error);
  const first = issues[0];
  const where = first ? ` (${formatIssuePath(first.path) || 'input'}: ${first.message})` : '';
  return new AdapterError('validation', `Invalid ${resource} input${where}`, { resource, issues });
}
