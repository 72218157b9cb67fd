import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/client-file.js';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, adapterFor, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';
import { asPage, inDialog, loyaltyTab, openStoryDialog } from './client-file.embedding.js';

/**
 * `<client-file>`: the header banner (identity, status, badges, facts, the online-booking block,
 * contact actions) over tabs that load — code and data — the first time they open. Contact actions
 * and "new appointment" are events for the host (see the Actions panel); nothing here books or calls.
 */
interface Args extends FileStoryArgs {
  tab: string;
  tabs: string;
}

const meta: Meta<Args> = {
  title: 'Elements/client-file',
  component: 'client-file',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, tab: '', tabs: '' },
  argTypes: {
    ...FILE_STORY_ARG_TYPES,
    tab: { control: 'select', options: ['', 'profile', 'preferences', 'disliked-services', 'insights'] },
    tabs: { control: 'text', description: 'Space-separated tab ids: order and visibility' },
  },
  parameters: {
    actions: { handles: ['client-contact', 'client-appointment-request', 'client-tab-change', 'client-tab-activate', 'client-updated', 'client-back'] },
  },
  render: (args) =>
    inProvider(
      args,
      withClientId(args, (clientId) => html`<client-file client-id=${clientId} tab=${ifDefined(args.tab || undefined)} tabs=${ifDefined(args.tabs || undefined)}></client-file>`),
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Everything at once: blocked online booking, a critical alert, an allergy, a group, a wallet. */
export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** No client chosen yet. */
export const Empty: Story = { args: { clientId: '' } };

/** A client created a minute ago: no phones, visits, alerts or allergies. */
export const NewClient: Story = { args: { newClient: true, latency: 0 } };

/** The client could not be loaded: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'clients.get' } };

export const NetworkError: Story = { args: { failure: 'network', failingOperations: 'clients.get', locale: 'es' } };

/** An unknown client id: not found, with a way back (`client-back`). */
export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view but not change: status, weight and the block are text. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** Without insights and preferences in the adapter, those tabs are hidden. */
export const MissingCapabilities: Story = { args: { without: 'insights,preferences' } };

/** The host reorders and hides tabs. */
export const ReorderedTabs: Story = { args: { tabs: 'insights profile' } };

export const DeepLinkToInsights: Story = { args: { tab: 'insights' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkSpanish: Story = { args: { locale: 'es' }, globals: { theme: 'dark' } };

/** A narrow container: the banner stacks, contact actions become icons, tabs overflow into "More". */
export const Narrow: Story = { args: { width: '340px' } };

export const NarrowPortuguese: Story = { args: { width: '360px', locale: 'pt-BR', tab: 'insights' } };

const longNamed = new WeakMap<ClientDataAdapter, Promise<string>>();

/** A client with a long name, a long group name and allergies of each severity (made once per adapter). */
function longNamedClient(adapter: ClientDataAdapter): Promise<string> {
  let id = longNamed.get(adapter);
  if (!id) {
    id = (async () => {
      const group = await adapter.groups!.create({ name: 'Tratamientos faciales de temporada', color: '#7c3aed' });
      const client = await adapter.clients.create({
        firstName: 'María de los Ángeles',
        lastName: 'Vázquez Ramírez de Altamirano',
        groupIds: [group.id],
        phones: [{ number: '+34 612 345 678', type: 'mobile', whatsapp: true, primary: true }],
        email: 'angeles.vazquez@example.com',
      });
      for (const [allergen, severity, type] of [['Látex', 'severe', 'latex'], ['Níquel', 'moderate', 'environmental'], ['Parafenilendiamina (PPD)', 'mild', 'cosmetic']] as const) {
        await adapter.allergies!.create(client.id, { allergen, severity, type });
      }
      return client.id;
    })();
    longNamed.set(adapter, id);
  }
  return id;
}

/**
 * A long name and group: the name wraps between words (never inside one), the group chip stays on
 * one line, and the contact actions go below the name. The allergies follow an "Allergies" label.
 */
export const LongNames: Story = {
  args: { width: '690px', locale: 'es', latency: 0 },
  loaders: [async ({ args }) => ({ clientId: await longNamedClient(adapterFor(args as Args).adapter) })],
  render: (args, { loaded }) => inProvider(args, html`<client-file client-id=${(loaded as { clientId: string }).clientId}></client-file>`),
};

export const LongNamesNarrow: Story = { ...LongNames, args: { width: '390px', locale: 'pt-BR', latency: 0 } };

export const LongNamesDark: Story = { ...LongNames, args: { width: '1100px', locale: 'en', latency: 0 }, globals: { theme: 'dark' } };

/** The file of a story's args, with optional children (custom tabs). */
function fileFor(args: Args, children: unknown = nothing) {
  return withClientId(
    args,
    (clientId) => html`<client-file client-id=${clientId} tab=${ifDefined(args.tab || undefined)} tabs=${ifDefined(args.tabs || undefined)}>${children}</client-file>`,
  );
}

/**
 * A host's own tab: `<section slot="tab" data-tab-id="loyalty" data-tab-label="Loyalty">`, placed
 * first by `tabs` and opened by `tab`. The host renders its content on the first `client-tab-activate`.
 */
export const CustomTab: Story = {
  args: { tabs: 'loyalty profile preferences insights', tab: 'loyalty' },
  render: (args) => inProvider(args, fileFor(args, loyaltyTab())),
};

/** A custom tab whose content fails (it fires `client-tab-error`): the panel says why; the rest works. */
export const FailingCustomTab: Story = {
  args: { tabs: 'profile loyalty insights', tab: 'loyalty', locale: 'es' },
  render: (args) => inProvider(args, fileFor(args, loyaltyTab({ failing: true }))),
};

/** The file as a host's page: below the host's own top bar, at full width. */
export const AsPage: Story = {
  parameters: { layout: 'fullscreen' },
  render: (args) => inProvider(args, asPage(html`${fileFor(args, loyaltyTab())}`)),
};

/** In a native modal `<dialog>` opened from a button; Esc, the close button or the backdrop close it. */
export const InModal: Story = {
  render: (args) => inProvider(args, inDialog('modal', html`${fileFor(args, loyaltyTab())}`)),
  play: openStoryDialog,
};

/** In a drawer: a 480 px side panel `<dialog>` sliding in from the right. */
export const InDrawer: Story = {
  render: (args) => inProvider(args, inDialog('drawer', html`${fileFor(args, loyaltyTab())}`)),
  play: openStoryDialog,
};

export const InDrawerSpanish: Story = { ...InDrawer, args: { locale: 'es', tabs: 'profile loyalty insights wallet notes' } };
