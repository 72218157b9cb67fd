import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { AdapterError } from '../src/adapter/adapter-error.js';
import type { AdapterErrorKind } from '../src/adapter/adapter-error.js';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import type { ClientFilter } from '../src/model/query.js';
import { READ_ONLY_PERMISSIONS } from '../src/model/session.js';
import '../src/define/client-list.js';
import '../src/define/client-provider.js';
import { storyAdapter } from './story-adapter.js';

interface ListStoryArgs {
  locale: 'en' | 'es' | 'pt-BR';
  clientCount: number;
  /** Simulated latency of every adapter call, in ms. */
  latency: number;
  /** Every call of `clients.list` fails with this kind. */
  failure: '' | AdapterErrorKind;
  /** The first `clients.list` fails, the retry succeeds. */
  failOnce: boolean;
  /** The first page loads; every later page fails (a jump lands on the error with retry). */
  failLaterPages: boolean;
  /** Row density. */
  density: 'comfortable' | 'compact';
  readOnly: boolean;
  view: 'active' | 'trash';
  search: string;
  /** JSON of a ClientFilter (deep link). */
  filter: string;
  /** Width of the container, e.g. 380px (empty: full width). */
  width: string;
  /** Height of the list. */
  height: string;
  /** Searches counted only this many past a page (`totalExact: false`), metrics 1.5 s later; 0: exact. */
  countAhead: number;
}

const adapters = new Map<string, ClientDataAdapter>();

/** A host adapter whose first `clients.list` fails (the retry succeeds). */
function failingOnce(adapter: ClientDataAdapter): ClientDataAdapter {
  let failed = false;
  return {
    ...adapter,
    clients: {
      ...adapter.clients,
      list: (query, options) => {
        if (!failed) {
          failed = true;
          return Promise.reject(new AdapterError('unavailable', 'clients.list: the service is down (story)'));
        }
        return adapter.clients.list(query, options);
      },
    },
  };
}

/** A host adapter whose pages after the first fail, until `backendBack` is called (a retry then works). */
function failingLaterPages(adapter: ClientDataAdapter): ClientDataAdapter {
  return {
    ...adapter,
    clients: {
      ...adapter.clients,
      list: (query, options) =>
        (query.offset ?? 0) > 0 && !backendBack
          ? Promise.reject(new AdapterError('unavailable', 'clients.list: this page is unavailable (story)'))
          : adapter.clients.list(query, options),
    },
  };
}
let backendBack = false;

/**
 * A host adapter that counts a search only `ahead` clients past the page (as the reference server
 * counts a broad search over a million clients) and answers its metrics, the exact count, 1.5 s later.
 */
function countingSearches(adapter: ClientDataAdapter, ahead: number): ClientDataAdapter {
  return {
    ...adapter,
    clients: {
      ...adapter.clients,
      list: async (query, options) => {
        const page = await adapter.clients.list(query, options);
        const counted = Math.min(page.total, page.offset + (query.limit ?? 50) + ahead + 1);
        return query.search && counted < page.total ? { ...page, total: counted, totalExact: false } : page;
      },
      metrics: async (query, options) => {
        if (query.search) await new Promise((resolve) => setTimeout(resolve, 1500));
        return adapter.clients.metrics(query, options);
      },
    },
  };
}

function adapterFor(args: ListStoryArgs): ClientDataAdapter {
  const key = JSON.stringify([args.clientCount, args.latency, args.failure, args.failOnce, args.failLaterPages, args.readOnly, args.locale, args.countAhead]);
  let adapter = adapters.get(key);
  if (!adapter) {
    adapter = storyAdapter({
      clientCount: args.clientCount,
      latency: args.latency,
      // The demo backend sends its catalog, groups and tags in the story's language, as a host's would.
      locale: args.locale,
      ...(args.readOnly ? { permissions: READ_ONLY_PERMISSIONS } : {}),
      ...(args.failure ? { failureRate: 1, failureKind: args.failure, failingOperations: ['clients.list'] } : {}),
    });
    if (args.failOnce) adapter = failingOnce(adapter);
    if (args.failLaterPages) adapter = failingLaterPages(adapter);
    if (args.countAhead) adapter = countingSearches(adapter, args.countAhead);
    adapters.set(key, adapter);
  }
  return adapter;
}

