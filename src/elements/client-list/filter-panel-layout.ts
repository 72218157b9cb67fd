/*
 * The filter panel's layout, adopted into the list's shadow root when the panel first renders (the
 * panel's code loads on first use, and so does this). The panel floats over the list, below the
 * toolbar, as wide as the list, its groups in balanced columns: at desktop sizes every filter is in
 * sight without an inner scroll, and the rows behind keep their height.
 */
import { css } from 'lit';
import { adoptStyles } from '../shared/adopt-styles.js';

export const filterPanelStyles = css`
  .filter-layer {
    position: relative;
    z-index: 5;
    height: 0;
    margin-block-end: calc(-1 * var(--_space));
  }
  .filter-layer > .filter-panel {
    position: absolute;
    inset-inline: 0;
    top: 0;
    box-sizing: border-box;
    max-height: var(--_filter-panel-max, 36rem);
    overflow: auto;
    overscroll-behavior: contain;
    padding: calc(var(--_space) * 1.5);
    background: var(--_bg-subtle);
    box-shadow:
      0 1px 2px rgb(0 0 0 / 0.08),
      0 12px 32px rgb(0 0 0 / 0.18);
  }
  .panel-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .panel-head .panel-title {
    margin: 0;
  }
  .filter-layer .filter-grid {
    display: block;
    columns: 14rem;
    column-gap: var(--_space);
  }
  .filter-layer .filter-group {
    break-inside: avoid;
    margin-block-end: var(--_space);
  }
  /* Checkboxes on a grid: every box in a column starts at the same x, long labels wrap beside it. */
  .filter-layer .filter-options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8.5rem), 1fr));
    gap: 6px var(--_space);
  }
  .filter-layer .check {
    display: flex;
    align-items: flex-start;
    min-width: 0;
    line-height: 1.3;
  }
  .filter-layer .check input {
    margin-block-start: 0.1em;
  }
  .filter-layer .field.inline {
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr);
  }
  .filter-layer .field.inline select {
    min-width: 0;
  }
  /* Short labels (From, To, At least): the field takes the room, so dd/mm/aaaa shows whole. */
  .filter-layer .field.inline:has(client-date-field, input[type='number']) {
    grid-template-columns: minmax(4.5em, auto) minmax(0, 1fr);
  }
  .filter-layer client-date-field > input.date-field-text {
    min-width: 7.5em;
  }
  .filter-layer .saved-filters {
    margin-top: 0;
  }
`;

const observed = new WeakSet<Element>();

/**
 * Ref callback of the panel's layer: adopts the styles, and caps the panel at the room left in the
 * list below the toolbar (re-measured when the list resizes) — past that, it scrolls.
 */
export function fitPanel(layer: Element | undefined): void {
  // Lit calls a ref while the template may still be a detached fragment: act once it is in place.
  if (layer instanceof HTMLElement) queueMicrotask(() => layer.isConnected && fit(layer));
}

function fit(layer: HTMLElement): void {
  adoptStyles(layer, filterPanelStyles);
  const root = layer.parentElement;
  if (!root || observed.has(layer)) return;
  observed.add(layer);
  const measure = () => {
    const room = root.getBoundingClientRect().bottom - layer.getBoundingClientRect().top;
    layer.style.setProperty('--_filter-panel-max', `${Math.max(Math.floor(room), 288)}px`);
  };
  const observer = new ResizeObserver(() => (layer.isConnected ? measure() : observer.disconnect()));
  observer.observe(root);
  measure();
}
