import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-profile.js';
import { SHOWCASE_CLIENT, FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/**
 * `<client-profile>` on its own (it is also a tab of `<client-file>`). The profile: view mode; press Edit for the form (inline validation, the unsaved-changes guard, and conflicts when the client is saved elsewhere meanwhile).
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-profile',
  component: 'client-profile',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: SHOWCASE_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-profile client-id=${clientId}></client-profile>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'clients.get' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view but not change. */
export const ReadOnly: Story = { args: { readOnly: true } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** Saving fails: the form stays filled and says why. Press Edit, change a field, Save. */
export const FailingSave: Story = { args: { failure: 'network', failingOperations: 'clients.update' } };
