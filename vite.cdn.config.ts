// Vite: the CDN build (`vite build -c vite.cdn.config.ts`, part of `npm run build`): dist/cdn/clientela.js,
// one minified ES module that bundles everything (lit, @lit/*, zod included) for plain HTML pages,
// with tabs, catalogs and the memory adapter as chunks beside it. The library build (vite.config.ts)
// writes the rest of dist/ and empties it first, so it runs before this one; this one empties only
// dist/cdn/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const entry = fileURLToPath(new URL('./src/cdn.ts', import.meta.url));
// Runs zod's `config({ jitless: true })` before any schema is built (see the file). package.json's
// `sideEffects` lists only the define modules, so without this the bundler drops the import.
const jitless = fileURLToPath(new URL('./src/cdn/jitless.ts', import.meta.url));

type ModuleInfoLookup = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/** The modules the entry imports statically (transitively): what a page runs as soon as it loads the file. */
let startupModules: Set<string> | undefined;
function startupGraph(ctx: ModuleInfoLookup): Set<string> {
  if (startupModules) return startupModules;
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
  }
  return (startupModules = seen);
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: false,
  plugins: [
    {
      name: 'clientela-cdn-side-effects',
      transform(code, id) {
        return id === jitless ? { code, map: null, moduleSideEffects: true } : undefined;
      },
    },
  ],
  // Chunks and the import wizard's worker are found relative to import.meta.url: the folder can be
  // served from any path or host.
  base: './',
  worker: { format: 'es' },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    minify: true,
    // No <link rel=modulepreload> injection (and no polyfill): chunks load through plain import().
    modulePreload: false,
    lib: {
      entry,
      formats: ['es'],
      fileName: () => 'clientela.js',
    },
    rolldownOptions: {
      // One request for everything a page starts with. By default the modules the entry shares with the
      // lazy chunks (lit, zod, the elements' base…) went to common chunks, and lib mode's 'strict' entry
      // signature left clientela.js a one-line facade over them. The group below puts every module the
      // entry imports statically into the entry's own chunk, and 'allow-extension' lets that chunk
      // export what the lazy chunks import back from it (`import … from "../clientela.js"`).
      preserveEntrySignatures: 'allow-extension',
      onLog(level, log, handler) {
        // The list loads the wizard's define module on first use; this build registers the wizard up
        // front (src/cdn.ts), on purpose: that lazy import has nothing left to load here.
        if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && log.message.includes('src/define/client-import.ts')) return;
        handler(level, log);
      },
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Lib mode keeps whitespace and /*#__PURE__*/ marks in ES output for the host's bundler; this
        // file is the end product: fully minified, license comments kept.
        minify: true,
        comments: { legal: true, annotation: false, jsdoc: false },
        codeSplitting: {
          groups: [{ debugName: 'clientela startup', name: (id: string, ctx: ModuleInfoLookup) => (startupGraph(ctx).has(id) ? 'clientela' : null) }],
        },
      },
    },
  },
});
