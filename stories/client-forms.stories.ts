import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-forms.js';
import { READ_ONLY_PERMISSIONS } from '../src/model/session.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A demo client with several of these records. */
const FORMS_CLIENT = 'cl-000119';

/**
 * `<client-forms>` on its own (it is also a tab of `<client-file>`). Forms: assign intake forms from the catalog (search, select, assign); pending / completed with the date; remove only while not filled.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-forms',
  component: 'client-forms',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: FORMS_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-forms client-id=${clientId}></client-forms>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'forms.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view but not change. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** Without `forms.manage`: the forms are shown read-only. */
export const WithoutFormsManage: Story = {
  render: (args) => inProvider(args, html`<client-forms client-id=${args.clientId} .permissions=${READ_ONLY_PERMISSIONS}></client-forms>`),
};

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** Assigning or removing fails: the selection stays, the form comes back, and the reason is shown. */
export const FailingSaves: Story = { args: { failure: 'unavailable', failingOperations: 'forms.assign,forms.remove' } };
