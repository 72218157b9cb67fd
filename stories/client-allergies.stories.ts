import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-allergies.js';
import { ALL_PERMISSIONS } from '../src/model/session.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A demo client with several of these records. */
const ALLERGIES_CLIENT = 'cl-000231';

/**
 * `<client-allergies>` on its own (it is also a tab of `<client-file>`). Allergies: allergen, type, severity (colour, shape and text), symptoms, notes, diagnosis date; add, edit, deactivate, delete.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-allergies',
  component: 'client-allergies',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: ALLERGIES_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-allergies client-id=${clientId}></client-allergies>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'allergies.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view but not change. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** Without `clinical.view`: nothing is requested, the tab says the user may not see it (inside `<client-file>` the tab is absent). */
export const NotAllowed: Story = {
  render: (args) => inProvider(args, html`<client-allergies client-id=${args.clientId} .permissions=${ALL_PERMISSIONS.filter((permission) => !permission.startsWith('clinical.'))}></client-allergies>`),
};

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** Adding or editing fails: the form stays filled and says why. */
export const FailingSaves: Story = { args: { failure: 'unavailable', failingOperations: 'allergies.create,allergies.update' } };
