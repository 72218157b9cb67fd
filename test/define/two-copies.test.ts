/*
 * Two bundled copies of clientela on one page (a host app and a widget that both bundle it): their
 * element definitions must coexist without throwing, and a provider from one copy must feed the
 * consumers of the other, because context keys are versioned strings (not symbols or objects).
 *
 * Loads the BUILT bundle (dist/, made by `npm run build`) twice. `import('/dist/index.js?copy=1')` and
 * `?copy=2` give two instances of the entry module only: its chunks (`./chunks/*.js`, where the
 * classes live) resolve to the same URLs and would be shared, so such a test would pass without two
 * copies existing. `importCopy` therefore also gives each copy its own instance of every chunk it
 * imports (fetched and re-imported from blob: URLs), while external packages (lit, @lit/context, zod)
 * stay shared as they would in a host's build.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';

type Library = typeof import('../../src/index.js');

const IMPORT_SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])([^"'\n]+)\2/g;

/** A fresh instance of the module graph at `entry` (its relative imports included). */
async function importCopy(entry: string): Promise<Library> {
  const blobs = new Map<string, Promise<string>>();
  const load = (url: string): Promise<string> => {
    let blob = blobs.get(url);
    if (!blob) {
      blob = (async () => {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status} (run \`npm run build\` first)`);
        const source = await response.text();
        const targets = new Map<string, string>();
        for (const [, prefix, , specifier] of source.matchAll(IMPORT_SPECIFIER)) {
          if (!specifier || targets.has(specifier) || !/^\.{0,2}\//.test(specifier)) continue;
          const target = new URL(specifier, url);
          // The library's own files get a fresh instance per copy; packages (which the dev server
          // resolved to /node_modules/… paths) stay shared, by their absolute URL. Chunks loaded on
          // first use (`import(…)`) keep their URL: they import back into the chunks that load them,
          // a cycle blob: URLs cannot express (each needs the other's URL first).
          const dynamic = prefix?.startsWith('import') && prefix.includes('(');
          targets.set(specifier, target.pathname.startsWith('/dist/') && !dynamic ? await load(target.href) : target.href);
        }
        const rewritten = source
          .replace(IMPORT_SPECIFIER, (all, prefix: string, quote: string, specifier: string) =>
            targets.has(specifier) ? `${prefix}${quote}${targets.get(specifier)}${quote}` : all,
          )
          .replace(/^\/\/# sourceMappingURL=.*$/gm, '');
        return URL.createObjectURL(new Blob([`${rewritten}\n//# sourceURL=${url}`], { type: 'text/javascript' }));
      })();
      blobs.set(url, blob);
    }
    return blob;
  };
  return (await import(/* @vite-ignore */ await load(new URL(entry, location.href).href))) as Library;
}

describe('two bundled copies of the library', function () {
  // Copying dist/ (hundreds of modules, fetched and re-imported twice) takes >10 s on a busy machine.
  this.timeout(30_000);
  let copy1: Library;
  let copy2: Library;

  before(async () => {
    copy1 = await importCopy('/dist/index.js?copy=1');
    copy2 = await importCopy('/dist/index.js?copy=2');
  });

  it('are really two module instances of the same version', () => {
    expect(copy1.ClientProvider).to.not.equal(copy2.ClientProvider);
    expect(copy1.ClientelaElement).to.not.equal(copy2.ClientelaElement);
    expect(copy1.defineElement).to.not.equal(copy2.defineElement);
    expect(copy1.VERSION).to.equal(copy2.VERSION);
    expect(copy1.CONTEXT_KEYS).to.deep.equal(copy2.CONTEXT_KEYS);
  });

  it('define the same tag without throwing or warning', () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(copy1.defineElement('client-provider', copy1.ClientProvider)).to.equal('defined');
      expect(() => copy2.defineElement('client-provider', copy2.ClientProvider)).not.to.throw();
      expect(copy2.defineElement('client-provider', copy2.ClientProvider)).to.equal('already-defined');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('client-provider')).to.equal(copy1.ClientProvider);
  });

  it("feed a consumer class of copy 2 from copy 1's provider", async () => {
    class CopyTwoConsumer extends copy2.ClientelaElement {
      override render() {
        return litHtml`<p>${this.localize.t.common.retry}</p><span>${this.adapter ? 'adapter' : 'none'}</span>`;
      }
      get text() {
        return this.shadowRoot?.querySelector('p')?.textContent ?? '';
      }
    }
    copy2.defineElement('test-copy-two-consumer', CopyTwoConsumer);

    const stub = {
      clients: new Proxy(
        {},
        { get: (_target, name) => (name === 'then' ? undefined : async () => ({ items: [], total: 0, offset: 0, nextCursor: null })) },
      ),
    } as unknown as NonNullable<InstanceType<Library['ClientProvider']>['adapter']>;

    const provider = await fixture<InstanceType<Library['ClientProvider']>>(html`
      <client-provider .adapter=${stub} locale="en" .permissions=${['clients.view']}>
        <test-copy-two-consumer></test-copy-two-consumer>
      </client-provider>
    `);
    expect(provider).to.be.instanceOf(copy1.ClientProvider);
    const consumer = provider.querySelector('test-copy-two-consumer') as CopyTwoConsumer;
    expect(consumer).to.be.instanceOf(copy2.ClientelaElement);
    await consumer.updateComplete;

    // The adapter: provided by copy 1, wrapped by copy 1's withValidation, recognised by copy 2's.
    expect(consumer.adapter).to.exist;
    expect(copy2.isValidated(consumer.adapter!)).to.equal(true);
    expect(await consumer.adapter!.clients.list({})).to.deep.equal({ items: [], total: 0, offset: 0, nextCursor: null });

    // Permissions and locale, followed at runtime.
    expect(consumer.can('clients.view')).to.equal(true);
    expect(consumer.can('clients.purge')).to.equal(false);
    expect(consumer.text).to.equal('Try again');
    provider.locale = 'pt-BR';
    await waitUntil(() => consumer.text === 'Tentar novamente', 'copy 2 consumer did not follow copy 1 provider');
  });
});
