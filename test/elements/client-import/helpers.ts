/* Helpers of the <client-import> tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { ClientDataAdapter } from '../../../src/adapter/contract.js';
import type { ClientImport } from '../../../src/elements/client-import/client-import.js';
import type { Permission } from '../../../src/model/session.js';
import '../../../src/define/client-import.js';

export function $<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return (element.shadowRoot ?? element).querySelector<T>(selector);
}

export function $$<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...(element.shadowRoot ?? element).querySelectorAll<T>(selector)];
}

export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button of the wizard whose text includes `label`. */
export function button(wizard: ClientImport, label: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(wizard, 'button').find((candidate) => text(candidate).includes(label));
  if (!found) throw new Error(`no button “${label}” in ${$$(wizard, 'button').map((b) => text(b)).join(' | ')}`);
  return found;
}

export async function openWizard(
  adapter: ClientDataAdapter | undefined,
  options: { lang?: string; permissions?: readonly Permission[]; chunkSize?: number; maxFileSize?: number } = {},
): Promise<ClientImport> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'en'}>
    <client-import
      .adapter=${adapter}
      .permissions=${options.permissions}
      chunk-size=${options.chunkSize ?? 500}
      max-file-size=${options.maxFileSize ?? 20 * 1024 * 1024}
      retry-delay="1"
    ></client-import>
  </div>`);
  const wizard = wrapper.querySelector('client-import')!;
  await wizard.show();
  return wizard;
}

/** Waits for a step (and for the wizard to have rendered it). */
export async function stepIs(wizard: ClientImport, step: ClientImport['currentStep'], timeout = 10_000): Promise<void> {
  await waitUntil(() => wizard.currentStep === step, `step ${step} (now ${wizard.currentStep})`, { timeout });
  await wizard.updateComplete;
}

/** Selects a value in a <select> and fires change. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Catches the next download (an <a download> click) and returns its file name and text. */
export function catchDownload(): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(link.href)
        .then((response) => response.arrayBuffer())
        .then((buffer) => resolve({ name: link.download, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer) }));
    };
    document.addEventListener('click', onClick, true);
  });
}
