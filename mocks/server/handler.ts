// The server side of the HTTP contract, written once as a web-standard handler (Request → Response)
// with Hono, over any ClientDataAdapter (the memory adapter in the demo, tests and Storybook). It runs
// inside MSW in the browser (mocks/browser.ts) and as a real Node HTTP server (mocks/server/node.ts).
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import type { BoundRoute } from '../../src/adapters/rest/route-spec.js';
import { routeList } from '../../src/adapters/rest/routes.js';
import { registerControlRoutes } from './control-routes.js';
import { decodeArgs } from './decode-args.js';
import { corrupt, createFaults, delayOf, sleep, type Fault, type FaultController, type FaultRule, type Latency } from './faults.js';
import { problemForError, problemForStatus, problemResponse } from './problem-response.js';

export interface CorsOptions {
  /** Allowed origins: '*' (default), one origin, or a list. */
  origin?: string | string[];
  /** Send Access-Control-Allow-Credentials (needs a specific origin). */
  credentials?: boolean;
}

export interface ClientelaHandlerOptions {
  /**
   * The backend's data: a memory adapter, or any ClientDataAdapter; or a function that picks one per
   * request (the PostgreSQL server's, per tenant: server/).
   */
  adapter: ClientDataAdapter | ((context: Context) => ClientDataAdapter | Promise<ClientDataAdapter>);
  /**
   * The adapter of the session a request is signed in as (e.g. demoSessions(memory), from a demo
   * token); throws an AdapterError for credentials it refuses. Default: `adapter` for every request.
   */
  authenticate?: (request: Request) => ClientDataAdapter;
  /** Where the routes live. Default '/api'. */
  basePath?: string;
  /** Delay of every request in ms (fixed or a range). Default 0. */
  latency?: Latency;
  /** Faults to inject from the start. */
  faults?: readonly FaultRule[];
  /** Expose `<basePath>/__control/faults` and `/__control/latency`, to drive faults over HTTP. Default false. */
  control?: boolean;
  /** CORS for browsers on other origins; `false` turns it off. Default: any origin. */
  cors?: CorsOptions | false;
}

export interface ClientelaHandler {
  (request: Request): Promise<Response>;
  readonly app: Hono;
  readonly basePath: string;
  readonly faults: FaultController;
  /** Changeable at runtime. */
  latency: Latency;
}

export const CORS_ALLOW_HEADERS = ['Content-Type', 'Accept', 'Authorization', 'If-Match', 'Idempotency-Key'];
export const CORS_EXPOSE_HEADERS = ['ETag', 'Location'];

/** `/clients/{id}` → `/clients/:id`. */
const honoPath = (template: string): string => template.replace(/\{(\w+)\}/g, ':$1');

function jsonResponse(status: number, payload: unknown): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const version = payload !== null && typeof payload === 'object' ? (payload as { version?: unknown }).version : undefined;
  if (typeof version === 'number') headers.ETag = `"${version}"`;
  return new Response(JSON.stringify(payload), { status, headers });
}

export function createClientelaHandler(options: ClientelaHandlerOptions): ClientelaHandler {
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  const faults = createFaults(options.faults);
  const state = { latency: options.latency ?? 0 };
  /** Requests whose connection must drop: Hono cannot carry Response.error(), so the outer handler does. */
  const dropped = new WeakSet<Request>();
  const app = new Hono();
  const api = basePath ? app.basePath(basePath) : app;

  if (options.cors !== false) {
    const corsOptions = options.cors ?? {};
    api.use(
      '*',
      cors({
        origin: corsOptions.origin ?? '*',
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        allowHeaders: CORS_ALLOW_HEADERS,
        exposeHeaders: CORS_EXPOSE_HEADERS,
        credentials: corsOptions.credentials ?? false,
        maxAge: 600,
      }),
    );
  }
  if (options.control) registerControlRoutes(api, faults, state);

  /** A fault that answers before the operation runs, or undefined to go on. */
  async function answerEarly(fault: Fault, request: Request): Promise<Response | undefined> {
    switch (fault.kind) {
      case 'status':
        return problemResponse(problemForStatus(fault.status, fault.problem));
      case 'hang':
        await sleep(fault.ms ?? 30_000, request.signal);
        return problemResponse(problemForStatus(504, { detail: 'Injected fault: the server hung' }));
      case 'drop':
        dropped.add(request);
        return new Response(null, { status: 204 });
      case 'invalid-json':
        return new Response('{"items": [ this is not JSON', { status: 200, headers: { 'Content-Type': 'application/json' } });
      default:
        return undefined;
    }
  }

  async function run(route: BoundRoute, c: Context): Promise<Response> {
    const request = c.req.raw;
    await sleep(delayOf(state.latency), request.signal);
    const fault = faults.take(route.id, new URL(request.url).pathname);
    const early = fault ? await answerEarly(fault, request) : undefined;
    if (early) return early;
    let adapter: ClientDataAdapter;
    try {
      if (options.authenticate) adapter = options.authenticate(request);
      else adapter = typeof options.adapter === 'function' ? await options.adapter(c) : options.adapter;
    } catch (error) {
      return problemResponse(problemForError(error, false));
    }
    const namespace = (adapter as unknown as Record<string, Record<string, unknown> | undefined>)[route.namespace];
    const operation = namespace?.[route.operation];
    if (typeof operation !== 'function') {
      return problemResponse(problemForStatus(404, { detail: `This backend does not offer ${route.id}`, kind: 'not-found' }));
    }
    const versioned = route.args.some((spec) => spec.in === 'if-match');
    if (versioned && !request.headers.has('If-Match')) {
      const errors = [{ path: ['expectedVersion'], message: 'The If-Match header (the version the change is based on) is required' }];
      return problemResponse(problemForStatus(428, { detail: `${route.id} needs If-Match: "<version>"`, kind: 'validation', errors }));
    }
    let result: unknown;
    try {
      const args = await decodeArgs(route, request, c.req.param() as Record<string, string>);
      result = await (operation as (...args: unknown[]) => unknown).apply(namespace, args);
    } catch (error) {
      return problemResponse(problemForError(error, versioned));
    }
    if (fault?.kind === 'apply-then-drop') {
      dropped.add(request);
      return new Response(null, { status: 204 });
    }
    if (result === undefined) return new Response(null, { status: 204 });
    const payload = fault?.kind === 'invalid-record' ? corrupt(result, fault.path, fault.value) : result;
    return jsonResponse(route.status, payload);
  }

  for (const route of routeList()) api.on(route.method, honoPath(route.path), (c) => run(route, c));
  api.all('*', () => problemResponse(problemForStatus(404, { detail: 'No such route in the clientela HTTP contract', kind: 'not-found' })));

  const handler = (async (request: Request) => {
    const response = await app.fetch(request);
    return dropped.has(request) ? Response.error() : response;
  }) as ClientelaHandler;
  Object.defineProperties(handler, {
    app: { value: app },
    basePath: { value: basePath },
    faults: { value: faults },
    latency: { get: () => state.latency, set: (value: Latency) => (state.latency = value), enumerable: true },
  });
  return handler;
}
