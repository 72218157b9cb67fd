import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-disliked-services.js';
import { DISLIKED_CLIENT, FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/**
 * `<client-disliked-services>` on its own (it is also a tab of `<client-file>`). Disliked services: add with a service picker and a comment, edit, remove.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-disliked-services',
  component: 'client-disliked-services',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: DISLIKED_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-disliked-services client-id=${clientId}></client-disliked-services>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'dislikedServices.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view but not change. */
export const ReadOnly: Story = { args: { readOnly: true } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** Adding or editing fails: the form stays filled and says why. */
export const FailingSaves: Story = { args: { failure: 'unavailable', failingOperations: 'dislikedServices.create,dislikedServices.update' } };
