import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-appointments.js';
import { ALL_PERMISSIONS } from '../src/model/session.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A client with upcoming appointments, a long history and attention notes in the demo data. */
const APPOINTMENTS_CLIENT = 'cl-000187';

/**
 * `<client-appointments>` on its own (it is also a tab of `<client-file>`): the upcoming agenda and
 * the paged history; an appointment opens a details panel with its attention notes. "New
 * appointment", "Reschedule" and "Add payment" fire the cancelable `client-appointment-request`
 * (see the Actions panel): booking belongs to the host.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-appointments',
  component: 'client-appointments',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: APPOINTMENTS_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  parameters: { actions: { handles: ['client-appointment-request'] } },
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-appointments client-id=${clientId}></client-appointments>`)),
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
  render: (args) => inProvider(args, html`<client-appointments client-id=${args.clientId} .permissions=${ALL_PERMISSIONS}></client-appointments>`),
};

/** A client created a minute ago: nothing upcoming, no history. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button in each section. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'appointments.list' } };

/** The attention notes of an appointment cannot load: its panel says why. */
export const FailingNotes: Story = { args: { failure: 'unavailable', failingOperations: 'notes.list' } };

/** A read-only session sees the same agenda: the tab never edits, the host books. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** The session lacks clients.view: the tab says it is not allowed, and loads nothing. */
export const Forbidden: Story = { args: { denied: 'clients.view' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

/** Cards instead of tables in a narrow container. */
export const Narrow: Story = { args: { width: '340px' } };
