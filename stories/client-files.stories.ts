import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-files.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, RECORDS_CLIENT, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/**
 * `<client-files>` on its own (it is also a tab of `<client-file>`). Files: drag-and-drop upload with progress, image gallery and viewer, documents by type.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-files',
  component: 'client-files',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: RECORDS_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-files client-id=${clientId}></client-files>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'files.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view files (files.view) but not upload or change them. */
export const ReadOnly: Story = { args: { readOnly: true } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** Uploads, visibility changes and deletions fail: each says why; uploads can be tried again. */
export const FailingSaves: Story = { args: { failure: 'unavailable', failingOperations: 'files.upload,files.setVisibleToClient,files.remove' } };
