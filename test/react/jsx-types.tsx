/*
 * Type test (checked by `tsc --noEmit -p tsconfig.json`, never run): the JSX types a React 19 host gets
 * from clientela/react, for the tags used directly and for the wrappers. Each `@ts-expect-error` line
 * must be an error, or tsc fails ("unused @ts-expect-error"): wrongly typed props do not pass.
 */
import type {} from '../../src/react/index.js';
import { ClientFile, ClientList, ClientProvider } from '../../src/react/index.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import type { ClientList as ClientListElement } from '../../src/elements/client-list/client-list.js';
import type { ClientOpenDetail } from '../../src/elements/client-list/events.js';
import type { ClientTabChangeDetail } from '../../src/elements/client-file/client-file.js';

declare const adapter: ClientDataAdapter;
declare const listRef: { current: ClientListElement | null };
const opened = (detail: ClientOpenDetail) => detail.id;
const tabChanged = (detail: ClientTabChangeDetail) => detail.tab;

export const directTags = (
  <client-provider adapter={adapter} locale="es" currency="EUR" time-zone="Europe/Madrid">
    <client-list
      ref={listRef}
      key="list"
      class="list"
      slot="main"
      style={{ height: '40rem' }}
      search="mar"
      pageSize={50}
      page-size="50"
      density="compact"
      onclient-open={(event) => opened(event.detail)}
      onclient-filter-change={(event) => event.detail}
    />
    <client-file client-id="cl-000001" tab="wallet" onclient-tab-change={(event) => tabChanged(event.detail)}>
      <span>children</span>
    </client-file>
  </client-provider>
);

export const wrongDirectTags = [
  // @ts-expect-error pageSize is a number
  <client-list pageSize="50" />,
  // @ts-expect-error the adapter is an object, not a string
  <client-provider adapter="rest" />,
  // @ts-expect-error client-open's detail has no `tab`
  <client-list onclient-open={(event) => tabChanged(event.detail)} />,
  // @ts-expect-error total is read-only (the manifest lists it as such): not a prop
  <client-list total={3} />,
  // @ts-expect-error no such tag
  <client-nothing />,
];

export const wrappers = (
  <ClientProvider adapter={adapter} locale="pt-BR">
    <ClientList search="mar" onClientOpen={(event) => opened(event.detail)} />
    <ClientFile clientId="cl-000001" onClientTabChange={(event) => tabChanged(event.detail)} />
  </ClientProvider>
);

export const wrongWrappers = [
  // @ts-expect-error pageSize is a number
  <ClientList pageSize="50" />,
  // @ts-expect-error client-open's detail has no `tab`
  <ClientList onClientOpen={(event) => tabChanged(event.detail)} />,
];
