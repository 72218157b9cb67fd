// @web/test-runner configuration: TypeScript tests in Debian's (or any local) Chromium.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.mjs';
import { HEADLESS_CHROME_ARGS } from './scripts/headless.mjs';
import { importTs } from './scripts/bundle-ts.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { pgServerPlugin } from './server/testing/test-servers.mjs';
import { bundlePlugin } from './scripts/wtr-bundle-plugin.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const executablePath = findChrome() ?? undefined; // undefined: let chrome-launcher search

const chromeArgs = ['--headless=new', ...HEADLESS_CHROME_ARGS];

// "ResizeObserver loop completed with undelivered notifications" (e.g. from a row measured again) is
// benign, but mocha turns any window error into a failure. Swallow exactly that error event, in the
// capture phase and before mocha (or anything else) registers its handlers.
const swallowResizeObserverLoop = `
<script>
  window.addEventListener('error', (event) => {
    if (typeof event.message === 'string' && event.message.includes('ResizeObserver loop')) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  }, true);
</script>`;

// The REST adapter tests also run over a real HTTP connection: the mock API server (the same handler
// MSW uses, mocks/server/node-server.ts) starts on a free port the first time a test page asks
// `GET /__api-url`, and stops with the test runner. Runs that never ask never start it.
function localApiServer() {
  let started;
  const start = () =>
    (started ??= importTs('mocks/server/node-server.ts').then(({ startApiServer }) =>
      startApiServer({ port: 0, control: true, memory: { clientCount: 60, seed: 7 } }),
    ));
  return {
    name: 'clientela-local-api',
    async serve(context) {
      if (context.path === '/__api-url') return { body: JSON.stringify({ url: (await start()).url }), type: 'json' };
      return undefined;
    },
    async serverStop() {
      if (started) await (await started).close();
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir,
  files: ['test/**/*.test.ts'],
  // 'browser' makes msw / @mswjs/interceptors resolve their browser builds (not the Node ones).
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    // tsconfig must be given explicitly (legacy decorators, useDefineForClassFields: false);
    // an explicit es2022 target (not 'auto') makes esbuild lower the decorators.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2022' }),
    localApiServer(),
    // The reference backend over PGlite and PostgreSQL, as child processes: GET /__pg-server/* (server/testing/).
    pgServerPlugin(),
    // Framework test hosts (React 18 / 19, Vue, Angular) bundled by esbuild: GET /__bundle/<path>.
    bundlePlugin({ rootDir }),
  ],
  middleware: [
    // The mock backend's service worker (and MSW's, which it imports) must be served from the root scope.
    function serveMswWorker(context, next) {
      if (context.path === '/mockServiceWorker.js' || context.path === '/mock-backend-worker.js') context.url = `/public${context.url}`;
      return next();
    },
    // test/csp/*.html: pages served with a strict Content-Security-Policy (test/csp/csp.test.ts opens
    // them in an iframe: the runner's own page has inline scripts).
    async function strictCspPages(context, next) {
      await next();
      if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) {
        context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      }
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeArgs },
      // Each test page in its own window: with concurrency > 1, background *tabs* get no animation
      // frames in new headless mode, so requestAnimationFrame / ResizeObserver never fire there.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
    }),
  ],
  concurrency: 2, // 2-core machine
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  // Per test file. The conformance suite against the reference server on PGlite (WASM) starts and
  // seeds that server first, and takes 75–110 s on a busy 2-core machine.
  testsFinishTimeout: 240_000,
  testFramework: {
    config: { ui: 'bdd', timeout: 10_000 },
  },
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html lang="en">
  <head><meta charset="utf-8">${swallowResizeObserverLoop}
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  // The 'development' condition loads Lit's dev build (better warnings); drop its banner.
  // (Angular's test host logs its development-mode banner too.)
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && (args[0].includes('Lit is in dev mode') || args[0].includes('Angular is running in development mode'))),
  reporters: [defaultReporter(), countReporter()],
};
