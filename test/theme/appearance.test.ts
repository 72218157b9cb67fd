import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ClientProvider } from '../../src/context/client-provider.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';
import { TOKENS } from '../../src/elements/shared/tokens.js';
import type { Appearance } from '../../src/theme/appearance.js';
import { SPA_BRAND, SPA_BRAND_LIGHT } from '../../stories/theming.brands.js';
import { $, memory, rows } from '../elements/client-list/helpers.js';
import { warnings } from '../support/console-capture.js';

/** A color as the browser computes it (rgb(…)), for comparing with getComputedStyle. */
function rgb(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

async function mount(appearance?: Appearance, pageBackground = 'transparent') {
  const provider = await fixture<ClientProvider>(html`<client-provider .adapter=${memory()} .appearance=${appearance} locale="en">
    <div style="width: 1100px; background: ${pageBackground}"><client-list></client-list></div>
  </client-provider>`);
  const list = provider.querySelector('client-list')!;
  list.scrollIntoView({ block: 'start' });
  await list.ready;
  await waitUntil(() => rows(list).length > 0, 'the list never showed rows', { timeout: 5000 });
  return { provider, list };
}

const createButton = (list: ClientList) => $(list, 'button.create')!;
const firstRow = (list: ClientList) => rows(list)[0]!;

describe('appearance on <client-provider>', () => {
  it('restyles the list inside its shadow root: primary button, rows, text, font, radius', async () => {
    const { list } = await mount({
      colorPrimary: '#1f6f50',
      colorPrimaryText: '#fffbe8',
      colorBackground: '#fbf8f1',
      colorText: '#20302a',
      fontFamily: 'Georgia, serif',
      borderRadius: 14,
    });
    const button = getComputedStyle(createButton(list));
    expect(button.backgroundColor).to.equal(rgb('#1f6f50'));
    expect(button.color).to.equal(rgb('#fffbe8'));
    // Buttons use the small radius: half of borderRadius.
    expect(button.borderTopLeftRadius).to.equal('7px');
    const row = getComputedStyle(firstRow(list));
    expect(row.backgroundColor).to.equal(rgb('#fbf8f1'));
    expect(getComputedStyle(list).color).to.equal(rgb('#20302a'));
    expect(getComputedStyle(list).fontFamily).to.equal('Georgia, serif');
  });

  it('sets the tokens through CSSOM only (no style attribute text, no <style> element)', async () => {
    const { provider } = await mount({ colorPrimary: '#1f6f50' });
    expect(provider.style.getPropertyValue('--client-color-accent')).to.equal('#1f6f50');
    expect(provider.querySelector('style')).to.equal(null);
    expect(provider.shadowRoot!.querySelector('style')).to.equal(null);
  });

  it('re-applies a new object at runtime, and keys it lacks go back to the defaults', async () => {
    const { provider, list } = await mount({ colorPrimary: '#1f6f50', borderRadius: 14 });
    const defaultSmallRadius = '4px';
    provider.appearance = { colorPrimary: 'rebeccapurple' };
    await provider.updateComplete;
    const button = getComputedStyle(createButton(list));
    expect(button.backgroundColor).to.equal(rgb('rebeccapurple'));
    expect(button.borderTopLeftRadius).to.equal(defaultSmallRadius);
    provider.appearance = undefined;
    await provider.updateComplete;
    expect(getComputedStyle(createButton(list)).backgroundColor).to.equal(rgb('#2f5bd3'));
    expect(provider.getAttribute('style') ?? '').to.equal('');
  });

  it('colorScheme dark flips the light-dark() defaults; light flips them back', async () => {
    const { provider, list } = await mount({ colorScheme: 'light' });
    const surface = TOKENS.find((token) => token.name === '--client-color-surface')!;
    expect(getComputedStyle(firstRow(list)).backgroundColor).to.equal(rgb(surface.light));
    provider.appearance = { colorScheme: 'dark' };
    await provider.updateComplete;
    expect(getComputedStyle(list).colorScheme).to.equal('dark');
    expect(getComputedStyle(firstRow(list)).backgroundColor).to.equal(rgb(surface.dark));
    expect(getComputedStyle(createButton(list)).backgroundColor).to.equal(rgb('#7ea2ff'));
    provider.appearance = { colorScheme: 'light' };
    await provider.updateComplete;
    expect(getComputedStyle(firstRow(list)).backgroundColor).to.equal(rgb(surface.light));
  });

  it('density scales the row height (--client-density)', async () => {
    const { provider, list } = await mount();
    const comfortable = firstRow(list).getBoundingClientRect().height;
    provider.appearance = { density: 'compact' };
    await provider.updateComplete;
    await waitUntil(() => firstRow(list).getBoundingClientRect().height < comfortable, 'compact rows are not shorter');
    const compact = firstRow(list).getBoundingClientRect().height;
    expect(compact / comfortable).to.be.closeTo(0.75, 0.03);
    provider.appearance = { density: 1.25 };
    await provider.updateComplete;
    await waitUntil(() => firstRow(list).getBoundingClientRect().height > comfortable, 'a density of 1.25 is not taller');
    expect(firstRow(list).getBoundingClientRect().height / comfortable).to.be.closeTo(1.25, 0.03);
  });

  it('an unknown key and a malformed color warn once each and keep the defaults; the rest applies', async () => {
    let list!: ClientList;
    let provider!: ClientProvider;
    const seen = await warnings(async () => {
      ({ list, provider } = await mount({ colorPrimary: 'not-a-color', colorBackground: '#fbf8f1', colourText: 'red', borderRadius: '3 apples' } as Appearance));
      // The same mistakes again (a re-render, a new object): no new warning.
      provider.appearance = { colorPrimary: 'not-a-color', colorBackground: '#fbf8f1', colourText: 'red' } as Appearance;
      await provider.updateComplete;
    });
    expect(seen.filter((w) => w.includes('appearance.colorPrimary'))).to.have.length(1);
    expect(seen.filter((w) => w.includes('appearance.colourText'))).to.have.length(1);
    expect(seen.filter((w) => w.includes('appearance.borderRadius'))).to.have.length(1);
    expect(seen).to.have.length(3);
    expect(getComputedStyle(createButton(list)).backgroundColor).to.equal(rgb('#2f5bd3'));
    expect(getComputedStyle(firstRow(list)).backgroundColor).to.equal(rgb('#fbf8f1'));
  });

  it('two providers on one page style their own elements', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <client-provider id="a" .adapter=${memory()} .appearance=${{ colorPrimary: '#1f6f50' }}><client-list></client-list></client-provider>
      <client-provider id="b" .adapter=${memory()} .appearance=${{ colorPrimary: '#8a1538' }}><client-list></client-list></client-provider>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('client-list')];
    await Promise.all([a!.ready, b!.ready]);
    await waitUntil(() => createButton(a!) && createButton(b!));
    expect(getComputedStyle(createButton(a!)).backgroundColor).to.equal(rgb('#1f6f50'));
    expect(getComputedStyle(createButton(b!)).backgroundColor).to.equal(rgb('#8a1538'));
  });

  it('keeps the branded list accessible (the dark spa brand of the theming story)', async () => {
    // The host page paints its own background under the list, as the story does.
    const { list, provider } = await mount(SPA_BRAND, SPA_BRAND.colorBackground);
    await expect(list).to.be.accessible();
    provider.appearance = SPA_BRAND_LIGHT;
    (list.parentElement as HTMLElement).style.background = SPA_BRAND_LIGHT.colorBackground;
    await provider.updateComplete;
    await expect(list).to.be.accessible();
  });
});
