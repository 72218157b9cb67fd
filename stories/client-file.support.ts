/*
 * What the stories of <client-file> and its tab elements share: their args, the adapter for a set
 * of args (always from storyAdapter, cached so re-renders keep edits), and the provider wrapper.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import { until } from 'lit/directives/until.js';
import type { AdapterErrorKind } from '../src/adapter/adapter-error.js';
import type { AdapterNamespace, ClientDataAdapter } from '../src/adapter/contract.js';
import { ALL_PERMISSIONS, READ_ONLY_PERMISSIONS } from '../src/model/session.js';
import '../src/define/client-provider.js';
import { storyAdapter } from './story-adapter.js';

/** Blacklisted, with a critical alert, an allergy, a group, lapsed: shows every part of the file. */
export const SHOWCASE_CLIENT = 'cl-000231';
/** A client with a disliked service. */
export const DISLIKED_CLIENT = 'cl-000002';
/** A client with general and attention notes, private and pinned comments, images and documents. */
export const RECORDS_CLIENT = 'cl-000059';

export interface FileStoryArgs {
  clientId: string;
  locale: 'en' | 'es' | 'pt-BR';
  /** Simulated latency of every adapter call, in ms. */
  latency: number;
  /** Every call of these operations fails with `failure`. */
  failure: '' | AdapterErrorKind;
  failingOperations: string;
  /** The session allows viewing only. */
  readOnly: boolean;
  /** Permissions the session lacks (comma-separated, e.g. wallet.view). */
  denied: string;
  /** Namespaces the adapter leaves out (comma-separated). */
  without: string;
  /** Width of the container, e.g. 360px (empty: full width). */
  width: string;
  /** A fresh client with almost no data instead of `clientId`. */
  newClient: boolean;
}

export const FILE_STORY_DEFAULTS: FileStoryArgs = {
  clientId: SHOWCASE_CLIENT,
  locale: 'en',
  latency: 150,
  failure: '',
  failingOperations: '',
  readOnly: false,
  denied: '',
  without: '',
  width: '',
  newClient: false,
};

export const FILE_STORY_ARG_TYPES: Partial<ArgTypes<FileStoryArgs>> = {
  clientId: { control: 'text', name: 'client-id' },
  locale: { control: 'inline-radio', options: ['en', 'es', 'pt-BR'] },
  latency: { control: { type: 'number', min: 0, max: 600000 } },
  failure: { control: 'select', options: ['', 'network', 'unavailable', 'forbidden', 'not-found', 'invalid-response'] },
  failingOperations: { control: 'text' },
  readOnly: { control: 'boolean' },
  denied: { control: 'text' },
  without: { control: 'text' },
  width: { control: 'text' },
  newClient: { control: 'boolean' },
};

const adapters = new Map<string, { adapter: ClientDataAdapter; newClientId: Promise<string> }>();

/** The adapter for a story's args, made once per distinct set of data-affecting args. */
export function adapterFor(args: FileStoryArgs): { adapter: ClientDataAdapter; newClientId: Promise<string> } {
  const key = JSON.stringify([args.latency, args.failure, args.failingOperations, args.readOnly, args.denied, args.without, args.locale]);
  let entry = adapters.get(key);
  if (!entry) {
    const without = args.without
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean) as Exclude<AdapterNamespace, 'clients'>[];
    const failing = args.failingOperations
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const adapter = storyAdapter({
      latency: args.latency,
      // The demo backend sends its catalog, groups and tags in the story's language, as a host's would.
      locale: args.locale,
      without,
      ...(args.readOnly || args.denied
        ? { permissions: (args.readOnly ? READ_ONLY_PERMISSIONS : ALL_PERMISSIONS).filter((permission) => !args.denied.split(',').map((name) => name.trim()).includes(permission)) }
        : {}),
      ...(args.failure ? { failureRate: 1, failureKind: args.failure, failingOperations: failing } : {}),
    });
    // A client with almost no data (no phones, visits or preferences changed), for "empty" stories.
    const newClientId = adapter.clients
      .create({ firstName: 'Valentina', lastName: 'Ríos' })
      .then((client) => client.id)
      .catch(() => 'cl-000001');
    entry = { adapter, newClientId };
    adapters.set(key, entry);
  }
  return entry;
}

/** The client id of a story: the args' one, or (newClient) the freshly created one. */
export function withClientId(args: FileStoryArgs, render: (clientId: string) => TemplateResult): unknown {
  if (!args.newClient) return render(args.clientId);
  return until(adapterFor(args).newClientId.then(render), html``);
}

/** Wraps a story's element in a provider with the args' adapter and locale, in a sized container. */
export function inProvider(args: FileStoryArgs, content: unknown): TemplateResult {
  const { adapter } = adapterFor(args);
  return html`<client-provider .adapter=${adapter} locale=${ifDefined(args.locale)} currency="EUR" time-zone="Europe/Madrid">
    <div style=${styleMap(args.width ? { width: args.width, resize: 'horizontal', overflow: 'auto' } : {})}>${content}</div>
  </client-provider>`;
}
