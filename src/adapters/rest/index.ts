// The REST adapter: the whole ClientDataAdapter contract over fetch, against the HTTP contract in
// docs/openapi.json (routes: routes.ts; URL parameters: query-codec.ts; errors: problem.ts).
import type * as z from 'zod/mini';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import { RESPONSE_SCHEMAS } from '../../adapter/response-schemas.js';
import { markValidated } from '../../adapter/validating-adapter.js';
import { encodeCall, type EncodedCall } from './encode-call.js';
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, type HeaderValues, type RestAdapterOptions } from './options.js';
import { errorFromResponse, parseSuccess, type ResponseContext } from './responses.js';
import { isRetryable, type BoundRoute } from './route-spec.js';
import { routeList } from './routes.js';
import { fetchSender, perform, type ExchangePolicy, type Sender } from './transport.js';
import { canUseXhr, xhrSender } from './xhr-sender.js';

export type { HeaderValues, RestAdapterOptions, RetryOptions } from './options.js';

const ACCEPT = 'application/json, application/problem+json';

function copyInto(target: Headers, source: HeaderValues | undefined): void {
  if (!source) return;
  if (source instanceof Headers) source.forEach((value, name) => target.set(name, value));
  else for (const [name, value] of Object.entries(source)) target.set(name, value);
}

/** The path part of the base URL, for messages ('/api' for both '/api' and 'https://host/api'). */
function basePathOf(baseUrl: string): string {
  try {
    return new URL(baseUrl, 'http://localhost').pathname.replace(/\/+$/, '');
  } catch {
    return baseUrl;
  }
}

/**
 * A ClientDataAdapter that talks to a backend implementing the documented HTTP contract. Every
 * response is parsed with the model's schemas; every failure is an AdapterError naming the
 * operation, method, path and status (an abort by the caller rejects with AbortError).
 */
export function createRestAdapter(options: RestAdapterOptions): ClientDataAdapter {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const basePath = basePathOf(baseUrl);
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const fetchSend = fetchSender(fetchImpl, options.credentials);
  const policy: ExchangePolicy = {
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: options.retry === false ? false : { ...DEFAULT_RETRY, ...options.retry },
  };
  const fixedHeaders = new Headers({ Accept: ACCEPT });
  copyInto(fixedHeaders, options.headers);

  async function headersFor(encoded: EncodedCall): Promise<Headers> {
    const headers = new Headers(fixedHeaders);
    if (options.getAuthHeaders) copyInto(headers, await options.getAuthHeaders());
    for (const [name, value] of Object.entries(encoded.headers)) headers.set(name, value);
    return headers;
  }

  async function call(route: BoundRoute, schema: z.ZodMiniType, args: unknown[]): Promise<unknown> {
    const encoded = encodeCall(route, args);
    const context: ResponseContext = { label: `${route.id} (${route.method} ${basePath}${encoded.path})`, resource: route.namespace, schema };
    const progress = encoded.onProgress;
    const size = encoded.uploadSize ?? 0;
    const send: Sender = progress && canUseXhr() ? xhrSender(progress, size, options.credentials) : fetchSend;
    const response = await perform(
      {
        label: context.label,
        resource: route.namespace,
        retryable: isRetryable(route),
        signal: encoded.signal,
        build: async () => ({ method: route.method, url: baseUrl + encoded.target, headers: await headersFor(encoded), body: encoded.body }),
        send,
        toError: (failed) => errorFromResponse(failed, context),
      },
      policy,
    );
    const result = parseSuccess(response, context);
    if (progress && send === fetchSend) progress(size, size); // no upload progress without XMLHttpRequest
    return result;
  }

  const without = new Set<string>(options.without ?? []);
  const schemas = RESPONSE_SCHEMAS as unknown as Record<string, Record<string, z.ZodMiniType>>;
  const adapter: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const route of routeList()) {
    if (without.has(route.namespace)) continue;
    const schema = schemas[route.namespace]![route.operation]!;
    (adapter[route.namespace] ??= {})[route.operation] = (...args: unknown[]) => call(route, schema, args);
  }
  return markValidated(adapter as unknown as ClientDataAdapter);
}
