import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/client-skin-tests.js';
import { ALL_PERMISSIONS } from '../src/model/session.js';
import { FILE_STORY_ARG_TYPES, FILE_STORY_DEFAULTS, inProvider, withClientId } from './client-file.support.js';
import type { FileStoryArgs } from './client-file.support.js';

/** A demo client with several of these records. */
const SKIN_TESTS_CLIENT = 'cl-000011';

/** The stories' fixed date: expiry flags stay the same whatever day it is. */
const STORY_DATE = '2026-11-23';

/**
 * `<client-skin-tests>` on its own (it is also a tab of `<client-file>`). Skin tests: create, move pending → in progress → satisfactory / unsatisfactory, expiry flagged, filter by state.
 */
const meta: Meta<FileStoryArgs> = {
  title: 'Elements/client-skin-tests',
  component: 'client-skin-tests',
  tags: ['autodocs'],
  args: { ...FILE_STORY_DEFAULTS, clientId: SKIN_TESTS_CLIENT },
  argTypes: FILE_STORY_ARG_TYPES,
  render: (args) => inProvider(args, withClientId(args, (clientId) => html`<client-skin-tests client-id=${clientId} .today=${STORY_DATE}></client-skin-tests>`)),
};
export default meta;

type Story = StoryObj<FileStoryArgs>;

export const Full: Story = {};

export const Loading: Story = { args: { latency: 600_000 } };

/** A client created a minute ago. */
export const Empty: Story = { args: { newClient: true, latency: 0 } };

/** Loading fails: the reason, and a retry button. */
export const Error: Story = { args: { failure: 'unavailable', failingOperations: 'skinTests.list' } };

export const NotFound: Story = { args: { clientId: 'cl-999999' } };

/** The session may view but not change. */
export const ReadOnly: Story = { args: { readOnly: true } };

/** Without `clinical.view`: nothing is requested, the tab says the user may not see it (inside `<client-file>` the tab is absent). */
export const NotAllowed: Story = {
  render: (args) => inProvider(args, html`<client-skin-tests client-id=${args.clientId} .today=${STORY_DATE} .permissions=${ALL_PERMISSIONS.filter((permission) => !permission.startsWith('clinical.'))}></client-skin-tests>`),
};

export const Spanish: Story = { args: { locale: 'es' } };

export const BrazilianPortuguese: Story = { name: 'Brazilian Portuguese', args: { locale: 'pt-BR' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow: Story = { args: { width: '340px' } };

/** Saving or moving a test fails: the change is undone and the form stays filled, saying why. */
export const FailingSaves: Story = { args: { failure: 'unavailable', failingOperations: 'skinTests.create,skinTests.update' } };

/** Tests whose expiry date has passed, and others still valid. */
export const Expired: Story = { args: { clientId: 'cl-000100' } };
