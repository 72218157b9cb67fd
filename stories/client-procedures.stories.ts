import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-procedures.js';
import { ALL_PERMISSIONS } from '../src/model/session.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A client with a long treatment history in the demo data. */
const PROCEDURES_CLIENT = 'cl-000237';

/**
 * `<client-procedures>` on its own (it is also a tab of `<client-file>`): the treatment history,
 * newest first, with service, performer, center, details, products and batches, and notes; filtered
 * by service and by a date range typed in the locale's order.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-procedures',
  component: 'client-procedures',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: PROCEDURES_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-procedures client-id=${clientId}></client-procedures>`)),
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
  render: (args) => inProvider(args, html`<client-procedures client-id=${args.clientId} .permissions=${ALL_PERMISSIONS}></client-procedures>`),
};

/** A client created a minute ago: no procedures. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'procedures.list' } };

/** A read-only session sees the same history: the tab never edits. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** The session lacks clients.view: the tab says it is not allowed, and loads nothing. */
export const Forbidden: Story = { args: { denied: 'clients.view' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

/** Pass `from` after `to` in the date fields to see the inverted-range message. */
export const Narrow: Story = { args: { width: '340px' } };
