import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-notes.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, RECORDS_CLIENT, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/**
 * `<client-notes>` on its own (it is also a tab of `<client-file>`). Internal notes: general and per appointment, categories, keywords, attachments, search and filters.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-notes',
  component: 'client-notes',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: RECORDS_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-notes client-id=${clientId}></client-notes>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'notes.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may read notes but not write them (no notes.manage). */
export const ReadOnly: Story = { args: { readOnly: true } };

/** Without the files namespace: notes keep their attachments, new ones cannot be added. */
export const WithoutFiles: Story = { args: { without: 'files' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** Saving fails: the form stays filled and says why. */
export const FailingSaves: Story = { args: { failure: 'unavailable', failingOperations: 'notes.create,notes.update' } };
