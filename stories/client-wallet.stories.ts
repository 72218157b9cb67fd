import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-wallet.js';
import { ALL_PERMISSIONS } from '../src/model/session.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A client with balance, rewards and movements in the demo data. */
const WALLET_CLIENT = 'cl-000040';

/**
 * `<client-wallet>` on its own (it is also a tab of `<client-file>`): balance, total spent, rewards;
 * add funds, deduct funds and assign a reward in a dialog with confirmation (idempotent); the paged
 * movement history with the balance after each.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-wallet',
  component: 'client-wallet',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: WALLET_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-wallet client-id=${clientId}></client-wallet>`)),
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
  render: (args) => inProvider(args, html`<client-wallet client-id=${args.clientId} .permissions=${ALL_PERMISSIONS}></client-wallet>`),
};

/** A client created a minute ago: an empty wallet and no movements. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'wallet.get' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view (wallet.view) but not operate (wallet.edit): no operation buttons. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** Every operation fails: the dialog keeps the amount and note, says why, and that retrying is safe. */
export const FailingOperations: Story = { args: { failure: 'network', failingOperations: 'wallet.addFunds,wallet.deductFunds,wallet.assignReward' } };

/** The session lacks wallet.view: the tab says it is not allowed, and loads nothing. */
export const Forbidden: Story = { args: { denied: 'wallet.view' } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

/** Cards instead of a table in a narrow container. */
export const Narrow: Story = { args: { width: '340px' } };
