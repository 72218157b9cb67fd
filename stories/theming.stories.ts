import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import type { ClientProvider } from '../src/context/client-provider.js';
import '../src/define/client-file.js';
import '../src/define/client-list.js';
import '../src/define/client-provider.js';
import type { Appearance } from '../src/theme/appearance.js';
import { SHOWCASE_CLIENT } from './client-file.support.js';
import { storyAdapter } from './story-adapter.js';
import { SPA_BRAND, SPA_BRAND_LIGHT } from './theming.brands.js';

/**
 * Theming with `<client-provider>`'s `appearance` object alone: colors, font, corner radius,
 * spacing, density and the light / dark color scheme, mapped onto the `--client-*` tokens (see
 * docs/theming.md). No stylesheet of the host touches the elements; the story only paints the page
 * background behind them, as a host page does.
 */
interface ThemingArgs {
  brand: 'default' | 'spa';
  colorScheme: 'light' | 'dark' | 'auto';
  density: 'comfortable' | 'compact';
}

let adapter: ClientDataAdapter | undefined;
/** One backend for every theming story: switching stories keeps the same clients. */
const themingAdapter = () => (adapter ??= storyAdapter({ latency: 80 }));

function appearanceFor(args: ThemingArgs): Appearance {
  if (args.brand === 'spa') return { ...(args.colorScheme === 'light' ? SPA_BRAND_LIGHT : SPA_BRAND), density: args.density };
  return { colorScheme: args.colorScheme, density: args.density };
}

/** The page background a host would give its page for this appearance. */
function pageBackground(appearance: Appearance): string {
  return appearance.colorBackground ?? 'light-dark(#ffffff, #16181d)';
}

/** The list beside the file, like a host's clients page. */
function moduleView(appearance: Appearance, toolbar: unknown = '') {
  return html`<client-provider .adapter=${themingAdapter()} .appearance=${appearance} locale="en" currency="EUR" time-zone="Europe/Madrid">
    <div
      class="theming-page"
      style=${styleMap({
        display: 'grid',
        gridTemplateColumns: 'minmax(560px, 1fr) minmax(520px, 1.2fr)',
        gap: '16px',
        padding: '16px',
        background: pageBackground(appearance),
        colorScheme: 'inherit',
      })}
    >
      ${toolbar}
      <client-list style=${styleMap({ '--client-list-height': '44rem' })}></client-list>
      <client-file client-id=${SHOWCASE_CLIENT}></client-file>
    </div>
  </client-provider>`;
}

const meta: Meta<ThemingArgs> = {
  // The checker reads the docs page's last title segment as the tag whose API it shows.
  title: 'Theming/Appearance/client-provider',
  component: 'client-provider',
  tags: ['autodocs'],
  args: { brand: 'spa', colorScheme: 'dark', density: 'compact' },
  argTypes: {
    brand: { control: 'inline-radio', options: ['default', 'spa'] },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
  },
  render: (args) => moduleView(appearanceFor(args)),
};
export default meta;

type Story = StoryObj<ThemingArgs>;

/** A dark green spa brand: the list and the file restyled by `appearance` only (colors, serif font, radius, compact density). */
export const SpaBrand: Story = { name: 'Spa brand (dark green)' };

/** The spa brand's light variant. */
export const SpaBrandLight: Story = { name: 'Spa brand (light)', args: { colorScheme: 'light' } };

/** The default tokens in the dark color scheme (`appearance: { colorScheme: 'dark' }`). */
export const DefaultDark: Story = { name: 'Default tokens, dark', args: { brand: 'default', colorScheme: 'dark', density: 'comfortable' } };

/** The default tokens, compact density (`appearance: { density: 'compact' }`): shorter rows and controls. */
export const DefaultCompact: Story = { name: 'Default tokens, compact', args: { brand: 'default', colorScheme: 'light', density: 'compact' } };

/**
 * Light / dark at runtime: the button assigns a new `appearance` to the provider; every element
 * follows without re-rendering the page.
 */
export const LightDarkSwitch: Story = {
  name: 'Light / dark switch at runtime',
  render: (args) => {
    const toggle = (event: Event) => {
      const provider = (event.currentTarget as HTMLElement).closest('client-provider') as ClientProvider;
      const dark = provider.appearance?.colorScheme !== 'light';
      const next = { ...(dark ? SPA_BRAND_LIGHT : SPA_BRAND), density: args.density };
      provider.appearance = next;
      const page = provider.querySelector<HTMLElement>('.theming-page')!;
      page.style.setProperty('background', pageBackground(next));
      (event.currentTarget as HTMLButtonElement).setAttribute('aria-pressed', String(!dark));
    };
    const button = html`<p style=${styleMap({ gridColumn: '1 / -1', margin: '0' })}>
      <button type="button" aria-pressed="true" @click=${toggle}>Dark mode</button>
    </p>`;
    return moduleView(appearanceFor(args), button);
  },
};
