/* Helpers of the React tests: load a React host bundle, mount a tree, find the elements' rendered parts. */
import { waitUntil } from '@open-wc/testing';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { MemoryAdapter } from '../../src/adapters/memory/index.js';

/** What test/hosts/react<version>/react.ts exports (typed from the React 19 host; 18's has the same names). */
export type ReactHost = typeof import('../hosts/react19/react.js');

/**
 * React 18 or 19, bundled by the /__bundle/ plugin (React is CommonJS). The specifier is a variable, so
 * neither TypeScript nor the dev server tries to resolve it: the browser asks the plugin.
 */
export async function loadReact(version: 18 | 19): Promise<ReactHost> {
  const url = `/__bundle/test/hosts/react${version}/react.ts`;
  const host = (await import(/* @vite-ignore */ url)) as ReactHost;
  if (!host.React.version.startsWith(`${version}.`)) throw new Error(`expected React ${version}, got ${host.React.version}`);
  return host;
}

export const REFERENCE_DATE = '2026-11-23';

export function memory(): MemoryAdapter {
  return createMemoryAdapter({ clientCount: 60, seed: 7, referenceDate: REFERENCE_DATE });
}

/** A React root in a visible 1100 px container (the list virtualizes rows: it must be on screen). */
export function mount(host: ReactHost) {
  const container = document.createElement('div');
  container.style.width = '1100px';
  document.body.append(container);
  const root = host.createRoot(container);
  return {
    container,
    render(element: Parameters<typeof root.render>[0]) {
      host.flushSync(() => root.render(element));
    },
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Rows with data (not placeholders). */
export const rows = (list: Element) => $$(list, '.body > .row[data-id]');

export async function until<T>(predicate: () => T | null | undefined | false, message: string, timeout = 5000): Promise<T> {
  let value: T | null | undefined | false;
  await waitUntil(() => (value = predicate()), message, { timeout });
  return value as T;
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  (el as HTMLElement).click();
}
