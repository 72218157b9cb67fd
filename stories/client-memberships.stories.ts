import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-memberships.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A demo client with an active membership and ten credits (the same in every locale's demo data). */
const MEMBERSHIPS_CLIENT = 'cl-000087';

/**
 * `<client-memberships>` on its own (it is also a tab of `<client-file>`). Memberships: credits per service (status and expiry editable), payment activity, edit card / next payment / note, charge the next payment, cancel with the fee quoted.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-memberships',
  component: 'client-memberships',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: MEMBERSHIPS_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-memberships client-id=${clientId}></client-memberships>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

/** A membership past due after a failed payment. */
export const PastDue: Story = { args: { clientId: 'cl-000219' } };

/** A cancelled membership: shown, no longer charged or edited. */
export const Cancelled: Story = { args: { clientId: 'cl-000117' } };

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'memberships.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** Without `memberships.manage`: shown, nothing can be changed. */
export const ReadOnly: Story = { args: { denied: 'memberships.manage' } };

/** Without `clients.view`: nothing is requested, the tab says the user may not see it. */
export const NotAllowed: Story = { args: { denied: 'clients.view' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** Charging, editing and cancelling fail: the error is shown, the dialog and form stay filled, a retry never charges twice. */
export const FailingOperations: Story = { args: { failure: 'unavailable', failingOperations: 'memberships.processPayment,memberships.update,memberships.cancel,memberships.updateCredit' } };
