// The mock backend's stand-in for authentication. A real backend finds the session behind a
// request's credentials; this one reads it from a demo token that carries the session itself:
//
//   createRestAdapter({ baseUrl, getAuthHeaders: () => ({ Authorization: demoToken({ permissions }) }) })
//
// A request without one is the memory adapter's own session (every permission, by default).
import * as z from 'zod/mini';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';
import { Permission, SessionUser } from '../../src/model/session.js';

const SCHEME = 'Bearer clientela-demo.';

const DemoSession = z.object({ permissions: z.array(Permission), user: z.optional(SessionUser) });
export type DemoSession = z.infer<typeof DemoSession>;

const toBase64 = (text: string) => btoa(Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join(''));
const fromBase64 = (base64: string) => new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));

/** The Authorization header value that signs a request in as this session. */
export function demoToken(session: DemoSession): string {
  return `${SCHEME}${toBase64(JSON.stringify(session))}`;
}

function unauthorized(detail: string): AdapterError {
  return new AdapterError('forbidden', detail, { status: 401, resource: 'session' });
}

/** The adapter a request's demo token signs in to (the same data), or `memory` without a token. */
export function demoSessions(memory: MemoryAdapter): (request: Request) => ClientDataAdapter {
  const views = new Map<string, MemoryAdapter>();
  return (request) => {
    const header = request.headers.get('Authorization');
    if (header === null || !header.startsWith(SCHEME)) return memory;
    const token = header.slice(SCHEME.length);
    let view = views.get(token);
    if (!view) {
      let session: DemoSession;
      try {
        session = DemoSession.parse(JSON.parse(fromBase64(token)));
      } catch {
        throw unauthorized('The demo token is not a session (see mocks/server/demo-auth.ts)');
      }
      view = memory.withSession(session);
      views.set(token, view);
    }
    return view;
  };
}
