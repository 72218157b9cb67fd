import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-insights.js';
import { SHOWCASE_CLIENT, FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/**
 * `<client-insights>` on its own (it is also a tab of `<client-file>`). Insights computed by the adapter's insights.get: favourite services, frequency, anniversary, the lapsed flag, reliability and spend.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-insights',
  component: 'client-insights',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: SHOWCASE_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-insights client-id=${clientId}></client-insights>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'insights.get' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view but not change. */
export const ReadOnly: Story = { args: { readOnly: true } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** The adapter has no insights namespace. */
export const Unavailable: Story = { args: { without: 'insights' } };
