/*
 * Type test (checked by `tsc --noEmit -p tsconfig.json`, never run): the types an Angular host gets from
 * clientela/angular. Under `strictTemplates`, Angular's template type checker types a DOM event binding
 * `<client-list (client-open)="open($event)">` as `document.createElement('client-list')
 * .addEventListener('client-open', ($event) => open($event))`, and a `#list` ref as the createElement
 * result: the lines below are those checks, written by hand. Property bindings (`[search]`) on custom
 * elements are never checked by Angular. Each `@ts-expect-error` line must be an error, or tsc fails.
 */
import {
  CLIENTELA_EVENTS,
  CLIENTELA_TAGS,
  eventDetail,
  type ClientelaElements,
  type ClientelaEventDetail,
  type ClientelaEventName,
  type ClientelaEventsOf,
  type ClientelaTag,
} from '../../src/angular/index.js';
import type { ClientOpenDetail } from '../../src/elements/client-list/events.js';
import type { ClientTabChangeDetail } from '../../src/elements/client-file/client-file.js';
import type { ClientList } from '../../src/elements/client-list/client-list.js';

const opened = (detail: ClientOpenDetail) => detail.id;
const tabChanged = (detail: ClientTabChangeDetail) => detail.tab;

// `$event` of (client-open) / (client-tab-change), as Angular's type-check block infers it.
const list = document.createElement('client-list');
list.addEventListener('client-open', ($event) => opened($event.detail));
const file = document.createElement('client-file');
file.addEventListener('client-tab-change', ($event) => tabChanged($event.detail));
// @ts-expect-error client-tab-change's detail has no id
file.addEventListener('client-tab-change', ($event) => $event.detail.id);

// `#list` refs and viewChild / ElementRef types.
export const ref: ClientelaElements['client-list'] = list;
export const search: string = list.search;
// @ts-expect-error search is a string (what a typed ref catches; a [search] binding is not checked)
list.search = 1;

// Every event the manifest lists is a typed CustomEvent in HTMLElementEventMap (no `any` details).
type Untyped = Exclude<ClientelaEventName, keyof HTMLElementEventMap>;
export const allTyped: [Untyped] extends [never] ? true : false = true;
export const openDetail: ClientelaEventDetail<'client-open'> extends ClientOpenDetail ? true : false = true;

// eventDetail: a handler that takes Event (no strictTemplates) gets the typed detail.
export function onOpen(event: Event): string {
  return eventDetail('client-open', event).id;
}
export function onTab(event: Event): string {
  // @ts-expect-error client-tab-change's detail has tab and previous, not id
  return eventDetail('client-tab-change', event).id;
}
// @ts-expect-error not an event of clientela
eventDetail('client-opened', new Event('x'));

// The tag and event lists.
export const tags: readonly ClientelaTag[] = CLIENTELA_TAGS;
export const listEvents: readonly ClientelaEventsOf<'client-list'>[] = CLIENTELA_EVENTS['client-list'];
export const hasOpen: 'client-open' extends ClientelaEventsOf<'client-list'> ? true : false = true;
// @ts-expect-error client-list does not fire client-tab-change
export const notAListEvent: ClientelaEventsOf<'client-list'> = 'client-tab-change';
export const isList: ClientelaElements['client-list'] extends ClientList ? true : false = true;
