import type { CSSResult } from 'lit';

/**
 * Adds a stylesheet to the shadow root (or document) an element renders into, once. For pieces that
 * render into their host's tree (light DOM, render functions): constructable stylesheets, so a
 * strict Content-Security-Policy (no inline <style>) allows them.
 */
export function adoptStyles(node: Node, styles: CSSResult): void {
  const root = node.getRootNode();
  const sheet = styles.styleSheet;
  if (!sheet || !(root instanceof ShadowRoot || root instanceof Document)) return;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
