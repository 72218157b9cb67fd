/*
 * A severity or priority shown with colour, a shape and its text, so it never depends on colour
 * alone: level 0 (low, mild) a circle, 1 a triangle, 2 a diamond, 3 (critical, life-threatening) an
 * octagon with an exclamation mark. Parts: `level` (also `level-0` … `level-3`).
 */
import { css, html, svg } from 'lit';
import type { TemplateResult } from 'lit';

export type Level = 0 | 1 | 2 | 3;

const SHAPES = [
  svg`<circle cx="8" cy="8" r="5.5" />`,
  svg`<path d="M8 2.2 14.2 13.5H1.8z" />`,
  svg`<path d="M8 1.5 14.5 8 8 14.5 1.5 8z" />`,
  svg`<path fill-rule="evenodd" d="M5.3 1.5h5.4l3.8 3.8v5.4l-3.8 3.8H5.3l-3.8-3.8V5.3zM7.1 4v5.2h1.8V4zm0 6.4v1.8h1.8v-1.8z" />`,
];

export function renderLevel(level: Level, text: string): TemplateResult {
  return html`<span class="level level-${level}" part="level level-${level}"
    ><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">${SHAPES[level]}</svg>${text}</span
  >`;
}

export const levelStyles = css`
  .level {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px 1px 6px;
    border-radius: 999px;
    font-size: var(--_font-size-small);
    font-weight: 600;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .level svg {
    fill: currentColor;
    flex: none;
  }
  .level-0 {
    color: var(--_fg-muted);
  }
  .level-1 {
    color: var(--_warning);
    background: var(--_warning-subtle);
  }
  .level-2 {
    color: var(--_danger);
    background: var(--_danger-subtle);
  }
  .level-3 {
    color: var(--_bg);
    background: var(--_danger);
    border-color: var(--_danger);
  }
`;
