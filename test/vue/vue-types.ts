/*
 * Type test (checked by `tsc --noEmit -p tsconfig.json`, never run): the types a Vue host gets from
 * clientela/vue — the tags in Vue's GlobalComponents (what vue-tsc reads when it checks SFC templates)
 * and the props of render functions. Each `@ts-expect-error` line must be an error, or tsc fails
 * ("unused @ts-expect-error"): wrongly typed props and handlers do not pass.
 */
import { defineComponent, h, type GlobalComponents } from 'vue';
import { isClientelaTag, type ClientelaElementEvents, type ClientelaTag, type ClientelaVueProps } from '../../src/vue/index.js';
import type { ClientDataAdapter } from '../../src/adapter/contract.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';
import type { ClientOpenDetail } from '../../src/elements/client-list/events.js';
import type { ClientTabChangeDetail } from '../../src/elements/client-file/client-file.js';

declare const adapter: ClientDataAdapter;
const opened = (detail: ClientOpenDetail) => detail.id;
const tabChanged = (detail: ClientTabChangeDetail) => detail.tab;

// Render functions: h(tag, props) with the props typed per tag.
const provider: ClientelaVueProps<'client-provider'> = { adapter, locale: 'es', currency: 'EUR', timeZone: 'Europe/Madrid', class: 'clients' };
const list: ClientelaVueProps<'client-list'> = {
  search: 'mar',
  pageSize: 50,
  density: 'compact',
  key: 'list',
  style: { height: '40rem' },
  onClientOpen: (event) => opened(event.detail),
  onClientSelect: (event) => event.detail.ids,
};
const file: ClientelaVueProps<'client-file'> = { clientId: 'c1', tab: 'profile', onClientTabChange: (event) => tabChanged(event.detail) };
export const App = defineComponent(() => () => h('client-provider', provider, [h('client-list', list), h('client-file', file)]));

// @ts-expect-error search is a string
export const wrongSearch: ClientelaVueProps<'client-list'> = { search: 1 };
// @ts-expect-error no such density
export const wrongDensity: ClientelaVueProps<'client-list'> = { density: 'roomy' };
// @ts-expect-error the adapter is an object with the contract's namespaces
export const wrongAdapter: ClientelaVueProps<'client-provider'> = { adapter: 'memory' };
// @ts-expect-error the handler gets client-open's CustomEvent, not a MouseEvent
export const wrongHandler: ClientelaVueProps<'client-list'> = { onClientOpen: (event: MouseEvent) => event.button };
// @ts-expect-error the detail of client-tab-change has no id
export const wrongDetail: ClientelaVueProps<'client-file'> = { onClientTabChange: (event) => event.detail.id };
// @ts-expect-error `total` is read-only (computed by the list): not a prop
export const readOnly: ClientelaVueProps<'client-list'> = { total: 3 };

// Templates: vue-tsc checks `<client-list :search="…" @client-open="…">` against GlobalComponents, which
// Vue's h() also understands as a component type: the same props are checked there.
declare const ListType: GlobalComponents['client-list'];
declare const FileType: GlobalComponents['client-file'];
export const checked = [h(ListType, { search: 'x', onClientOpen: (event) => opened(event.detail) }), h(FileType, { clientId: 'c1' })];
// @ts-expect-error search is a string, in templates too
export const wrongTemplateProp = h(ListType, { search: 1 });
// @ts-expect-error clientId is a string
export const wrongClientId = h(FileType, { clientId: 7 });

// $emit lists the events with their types (what vue-tsc uses for `@client-open` handlers).
type Emitted = ClientelaElementEvents['client-list']['client-open'];
export const emitted: Emitted extends CustomEvent<ClientOpenDetail> ? true : false = true;
// An instance of the component type is the element itself (template refs).
export const element: InstanceType<GlobalComponents['client-list']> extends ClientList ? true : false = true;

// isCustomElement narrows to the tags.
export function tagOf(name: string): ClientelaTag | undefined {
  return isClientelaTag(name) ? name : undefined;
}
// @ts-expect-error not a clientela tag
export const notATag: ClientelaTag = 'client-date-field';
