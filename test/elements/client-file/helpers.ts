/* Helpers shared by the tests of <client-file> and its tabs. */
import { waitUntil } from '@open-wc/testing';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import { createMemoryAdapter } from '../../../src/adapters/memory/index.js';
import type { MemoryAdapter, MemoryAdapterOptions } from '../../../src/adapters/memory/index.js';

export const REFERENCE_DATE = '2026-11-23';

export function memory(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return createMemoryAdapter({ clientCount: 150, seed: 7, referenceDate: REFERENCE_DATE, ...options });
}

/** Wraps an adapter and counts calls per operation (`'insights.get'` → 2), and per first argument (`'clients.get:cl-000001'`). */
export function counting<A extends ClientDataAdapter>(adapter: A): { adapter: A; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const wrapped: Record<string, unknown> = {};
  for (const [namespace, api] of Object.entries(adapter as unknown as Record<string, Record<string, unknown>>)) {
    if (!api || typeof api !== 'object') continue;
    const copy: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(api)) {
      if (typeof fn !== 'function') continue;
      copy[name] = (...args: unknown[]) => {
        const key = `${namespace}.${name}`;
        calls.set(key, (calls.get(key) ?? 0) + 1);
        if (typeof args[0] === 'string') calls.set(`${key}:${args[0]}`, (calls.get(`${key}:${args[0]}`) ?? 0) + 1);
        return (fn as (...a: unknown[]) => unknown).apply(api, args);
      };
    }
    wrapped[namespace] = copy;
  }
  return { adapter: wrapped as unknown as A, calls };
}

/** The first client matching a filter. */
export async function clientWhere(adapter: ClientDataAdapter, filter: Parameters<ClientDataAdapter['clients']['list']>[0]['filter']): Promise<string> {
  const page = await adapter.clients.list({ filter, limit: 1 });
  const first = page.items[0];
  if (!first) throw new Error(`no client matches ${JSON.stringify(filter)}`);
  return first.id;
}

export function $<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return (element.shadowRoot ?? element).querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot ?? element).querySelectorAll<T>(selector)];
}

export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until a selector matches inside the element's shadow root. */
export async function until<T extends Element = HTMLElement>(element: Element, selector: string, message?: string): Promise<T> {
  await waitUntil(() => $(element, selector) !== null, message ?? `${selector} never appeared`, { timeout: 4000 });
  return $<T>(element, selector)!;
}

/** The deepest active element, crossing shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Sets a form control's value and fires input + change, as typing would. */
export function setValue(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

export function click(element: Element | null): void {
  if (!element) throw new Error('nothing to click');
  (element as HTMLElement).click();
}
