// Proves the browser test harness works: real Chromium, TypeScript via esbuild with legacy
// decorators (experimentalDecorators + useDefineForClassFields: false), Lit rendering and updates.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('clientela-harness-probe')
class HarnessProbe extends LitElement {
  @property() name = 'world';

  @property({ type: Number }) count = 0;

  override render() {
    return litHtml`<p>Hello, ${this.name}! (${this.count})</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clientela-harness-probe': HarnessProbe;
  }
}

describe('test harness', () => {
  it('runs in a real Chromium document', () => {
    expect(navigator.userAgent).to.match(/Chrome\//);
    expect(document).to.be.instanceOf(Document);
    expect(window.customElements).to.exist;
  });

  it('renders a Lit element with a legacy @property() decorator', async () => {
    const el = await fixture<HarnessProbe>(html`<clientela-harness-probe name="Ana"></clientela-harness-probe>`);
    expect(el).to.be.instanceOf(HarnessProbe);
    expect(el.name).to.equal('Ana');
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('Hello, Ana! (0)');
  });

  it('re-renders when a property or attribute changes', async () => {
    const el = await fixture<HarnessProbe>(html`<clientela-harness-probe></clientela-harness-probe>`);
    el.count = 2;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('Hello, world! (2)');
    el.setAttribute('name', 'Bruno');
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('p')?.textContent).to.equal('Hello, Bruno! (2)');
  });

  it('declares reactive properties through the legacy decorator (not class fields)', () => {
    // With useDefineForClassFields: false the field does not shadow Lit's accessor.
    expect(Object.prototype.hasOwnProperty.call(new HarnessProbe(), 'name')).to.equal(false);
    expect(HarnessProbe.elementProperties.has('name')).to.equal(true);
  });
});
