import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-preferences.js';
import { SHOWCASE_CLIENT, FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/**
 * `<client-preferences>` on its own (it is also a tab of `<client-file>`). Communication preferences: each switch is saved at once and switched back with a message if the save fails (try the FailingSaves story).
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-preferences',
  component: 'client-preferences',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: SHOWCASE_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-preferences client-id=${clientId}></client-preferences>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'preferences.get' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view but not change. */
export const ReadOnly: Story = { args: { readOnly: true } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** Every save fails: each switch flips back with a message saying why. */
export const FailingSaves: Story = { args: { failure: 'network', failingOperations: 'preferences.update' } };

/** The adapter has no preferences namespace. */
export const Unavailable: Story = { args: { without: 'preferences' } };
