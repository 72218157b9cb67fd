// web-test-runner plugin: `GET /__bundle/<path>` answers the repository file <path> (a .ts or .js
// module) bundled by esbuild into one browser ES module, with its packages resolved from the
// node_modules nearest to that file. For test hosts whose frameworks ship CommonJS (React 18 and 19)
// or need `process.env.NODE_ENV` replaced (Vue, Angular), which the dev server cannot serve as they are.
// A bundle holds what it imports: import clientela's own modules through the dev server as usual, and
// keep the framework (and only it) behind /__bundle/, so the page has one copy of lit and the elements.
// `?version=X` bundles the file with clientela's VERSION (src/version.ts) replaced by X: a whole second
// copy of another version, for the tests of two copies on one page (test/define/two-copies-versions.test.ts).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, normalize, relative } from 'node:path';

const PREFIX = '/__bundle/';

/** An esbuild plugin that loads src/version.ts with `VERSION` set to `version`. */
function versionPlugin(versionFile, version) {
  return {
    name: 'clientela-version',
    setup(build) {
      build.onLoad({ filter: /[\\/]version\.ts$/ }, async (args) => {
        if (normalize(args.path) !== versionFile) return undefined;
        const source = await readFile(args.path, 'utf8');
        const patched = source.replace(/export const VERSION = '[^']*'/, `export const VERSION = ${JSON.stringify(version)}`);
        if (patched === source) throw new Error(`${versionFile}: no \`export const VERSION = '…'\` to replace`);
        return { contents: patched, loader: 'ts' };
      });
    },
  };
}

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
      const version = typeof context.query?.version === 'string' ? context.query.version : undefined;
      const key = version === undefined ? file : `${file}?version=${version}`;
      let pending = cache.get(key);
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
          plugins: version === undefined ? [] : [versionPlugin(join(rootDir, 'src', 'version.ts'), version)],
        }).then((result) => result.outputFiles[0].text);
        cache.set(key, pending);
        pending.catch(() => cache.delete(key));
      }
      return { body: await pending, type: 'js' };
    },
  };
}
