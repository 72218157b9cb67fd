/*
 * A chip: a short label, optionally with a color dot (groups, tags) and a remove button (filters).
 * Rendered into the host's own shadow root:
 *
 *   static styles = [tokens, chipStyles, css`…`];
 *   renderChip({ label: group.name, color: group.color })
 *   renderChip({ label: 'Status: VIP', onRemove: () => this.removeFilter('statuses'), removeLabel: t.list.filters.remove('Status: VIP') })
 *
 * Parts: `chip` (the chip), `chip-remove` (its remove button). The label is text, never markup; the
 * color reaches CSS through a custom property (styleProps: CSSOM only, so a strict CSP allows it), and a
 * value that is not a color is simply ignored by the browser. The dot is painted by the chip's own
 * background, so a plain chip is a single element (lists show thousands of them).
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { styleProps } from './style-props.js';

export interface ChipOptions {
  label: string;
  /** A CSS color for the dot (a group's or tag's color). */
  color?: string | null;
  /** Adds a remove button. */
  onRemove?: () => void;
  /** Accessible name of the remove button (e.g. "Remove filter: VIP"). */
  removeLabel?: string;
  /** Extra class names (e.g. `chip-status`). */
  variant?: string;
  /** Tooltip (e.g. a group's description). */
  title?: string;
}

const removeIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
  <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none" />
</svg>`;

export function renderChip(options: ChipOptions): TemplateResult {
  // The color dot is drawn by the chip's own background (no extra element: rows show many chips).
  const style = options.color ? styleProps({ '--_chip-color': options.color }) : nothing;
  const classes = `chip${options.color ? ' chip-color' : ''}${options.variant ? ` ${options.variant}` : ''}`;
  if (!options.onRemove) {
    return html`<span class=${classes} part="chip" style=${style} title=${options.title ?? nothing}>${options.label}</span>`;
  }
  return html`<span class="${classes} chip-removable" part="chip" style=${style} title=${options.title ?? nothing}
    ><span class="chip-label">${options.label}</span
    ><button type="button" class="chip-remove" part="chip-remove" aria-label=${options.removeLabel ?? options.label} @click=${options.onRemove}>
      ${removeIcon}
    </button></span
  >`;
}

export const chipStyles = css`
  .chip {
    display: inline-block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg-subtle);
    color: var(--_fg);
    font-size: var(--_font-size-small);
    line-height: 1.5;
    white-space: nowrap;
    overflow: clip;
    text-overflow: ellipsis;
    vertical-align: middle;
  }
  .chip-color {
    padding-inline-start: 1.45em;
    background:
      radial-gradient(circle at 0.8em 50%, var(--_chip-color, var(--_fg-muted)) 0.3em, transparent calc(0.3em + 0.5px)),
      var(--_bg-subtle);
  }
  .chip-removable {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    overflow: visible;
  }
  .chip-label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chip-remove {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin-inline-end: -0.35em;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_fg-muted);
    cursor: pointer;
  }
  .chip-remove:hover {
    background: var(--_bg-hover);
    color: var(--_fg);
  }
`;
