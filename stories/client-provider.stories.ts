import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defineDemoOverview } from '../demo/demo-overview.js';
import type { AdapterErrorKind } from '../src/adapter/adapter-error.js';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import { createMemoryAdapter } from '../src/adapters/memory/index.js';
import '../src/define/client-list.js';
import '../src/define/client-provider.js';
import type { StringOverrides as HostStrings } from '../src/i18n/overrides.js';
import { storyAdapter } from './story-adapter.js';

/**
 * `<client-provider>` renders nothing itself: these stories show it feeding a small read-only
 * consumer (the demo overview) with its adapter, locale, currency and time zone.
 */
interface ProviderArgs {
  locale: '' | 'en' | 'es' | 'pt-BR';
  currency: string;
  timeZone: string;
  clientCount: number;
  /** Every adapter call fails with this kind. */
  failure: '' | AdapterErrorKind;
  /** The host backend answers with a malformed record (the provider's validation catches it). */
  malformed: boolean;
  /** Simulated latency of every call, in ms. */
  latency: number;
}

defineDemoOverview();

const adapters = new Map<string, ClientDataAdapter>();

function adapterFor(args: ProviderArgs): ClientDataAdapter {
  const key = JSON.stringify([args.clientCount, args.failure, args.malformed, args.latency]);
  let adapter = adapters.get(key);
  if (!adapter) {
    const memory = createMemoryAdapter({
      clientCount: args.clientCount,
      latency: args.latency,
      ...(args.failure ? { failureRate: 1, failureKind: args.failure } : {}),
    });
    adapter = args.malformed ? withMalformedClients(memory) : memory;
    adapters.set(key, adapter);
  }
  return adapter;
}

/** A host adapter whose backend sends clients without their `stats` (an invalid response). */
function withMalformedClients(adapter: ClientDataAdapter): ClientDataAdapter {
  const clients = adapter.clients;
  return {
    ...adapter,
    clients: new Proxy(clients, {
      get(target, name, receiver) {
        if (name !== 'list') return Reflect.get(target, name, receiver);
        return async (...args: Parameters<typeof clients.list>) => {
          const page = await target.list(...args);
          return { ...page, items: page.items.map(({ stats: _stats, ...rest }) => rest) };
        };
      },
    }),
  };
}

const meta: Meta<ProviderArgs> = {
  title: 'Context/client-provider',
  component: 'client-provider',
  tags: ['autodocs'],
  args: {
    locale: 'en',
    currency: 'EUR',
    timeZone: 'Europe/Madrid',
    clientCount: 300,
    failure: '',
    malformed: false,
    latency: 150,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['', 'en', 'es', 'pt-BR'] },
    currency: { control: 'text' },
    timeZone: { control: 'text', name: 'time-zone' },
    clientCount: { control: { type: 'number', min: 0, max: 20000 } },
    failure: {
      control: 'select',
      options: ['', 'network', 'unavailable', 'forbidden', 'not-found', 'invalid-response'],
    },
    malformed: { control: 'boolean' },
    latency: { control: { type: 'number', min: 0, max: 10000 } },
  },
  render: (args) => html`
    <client-provider
      .adapter=${adapterFor(args)}
      locale=${ifDefined(args.locale || undefined)}
      currency=${args.currency}
      time-zone=${args.timeZone}
    >
      <demo-overview></demo-overview>
    </client-provider>
  `,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

export const Default: Story = {};

export const English: Story = { args: { locale: 'en', currency: 'USD', timeZone: 'America/New_York' } };

export const Spanish: Story = { args: { locale: 'es', currency: 'EUR', timeZone: 'Europe/Madrid' } };

export const BrazilianPortuguese: Story = {
  name: 'Brazilian Portuguese',
  args: { locale: 'pt-BR', currency: 'BRL', timeZone: 'America/Sao_Paulo' },
};

/** Without `locale`, the elements follow `<html lang>` (the toolbar's locale in Storybook). */
export const FollowsPageLanguage: Story = { args: { locale: '' } };

export const Loading: Story = { args: { latency: 600_000 } };

export const Empty: Story = { args: { clientCount: 0 } };

/** Every call of the adapter fails: the consumer shows an error with a retry button. */
export const AdapterError: Story = { args: { failure: 'unavailable' } };

export const NetworkError: Story = { args: { locale: 'es', failure: 'network' } };

/** The backend sends clients without `stats`: withValidation turns it into an invalid-response error. */
export const InvalidResponse: Story = { args: { malformed: true } };

/** What the string-override stories render: the list, whose search box and toolbar show the strings. */
function listWith(strings: HostStrings, locale: string) {
  return html`<client-provider .adapter=${stringsAdapter()} .strings=${strings} locale=${locale} currency="EUR" time-zone="Europe/Paris">
    <client-list style="--client-list-height: 36rem"></client-list>
  </client-provider>`;
}
let stringsBackend: ClientDataAdapter | undefined;
const stringsAdapter = () => (stringsBackend ??= storyAdapter({ latency: 80 }));

/**
 * `strings` overrides any string per locale (typed as a deep partial of the catalog): here the
 * English search box and "New client" button of a spa that calls its clients guests.
 */
export const StringOverrides: Story = {
  name: 'String overrides',
  render: () => listWith({ en: { list: { searchLabel: 'Search guests', searchPlaceholder: 'Find a guest by name, phone or email', newClient: 'New guest' } } }, 'en'),
};

/**
 * A locale of the host's own: `locale="fr"` with `strings.fr` shows the French strings given,
 * English for every other key, and formats numbers, money and dates in French.
 */
export const HostLocaleFrench: Story = {
  name: 'Host locale (French, English fallback)',
  render: () =>
    listWith(
      {
        fr: {
          list: { searchLabel: 'Rechercher des clients', searchPlaceholder: 'Nom, téléphone ou e-mail', newClient: 'Nouveau client' },
          common: { retry: 'Réessayer', loading: 'Chargement…' },
        },
      },
      'fr',
    ),
};
