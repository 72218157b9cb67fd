/**
 * Smallest browser benchmark: the time from connecting a <client-provider> over the memory adapter
 * to a consumer painting its first figure. It proves the harness and gives the baseline the element
 * benchmarks compare against.
 */
import { html, render } from 'lit';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import { ClientelaElement } from '../../src/elements/clientela-element.js';
import '../../src/define/client-provider.js';
import { median, nextPaint, type BrowserBenchReport } from './types.js';

class BenchConsumer extends ClientelaElement {
  total: number | undefined;
  override async updated(): Promise<void> {
    if (this.total === undefined && this.adapter) {
      this.total = (await this.adapter.clients.list({ limit: 1 })).total;
      this.requestUpdate();
    }
  }
  override render() {
    return html`<p>${this.total ?? '…'}</p>`;
  }
}
customElements.define('bench-consumer', BenchConsumer);

export default async function run(): Promise<BrowserBenchReport> {
  const rows = [];
  for (const clientCount of [1_000, 10_000, 100_000]) {
    const generated = performance.now();
    const adapter = createMemoryAdapter({ clientCount, seed: 42 });
    const generationMs = performance.now() - generated;
    const samples: number[] = [];
    for (let round = 0; round < 5; round++) {
      const host = document.createElement('div');
      document.body.append(host);
      const start = performance.now();
      render(html`<client-provider .adapter=${adapter}><bench-consumer></bench-consumer></client-provider>`, host);
      const consumer = host.querySelector('bench-consumer') as BenchConsumer;
      while (consumer.total === undefined) await new Promise((resolve) => setTimeout(resolve, 0));
      await nextPaint();
      samples.push(performance.now() - start);
      host.remove();
    }
    rows.push({ clients: clientCount.toLocaleString('en'), 'generate in Chromium (ms)': generationMs.toFixed(0), 'first figure painted, median (ms)': median(samples).toFixed(1) });
  }
  return { title: 'Provider + memory adapter in headless Chromium', rows };
}
