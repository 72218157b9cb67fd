/**
 * <client-file> over the memory adapter, in headless Chromium:
 * - header painted: from connecting the element to the frame after its banner rendered (a
 *   different client each round, so the adapter builds each one's records cold);
 * - tab switch: from clicking an already-loaded tab to the end of the element's update and the
 *   layout it causes (the work of the frame), and to the next paint;
 * - first open of a tab: its code (already in this single bundle) and its data.
 * Sizes (client-file.sizes.json) are reported by the harness.
 */
import { html, render } from 'lit';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import type { ClientFileElement } from '../../src/elements/client-file/client-file.js';
import '../../src/define/client-file.js';
import { median, nextPaint, type BrowserBenchReport } from './types.js';

const ROUNDS = 9;

function shadow(file: ClientFileElement, selector: string): HTMLElement | null {
  return file.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
}

/** Resolves as soon as `ready()` holds, checking after every microtask burst and frame. */
function when(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(check);
    function check() {
      if (!ready()) return;
      observer.disconnect();
      resolve();
    }
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    const poll = () => (ready() ? check() : setTimeout(poll, 0));
    poll();
  });
}

export default async function run(): Promise<BrowserBenchReport> {
  const rows: Record<string, string | number>[] = [];
  const headerTargets: number[] = [];
  const switchTargets: number[] = [];
  for (const clientCount of [1_000, 100_000]) {
    const adapter = createMemoryAdapter({ clientCount, seed: 42, referenceDate: '2026-11-23' });
    await adapter.ready;
    const ids = (await adapter.clients.list({ limit: ROUNDS + 1, offset: Math.floor(clientCount / 3) })).items.map((item) => item.id);
    // Warm-up: fonts, Intl formatters, the element's styles and templates.
    {
      const host = document.createElement('div');
      host.style.width = '1100px';
      document.body.append(host);
      render(html`<client-file client-id=${ids[ROUNDS]!} .adapter=${adapter}></client-file>`, host);
      const file = host.querySelector('client-file') as ClientFileElement;
      await when(() => !!shadow(file, '#panel-profile client-profile'));
      await nextPaint();
      host.remove();
    }
    const header: number[] = [];
    const switchWork: number[] = [];
    const switchPaint: number[] = [];
    const firstOpen: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const host = document.createElement('div');
      host.style.width = '1100px';
      document.body.append(host);
      const start = performance.now();
      render(html`<client-file client-id=${ids[round]!} .adapter=${adapter}></client-file>`, host);
      const file = host.querySelector('client-file') as ClientFileElement;
      await when(() => !!shadow(file, '.banner'));
      await nextPaint();
      header.push(performance.now() - start);

      // Open insights for the first time (code is in this bundle; its data loads now).
      await when(() => !!shadow(file, '#panel-profile client-profile'));
      const opening = performance.now();
      shadow(file, '#tab-insights')!.click();
      await when(() => !!shadow(file, '#panel-insights client-insights')?.shadowRoot?.querySelector('.cards, [part~="state-empty"]'));
      await nextPaint();
      firstOpen.push(performance.now() - opening);

      // Switch back and forth between loaded tabs.
      for (const id of ['profile', 'insights']) {
        const begin = performance.now();
        shadow(file, `#tab-${id}`)!.click();
        await file.updateComplete;
        void shadow(file, `#panel-${id}`)!.offsetHeight; // the layout the switch causes
        switchWork.push(performance.now() - begin);
        await nextPaint();
        switchPaint.push(performance.now() - begin);
      }
      host.remove();
    }
    headerTargets.push(median(header));
    switchTargets.push(median(switchWork));
    rows.push({
      clients: clientCount.toLocaleString('en'),
      'header painted, median (ms)': median(header).toFixed(1),
      'header painted, max (ms)': Math.max(...header).toFixed(1),
      'first open of a tab, median (ms)': median(firstOpen).toFixed(1),
      'switch to a loaded tab: update + layout, median (ms)': median(switchWork).toFixed(2),
      'switch to a loaded tab: until painted, median (ms)': median(switchPaint).toFixed(1),
    });
  }
  return {
    title: '<client-file> + memory adapter in headless Chromium',
    rows,
    targets: [
      { name: 'header painted after connecting (median, worst data set)', value: Math.max(...headerTargets), target: 100, unit: 'ms' },
      { name: 'switch to an already-loaded tab (update + layout)', value: Math.max(...switchTargets), target: 16, unit: 'ms' },
    ],
  };
}