function parseFilter(json: string): ClientFilter {
  try {
    return json ? (JSON.parse(json) as ClientFilter) : {};
  } catch {
    return {};
  }
}

/**
 * `<client-list>`: search as you type (name, phone in any format, email; accents ignored), filters as
 * removable chips and saved filters, quick metrics, a virtualized list paged from the adapter, selection
 * with bulk actions, the trash, and the create dialog. Rows become cards in a narrow container.
 * Keyboard: `/` search, ↑/↓ rows, Enter opens, Space selects.
 *
 * Events are logged in the Actions panel: client-open, client-select, client-created, client-trashed,
 * client-restored, client-purged, client-filter-change, client-export-request.
 */
const meta: Meta<ListStoryArgs> = {
  title: 'Elements/client-list',
  component: 'client-list',
  tags: ['autodocs'],
  parameters: {
    actions: {
      handles: [
        'client-open',
        'client-select',
        'client-created',
        'client-updated',
        'client-trashed',
        'client-restored',
        'client-purged',
        'client-filter-change',
        'client-export-request',
      ],
    },
  },
  args: {
    locale: 'en',
    clientCount: 300,
    latency: 120,
    failure: '',
    failOnce: false,
    failLaterPages: false,
    density: 'comfortable',
    readOnly: false,
    view: 'active',
    search: '',
    filter: '',
    width: '',
    height: '40rem',
    countAhead: 0,
  },
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'es', 'pt-BR'] },
    clientCount: { control: { type: 'number', min: 0, max: 100000 } },
    latency: { control: { type: 'number', min: 0, max: 600000 } },
    failure: { control: 'select', options: ['', 'network', 'unavailable', 'forbidden', 'invalid-response'] },
    failOnce: { control: 'boolean' },
    failLaterPages: { control: 'boolean' },
    density: { control: 'inline-radio', options: ['comfortable', 'compact'] },
    readOnly: { control: 'boolean' },
    view: { control: 'inline-radio', options: ['active', 'trash'] },
    search: { control: 'text' },
    filter: { control: 'text' },
    width: { control: 'text' },
    height: { control: 'text' },
    countAhead: { control: { type: 'number', min: 0, max: 10000 } },
  },
  render: (args) => html`<client-provider .adapter=${adapterFor(args)} locale=${ifDefined(args.locale)} currency="EUR" time-zone="Europe/Madrid">
    <div style=${styleMap(args.width ? { width: args.width, resize: 'horizontal', overflow: 'auto' } : {})}>
      <client-list
        id="story-list"
        view=${args.view}
        density=${args.density}
        search=${args.search}
        .filter=${parseFilter(args.filter)}
        style=${styleMap({ '--client-list-height': args.height })}
      ></client-list>
    </div>
  </client-provider>`,
};
export default meta;

type Story = StoryObj<ListStoryArgs>;

export const Default: Story = {};

/** 100,000 clients: the first rows, searches and the jump to the end (Ctrl+End / End on a row) stay instant. */
export const HundredThousandClients: Story = { name: '100,000 clients', args: { clientCount: 100_000, latency: 0 } };

export const Loading: Story = { args: { latency: 600_000 } };

/** No clients yet: the call to action creates the first one. */
export const Empty: Story = { args: { clientCount: 0 } };

/** Nothing matches the search: the call to action creates a client with the typed name. */
export const NoResults: Story = { args: { search: 'Zoraida Quintanilla' } };

/** The first load fails: the reason and a retry button (which works). */
export const ErrorWithRetry: Story = { name: 'Error with retry', args: { failOnce: true } };

/** Every load fails (the backend is down). */
export const ErrorPersistent: Story = { name: 'Error (backend down)', args: { failure: 'network' } };

/** Deleted clients: the deletion date, restore, delete permanently (with confirmation). */
export const TrashView: Story = { name: 'Trash view', args: { view: 'trash', clientCount: 2000 } };

/** A filter set by the host (deep link): removable chips, metrics for the filter. */
export const Filtered: Story = { args: { filter: JSON.stringify({ statuses: ['vip'], hasActiveAlerts: true }) } };

