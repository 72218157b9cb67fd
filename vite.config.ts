// Vite: `npm start` / `vite` serves the demo (root index.html + public/ for the MSW worker);
// `vite build` builds the library (ESM only) into dist/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * Entry points: index, testing, the small `adapter` and `rest` entries, and one per
 * `src/define/<name>.ts` (except the shared define.ts).
 */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: src('index.ts'),
    testing: src('testing.ts'),
    'adapter-entry': src('adapter-entry.ts'),
    'rest-entry': src('rest-entry.ts'),
    // clientela/react: the @lit/react wrappers (react itself is the host's: a peer dependency, external).
    'react/index': src('react/index.ts'),
    // clientela/vue and clientela/angular: typings, the tag lists and tiny helpers (no framework import).
    'vue/index': src('vue/index.ts'),
    'angular/index': src('angular/index.ts'),
  };
  const defineDir = src('define');
  if (existsSync(defineDir)) {
    for (const file of readdirSync(defineDir).sort()) {
      if (!file.endsWith('.ts') || file.endsWith('.d.ts') || file.endsWith('.test.ts')) continue;
      if (file === 'define.ts') continue;
      entries[`define/${file.slice(0, -'.ts'.length)}`] = src(`define/${file}`);
    }
  }
  return entries;
}

// lit, lit/*, @lit/*, zod, zod/*, react-dom — plus anything the package declares as a (peer) dependency (react).
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const externalPackages = new Set(['lit', 'zod', 'react-dom', ...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
function isExternal(id: string): boolean {
  if (id.startsWith('@lit/')) return true;
  for (const name of externalPackages) {
    if (id === name || id.startsWith(`${name}/`)) return true;
  }
  return false;
}

export default defineConfig(({ command }) => ({
  root,
  // Dev server: public/ holds mockServiceWorker.js for the demo. The build must not copy it to dist/.
  publicDir: command === 'serve' ? 'public' : false,
  // The import parse worker (src/import-export/parse.worker.ts): its URL in dist/ must be relative to
  // the module that starts it (`new URL('../assets/…', import.meta.url)`, not '/assets/…'), and an ES
  // worker can load its XLSX reader as a separate chunk, only when an XLSX file is chosen.
  base: command === 'build' ? './' : '/',
  worker: { format: 'es' },
  server: {
    port: 5173,
    strictPort: false,
  },
  preview: {
    port: 4173,
    strictPort: false,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // Readable output (names, whitespace); `npm run bench` reports gzip sizes.
    minify: false,
    lib: {
      entry: libraryEntries(),
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        // One file per source module (dist/elements/client-list/row.js…): a host's bundler then drops
        // every module the host does not use, by the package's `sideEffects` (only the define modules
        // have any). Merged chunks made `import { AdapterError } from 'clientela'` bring a whole chunk
        // of the model, and the main entry every element.
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Keep real export names in shared chunks (readable output and stack traces).
        minifyInternalExports: false,
      },
    },
  },
}));
