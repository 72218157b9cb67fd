import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryAdapter, MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';
import '../../../src/define/client-list.js';
import '../../../src/define/client-provider.js';
import type { ClientList } from '../../../src/elements/client-list/client-list.js';
import type { Permission } from '../../../src/model/session.js';

export const REFERENCE_DATE = '2026-11-23';

export function memory(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return createMemoryAdapter({ clientCount: 60, seed: 7, referenceDate: REFERENCE_DATE, ...options });
}

/** Counts calls of each operation (and keeps their arguments) of an adapter. */
export function spy<A extends ClientDataAdapter>(adapter: A) {
  const calls: { operation: string; args: unknown[] }[] = [];
  const wrapped = {} as Record<string, unknown>;
  for (const [namespace, api] of Object.entries(adapter as unknown as Record<string, Record<string, unknown>>)) {
    if (typeof api !== 'object' || api === null) {
      wrapped[namespace] = api;
      continue;
    }
    const proxy: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(api)) {
      proxy[name] =
        typeof fn === 'function'
          ? (...args: unknown[]) => {
              calls.push({ operation: `${namespace}.${name}`, args });
              return (fn as (...args: unknown[]) => unknown).apply(api, args);
            }
          : fn;
    }
    wrapped[namespace] = proxy;
  }
  const of = (operation: string) => calls.filter((call) => call.operation === operation);
  return { adapter: wrapped as unknown as ClientDataAdapter, calls, of };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Rows with data (not placeholders). */
export const rows = (el: Element) => $$(el, '.body > .row[data-id]');

export async function mountList(
  adapter: ClientDataAdapter,
  options: { permissions?: readonly Permission[]; locale?: string; width?: number; id?: string; view?: 'active' | 'trash'; search?: string } = {},
): Promise<ClientList> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${options.width ?? 1100}px">
    <client-provider .adapter=${adapter} locale=${options.locale ?? 'en'} currency="EUR" time-zone="Europe/Madrid">
      <client-list id=${options.id ?? 'test-list'} .permissions=${options.permissions} view=${options.view ?? 'active'} search=${options.search ?? ''}></client-list>
    </client-provider>
  </div>`);
  const list = wrapper.querySelector('client-list')!;
  // The virtualizer renders only rows inside the viewport: bring the list (maybe below an earlier one) into view.
  wrapper.scrollIntoView({ block: 'start' });
  await list.ready;
  await waitUntil(() => rows(list).length > 0 || $(list, '.state'), 'the list never rendered', { timeout: 5000 });
  return list;
}

export async function until<T>(predicate: () => T | null | undefined | false, message: string, timeout = 4000): Promise<T> {
  let value: T | null | undefined | false;
  await waitUntil(() => (value = predicate()), message, { timeout });
  return value as T;
}

export function click(el: Element | null | undefined, init: MouseEventInit = {}): void {
  if (!el) throw new Error('nothing to click');
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, ...init }));
}

/** Types into an input (sets the value, fires input). */
export function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no input');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A host for testing controllers without an element. */
export function controllerHost(): ReactiveControllerHost & { updates: number } {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    addController(controller: ReactiveController) {
      controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Catches the next download link the page clicks (instead of letting the browser download) and its file. */
export function nextDownload(): Promise<{ name: string; blob: Blob }> {
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      const link = event.composedPath()[0];
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(link.href).then(async (response) => resolve({ name: link.download, blob: await response.blob() }));
    };
    document.addEventListener('click', onClick, true);
  });
}

/**
 * A list in a page `width` px wide (the host gives it `height`, any CSS length) with 400 clients,
 * scrolled into view, its first rows rendered.
 */
export async function pageList(width: number, height: string, density = 'comfortable'): Promise<ClientList> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px">
    <client-provider .adapter=${memory({ clientCount: 400 })} locale="en" currency="EUR" time-zone="Europe/Madrid">
      <client-list style="--client-list-height: ${height}" density=${density}></client-list>
    </client-provider>
  </div>`);
  wrapper.scrollIntoView({ block: 'start' });
  const list = wrapper.querySelector('client-list')!;
  await list.ready;
  await until(() => rows(list).length > 5, 'no rows');
  return list;
}

/** Rows entirely inside the scroller. */
export function rowsInView(list: ClientList): HTMLElement[] {
  const box = $(list, '.body')!.getBoundingClientRect();
  return rows(list).filter((row) => {
    const rect = row.getBoundingClientRect();
    return rect.top >= box.top - 0.5 && rect.bottom <= box.bottom + 0.5;
  });
}
