// What `import { … } from 'clientela/react'` costs a React host at first load: bundles a one-line host
// entry with esbuild and with Vite (react and react-dom external: the host has them anyway), from the
// sources (src/ is covered by package.json "sideEffects" like dist/), and lists which define modules and
// element folders load at start. Usage: node scripts/measure-react-host.mjs [ClientList ClientFile …]
// (default: ClientList; then ClientProvider + ClientList + ClientFile; then provider + list from their
// per-element entries `clientela/react/<tag>.js`). Exits 1 when an import of only
// ClientList (+ provider) brings any tab's define module at start.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const external = ['react', 'react-dom', 'react/jsx-runtime'];
const kb = (code) => gzipSync(code).length / 1024;

/** @returns {{ initial: number, lazy: number, inputs: string[] }} gzip kB at start / lazily, source modules at start */
async function esbuildFigures(entry, dir) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    outdir: join(dir, 'esbuild'),
    external,
    conditions: ['browser', 'production'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  const outputs = result.metafile.outputs;
  const code = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const absolute = (out) => join(process.cwd(), out);
  const entryOut = Object.keys(outputs).find((out) => outputs[out].entryPoint && absolute(outputs[out].entryPoint) === entry);
  const initial = new Set();
  for (const pending = [entryOut]; pending.length; ) {
    const out = pending.pop();
    if (initial.has(out)) continue;
    initial.add(out);
    for (const { kind, path, external: isExternal } of outputs[out].imports) if (kind === 'import-statement' && !isExternal) pending.push(path);
  }
  const sum = (outs) => outs.reduce((total, out) => total + kb(code.get(absolute(out))), 0);
  const js = Object.keys(outputs).filter((out) => out.endsWith('.js'));
  return {
    initial: sum(js.filter((out) => initial.has(out))),
    lazy: sum(js.filter((out) => !initial.has(out))),
    inputs: [...initial].flatMap((out) => Object.entries(outputs[out].inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => absolute(path))),
  };
}

async function viteFigures(entry, dir) {
  const { build } = await import('vite');
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: join(dir, 'vite'),
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      rolldownOptions: { input: entry, external, preserveEntrySignatures: 'strict' },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((out) => out.output).filter((out) => out.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  for (const pending = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName); pending.length; ) {
    const name = pending.pop();
    if (initial.has(name)) continue;
    initial.add(name);
    pending.push(...(byName.get(name)?.imports ?? []));
  }
  const sum = (list) => list.reduce((total, chunk) => total + kb(chunk.code), 0);
  const first = chunks.filter((chunk) => initial.has(chunk.fileName));
  return {
    initial: sum(first),
    lazy: sum(chunks.filter((chunk) => !initial.has(chunk.fileName))),
    inputs: first.flatMap((chunk) => Object.entries(chunk.modules).filter(([, module]) => module.renderedLength > 0).map(([id]) => id)),
  };
}

const relative = (path) => path.replaceAll('\\', '/').replace(`${root.replaceAll('\\', '/')}`, '');
const defines = (inputs) => [...new Set(inputs.map(relative).filter((path) => /^src\/define\/client-/.test(path)))].sort();
const folders = (inputs) => [...new Set(inputs.map(relative).map((path) => path.match(/^src\/elements\/(client-[^/]+)\//)?.[1]).filter(Boolean))].sort();

const tagOf = (name) => name.replace(/[A-Z]/g, (c, i) => `${i ? '-' : ''}${c.toLowerCase()}`);

/**
 * Measures one host entry importing `names` from clientela/react (or, `perElement`, each from its own
 * `clientela/react/<tag>.js`); returns the figures per bundler.
 */
export async function measureReactImport(names, { perElement = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'clientela-react-host-'));
  try {
    const entry = join(dir, 'host.js');
    const imports = perElement
      ? names.map((name) => `import { ${name} } from ${JSON.stringify(join(root, `src/react/elements/${tagOf(name)}.generated.ts`))};`).join('\n')
      : `import { ${names.join(', ')} } from ${JSON.stringify(join(root, 'src/react/index.ts'))};`;
    writeFileSync(entry, `${imports}\nconsole.log(${names.join(', ')});\n`);
    const figures = { esbuild: await esbuildFigures(entry, dir), vite: await viteFigures(entry, dir) };
    const from = perElement ? names.map((name) => `'clientela/react/${tagOf(name)}.js'`).join(', ') : `'clientela/react'`;
    console.log(`import { ${names.join(', ')} } from ${from} (min + gzip kB, react external)`);
    for (const [bundler, { initial, lazy, inputs }] of Object.entries(figures)) {
      console.log(`  ${bundler.padEnd(7)} at start ${initial.toFixed(1).padStart(6)}  lazy ${lazy.toFixed(1).padStart(6)}`);
      console.log(`          define modules at start: ${defines(inputs).join(', ') || '(none)'}`);
      console.log(`          element folders at start: ${folders(inputs).join(', ') || '(none)'}`);
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
const runs = argv.length > 0 ? [{ names: argv }] : [
  { names: ['ClientList'] },
  { names: ['ClientProvider', 'ClientList', 'ClientFile'] },
  // esbuild with `splitting` keeps every module a re-export names: the per-element entries avoid that.
  { names: ['ClientProvider', 'ClientList'], perElement: true },
];
let failed = false;
for (const { names, perElement } of runs) {
  const figures = await measureReactImport(names, { perElement });
  if (!names.includes('ClientFile')) {
    // Only the list (and provider): no tab of the file may load at start.
    const allowed = new Set(names.map((name) => `src/define/${tagOf(name)}.ts`));
    for (const [bundler, { inputs }] of Object.entries(figures)) {
      const extra = defines(inputs).filter((path) => !allowed.has(path));
      if (extra.length > 0) {
        console.error(`  ${bundler}: the first load holds define modules it should not: ${extra.join(', ')}`);
        failed = true;
      }
    }
  }
}
process.exitCode = failed ? 1 : 0;
