/*
 * `styleProps`: lit's `styleMap`, minus its first render. `styleMap` writes the first value as a style
 * attribute string (`setAttribute('style', 'a:b;')`), which a strict Content-Security-Policy
 * (`style-src 'self'`, no 'unsafe-inline') blocks and reports as a violation; later updates go through
 * CSSOM (`style.setProperty`), which CSP allows. This directive always uses CSSOM:
 *
 *   html`<span style=${styleProps({ '--_hue': '120', width: '40%' })}></span>`
 *
 * Keys are CSS property names: custom properties and dashed names (`--_w`, `background-color`) go
 * through setProperty, camelCase names (`backgroundColor`) through the style object. A null or
 * undefined value removes the property. (No server rendering: it renders nothing as a string.)
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('`styleProps` must be the whole value of a `style` attribute binding.');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.applied) {
      if (props[name] == null) {
        this.applied.delete(name);
        set(style, name, null);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      this.applied.add(name);
      set(style, name, String(value));
    }
    return noChange;
  }
}

function set(style: CSSStyleDeclaration, name: string, value: string | null): void {
  if (name.includes('-')) {
    if (value === null) style.removeProperty(name);
    else style.setProperty(name, value);
  } else {
    (style as unknown as Record<string, string | null>)[name] = value;
  }
}

export const styleProps = directive(StylePropsDirective);
