// web-test-runner plugin: `GET /__bundle/<path>` answers the repository file <path> (a .ts or .js
// module) bundled by esbuild into one browser ES module, with its packages resolved from the
// node_modules nearest to that file. For test hosts whose frameworks ship CommonJS (React 18 and 19)
// or need `process.env.NODE_ENV` replaced (Vue, Angular), which the dev server cannot serve as they are.
// A bundle holds what it imports: import clientela's own modules through the dev server as usual, and
// keep the framework (and only it) behind /__bundle/, so the page has one copy of lit and the elements.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';

const PREFIX = '/__bundle/';

/** @param {{ rootDir: string }} options */
export function bundlePlugin({ rootDir }) {
  const cache = new Map();
  return {
    name: 'clientela-bundle',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = normalize(join(rootDir, context.path.slice(PREFIX.length)));
      if (relative(rootDir, file).startsWith('..') || !existsSync(file)) {
        return { status: 404, body: `no such module: ${context.path}` };
      }
      let pending = cache.get(file);
      if (!pending) {
        pending = build({
          entryPoints: [file],
          bundle: true,
          write: false,
          format: 'esm',
          platform: 'browser',
          target: 'es2022',
          sourcemap: 'inline',
          logLevel: 'warning',
          define: { 'process.env.NODE_ENV': '"development"' },
          tsconfig: join(rootDir, 'tsconfig.json'),
        }).then((result) => result.outputFiles[0].text);
        cache.set(file, pending);
        pending.catch(() => cache.delete(file));
      }
      return { body: await pending, type: 'js' };
    },
  };
}
