/*
 * The built <client-file> (dist/, made by `npm run build` before the tests): the element renders,
 * and its tabs load from their own chunks through the dynamic imports the build emitted.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

type Library = typeof import('../../../src/index.js');

describe('<client-file> from dist/', () => {
  it('renders the header and loads a tab lazily from the built chunks', async () => {
    const library = (await import(/* @vite-ignore */ '/dist/index.js' as string)) as Library;
    await import(/* @vite-ignore */ '/dist/define/client-file.js' as string);
    expect(customElements.get('client-file')).to.exist;
    expect(customElements.get('client-insights')).to.equal(undefined);
    const adapter = library.createMemoryAdapter({ clientCount: 20, referenceDate: '2026-11-23' });
    const file = await fixture<HTMLElement>(html`<client-file client-id="cl-000002" tab="insights" .adapter=${adapter}></client-file>`);
    await waitUntil(() => file.shadowRoot?.querySelector('.banner') !== null, 'the built header never rendered', { timeout: 5000 });
    await waitUntil(() => customElements.get('client-insights') !== undefined, 'the insights chunk never loaded', { timeout: 5000 });
    const insights = file.shadowRoot!.querySelector('client-insights')!;
    await waitUntil(() => insights.shadowRoot?.querySelector('.cards, [part~="state-empty"]') !== null, 'the built tab never rendered', { timeout: 5000 });
    await expect(file).to.be.accessible();
  });
});
