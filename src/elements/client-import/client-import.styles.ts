import { css } from 'lit';
import { confirmDialogStyles } from '../shared/confirm-dialog.js';

const wizardStyles = css`
  :host {
    display: contents;
  }

  dialog.wizard {
    width: var(--client-import-width, min(60rem, calc(100vw - 2rem)));
    max-width: calc(100vw - 2rem);
    max-height: var(--client-import-max-height, 90vh);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow);
    font-family: var(--_font);
    font-size: var(--_font-size);
    overflow: hidden;
  }
  dialog.wizard[open] {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--_space) calc(var(--_space) * 2);
    align-items: center;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5) calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_border);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-large);
  }
  .steps {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .step {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
  }
  .step-number {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    border: 1px solid var(--_border);
    font-variant-numeric: tabular-nums;
  }
  .step.done .step-number {
    background: var(--_success-subtle);
    border-color: var(--_success);
    color: var(--_success);
  }
  .step.current {
    color: var(--_fg);
    font-weight: 600;
  }
  .step.current .step-number {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }

  .body {
    overflow: auto;
    padding: calc(var(--_space) * 2) calc(var(--_space) * 2.5);
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-content: start;
  }
  .step-heading {
    margin: 0;
    font-size: 1rem;
  }
  /* Focus moves to a step's heading for screen readers; it is not a control, so no ring. */
  .step-heading:focus,
  .step-heading:focus-visible {
    outline: none;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2.5);
    border-top: 1px solid var(--_border);
    background: var(--_bg-subtle);
  }
  .footer-note {
    margin: 0 auto 0 0;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }

  .button {
    font: inherit;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    padding: calc(var(--_space) * 0.75 * var(--_density)) calc(var(--_space) * 1.5);
    min-height: 2.25rem;
  }
  .button:hover {
    background: var(--_bg-hover);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  .button.primary:hover {
    filter: brightness(1.08);
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  .icon-button {
    font: inherit;
    font-size: 1.4rem;
    line-height: 1;
    width: 2.25rem;
    height: 2.25rem;
    border-radius: 50%;
    border: 1px solid transparent;
    background: transparent;
    color: var(--_fg-muted);
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--_bg-hover);
    color: var(--_fg);
  }

  .dropzone {
    display: grid;
    justify-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg-subtle);
    text-align: center;
  }
  .dropzone.dragging {
    border-color: var(--_accent);
    background: var(--_accent-subtle);
  }
  .dropzone:focus-within .browse {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .drop-title {
    margin: 0;
    font-weight: 600;
    font-size: var(--_font-size-large);
  }
  .hint,
  .facts,
  .intro {
    margin: 0;
    color: var(--_fg-muted);
  }
  .hint {
    font-size: var(--_font-size-small);
  }
  .busy {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    color: var(--_fg-muted);
  }
  .spinner {
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
    border-top-color: var(--_accent);
    animation: clientela-import-spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  @keyframes clientela-import-spin {
    to {
      transform: rotate(1turn);
    }
  }

  .file-error {
    margin: 0;
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    border: 1px solid color-mix(in srgb, var(--_danger) 35%, transparent);
    background: var(--_danger-subtle);
    color: var(--_fg);
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .file-error p {
    margin: 0;
  }
  .error-title {
    font-weight: 600;
  }
  .notice {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_warning-subtle);
    color: var(--_fg);
  }
  .detail {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: calc(var(--_space) * 0.6 * var(--_density)) var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
    font-weight: 600;
  }
  caption {
    text-align: start;
    padding-bottom: var(--_space);
    color: var(--_fg-muted);
  }
  .mapping th[scope='row'] {
    font-weight: 600;
  }
  .mapping tr.ignored th,
  .mapping tr.ignored .example {
    color: var(--_fg-muted);
  }
  .example {
    max-width: 16rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_fg-muted);
  }
  select {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding: calc(var(--_space) * 0.5) var(--_space);
    max-width: 100%;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: start;
  }
  .field {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    min-width: 12rem;
  }
  .field.inline {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .field > span,
  legend {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    margin-inline-end: calc(var(--_space) * 1.5);
  }
  .problems {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) var(--_space) calc(var(--_space) * 3.5);
    border-radius: var(--_radius-small);
    background: var(--_danger-subtle);
  }

  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .counts li {
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-radius: 999px;
    font-size: var(--_font-size-small);
  }
  .count-ready {
    background: var(--_success-subtle);
  }
  .count-errors {
    background: var(--_danger-subtle);
  }
  .count-duplicates {
    background: var(--_warning-subtle);
  }
  .table-wrap {
    overflow: auto;
    max-height: 22rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding: var(--_space);
  }
  .preview td {
    font-size: var(--_font-size-small);
  }
  .preview tr.error td {
    background: color-mix(in srgb, var(--_danger-subtle) 60%, transparent);
  }
  .badge {
    display: inline-block;
    padding: 0 calc(var(--_space) * 0.75);
    border-radius: 999px;
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .badge.ready {
    background: var(--_success-subtle);
    color: var(--_success);
  }
  .badge.error {
    background: var(--_danger-subtle);
    color: var(--_danger);
  }
  .badge.duplicate {
    background: var(--_warning-subtle);
    color: var(--_warning);
  }
  .cell-detail {
    display: block;
    color: var(--_fg-muted);
    margin-top: calc(var(--_space) * 0.25);
  }
  .issues,
  .duplicates {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .issues h4,
  .duplicates h4 {
    margin: 0;
  }
  .issues ul,
  .duplicates ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    width: 100%;
  }
  .issues li {
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_danger);
  }
  .duplicates li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border-inline-start: 3px solid var(--_warning);
    background: var(--_bg-subtle);
  }
  .reasons,
  .more {
    color: var(--_fg-muted);
  }
  .more {
    margin: 0;
  }

  .progress {
    display: grid;
    gap: var(--_space);
  }
  progress {
    appearance: none;
    width: 100%;
    height: 0.75rem;
    border: 0;
    border-radius: 999px;
    background: var(--_bg-hover);
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: var(--_bg-hover);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
    transition: width 0.2s;
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .progress-text {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .tally {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .tally-item {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_bg-subtle);
  }
  .tally dt {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  .tally dd {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .tally-item.failed.nonzero dd {
    color: var(--_danger);
  }
  .summary-lines {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 2.5);
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .summary {
    display: grid;
    gap: var(--_space);
  }
  .failed-download {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    justify-items: start;
  }
`;

/** Styles of <client-import> (the shared confirmation dialog's included, for "stop the import?"). */
export const importStyles = [confirmDialogStyles, wizardStyles];
