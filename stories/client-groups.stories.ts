import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { AdapterErrorKind } from '../src/adapter/adapter-error.js';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import { READ_ONLY_PERMISSIONS } from '../src/model/session.js';
import '../src/define/client-groups.js';
import '../src/define/client-list.js';
import '../src/define/client-provider.js';
import { storyAdapter } from './story-adapter.js';

interface GroupStoryArgs {
  locale: 'en' | 'es' | 'pt-BR';
  latency: number;
  failure: '' | AdapterErrorKind;
  readOnly: boolean;
  /** The adapter has no `groups` namespace. */
  withoutGroups: boolean;
  /** Ids of clients to add or remove in one go (a host passes a list's selection). */
  clientIds: string;
  width: string;
}

const adapters = new Map<string, ClientDataAdapter>();

function adapterFor(args: GroupStoryArgs): ClientDataAdapter {
  const key = JSON.stringify([args.latency, args.failure, args.readOnly, args.withoutGroups]);
  let adapter = adapters.get(key);
  if (!adapter) {
    adapter = storyAdapter({
      latency: args.latency,
      ...(args.readOnly ? { permissions: READ_ONLY_PERMISSIONS } : {}),
      ...(args.withoutGroups ? { without: ['groups'] } : {}),
      ...(args.failure ? { failureRate: 1, failureKind: args.failure, failingOperations: ['groups.list'] } : {}),
    });
    adapters.set(key, adapter);
  }
  return adapter;
}

/**
 * `<client-groups>`: create, rename, recolor and delete groups, member counts, a group's members
 * (remove one, add one found by search), and adding or removing the clients a host passes in
 * `clientIds` (a `<client-list>` selection). Changes fire `client-groups-change`.
 */
const meta: Meta<GroupStoryArgs> = {
  title: 'Elements/client-groups',
  component: 'client-groups',
  tags: ['autodocs'],
  parameters: { actions: { handles: ['client-groups-change', 'client-open'] } },
  args: { locale: 'en', latency: 120, failure: '', readOnly: false, withoutGroups: false, clientIds: '', width: '' },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'es', 'pt-BR'] },
    latency: { control: { type: 'number', min: 0, max: 600000 } },
    failure: { control: 'select', options: ['', 'network', 'unavailable', 'forbidden'] },
    readOnly: { control: 'boolean' },
    withoutGroups: { control: 'boolean' },
    clientIds: { control: 'text' },
    width: { control: 'text' },
  },
  render: (args) => html`<client-provider .adapter=${adapterFor(args)} locale=${ifDefined(args.locale)}>
    <div style=${styleMap(args.width ? { width: args.width } : {})}>
      <client-groups
        .clientIds=${args.clientIds
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean)}
      ></client-groups>
    </div>
  </client-provider>`,
};
export default meta;

type Story = StoryObj<GroupStoryArgs>;

export const Default: Story = {};

/** The host passes three selected clients: each group offers to add or remove them. */
export const WithSelectedClients: Story = { name: 'With selected clients', args: { clientIds: 'cl-000001,cl-000002,cl-000003' } };

export const Loading: Story = { args: { latency: 600_000 } };

/** Loading the groups fails: the reason and a retry button. */
export const Error: Story = { args: { failure: 'unavailable' } };

/** The adapter has no groups capability. */
export const Unsupported: Story = { args: { withoutGroups: true } };

export const ReadOnly: Story = { name: 'Read-only permissions', args: { readOnly: true } };

export const Narrow: Story = { args: { width: '360px' } };

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

/** Next to a list: select clients in the list, then add them to a group. */
export const WithList: Story = {
  name: 'With a client list',
  render: (args) => {
    const adapter = adapterFor(args);
    const onSelect = (event: HTMLElementEventMap['client-select']) => {
      const groups = (event.currentTarget as HTMLElement).parentElement?.querySelector('client-groups');
      if (groups) groups.clientIds = event.detail.ids;
    };
    return html`<client-provider .adapter=${adapter} locale=${ifDefined(args.locale)}>
      <div style="display: grid; grid-template-columns: minmax(0, 2fr) minmax(18rem, 1fr); gap: 16px; align-items: start">
        <client-list @client-select=${onSelect}></client-list>
        <client-groups></client-groups>
      </div>
    </client-provider>`;
  },
};
