import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import { ResourceController } from '../../src/controllers/resource-controller.js';

/** Records every load: its key, its signal, and how to settle it. */
class Probe extends LitElement {
  @property() key = 'a';
  @property({ type: Boolean }) enabled = true;
  loads: { key: string; signal: AbortSignal; resolve: (value: string) => void; reject: (error: unknown) => void }[] = [];
  readonly resource = new ResourceController(this, {
    args: () => (this.enabled ? ([this.key] as const) : undefined),
    load: ([key], { signal }) =>
      new Promise<string>((resolve, reject) => {
        this.loads.push({ key, signal, resolve, reject });
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  });
  override render() {
    return litHtml`${this.resource.render({
      idle: () => 'idle',
      loading: () => 'loading',
      error: (error) => `error:${(error as Error).message}`,
      ready: (value) => `ready:${value}`,
    })}`;
  }
}
customElements.define('test-resource-probe', Probe);

const shown = (probe: Probe) => probe.shadowRoot!.textContent!.trim();

describe('ResourceController', () => {
  it('loads for its key and renders each status', async () => {
    const probe = await fixture<Probe>(html`<test-resource-probe></test-resource-probe>`);
    expect(shown(probe)).to.equal('loading');
    expect(probe.loads).to.have.length(1);
    probe.loads[0]!.resolve('A');
    await waitUntil(() => shown(probe) === 'ready:A');
    expect(probe.resource.status).to.equal('ready');
  });

  it('aborts the running load when the key changes, and ignores its late result', async () => {
    const probe = await fixture<Probe>(html`<test-resource-probe></test-resource-probe>`);
    probe.key = 'b';
    await probe.updateComplete;
    expect(probe.loads).to.have.length(2);
    expect(probe.loads[0]!.signal.aborted).to.equal(true);
    probe.loads[1]!.resolve('B');
    probe.loads[0]!.resolve('A (late)');
    await waitUntil(() => shown(probe) === 'ready:B');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shown(probe)).to.equal('ready:B');
  });

  it('does not reload for the same key', async () => {
    const probe = await fixture<Probe>(html`<test-resource-probe></test-resource-probe>`);
    probe.loads[0]!.resolve('A');
    await waitUntil(() => shown(probe) === 'ready:A');
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.loads).to.have.length(1);
  });

  it('reports errors, and reloads on retry', async () => {
    const probe = await fixture<Probe>(html`<test-resource-probe></test-resource-probe>`);
    probe.loads[0]!.reject(new AdapterError('network', 'offline'));
    await waitUntil(() => shown(probe) === 'error:offline');
    const retry = probe.resource.reload();
    await probe.updateComplete;
    expect(shown(probe)).to.equal('loading');
    probe.loads[1]!.resolve('again');
    await retry;
    await waitUntil(() => shown(probe) === 'ready:again');
  });

  it('stays idle without a key, and set() replaces the value', async () => {
    const probe = await fixture<Probe>(html`<test-resource-probe .enabled=${false}></test-resource-probe>`);
    expect(shown(probe)).to.equal('idle');
    expect(probe.loads).to.have.length(0);
    probe.enabled = true;
    await probe.updateComplete;
    probe.resource.set('saved');
    expect(probe.loads[0]!.signal.aborted).to.equal(true);
    await waitUntil(() => shown(probe) === 'ready:saved');
  });

  it('aborts on disconnect and loads again on reconnect', async () => {
    const probe = await fixture<Probe>(html`<test-resource-probe></test-resource-probe>`);
    const parent = probe.parentElement!;
    probe.remove();
    expect(probe.loads[0]!.signal.aborted).to.equal(true);
    parent.append(probe);
    await waitUntil(() => probe.loads.length === 2, 'no new load after reconnecting');
    probe.loads[1]!.resolve('back');
    await waitUntil(() => shown(probe) === 'ready:back');
  });
});
