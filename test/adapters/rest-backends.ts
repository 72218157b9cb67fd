// The two places the REST adapter's tests reach the mock backend: MSW's service worker in this page,
// and the real local HTTP server web-test-runner.config.mjs starts (its URL from GET /__api-url).
import { startMockBackend, type MockBackend } from '../../mocks/browser.js';

let msw: Promise<MockBackend> | undefined;
let local: Promise<string> | undefined;

/** One MSW backend per test page (small data set: the suite creates what it needs). */
export function mswBackend(): Promise<MockBackend> {
  return (msw ??= startMockBackend({ clientCount: 60, seed: 7 }));
}

/** The base URL of the local HTTP API server, e.g. http://127.0.0.1:41234/api. */
export function localApiUrl(): Promise<string> {
  return (local ??= fetch('/__api-url')
    .then((response) => response.json() as Promise<{ url: string }>)
    .then(({ url }) => url));
}
