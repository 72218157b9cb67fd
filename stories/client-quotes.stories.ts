import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/define/client-quotes.js';
import type { ClientDataAdapter } from '../src/adapter/contract.js';
import type { QuoteStatus } from '../src/model/sales.js';
import { adapterFor, FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A demo client with one quote (in every locale's demo data). */
const QUOTES_CLIENT = 'cl-000194';

/** Steps from draft to each status shown in the "Full" story. */
const PATHS: Record<string, QuoteStatus[]> = { draft: [], sent: ['sent'], accepted: ['sent', 'accepted'], rejected: ['sent', 'rejected'], expired: ['sent', 'expired'] };

/** A client with a quote in each state, several lines, discounts and tax, made through the adapter. */
async function clientWithQuotes(adapter: ClientDataAdapter): Promise<string> {
  const client = await adapter.clients.create({ firstName: 'Lucía', lastName: 'Ferrer' });
  const services = (await adapter.catalog!.get()).services;
  let n = 0;
  for (const [status, path] of Object.entries(PATHS)) {
    const [a, b] = [services[n % services.length]!, services[(n + 3) % services.length]!];
    n += 1;
    let quote = await adapter.quotes!.create(client.id, {
      title: `${a.name} + ${b.name}`,
      validUntil: `2026-12-${String(10 + n).padStart(2, '0')}`,
      notes: status === 'draft' ? 'Pending the client’s preferred dates.' : '',
      lines: [
        { itemId: a.id, description: a.name, quantity: n + 1, unitPrice: a.price, discountPercent: 10, taxPercent: 21 },
        { itemId: b.id, description: b.name, quantity: 1, unitPrice: b.price, discountPercent: 0, taxPercent: 21 },
      ],
    });
    for (const step of path) quote = await adapter.quotes!.update(client.id, quote.id, { status: step }, { expectedVersion: quote.version });
  }
  return client.id;
}

const seeded = new WeakMap<ClientDataAdapter, Promise<string>>();
const withQuotes = (args: FileStoryArgs) => {
  const { adapter } = adapterFor(args);
  let id = seeded.get(adapter);
  if (!id) seeded.set(adapter, (id = clientWithQuotes(adapter)));
  return inProvider(args, until(id.then((clientId) => html`<client-quotes client-id=${clientId}></client-quotes>`), html``));
};

/**
 * `<client-quotes>` on its own (it is also a tab of `<client-file>`). Quotes: create from the service catalog with discount, tax and a validity date, move draft → sent → accepted / rejected / expired, duplicate, history by state.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-quotes',
  component: 'client-quotes',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: QUOTES_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-quotes client-id=${clientId}></client-quotes>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

/** A quote in each state, with several lines, discounts and tax. */
export const Full: Story = { render: withQuotes };

/** The demo client's quote. */
export const DemoClient: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'quotes.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** Without `quotes.manage` (the demo client's quote: the session may not create the seeded ones): shown, nothing can be changed. */
export const ReadOnly: Story = { args: { denied: 'quotes.manage' } };

/** Without `clients.view`: nothing is requested, the tab says the user may not see it. */
export const NotAllowed: Story = { args: { denied: 'clients.view' } };

export const Spanish: Story = { args: { locale: 'es' }, render: withQuotes };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' }, render: withQuotes };

export const Dark: Story = { globals: { theme: 'dark' }, render: withQuotes };

export const Narrow: Story = { args: { width: '340px' }, render: withQuotes };

/** Saving, moving or duplicating fails: the change is undone and the form stays filled, saying why. */
export const FailingSaves: Story = { args: { failure: 'unavailable', failingOperations: 'quotes.create,quotes.update' } };
