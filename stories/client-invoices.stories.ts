import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-invoices.js';
import { ALL_PERMISSIONS } from '../src/model/session.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A client with many invoices in the demo data. */
const INVOICES_CLIENT = 'cl-000002';

/**
 * `<client-invoices>` on its own (it is also a tab of `<client-file>`): number, date, total, paid and
 * status, paged, filtered by status; an invoice opens its detail with lines (after the cancelable
 * `client-invoice-open`).
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-invoices',
  component: 'client-invoices',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: INVOICES_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-invoices client-id=${clientId}></client-invoices>`)),
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
  render: (args) => inProvider(args, html`<client-invoices client-id=${args.clientId} .permissions=${ALL_PERMISSIONS}></client-invoices>`),
};

/** A client created a minute ago: no invoices. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'invoices.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** A read-only session (invoices.view only) sees the same list: the tab never edits. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** The detail cannot be refreshed: the panel shows the listed invoice and why. */
export const FailingDetail: Story = { args: { failure: 'unavailable', failingOperations: 'invoices.get' } };

/** The session lacks invoices.view: the tab says it is not allowed, and loads nothing. */
export const Forbidden: Story = { args: { denied: 'invoices.view' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

/** Cards instead of a table in a narrow container. */
export const Narrow: Story = { args: { width: '340px' } };
