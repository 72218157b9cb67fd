/*
 * Two copies of clientela of DIFFERENT versions on one page: the host app bundles one (here: the
 * source modules, version VERSION), and a widget brings a whole second copy with its own lit, zod and
 * elements (here: the CDN entry bundled by esbuild with VERSION replaced, `/__bundle/src/cdn.ts?version=…`,
 * scripts/wtr-bundle-plugin.mjs). Loading the second copy must not throw; it warns exactly once,
 * naming both versions; the first copy keeps the tags it registered, the second registers the tags
 * still free, and elements of both copies render and work together (same major: shared contexts).
 * (Two copies of the same version: two-copies.test.ts.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/client-provider.js';
import '../../src/define/client-list.js';
import '../../src/define/client-file.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { ClientProvider } from '../../src/context/client-provider.js';
import { ClientList } from '../../src/elements/client-list/client-list.js';
import { ClientFileElement } from '../../src/elements/client-file/client-file.js';
import { MAJOR, VERSION } from '../../src/version.js';

type SecondCopy = typeof import('../../src/cdn.js');
type Versioned = CustomElementConstructor & { version?: string };

const OTHER_VERSION = '9.8.7-other';

const $ = <T extends Element = HTMLElement>(host: Element | null | undefined, selector: string) => host?.shadowRoot?.querySelector<T>(selector) ?? null;
const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('two copies of different versions on one page', function () {
  this.timeout(30_000);
  let second: SecondCopy;
  const warnings: unknown[][] = [];
  const originalWarn = console.warn;

  before(async () => {
    // The first copy (this page's source modules) registered its tags when this file loaded.
    expect(customElements.get('client-list')).to.equal(ClientList);
    expect(customElements.get('client-import')).to.equal(undefined);
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
      originalWarn.apply(console, args);
    };
    second = (await import(/* @vite-ignore */ `/__bundle/src/cdn.ts?version=${OTHER_VERSION}` as string)) as SecondCopy;
  });
  after(() => {
    console.warn = originalWarn;
  });

  it('loads the second copy without throwing: really another copy, of another version and the same major', () => {
    expect(second.VERSION).to.equal(OTHER_VERSION);
    expect(VERSION).to.not.equal(OTHER_VERSION);
    expect(second.MAJOR).to.equal(MAJOR);
    expect(second.ClientList).to.not.equal(ClientList);
    expect((second.ClientList as unknown as Versioned).version).to.equal(OTHER_VERSION);
    expect((ClientList as unknown as Versioned).version).to.equal(VERSION);
  });

  it('warns exactly once, naming both versions', () => {
    expect(warnings, JSON.stringify(warnings.map((args) => String(args[0])))).to.have.length(1);
    const message = String(warnings[0]![0]);
    expect(message).to.contain(`clientela ${VERSION}`).and.contain(`clientela ${OTHER_VERSION}`);
    expect(message).to.match(/<client-(provider|list|file)>/);
  });

  it('leaves each tag to the copy that registered it first', () => {
    for (const [tag, first] of [
      ['client-provider', ClientProvider],
      ['client-list', ClientList],
      ['client-file', ClientFileElement],
    ] as const) {
      expect(customElements.get(tag), tag).to.equal(first);
    }
    // Free when the second copy loaded: it is the second copy's.
    expect(customElements.get('client-import')).to.equal(second.ClientImport);
    expect((customElements.get('client-import') as Versioned).version).to.equal(OTHER_VERSION);
    // Defining again (a third load of either copy) is quiet and changes nothing.
    expect(second.defineElement('client-list', second.ClientList)).to.equal('version-conflict');
    expect(customElements.get('client-list')).to.equal(ClientList);
  });

  it("renders both copies' elements together: the first copy's list and file, the second copy's import wizard", async () => {
    const adapter = createMemoryAdapter({ clientCount: 30, seed: 3, referenceDate: '2026-11-23' });
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 1100px">
      <client-provider .adapter=${adapter} locale="en">
        <client-list></client-list>
        <client-file client-id="cl-000002" .tabs=${['profile', 'notes']}></client-file>
      </client-provider>
    </div>`);
    const list = wrapper.querySelector('client-list')!;
    const file = wrapper.querySelector('client-file')!;
    await waitUntil(() => $(list, '.body > .row[data-id]'), 'the list never showed a client', { timeout: 8000 });
    await waitUntil(() => $(file, '.banner') && textOf($(file, '.name')).length > 0, 'the file never showed its client', { timeout: 8000 });
    await waitUntil(() => file.shadowRoot!.querySelector('client-profile')?.shadowRoot?.childElementCount, 'the profile tab never rendered', { timeout: 8000 });

    // The first copy's list opens the wizard: the tag belongs to the second copy, whose element
    // renders inside it and reads the first copy's provider (the same major's context keys).
    $(list, '[part~="import-button"]')!.click();
    await waitUntil(() => $(list, 'client-import'), 'the wizard was never created', { timeout: 8000 });
    const wizard = $(list, 'client-import')!;
    expect(wizard).to.be.instanceOf(second.ClientImport);
    await waitUntil(() => $(wizard, 'dialog[open]'), 'the wizard never opened', { timeout: 8000 });
    expect(textOf($(wizard, 'dialog[open]'))).to.contain('Import clients');
    // The first copy's own define module for the wizard ran as well (the list loads it on first use):
    // no second warning for the same two versions.
    expect(warnings).to.have.length(1);
  });
});
