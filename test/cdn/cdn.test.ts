/*
 * The CDN build (`vite build -c vite.cdn.config.ts` → dist/cdn/, part of `npm run build`): one ES
 * module a plain HTML page loads with one script tag, its tabs, catalogs and memory adapter loaded on
 * first use from the folder it was loaded from. Runs the example page examples/cdn.html in an iframe
 * (its own window and registry: the test page's lit and elements are not involved) and checks what a
 * user sees and what the page requested.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clickTab, inShadow, openFrame, requestedPaths, textOf, untilShadow, untilTabRendered, windowOf } from './frame.js';

const BASE = '/dist/cdn/';
const PAGE_FILES = ['/examples/cdn.html', '/examples/cdn-setup.js', '/examples/cdn.css'];
// The test server adds its live-reload socket script to every HTML page it serves.
const TEST_SERVER_FILES = ['/__web-dev-server__web-socket.js'];

/*
 * Static `import … from "…"` / `export … from "…"` / `import "…"` specifiers of a module's source.
 * (The test server re-prints every .js file with esbuild, one statement per line, so the statements
 * start lines; strings inside the code do not.)
 */
const staticSpecifiers = (source: string) =>
  [...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*(["'])([^"']+)\1|^import\s*(["'])([^"']+)\3/gm)].map((match) => match[2] ?? match[4]!);
const dynamicSpecifiers = (source: string) => [...source.matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1/g)].map((match) => match[2]!);

describe('the CDN build (dist/cdn/clientela.js)', function () {
  this.timeout(40_000);
  let frame: HTMLIFrameElement;
  const $ = <T extends Element = HTMLElement>(selector: string) => windowOf(frame).document.querySelector<T>(selector)!;
  const chunksLoaded = (name: string) => requestedPaths(frame).filter((path) => new RegExp(`^${BASE}chunks/${name}-[\\w-]+\\.js$`).test(path));

  before(async () => {
    const response = await fetch(`${BASE}clientela.js`, { method: 'HEAD' });
    if (!response.ok) throw new Error(`${BASE}clientela.js: HTTP ${response.status} (run \`npx vite build -c vite.cdn.config.ts\` first)`);
    frame = await openFrame('/examples/cdn.html', { width: 1280, height: 900 });
  });
  after(() => frame?.remove());

  it('is one module with no static import; its chunks and worker are addressed relative to it', async () => {
    const source = await (await fetch(`${BASE}clientela.js`)).text();
    expect(staticSpecifiers(source), 'clientela.js imports other files statically').to.deep.equal([]);
    const lazy = dynamicSpecifiers(source);
    expect(lazy.length).to.be.greaterThan(20);
    expect(lazy.filter((specifier) => !/^\.\/chunks\/[\w.-]+\.js$/.test(specifier))).to.deep.equal([]);
    expect(source).to.match(/new URL\(\s*["'`]assets\/parse\.worker-[\w-]+\.js["'`],\s*import\.meta\.url\)/);
    // A tab's chunk imports only the main file and other chunks, by relative paths.
    const main = new URL(`${BASE}clientela.js`, location.href);
    const chunk = new URL(lazy.find((specifier) => /\/client-wallet-/.test(specifier))!, main);
    const chunkImports = staticSpecifiers(await (await fetch(chunk)).text());
    expect(chunkImports.every((specifier) => specifier.startsWith('.')), chunkImports.join()).to.equal(true);
    const targets = chunkImports.map((specifier) => new URL(specifier, chunk).pathname);
    expect(targets).to.include(main.pathname);
    expect(targets.filter((path) => path !== main.pathname && !path.startsWith(`${BASE}chunks/`))).to.deep.equal([]);
  });

  it('is loaded by one script tag of the example page, which renders the list from it', async () => {
    const win = windowOf(frame);
    const scripts = [...win.document.querySelectorAll('script')].filter((script) => !TEST_SERVER_FILES.includes(new URL(script.src).pathname));
    expect(scripts.map((script) => [script.type, new URL(script.src).pathname])).to.deep.equal([
      ['module', `${BASE}clientela.js`],
      ['module', '/examples/cdn-setup.js'],
    ]);
    expect(scripts.every((script) => script.textContent === '')).to.equal(true);
    await waitUntil(() => win.customElements.get('client-list'), 'client-list was never defined', { timeout: 8000 });
    for (const tag of ['client-provider', 'client-list', 'client-file', 'client-import']) expect(win.customElements.get(tag), tag).to.exist;
    // Not the test page's registry: the bundle brings its own copy of everything.
    expect(customElements.get('client-list')).to.equal(undefined);

    const list = $('client-list');
    await waitUntil(() => inShadow(list, '.body > .row[data-id]'), 'the list never showed a client', { timeout: 10_000 });
    expect(textOf(inShadow(list, '.body > .row[data-id] .name'))).to.match(/\S+ \S+/);
    // The memory adapter came as a chunk of its own; no tab code is loaded before a file opens.
    expect(requestedPaths(frame).some((path) => path.startsWith(`${BASE}chunks/`))).to.equal(true);
    expect(win.customElements.get('client-profile')).to.equal(undefined);
    expect(chunksLoaded('client-profile')).to.deep.equal([]);
  });

  it('opens a client in the file and loads each tab the first time it is shown', async () => {
    const win = windowOf(frame);
    const list = $('client-list');
    const file = $('client-file');
    expect(file.hidden).to.equal(true);
    const row = inShadow(list, '.body > .row[data-id]')!;
    const name = textOf(row.querySelector('.name'));
    row.querySelector<HTMLElement>('[data-action="open"]')!.click();
    await waitUntil(() => !file.hidden, 'the file never opened');
    expect(file.getAttribute('client-id')).to.equal(row.dataset['id']);
    await untilShadow(file, '.banner');
    await waitUntil(() => textOf(inShadow(file, '.name')) === name, `the file never showed ${name}`, { timeout: 8000 });

    await untilTabRendered(file, 'profile', 'client-profile');
    expect(win.customElements.get('client-profile')).to.exist;
    expect(chunksLoaded('client-profile')).to.have.length(1);
    expect(win.customElements.get('client-wallet')).to.equal(undefined);

    clickTab(file, 'wallet');
    const wallet = await untilTabRendered(file, 'wallet', 'client-wallet');
    expect(chunksLoaded('client-wallet')).to.have.length(1);
    await waitUntil(() => /€/.test(wallet.shadowRoot!.textContent ?? ''), 'the wallet never showed an amount', { timeout: 8000 });
  });

  it('switches to Spanish at runtime, loading the catalog from the same folder', async () => {
    const list = $('client-list');
    const file = $('client-file');
    expect(chunksLoaded('es')).to.deep.equal([]);
    const select = $<HTMLSelectElement>('#locale');
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => inShadow<HTMLInputElement>(list, 'input[type="search"]')?.placeholder === 'Busca por nombre, teléfono o email', 'the list never spoke Spanish', { timeout: 8000 });
    await waitUntil(() => textOf(inShadow(file, '[role="tab"][data-tab="profile"]')) === 'Perfil', 'the file never spoke Spanish', { timeout: 8000 });
    expect(chunksLoaded('es')).to.have.length(1);
    expect(chunksLoaded('list.es')).to.have.length(1);
  });

  it("requested nothing outside the folder of clientela.js (besides the page's own files)", () => {
    const outside = requestedPaths(frame).filter((path) => !path.startsWith(BASE) && !PAGE_FILES.includes(path) && !TEST_SERVER_FILES.includes(path));
    expect(outside).to.deep.equal([]);
    // Everything it did request exists under that folder.
    expect(requestedPaths(frame).filter((path) => path.startsWith(BASE)).length).to.be.greaterThan(5);
  });
});
