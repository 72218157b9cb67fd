import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-gift-cards.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A client with an active and a redeemed gift card in the demo data (every locale). */
const GIFT_CARDS_CLIENT = 'cl-000016';

/**
 * `<client-gift-cards>` on its own (it is also a tab of `<client-file>`): code (partially masked),
 * initial amount, balance, purchase and expiry dates, status.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-gift-cards',
  component: 'client-gift-cards',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: GIFT_CARDS_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-gift-cards client-id=${clientId}></client-gift-cards>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago: no gift cards. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'giftCards.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** A read-only session sees the same list: the tab never edits. */
export const ReadOnly: Story = { args: { readOnly: true } };

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

/** Cards instead of a table in a narrow container. */
export const Narrow: Story = { args: { width: '340px' } };
