/*
 * Custom tabs of <client-file>: the host's own elements, children of the file with `slot="tab"`,
 * `data-tab-id` and `data-tab-label`:
 *
 *   <client-file client-id="c1">
 *     <section slot="tab" data-tab-id="loyalty" data-tab-label="Loyalty">…</section>
 *   </client-file>
 *
 * The file finds them (here), gives each a tab in the strip and a panel whose slot it assigns the
 * element to by hand (manual slot assignment: a shared `slot="tab"` could not put each element in its
 * own panel), and tells the element when it is shown (`client-tab-activate`). Plain attributes on any
 * element, so every framework can write them; no extra tag to define.
 */

/** One custom tab found among the file's children. */
export interface CustomTab {
  id: string;
  label: string;
  element: HTMLElement;
}

/** `client-tab-activate`: a custom tab is being shown (fired on its element; bubbles). */
export interface ClientTabActivateDetail {
  /** The tab's id (`data-tab-id`). */
  tab: string;
  /** The client the file shows. */
  clientId: string;
  /** True the first time the tab is shown for this client: render its content then. */
  first: boolean;
}

/** `client-tab-error`: a custom tab's content reports that it failed; the file shows the error in its panel. */
export interface ClientTabErrorDetail {
  error: unknown;
}

declare global {
  interface HTMLElementEventMap {
    'client-tab-activate': CustomEvent<ClientTabActivateDetail>;
    'client-tab-error': CustomEvent<ClientTabErrorDetail>;
  }
}

/** Attributes of a custom tab that change the strip (watched on the file's children). */
export const CUSTOM_TAB_ATTRIBUTES = ['slot', 'data-tab-id', 'data-tab-label'];

/**
 * The custom tabs among `host`'s children, in document order. A child without `data-tab-id`, with
 * an id already taken (by a built-in tab or an earlier custom tab), is left out with a warning; a
 * tab without a label is labelled by its id, with a warning. `warn` is called with a key per problem
 * so the caller can warn once.
 */
export function findCustomTabs(host: Element, reserved: ReadonlySet<string>, warn: (key: string, message: string) => void): CustomTab[] {
  const tabs: CustomTab[] = [];
  const taken = new Set(reserved);
  for (const element of host.children) {
    if (!(element instanceof HTMLElement) || element.slot !== 'tab') continue;
    const id = element.dataset['tabId']?.trim() ?? '';
    if (!id) {
      warn(`no-id:${element.localName}`, `[clientela] <client-file>: a slot="tab" child <${element.localName}> has no data-tab-id; it is ignored.`);
      continue;
    }
    if (taken.has(id)) {
      const clash = reserved.has(id) ? 'the built-in tab of that id' : 'another custom tab';
      warn(`duplicate:${id}`, `[clientela] <client-file>: custom tab "${id}" has the same id as ${clash}; it is ignored.`);
      continue;
    }
    taken.add(id);
    let label = element.dataset['tabLabel']?.trim() ?? '';
    if (!label) {
      warn(`no-label:${id}`, `[clientela] <client-file>: custom tab "${id}" has no data-tab-label; its id is shown as its label.`);
      label = id;
    }
    tabs.push({ id, label, element });
  }
  return tabs;
}

/** Whether two scans found the same tabs (same elements, ids and labels, in the same order). */
export function sameCustomTabs(a: readonly CustomTab[], b: readonly CustomTab[]): boolean {
  return a.length === b.length && a.every((tab, index) => tab.id === b[index]!.id && tab.label === b[index]!.label && tab.element === b[index]!.element);
}

/**
 * Runs `action` (which dispatches to host code) and returns the first error host code threw in it.
 * An exception thrown by an event listener never reaches the code that dispatched the event: the
 * browser reports it to `window` as an `error` event, synchronously, then goes on. It is watched
 * here, not swallowed: the page's own error reporting still sees it, and the file shows it in the
 * tab's panel.
 */
export function captureErrors(action: () => void): { error: unknown } | undefined {
  let caught: { error: unknown } | undefined;
  const onError = (event: ErrorEvent) => {
    caught ??= { error: event.error ?? new Error(event.message) };
  };
  window.addEventListener('error', onError);
  try {
    action();
  } catch (error) {
    caught ??= { error };
  } finally {
    window.removeEventListener('error', onError);
  }
  return caught;
}

/** The message of an error a host's tab threw, for its panel. */
export function customTabErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return '';
}
