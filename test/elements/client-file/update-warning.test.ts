/*
 * <client-file> never schedules an update from inside its own update: Lit's dev build (which the
 * tests run) warns "Element client-file scheduled an update after an update completed" through
 * console.warn. It did on tab switches and on moving to another client while a tab had focus: the
 * browser fires focusout while the update removes the focused tab, and the tab list re-rendered.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/client-file.js';
import '../../../src/define/client-provider.js';
import type { ClientFileElement } from '../../../src/elements/client-file/client-file.js';
import { $, memory, until } from './helpers.js';

const WARNING = 'scheduled an update';

/** Lit's update-after-update warnings while `run` runs (Lit warns once per message and page: earlier ones are forgotten first). */
async function updateWarnings(run: () => Promise<void>): Promise<string[]> {
  const issued = (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;
  expect(issued, 'Lit runs in dev mode (its warnings are on)').to.be.an.instanceOf(Set);
  for (const warning of [...issued!]) if (warning.includes(WARNING)) issued!.delete(warning);
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    original.apply(console, args);
  };
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    console.warn = original;
  }
  return warnings.filter((warning) => warning.includes(WARNING));
}

async function mount(width: number): Promise<{ file: ClientFileElement; ids: string[] }> {
  const adapter = memory();
  const ids = (await adapter.clients.list({ limit: 2 })).items.map((client) => client.id);
  const wrapper = await fixture<HTMLElement>(html`<client-provider .adapter=${adapter} locale="es">
    <div style="width:${width}px"><client-file client-id=${ids[0]!}></client-file></div>
  </client-provider>`);
  const file = wrapper.querySelector('client-file') as ClientFileElement;
  await until(file, '[role="tabpanel"]:not([hidden]) > *:not(.state)', 'the first tab never loaded');
  return { file, ids };
}

/** Clicks a tab as a pointer does: focus, then click. */
function press(file: ClientFileElement, id: string): void {
  const tab = $(file, `[role="tab"][data-tab="${id}"]`)!;
  tab.focus();
  tab.click();
}

const shown = (file: ClientFileElement, id: string) => waitUntil(() => $(file, `#panel-${id}`)?.hidden === false && $(file, `#panel-${id} > *:not(.state)`), `${id} never showed`);

describe('<client-file> updates', () => {
  it('switches tabs (click, keyboard, overflow menu) without an update after an update', async () => {
    const { file } = await mount(1800);
    const warnings = await updateWarnings(async () => {
      for (const id of ['preferences', 'insights', 'profile', 'disliked-services', 'profile']) {
        press(file, id);
        await shown(file, id);
      }
      $(file, '[role="tab"][aria-selected="true"]')!.focus();
      for (const key of ['ArrowRight', 'Enter', 'ArrowRight', 'ArrowRight', 'Enter', 'Home', 'Enter']) await sendKeys({ press: key });
      await shown(file, 'profile');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('moves to another client while a tab has focus without an update after an update', async () => {
    const { file, ids } = await mount(1800);
    const warnings = await updateWarnings(async () => {
      press(file, 'insights');
      await shown(file, 'insights');
      file.clientId = ids[1]!; // the tab list goes while the client loads: the focused tab is removed
      await file.updateComplete;
      await shown(file, 'insights');
      // Again with the focus moved by the arrow keys (the tab list remembers it).
      $(file, '[role="tab"][aria-selected="true"]')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      file.clientId = ids[0]!;
      await file.updateComplete;
      await shown(file, 'insights');
    });
    expect(warnings).to.deep.equal([]);
    // The roving tabindex is back on the selected tab.
    expect($(file, '[role="tab"][tabindex="0"]')!.dataset['tab']).to.equal('insights');
  });

  it('chooses a tab from the overflow menu of a narrow file without an update after an update', async () => {
    const { file } = await mount(340);
    await until(file, 'button.more');
    const warnings = await updateWarnings(async () => {
      const more = $(file, 'button.more')!;
      more.focus();
      await sendKeys({ press: 'ArrowDown' });
      const item = await until(file, '[role="menuitem"]');
      const id = item.dataset['tab']!;
      await sendKeys({ press: 'Enter' });
      await shown(file, id);
    });
    expect(warnings).to.deep.equal([]);
  });
});
