import { css } from 'lit';

/**
 * Buttons, form controls and dialogs shared by the tab elements of <client-file>, so every tab looks
 * the same. Add after `tokens`: `static styles = [tokens, stateStyles, formStyles, css`…`]`.
 */
export const formStyles = css`
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    padding: calc(var(--_space) * 0.75 * var(--_density)) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
    white-space: nowrap;
  }
  .button:hover:not(:disabled) {
    background: var(--_bg-hover);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  .button.primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 88%, black);
  }
  .button.danger {
    color: var(--_danger);
    border-color: color-mix(in srgb, var(--_danger) 50%, transparent);
  }
  .button.small {
    padding: 2px calc(var(--_space) * 1);
    font-size: var(--_font-size-small);
  }
  .field {
    display: grid;
    gap: 4px;
    align-content: start;
    min-width: 0;
  }
  .field.wide {
    grid-column: 1 / -1;
  }
  .field > label,
  .field > .label {
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_fg-muted);
  }
  .field.checkbox > label,
  .inline-check {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: var(--_font-size);
    font-weight: 400;
    color: var(--_fg);
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding: calc(var(--_space) * 0.75 * var(--_density)) var(--_space);
    min-width: 0;
    width: 100%;
    box-sizing: border-box;
  }
  textarea {
    resize: vertical;
    min-height: 4.5em;
  }
  input[type='checkbox'],
  input[type='radio'] {
    accent-color: var(--_accent);
    width: 1rem;
    height: 1rem;
    margin: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }
  .hint,
  .muted {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
    margin: 0;
  }
  .required {
    color: var(--_danger);
  }
  .error-summary {
    border: 1px solid color-mix(in srgb, var(--_danger) 45%, transparent);
    background: var(--_danger-subtle);
    border-radius: var(--_radius-small);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  .error-summary p {
    margin: 0;
  }
  .error-summary p + p {
    margin-top: 4px;
  }
  dialog {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    padding: calc(var(--_space) * 2.5);
    max-width: min(28rem, calc(100vw - 2rem));
    box-shadow: var(--_shadow);
    font-family: var(--_font);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  dialog h4 {
    margin: 0 0 var(--_space);
    font-size: var(--_font-size-large);
  }
  dialog p {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .dialog-buttons {
    display: flex;
    gap: var(--_space);
    justify-content: flex-end;
    flex-wrap: wrap;
  }
`;

/**
 * The frame of a tab element: block display, hidden honoured, and the header row with its title.
 * Tabs adjust alignment in their own styles when their header holds other controls.
 */
/** The heading row and intro of a tab's list (the heading pushes the actions to the end). */
export const tabHeadingStyles = css`
  .header {
    align-items: center;
  }
  h3 {
    margin-inline-end: auto;
  }
  .intro {
    margin: 0 0 calc(var(--_space) * 1.5);
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
`;

export const tabFrameStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  h3 {
    margin: 0;
    font-size: var(--_font-size-large);
  }
`;
