import { css } from 'lit';

/** The quote lines editor, the totals and the lines table of a quote. */
export const quotesStyles = css`
  /* Many actions: they go below the entry, which uses the full width for its tables. */
  .item {
    grid-template-columns: minmax(0, 1fr);
  }
  .item .item-actions {
    grid-column: 1;
    grid-row: auto;
    justify-content: start;
    margin-top: 4px;
  }
  .status-sent {
    color: var(--_accent);
    background: var(--_accent-subtle);
  }
  .status-accepted,
  .status-converted {
    color: var(--_success);
    background: var(--_success-subtle);
  }
  .status-rejected,
  .status-expired {
    color: var(--_danger);
    background: var(--_danger-subtle);
  }
  .lines-editor {
    grid-column: 1 / -1;
    display: grid;
    gap: 8px;
  }
  .line {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(110px, 1fr));
    gap: 8px;
    align-items: end;
    border: 1px solid var(--_border);
    border-radius: var(--_radius, 6px);
    padding: 8px;
    margin: 0;
  }
  .line legend {
    font-weight: 600;
    padding: 0 4px;
  }
  .line .service {
    grid-column: span 2;
  }
  .line label {
    display: grid;
    gap: 2px;
    font-size: var(--_font-size-small);
  }
  .line input {
    width: 100%;
    box-sizing: border-box;
  }
  .line output {
    font-variant-numeric: tabular-nums;
  }
  .totals {
    display: grid;
    grid-template-columns: auto auto;
    justify-content: end;
    gap: 2px 16px;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .totals dd {
    margin: 0;
    text-align: end;
  }
  .totals .grand {
    font-weight: 700;
  }
  .quote-lines {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_font-size-small);
  }
  .quote-lines th,
  .quote-lines td {
    text-align: start;
    padding: 4px 6px;
    border-bottom: 1px solid var(--_border);
  }
  .quote-lines .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .history {
    margin: 4px 0 0;
    padding-inline-start: 20px;
    font-size: var(--_font-size-small);
  }
  details summary {
    cursor: pointer;
  }
`;
