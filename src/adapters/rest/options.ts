import type { AdapterNamespace } from '../../adapter/contract.js';

/** Header values: a plain record or a Headers object. */
export type HeaderValues = Record<string, string> | Headers;

export interface RetryOptions {
  /** Retries after the first attempt (0 disables). Default 2. */
  retries?: number;
  /** First backoff delay in ms; it doubles on every retry (with jitter). Default 200. */
  baseDelayMs?: number;
  /** Upper bound of one backoff delay in ms. Default 2000. */
  maxDelayMs?: number;
}

export interface RestAdapterOptions {
  /** Where the contract's routes live, e.g. 'https://api.example.com/clientela/v1' or '/api'. */
  baseUrl: string;
  /** The fetch to use (a wrapper that adds tracing, a test stub, …). Default: the global fetch. */
  fetch?: typeof fetch;
  /** Headers sent with every request (e.g. a tenant id). */
  headers?: HeaderValues;
  /** Called before every attempt, so a refreshed token is picked up (e.g. `{ Authorization: 'Bearer …' }`). */
  getAuthHeaders?: () => HeaderValues | Promise<HeaderValues>;
  /** `credentials` of every request ('include' for cookie sessions on another origin). Default: the fetch default. */
  credentials?: RequestCredentials;
  /**
   * Time limit of one attempt in ms (0: none). A timeout is AdapterError('network'). For uploads with
   * `onProgress` it counts from the last progress event. Default 15000.
   */
  timeoutMs?: number;
  /** Backoff retries of reads and of operations carrying an Idempotency-Key; `false` disables. */
  retry?: RetryOptions | false;
  /** Namespaces the backend does not offer: the adapter leaves them out, so the elements hide them. */
  without?: readonly Exclude<AdapterNamespace, 'clients'>[];
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, baseDelayMs: 200, maxDelayMs: 2000 };
