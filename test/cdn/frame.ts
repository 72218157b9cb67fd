/*
 * Helpers for tests that run a plain HTML page in an iframe (the CDN example page, the CSP page): the
 * page gets its own window, custom element registry and resource timing, apart from the test runner's
 * page (which has inline scripts and its own copy of lit).
 */
import { waitUntil } from '@open-wc/testing';

/** Opens `src` in a visible iframe of the given size and resolves once its document has loaded. */
export async function openFrame(src: string, size: { width?: number; height?: number } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(size.width ?? 1280);
  frame.height = String(size.height ?? 900);
  frame.title = 'page under test';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
  });
  frame.src = src;
  document.body.append(frame);
  await loaded;
  // Room for every chunk the page loads (the default buffer keeps 250 entries).
  frame.contentWindow!.performance.setResourceTimingBufferSize(5000);
  return frame;
}

/** The frame's window (typed loosely: its globals are another realm's). */
export function windowOf(frame: HTMLIFrameElement): Window & typeof globalThis {
  return frame.contentWindow as Window & typeof globalThis;
}

/** Paths (with query) of every resource the frame's document has requested so far, itself included. */
export function requestedPaths(frame: HTMLIFrameElement): string[] {
  const win = windowOf(frame);
  const urls = [win.location.href, ...win.performance.getEntriesByType('resource').map((entry) => entry.name)];
  return urls.map((url) => {
    const parsed = new URL(url);
    return parsed.origin === location.origin ? `${parsed.pathname}${parsed.search}` : url;
  });
}

/** The first match of `selector` inside `host`'s shadow root. */
export function inShadow<T extends Element = HTMLElement>(host: Element | null | undefined, selector: string): T | null {
  return host?.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Waits for `selector` inside `host`'s shadow root. */
export async function untilShadow<T extends Element = HTMLElement>(host: Element, selector: string, message?: string, timeout = 8000): Promise<T> {
  await waitUntil(() => inShadow(host, selector) !== null, message ?? `${host.localName}: ${selector} never appeared`, { timeout });
  return inShadow<T>(host, selector)!;
}

export const textOf = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Clicks a tab of a <client-file> as a user would: in the tab bar, or in the overflow menu. */
export function clickTab(file: Element, id: string): void {
  const tab = inShadow(file, `[role="tab"][data-tab="${id}"], [role="menuitem"][data-tab="${id}"]`);
  if (!tab) throw new Error(`<client-file> has no tab "${id}"`);
  tab.click();
}

/** Waits until the panel of tab `id` shows its element rendered (past the loading state). */
export async function untilTabRendered(file: Element, id: string, tag: string): Promise<Element> {
  const panel = await untilShadow(file, `#panel-${id}:not([hidden])`, `the ${id} panel never opened`);
  await waitUntil(() => panel.querySelector(tag)?.shadowRoot?.childElementCount, `<${tag}> never rendered`, { timeout: 8000 });
  return panel.querySelector(tag)!;
}
