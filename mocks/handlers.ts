// MSW request handlers: every request under the base path goes to the one server-side handler of
// the HTTP contract (mocks/server/handler.ts). Used by the tests, Storybook and the demo.
import { http, type HttpHandler } from 'msw';
import type { ClientelaHandler } from './server/handler.js';

/** `http.all('<basePath>/*')` handing the Request to the contract handler (default base '/api'). */
export function createMswHandlers(handler: ClientelaHandler): HttpHandler[] {
  return [http.all(`${handler.basePath}/*`, ({ request }) => handler(request))];
}
