import { css } from 'lit';
import { confirmDialogStyles } from '../shared/confirm-dialog.js';
import { stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import { formStyles, tabFrameStyles, tabHeadingStyles } from './tab-styles.js';

/** The list, entries, form and messages of the record tabs (allergies, skin tests, alerts, forms). */
export const recordTabStyles = css`
  ${tabHeadingStyles}
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 4px calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.25 * var(--_density)) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .item.inactive {
    background: var(--_bg-subtle);
  }
  .item > * {
    grid-column: 1;
    margin: 0;
    min-width: 0;
  }
  .item .item-actions {
    grid-column: 2;
    grid-row: 1 / span 4;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: start;
    justify-content: end;
  }
  .item-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px var(--_space);
    font-weight: 600;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .meta {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
    display: flex;
    flex-wrap: wrap;
    gap: 2px calc(var(--_space) * 1.5);
  }
  .tag {
    display: inline-block;
    padding: 1px 8px;
    border-radius: 999px;
    background: var(--_bg-subtle);
    border: 1px solid var(--_border);
    font-size: var(--_font-size-small);
    font-weight: 400;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    list-style: none;
    padding: 0;
  }
  .flag {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-weight: 600;
  }
  .status {
    font-size: var(--_font-size-small);
    padding: 1px 8px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-weight: 600;
  }
  .status-satisfactory,
  .status-completed {
    color: var(--_success);
    background: var(--_success-subtle);
  }
  .status-unsatisfactory {
    color: var(--_danger);
    background: var(--_danger-subtle);
  }
  .status-in-progress {
    color: var(--_accent);
    background: var(--_accent-subtle);
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: var(--_font-size-small);
  }
  .flag.warning {
    color: var(--_warning);
  }
  .flag.danger {
    color: var(--_danger);
  }
  .section-title {
    margin: calc(var(--_space) * 2) 0 var(--_space);
    font-size: var(--_font-size);
    color: var(--_fg-muted);
  }
  .form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .form h4 {
    margin: 0;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14rem, 100%), 1fr));
    gap: calc(var(--_space) * 1.25) calc(var(--_space) * 2);
  }
  .form-buttons {
    display: flex;
    gap: var(--_space);
    justify-content: flex-end;
  }
  .conflict-note {
    display: grid;
    gap: var(--_space);
    justify-items: start;
    padding: var(--_space);
    border-radius: var(--_radius-small);
    background: var(--_warning-subtle);
  }
  .conflict-note p {
    margin: 0;
  }
  .message {
    margin: var(--_space) 0 0;
    color: var(--_danger);
  }
  .message:empty {
    display: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .toolbar select {
    width: auto;
  }
`;

/** Every style sheet a record tab uses, in order: `static styles = [...recordTabSheets, css`…`]`. */
export const recordTabSheets = [tokens, stateStyles, formStyles, tabFrameStyles, confirmDialogStyles, recordTabStyles];
