/* Styles shared by the record tabs (notes, comments, files): toolbar, record cards, badges, forms. */
import { css } from 'lit';
import { tabHeadingStyles } from '../client-file/tab-styles.js';

export const recordStyles = css`
  ${tabHeadingStyles}
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: end;
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .toolbar .field {
    flex: 1 1 10rem;
    min-width: 0;
  }
  .toolbar .field.search {
    flex: 2 1 14rem;
  }
  .count {
    margin: 0 0 var(--_space);
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .records {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .record {
    display: grid;
    gap: 6px;
    padding: calc(var(--_space) * 1.25 * var(--_density)) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    min-width: 0;
  }
  .record.highlight {
    border-inline-start: 4px solid var(--_accent);
  }
  .record-head {
    display: flex;
    flex-wrap: wrap;
    gap: 4px var(--_space);
    align-items: center;
  }
  .record-title {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .record-body {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .byline {
    margin: 0;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .record-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    justify-content: flex-end;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 0.05em 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg-subtle);
    font-size: var(--_font-size-small);
    line-height: 1.5;
  }
  .badge.accent {
    background: var(--_accent-subtle);
    border-color: color-mix(in srgb, var(--_accent) 35%, transparent);
  }
  .badge.warning {
    background: var(--_warning-subtle);
    border-color: color-mix(in srgb, var(--_warning) 45%, transparent);
  }
  .badge.danger {
    background: var(--_danger-subtle);
    border-color: color-mix(in srgb, var(--_danger) 45%, transparent);
  }
  .badge svg {
    flex: none;
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
  .form-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: calc(var(--_space) * 1.25);
  }
  .form-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: flex-end;
  }
  .conflict-note {
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius-small);
    background: var(--_warning-subtle);
  }
  .message {
    margin: var(--_space) 0 0;
    color: var(--_danger);
  }
  .message:empty {
    display: none;
  }
`;
