import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-reviews.js';
import { ALL_PERMISSIONS } from '../src/model/session.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A client with a dozen reviews in the demo data. */
const REVIEWS_CLIENT = 'cl-000194';

/**
 * `<client-reviews>` on its own (it is also a tab of `<client-file>`): the average rating, the count
 * and the distribution by stars (as text, with bars), then every review with its rating, comment,
 * service, staff, source, date and reply.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-reviews',
  component: 'client-reviews',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: REVIEWS_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-reviews client-id=${clientId}></client-reviews>`)),
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
  render: (args) => inProvider(args, html`<client-reviews client-id=${args.clientId} .permissions=${ALL_PERMISSIONS}></client-reviews>`),
};

/** A client created a minute ago: no reviews. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'reviews.list' } };

/** A read-only session sees the same reviews. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** The session lacks clients.view: the tab says it is not allowed, and loads nothing. */
export const Forbidden: Story = { args: { denied: 'clients.view' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };
