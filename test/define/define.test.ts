import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/define/define.js';
import { VERSION } from '../../src/version.js';

let counter = 0;
const uniqueTag = (name: string) => `test-define-${name}-${++counter}`;

function elementClass(version: string | undefined) {
  return class extends HTMLElement {
    static version = version;
  };
}

/** Runs `fn` with console.warn recorded. */
function recordWarnings(fn: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('defines a free tag', () => {
    const tag = uniqueTag('free');
    const Element = elementClass(VERSION);
    expect(defineElement(tag, Element)).to.equal('defined');
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('is a no-op for a second definition by the same version', () => {
    const tag = uniqueTag('same');
    const First = elementClass(VERSION);
    const Second = elementClass(VERSION); // another bundled copy of the same version
    defineElement(tag, First);
    const warnings = recordWarnings(() => {
      expect(defineElement(tag, First)).to.equal('already-defined');
      expect(defineElement(tag, Second)).to.equal('already-defined');
    });
    expect(warnings).to.have.length(0);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('warns once, naming both versions, when another version holds the tag', () => {
    const tag = uniqueTag('other');
    const Old = elementClass('0.0.9');
    const New = elementClass('0.1.0');
    defineElement(tag, Old);
    const warnings = recordWarnings(() => {
      expect(defineElement(tag, New)).to.equal('version-conflict');
      expect(defineElement(tag, New)).to.equal('version-conflict');
      expect(defineElement(tag, elementClass('0.1.0'))).to.equal('version-conflict');
    });
    expect(warnings).to.have.length(1);
    const message = String(warnings[0]![0]);
    expect(message).to.contain(tag);
    expect(message).to.contain('0.0.9');
    expect(message).to.contain('0.1.0');
    expect(customElements.get(tag)).to.equal(Old);
  });

  it('warns once per pair of versions, whichever copy loaded first, not once per tag', () => {
    const [first, second, third] = [uniqueTag('pair-a'), uniqueTag('pair-b'), uniqueTag('pair-c')];
    defineElement(first, elementClass('1.4.0'));
    defineElement(second, elementClass('1.4.0'));
    defineElement(third, elementClass('1.5.0'));
    const warnings = recordWarnings(() => {
      expect(defineElement(first, elementClass('1.5.0'))).to.equal('version-conflict');
      expect(defineElement(second, elementClass('1.5.0'))).to.equal('version-conflict');
      // The other copy loses a tag to the newer one: the same pair, no second warning.
      expect(defineElement(third, elementClass('1.4.0'))).to.equal('version-conflict');
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(first).and.contain('1.4.0').and.contain('1.5.0');
    // A third version is another pair: warned about once more.
    const more = recordWarnings(() => defineElement(first, elementClass('2.0.0')));
    expect(more).to.have.length(1);
    expect(String(more[0]![0])).to.contain('1.4.0').and.contain('2.0.0');
  });

  it('warns once when a class of another library holds the tag', () => {
    const tag = uniqueTag('foreign');
    customElements.define(tag, class extends HTMLElement {});
    const warnings = recordWarnings(() => {
      expect(defineElement(tag, elementClass(VERSION))).to.equal('version-conflict');
      defineElement(tag, elementClass(VERSION));
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(VERSION);
  });

  it('never throws', () => {
    const Reused = elementClass(VERSION);
    defineElement(uniqueTag('reused'), Reused);
    const warnings = recordWarnings(() => {
      // An invalid name and a constructor already registered under another tag both make
      // customElements.define throw; defineElement reports and carries on.
      expect(() => defineElement('NotAValidName', elementClass(VERSION))).not.to.throw();
      expect(defineElement('NotAValidName', elementClass(VERSION))).to.equal('failed');
      expect(defineElement(uniqueTag('reused'), Reused)).to.equal('failed');
    });
    expect(warnings.length).to.be.greaterThan(0);
  });

  it('does nothing without a custom element registry (server rendering)', () => {
    const own = Object.getOwnPropertyDescriptor(window, 'customElements');
    Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
    try {
      expect(typeof customElements).to.equal('undefined');
      expect(defineElement(uniqueTag('ssr'), elementClass(VERSION))).to.equal('no-registry');
    } finally {
      if (own) Object.defineProperty(window, 'customElements', own);
      else delete (window as { customElements?: unknown }).customElements;
    }
    expect(window.customElements).to.exist;
  });
});