/** Compact rows (36px, the same information on two lines): about 18 clients in an 800px tall page. */
export const Compact: Story = { args: { density: 'compact', clientCount: 2000, height: '50rem' } };

/** Comfortable rows (56px), the default. */
export const Comfortable: Story = { args: { density: 'comfortable', clientCount: 2000, height: '50rem' } };

/**
 * A broad search on a backend that counts only so far (the reference server on a million clients
 * counts 1,000 past the page): "1,051+ clients" at once, then the exact number when the metrics,
 * which count every match, arrive (1.5 s here).
 */
export const CountedSoFar: Story = { name: 'Search counted so far', args: { clientCount: 20_000, latency: 0, search: 'a', countAhead: 1000 } };

/** The list at 1,024px: the reviews column hides, every other keeps its text whole (and at 830px the last update too). */
export const TableAt1024: Story = { name: 'Table at 1,024px', args: { width: '1024px', clientCount: 2000 } };

/**
 * The scrollbar dragged to the end while the backend fails: the error and its retry show where the
 * rows would be, the rows already loaded stay (scroll back up). "Retry" works once the backend is back.
 */
export const JumpWhileFailing: Story = {
  name: 'Jump while the backend fails',
  args: { failLaterPages: true, clientCount: 2000, latency: 0 },
  play: async ({ canvasElement }) => {
    backendBack = false;
    const list = canvasElement.querySelector('client-list')!;
    await list.ready;
    const body = list.shadowRoot!.querySelector<HTMLElement>('.body')!;
    body.scrollTop = body.scrollHeight;
    // The backend comes back with the user's next click (Retry works; capture: before the list handles it).
    list.addEventListener('click', () => (backendBack = true), { once: true, capture: true });
  },
};

/** Opens the filter panel of the story's list (a play function: the panel's code loads on first use). */
async function openFilterPanel(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const list = canvasElement.querySelector('client-list')!;
  await list.ready;
  const root = list.shadowRoot!;
  root.querySelector<HTMLButtonElement>('[part~="filter-button"]')!.click();
  for (let tries = 0; tries < 100 && !root.querySelector('[part~="filter-panel"]'); tries++) await new Promise((resolve) => setTimeout(resolve, 30));
  return root;
}

/**
 * The filter panel as the demo shows it (a list 832 px wide, 780 px tall): over the rows, its groups in
 * columns, every filter in sight without an inner scroll; dates typed as dd/mm/aaaa in Spanish.
 */
export const FilterPanelOpen: Story = {
  name: 'Filter panel (Spanish)',
  args: { locale: 'es', width: '832px', height: '780px', latency: 0 },
  play: async ({ canvasElement }) => {
    await openFilterPanel(canvasElement);
  },
};

/** The filter panel with last-visit dates: a valid start, and an end that does not exist (31/02) with its error. */
export const FilterPanelDateError: Story = {
  name: 'Filter panel: invalid date',
  args: { locale: 'pt-BR', width: '832px', height: '780px', latency: 0, filter: JSON.stringify({ lastVisitFrom: '2026-03-01' }) },
  play: async ({ canvasElement }) => {
    const root = await openFilterPanel(canvasElement);
    const to = root.querySelector<HTMLInputElement>('input[id$="-visit-to"]')!;
    to.value = '31/02/2026';
    to.dispatchEvent(new Event('change', { bubbles: true }));
  },
};

/**
 * Beside other panels: in a 620px column of a 900px tall page the list stays a table, with shorter
 * rows (2.75rem) under 760px, so at least ten clients show.
 */
export const SidePanel: Story = { name: 'Side panel (620px)', args: { width: '620px', height: 'calc(900px - 7.5rem)', clientCount: 2000 } };

/** Under 560px rows become compact cards (container queries: the element's width, not the window's). */
export const NarrowContainer: Story = { name: 'Narrow container', args: { width: '380px' } };

/** The session may only view: no create, edit, delete or bulk actions. */
export const ReadOnly: Story = { name: 'Read-only permissions', args: { readOnly: true } };

export const DarkTheme: Story = { name: 'Dark theme', globals: { theme: 'dark' } };

export const English: Story = { args: { locale: 'en' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };
