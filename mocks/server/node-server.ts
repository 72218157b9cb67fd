// The same handler as a real Node HTTP server on localhost (`npm run api:mock`, and the REST tests over a
// real network connection). A dropped-connection fault destroys the socket.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/adapters/memory/index.js';
import { demoSessions } from './demo-auth.js';
import { createClientelaHandler, type ClientelaHandler, type ClientelaHandlerOptions } from './handler.js';

export interface ApiServerOptions extends Omit<ClientelaHandlerOptions, 'adapter' | 'authenticate'> {
  /** Port to listen on; 0 picks a free one. Default 8787. */
  port?: number;
  /** Default '127.0.0.1' (localhost only). */
  hostname?: string;
  /** The memory adapter behind the server. Default: 500 clients, seed 1. */
  memory?: MemoryAdapterOptions;
}

export interface ApiServer {
  /** e.g. 'http://127.0.0.1:8787/api' — the REST adapter's baseUrl. */
  url: string;
  port: number;
  handler: ClientelaHandler;
  server: Server;
  close(): Promise<void>;
}

export function startApiServer(options: ApiServerOptions = {}): Promise<ApiServer> {
  const { port = 8787, hostname = '127.0.0.1', memory, ...handlerOptions } = options;
  const adapter = createMemoryAdapter({ clientCount: 500, ...memory });
  const handler = createClientelaHandler({ ...handlerOptions, adapter, authenticate: demoSessions(adapter) });
  return listen(handler, { port, hostname });
}

/** Serves a handler over Node HTTP on localhost (also the PostgreSQL server's, server/). */
export function listen(handler: ClientelaHandler, { port, hostname }: { port: number; hostname: string }): Promise<ApiServer> {
  const listener = getRequestListener(
    async (request, env) => {
      const response = await handler(request);
      if (response.type !== 'error') return response;
      env.incoming.socket.destroy(); // the connection drops: no status, no body
      return RESPONSE_ALREADY_SENT;
    },
    { overrideGlobalObjects: false },
  );
  const server = createServer((incoming, outgoing) => void listener(incoming, outgoing));
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      const address = server.address() as AddressInfo;
      const origin = `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${address.port}`;
      resolve({
        url: `${origin}${handler.basePath}`,
        port: address.port,
        handler,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
