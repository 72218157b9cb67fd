import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-transactions.js';
import { ALL_PERMISSIONS } from '../src/model/session.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A client with many transactions in the demo data. */
const TRANSACTIONS_CLIENT = 'cl-000002';

/**
 * `<client-transactions>` on its own (it is also a tab of `<client-file>`): category, amount, payment
 * method, account, reference and date; filters by category and payment method with the totals for the filter.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-transactions',
  component: 'client-transactions',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: TRANSACTIONS_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-transactions client-id=${clientId}></client-transactions>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

/**
 * Every call takes ten minutes. The element is given its permissions, so it shows its loading state
 * rather than waiting for the (equally slow) session.
 */
export const Loading: Story = {
  args: { latency: 600_000 },
  render: (args) => inProvider(args, html`<client-transactions client-id=${args.clientId} .permissions=${ALL_PERMISSIONS}></client-transactions>`),
};

/** A client created a minute ago: no transactions. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'transactions.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** A read-only session (invoices.view only) sees the same list and totals: the tab never edits. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** The session lacks invoices.view: the tab says it is not allowed, and loads nothing. */
export const Forbidden: Story = { args: { denied: 'invoices.view' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

/** Cards instead of a table in a narrow container. */
export const Narrow: Story = { args: { width: '340px' } };
