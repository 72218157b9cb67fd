// One request/response exchange with a time limit, the caller's AbortSignal, and exponential backoff
// retries for the exchanges that are safe to repeat. Everything that goes wrong becomes an
// AdapterError, except an abort by the caller, which rejects with the AbortError the caller expects.
import { abortReason, delay } from '../../adapter/abort.js';
import { AdapterError, isAdapterError } from '../../adapter/adapter-error.js';
import type { RetryOptions } from './options.js';

export interface WireRequest {
  method: string;
  url: string;
  headers: Headers;
  body?: BodyInit | null;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: Headers;
  text: string;
}

/**
 * Sends one request and reads the whole body; rejects (TypeError, AbortError) when the exchange
 * fails. A sender that sees progress (an upload) calls `activity`, which restarts the time limit.
 */
export type Sender = (request: WireRequest, signal: AbortSignal, activity?: () => void) => Promise<WireResponse>;

export interface Exchange {
  /** e.g. 'clients.get (GET /api/clients/c-1)', the prefix of every message. */
  label: string;
  resource: string;
  /** Safe to repeat: a read, or an operation carrying an Idempotency-Key. */
  retryable: boolean;
  signal: AbortSignal | undefined;
  /** Builds the request of one attempt (auth headers are fetched per attempt). */
  build: () => Promise<WireRequest>;
  send: Sender;
  /** The AdapterError an error status means. */
  toError: (response: WireResponse) => AdapterError;
}

export interface ExchangePolicy {
  timeoutMs: number;
  retry: Required<RetryOptions> | false;
}


export function fetchSender(fetchImpl: typeof fetch, credentials: RequestCredentials | undefined): Sender {
  return async (request, signal) => {
    const init: RequestInit = { method: request.method, headers: request.headers, signal };
    if (request.body !== undefined) init.body = request.body;
    if (credentials) init.credentials = credentials;
    const response = await fetchImpl(request.url, init);
    const text = await response.text();
    return { status: response.status, statusText: response.statusText, headers: response.headers, text };
  };
}

async function attemptOnce(exchange: Exchange, timeoutMs: number): Promise<WireResponse> {
  let request: WireRequest;
  try {
    request = await exchange.build();
  } catch (error) {
    if (isAdapterError(error)) throw error;
    throw new AdapterError('unavailable', `${exchange.label}: preparing the request failed (${error instanceof Error ? error.message : String(error)})`, {
      resource: exchange.resource,
      cause: error,
    });
  }
  const controller = new AbortController();
  const callerSignal = exchange.signal;
  const onAbort = () => controller.abort(callerSignal!.reason);
  callerSignal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (timeoutMs <= 0) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  arm();
  try {
    return await exchange.send(request, controller.signal, arm);
  } catch (error) {
    if (callerSignal?.aborted) throw abortReason(callerSignal);
    if (timedOut) {
      throw new AdapterError('network', `${exchange.label}: no response within ${timeoutMs} ms (timeout)`, { resource: exchange.resource, cause: error });
    }
    if (isAdapterError(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AdapterError('network', `${exchange.label}: the connection failed or dropped before a response arrived (${reason})`, {
      resource: exchange.resource,
      cause: error,
    });
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onAbort);
  }
}

function backoff(attempt: number, retry: Required<RetryOptions>, signal: AbortSignal | undefined): Promise<void> {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** attempt);
  return delay(ceiling / 2 + Math.random() * (ceiling / 2), signal);
}

/** Runs the exchange; retries (network failures, 5xx, 429) only when it is safe to repeat. */
export async function perform(exchange: Exchange, policy: ExchangePolicy): Promise<WireResponse> {
  for (let attempt = 0; ; attempt += 1) {
    if (exchange.signal?.aborted) throw abortReason(exchange.signal);
    let failure: AdapterError;
    try {
      const response = await attemptOnce(exchange, policy.timeoutMs);
      if (response.status < 400) return response;
      failure = exchange.toError(response);
    } catch (error) {
      if (!isAdapterError(error)) throw error; // the caller's AbortError
      failure = error;
    }
    const canRetry = exchange.retryable && policy.retry !== false && attempt < policy.retry.retries && failure.retryable;
    if (!canRetry) throw failure;
    await backoff(attempt, policy.retry as Required<RetryOptions>, exchange.signal);
  }
}
