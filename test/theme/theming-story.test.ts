import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ClientProvider } from '../../src/context/client-provider.js';
import meta, { LightDarkSwitch, SpaBrand } from '../../stories/theming.stories.js';
import { SPA_BRAND } from '../../stories/theming.brands.js';

type Args = NonNullable<typeof meta.args>;
const args = meta.args as Required<Args>;

async function renderStory(render: (a: Required<Args>) => unknown) {
  const wrapper = await fixture<HTMLElement>(html`<div>${render(args)}</div>`);
  const provider = wrapper.querySelector<ClientProvider>('client-provider')!;
  const list = provider.querySelector('client-list')!;
  const file = provider.querySelector('client-file')!;
  await list.ready;
  await waitUntil(() => list.shadowRoot?.querySelector('.body > .row[data-id]') && file.shadowRoot?.querySelector('[role="tab"]'), 'the story never rendered', { timeout: 8000 });
  return { provider, list, file, wrapper };
}

describe('theming stories', () => {
  it('the spa brand story styles the list and the file from the appearance object alone', async () => {
    const { provider, list, file } = await renderStory(meta.render as never);
    expect(provider.appearance).to.deep.include({ colorPrimary: SPA_BRAND.colorPrimary, density: 'compact' });
    expect(getComputedStyle(list).colorScheme).to.equal('dark');
    expect(getComputedStyle(file).fontFamily).to.include('Georgia');
    expect(SpaBrand.name).to.match(/spa/i);
  });

  it('the spa brand story is accessible: the list and the file (contrast included)', async () => {
    const { list, file } = await renderStory(meta.render as never);
    await waitUntil(() => file.shadowRoot?.querySelector('[role="tabpanel"] *:not(slot)') || file.shadowRoot?.querySelector('[role="tabpanel"]'), 'no tab panel', { timeout: 8000 });
    await expect(list).to.be.accessible();
    await expect(file).to.be.accessible();
  });

  it('the light / dark switch flips the scheme of every element at runtime', async () => {
    const { list, file, wrapper } = await renderStory(LightDarkSwitch.render as never);
    const button = [...wrapper.querySelectorAll('button')].find((b) => b.textContent?.includes('Dark mode'))!;
    expect(getComputedStyle(file).colorScheme).to.equal('dark');
    button.click();
    await waitUntil(() => getComputedStyle(list).colorScheme === 'light', 'the list did not turn light');
    expect(getComputedStyle(file).colorScheme).to.equal('light');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await waitUntil(() => getComputedStyle(file).colorScheme === 'dark', 'the file did not turn dark again');
  });
});
