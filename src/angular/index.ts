/*
 * clientela/angular: typings and small helpers for Angular hosts. Nothing here imports Angular or defines a
 * tag (register the elements with their define modules, `import 'clientela/define/client-list.js'`), and
 * it ships no Angular directive (those would need Angular's library compiler to work in AOT builds).
 * Angular needs `schemas: [CUSTOM_ELEMENTS_SCHEMA]` to accept the tags; it then checks no property
 * binding on them (`[search]="1"` compiles). What it does check, under `strictTemplates`: the type of
 * `$event` in `(client-open)="…"` and of `#ref`s, from HTMLElementEventMap and HTMLElementTagNameMap,
 * which the element and define modules fill in. `eventDetail` checks and types an event in your handler.
 */
import type { ClientelaEventName } from './elements.generated.js';

export * from './elements.generated.js';

/** The `detail` of a clientela event, by its name (`ClientelaEventDetail<'client-open'>` is `{ id, client? }`). */
export type ClientelaEventDetail<K extends ClientelaEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * The detail of `event`, typed, after checking that it is the CustomEvent named `name` (a handler bound
 * to the wrong event throws a TypeError naming both, instead of reading undefined fields):
 *   onOpen(event: Event) { const { id } = eventDetail('client-open', event); … }
 */
export function eventDetail<K extends ClientelaEventName>(name: K, event: Event): ClientelaEventDetail<K> {
  if (event.type !== name || !(event instanceof CustomEvent)) {
    throw new TypeError(`[clientela] expected a ${name} CustomEvent, got ${event.type || 'an event without a type'}`);
  }
  return event.detail as ClientelaEventDetail<K>;
}
