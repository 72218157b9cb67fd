/*
 * styleProps (src/elements/shared/style-props.ts): per-element style values set through CSSOM only,
 * so a strict Content-Security-Policy (style-src without 'unsafe-inline') never blocks them. lit's
 * styleMap writes its first value with setAttribute('style', …), which such a policy blocks.
 * (The policy itself is exercised end to end in test/csp/csp.test.ts.)
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { styleProps, type StyleProps } from '../../../src/elements/shared/style-props.js';

/** Calls of setAttribute('style', …) made while `fn` runs. */
function styleAttributeWrites(fn: () => void): string[] {
  const writes: string[] = [];
  const original = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
    if (name.toLowerCase() === 'style') writes.push(value);
    return original.call(this, name, value);
  };
  try {
    fn();
  } finally {
    Element.prototype.setAttribute = original;
  }
  return writes;
}

describe('styleProps', () => {
  let container: HTMLElement;
  const view = (props: StyleProps) => html`<span class="bar" style=${styleProps(props)}></span>`;
  const bar = () => container.querySelector<HTMLElement>('.bar')!;

  beforeEach(async () => {
    container = await fixture(html`<div></div>`);
  });

  it('sets custom, dashed and camelCase properties, first render included, without a style attribute string', () => {
    const writes = styleAttributeWrites(() => render(view({ '--_hue': '120', 'background-color': 'rgb(1, 2, 3)', width: '40%' }), container));
    expect(writes).to.deep.equal([]);
    expect(bar().style.getPropertyValue('--_hue')).to.equal('120');
    expect(getComputedStyle(bar()).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(bar().style.width).to.equal('40%');
  });

  it('updates changed values and removes null, undefined and dropped ones', () => {
    render(view({ '--_hue': '120', width: '40%', height: '2px' }), container);
    const writes = styleAttributeWrites(() => {
      render(view({ '--_hue': '200', width: null }), container);
    });
    expect(writes).to.deep.equal([]);
    expect(bar().style.getPropertyValue('--_hue')).to.equal('200');
    expect(bar().style.width).to.equal('');
    expect(bar().style.height).to.equal('');
  });

  it('is what lit’s styleMap is not: styleMap writes its first value as an attribute string', () => {
    const writes = styleAttributeWrites(() => render(html`<span style=${styleMap({ width: '40%' })}></span>`, container));
    expect(writes).to.deep.equal(['width:40%;']);
  });

  it('refuses a binding other than the whole style attribute', () => {
    expect(() => render(html`<span title=${styleProps({ width: '1px' })}></span>`, container)).to.throw(/style/);
  });
});
