/*
 * Styles the commercial tabs share (<client-wallet>, <client-invoices>, <client-transactions>,
 * <client-gift-cards>): the summary figures and the records table, which becomes stacked cards in a
 * narrow container.
 */
import { css } from 'lit';
import { formStyles, tabFrameStyles } from '../client-file/tab-styles.js';
import { stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';

export const commerceStyles = css`
  :host {
    container-type: inline-size;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .figure {
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .figure dt {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  .figure dd {
    margin: 4px 0 0;
    font-size: var(--_font-size-large);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_font-size);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: var(--_space);
  }
  th,
  td {
    text-align: start;
    padding: calc(var(--_space) * 0.75 * var(--_density)) var(--_space);
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  th {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
    font-weight: 600;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .negative {
    color: var(--_danger);
  }
  .pill {
    display: inline-block;
    padding: 1px 8px;
    border-radius: 999px;
    font-size: var(--_font-size-small);
    background: var(--_bg-subtle);
    border: 1px solid var(--_border);
    white-space: nowrap;
  }
  .pill.good {
    background: var(--_success-subtle, var(--_bg-subtle));
  }
  .pill.warn {
    background: var(--_warning-subtle);
  }
  .pill.off {
    color: var(--_fg-muted);
    text-decoration: line-through;
  }
  .more-row {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    margin-top: var(--_space);
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .message {
    margin: var(--_space) 0 0;
  }
  .message:empty {
    display: none;
  }
  .message.error {
    color: var(--_danger);
  }
  @container (max-width: 36rem) {
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    thead {
      display: none;
    }
    tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      margin-bottom: var(--_space);
      padding: calc(var(--_space) * 0.5) 0;
    }
    td {
      border: 0;
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      padding: 2px var(--_space);
    }
    td::before {
      content: attr(data-label);
      color: var(--_fg-muted);
      font-size: var(--_font-size-small);
    }
    .num {
      text-align: end;
    }
  }
`;

/** The styles every commercial tab starts with (add its own after them). */
export const commerceTabStyles = [tokens, stateStyles, formStyles, tabFrameStyles, commerceStyles];
