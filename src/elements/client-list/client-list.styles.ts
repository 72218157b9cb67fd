import { css } from 'lit';

/** Buttons, links and form controls shared by the list elements (<client-list>, <client-groups>). */
export const controlStyles = css`
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: calc(2.25rem * var(--_density));
    padding: 0 calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
    white-space: nowrap;
  }
  .button:hover:not(:disabled) {
    background: var(--_bg-hover);
  }
  .button.small {
    min-height: calc(1.9rem * var(--_density));
    padding: 0 var(--_space);
    font-size: var(--_font-size-small);
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
    border-color: color-mix(in srgb, var(--_danger) 45%, var(--_border));
  }
  .button.danger:hover:not(:disabled) {
    background: var(--_danger-subtle);
  }
  dialog .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    width: calc(2rem * var(--_density));
    height: calc(2rem * var(--_density));
    padding: 0;
    border: 0;
    border-radius: var(--_radius-small);
    background: transparent;
    color: var(--_fg-muted);
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--_bg-hover);
    color: var(--_fg);
  }
  .icon-button.danger:hover {
    background: var(--_danger-subtle);
    color: var(--_danger);
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }
  .icon {
    flex: none;
  }
  .muted {
    color: var(--_fg-muted);
  }
  input[type='text'],
  input[type='search'],
  input[type='email'],
  input[type='tel'],
  input[type='date'],
  input[type='number'],
  input[type='color'],
  select {
    min-height: calc(2.25rem * var(--_density));
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_bg);
    color: var(--_fg);
    box-sizing: border-box;
  }
  input[type='color'] {
    width: 2.5rem;
    padding: 2px;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  input[type='checkbox'] {
    width: 1rem;
    height: 1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .field {
    display: grid;
    gap: 4px;
    align-content: start;
  }
  .field label {
    font-size: var(--_font-size-small);
    color: var(--_fg-muted);
  }
  .field.inline {
    grid-template-columns: minmax(7rem, 1fr) minmax(0, 1.4fr);
    align-items: center;
    gap: var(--_space);
  }
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: var(--_font-size-small);
  }
  .skeleton {
    display: inline-block;
    border-radius: var(--_radius-small);
    background: linear-gradient(90deg, var(--_bg-subtle) 0%, var(--_bg-hover) 50%, var(--_bg-subtle) 100%);
    background-size: 200% 100%;
    animation: clientela-shimmer 1.4s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  .form-dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-width: none;
  }
  .dialog-title {
    margin: 0 0 calc(var(--_space) * 2);
    font-size: var(--_font-size-large);
  }
  .form-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: calc(var(--_space) * 1.5);
  }
  .form-grid input,
  .form-grid select {
    width: 100%;
  }
  .form-error {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_danger-subtle);
    color: var(--_fg);
  }
  .form-error p {
    margin: 0 0 4px;
  }
  .dialog-buttons {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space);
    margin-top: calc(var(--_space) * 2);
  }
  .duplicates:empty {
    display: none;
  }
  .duplicate-warning {
    margin-top: calc(var(--_space) * 1.5);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid color-mix(in srgb, var(--_warning) 45%, transparent);
    border-radius: var(--_radius-small);
    background: var(--_warning-subtle);
  }
  .duplicate-title {
    margin: 0 0 4px;
    font-weight: 600;
  }
  .duplicate-warning ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 4px;
  }
  .duplicate-warning li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
  }
  .notice {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.5) var(--_space) calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    border-radius: var(--_radius-small);
    background: var(--_success-subtle);
    color: var(--_fg);
  }
  .notice.error {
    background: var(--_danger-subtle);
  }
`;

export const listStyles = [
  controlStyles,
  css`
    :host {
      display: block;
      block-size: var(--client-list-height, 36rem);
      min-block-size: 18rem;
      --_row-height: var(--client-list-row-height, calc(3.5rem * var(--_density)));
      /* A table narrower than 760px (a panel beside others) keeps ten clients in view with shorter rows. */
      --_narrow-row-height: var(--client-list-row-height, calc(2.75rem * var(--_density)));
      --_card-height: var(--client-list-card-height, 7.5rem);
      --_columns: var(
        --client-list-columns,
        2.25rem minmax(9.5rem, 2.2fr) minmax(8rem, 1.6fr) minmax(4.5rem, 0.8fr) minmax(5.5rem, 0.8fr) minmax(5.5rem, 0.9fr) minmax(5rem, 0.8fr) 6.75rem
      );
    }
    :host([hidden]) {
      display: none;
    }
    /* Compact: rows of 2.25rem, the same information on two lines of small text, a smaller avatar. */
    :host([density='compact']) {
      --_density: var(--client-density, 0.75);
      --_row-height: var(--client-list-row-height, 2.25rem);
      --_narrow-row-height: var(--_row-height);
      --_card-height: var(--client-list-card-height, 6.5rem);
    }
    :host([density='compact']) .body > .row {
      padding-block: 1px;
      line-height: 1.2;
    }
    :host([density='compact']) .body > .row .avatar {
      --_size: 1.5rem;
    }
    :host([density='compact']) .client-text {
      gap: 0;
    }
    :host([density='compact']) .row-chips .chip {
      font-size: 0.6875rem;
      line-height: 1.2;
      padding-block: 0;
    }
    :host([density='compact']) .cell-contact,
    :host([density='compact']) .cell-reviews,
    :host([density='compact']) .cell-updated {
      font-size: 0.75rem;
    }
    :host([density='compact']) .rating {
      font-size: var(--_font-size-small);
    }
    :host([density='compact']) .status {
      font-size: 0.6875rem;
      padding-block: 0;
    }
    :host([density='compact']) .metric {
      padding-block: 2px;
    }
    :host([density='compact']) .metric dd {
      font-size: var(--_font-size);
    }
    :host([density='compact']) .skeleton-avatar {
      width: 1.5rem;
      height: 1.5rem;
    }
    .root {
      container: client-list / inline-size;
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      height: 100%;
      min-height: 0;
      box-sizing: border-box;
    }

    /* ---------- toolbar ---------- */
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .search {
      position: relative;
      flex: 1 1 16rem;
      min-width: 10rem;
      max-width: 30rem;
    }
    .search .search-input {
      width: 100%;
      padding-inline: 2rem 2rem;
    }
    .search-icon {
      position: absolute;
      inset-inline-start: 0.6rem;
      top: 50%;
      transform: translateY(-50%);
      color: var(--_fg-muted);
      pointer-events: none;
      display: flex;
    }
    .search-hint {
      position: absolute;
      inset-inline-end: 0.5rem;
      top: 50%;
      transform: translateY(-50%);
      padding: 0 0.4em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      color: var(--_fg-muted);
      font: inherit;
      font-size: var(--_font-size-small);
      pointer-events: none;
    }
    .search:focus-within .search-hint {
      visibility: hidden;
    }
    .views {
      display: inline-flex;
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      overflow: hidden;
    }
    .segment {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      min-height: calc(2.25rem * var(--_density) - 2px);
      padding: 0 calc(var(--_space) * 1.25);
      border: 0;
      background: var(--_bg);
      color: var(--_fg-muted);
      cursor: pointer;
    }
    .segment + .segment {
      border-inline-start: 1px solid var(--_border);
    }
    .segment[aria-pressed='true'] {
      background: var(--_accent-subtle);
      color: var(--_accent);
      font-weight: 600;
    }
    .button.has-filters {
      border-color: var(--_accent);
      color: var(--_accent);
    }
    .sort-control {
      display: none;
      align-items: center;
      gap: 0.4em;
      font-size: var(--_font-size-small);
      color: var(--_fg-muted);
    }
    .spacer {
      flex: 1 1 0;
    }
    .total {
      color: var(--_fg-muted);
      font-size: var(--_font-size-small);
      white-space: nowrap;
    }

    /* ---------- filters ---------- */
    .filter-panel {
      padding: calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg-subtle);
      max-height: 45%;
      overflow: auto;
      flex: none;
    }
    .panel-title,
    .panel-subtitle {
      margin: 0 0 var(--_space);
      font-size: var(--_font-size);
    }
    .filter-grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      gap: calc(var(--_space) * 1.5);
    }
    .filter-group {
      display: grid;
      gap: var(--_space);
      align-content: start;
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.25);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--_bg);
      min-width: 0;
    }
    .filter-group legend {
      padding: 0 4px;
      font-weight: 600;
      font-size: var(--_font-size-small);
    }
    .filter-options {
      display: flex;
      flex-wrap: wrap;
      gap: 4px calc(var(--_space) * 1.5);
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      cursor: pointer;
    }
    .chip-plain {
      border-color: transparent;
      font-size: inherit;
      padding-block: 0;
    }
    .chip-plain:not(.chip-color) {
      background: none;
      padding-inline: 0;
    }
    .chip-plain.chip-color {
      background: radial-gradient(circle at 0.8em 50%, var(--_chip-color, var(--_fg-muted)) 0.3em, transparent calc(0.3em + 0.5px));
    }
    .saved-filters {
      margin-top: calc(var(--_space) * 1.5);
      padding-top: calc(var(--_space) * 1.5);
      border-top: 1px solid var(--_border);
    }
    .saved-list {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .saved-list li {
      display: inline-flex;
      align-items: center;
    }
    .save-filter {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
      font-size: var(--_font-size-small);
    }
    .filter-chips {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .filter-chips ul {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    /* ---------- metrics ---------- */
    .metrics dl {
      display: grid;
      grid-template-columns: repeat(4, minmax(0, 1fr));
      gap: var(--_space);
      margin: 0;
    }
    .metric {
      padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.25);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-small);
      background: var(--_bg-subtle);
      min-width: 0;
    }
    .metric dt {
      font-size: var(--_font-size-small);
      color: var(--_fg-muted);
    }
    .metric dd {
      margin: 0;
      font-size: var(--_font-size-large);
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .metrics.updating dd {
      color: var(--_fg-muted);
    }
    .skeleton-figure {
      width: 4em;
      height: 1em;
    }
    .metrics-error {
      margin: 4px 0 0;
      font-size: var(--_font-size-small);
      color: var(--_danger);
    }

    /* ---------- bulk bar ---------- */
    .bulk-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space);
      padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.25);
      border-radius: var(--_radius-small);
      background: var(--_accent-subtle);
    }
    .bulk-count {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      margin: 0;
    }
    .bulk-actions,
    .bulk-group {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .bulk-group select {
      min-height: calc(1.9rem * var(--_density));
      font-size: var(--_font-size-small);
    }

    /* ---------- grid ---------- */
    .grid {
      position: relative;
      display: flex;
      flex-direction: column;
      flex: 1 1 auto;
      min-height: 8rem;
      overflow: hidden;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
    }
    /* The skeleton covers the grid while the first page loads (the grid is laid out beneath it). */
    .grid-loading {
      position: absolute;
      inset: 0;
      z-index: 1;
      overflow: hidden;
      background: var(--_bg);
    }
    .grid.stale .body {
      opacity: 0.6;
      transition: opacity 0.15s 0.1s;
    }
    /* Header and body reserve the same scrollbar gutter, so their columns line up. */
    .head {
      flex: none;
      overflow: hidden;
      scrollbar-gutter: stable;
      background: var(--_bg-subtle);
      border-bottom: 1px solid var(--_border);
    }
    .body {
      position: relative;
      flex: 1 1 auto;
      min-height: 0;
      overflow-x: hidden;
      overflow-y: auto;
      overflow-anchor: none;
      scrollbar-gutter: stable;
      overscroll-behavior: contain;
    }
    .row {
      display: grid;
      grid-template-columns: var(--_columns);
      align-items: center;
      column-gap: var(--_space);
      width: 100%;
      min-height: var(--_row-height);
      padding: calc(var(--_space) * 0.5 * var(--_density)) var(--_space);
      box-sizing: border-box;
      border-bottom: 1px solid var(--_border);
      background: var(--_bg);
    }
    .body > .row {
      /*
       * Rows are virtual (virtual-rows.ts): placed by a transform, all of one height, so the rows for
       * a scroll position are arithmetic. Each lays out on its own, and rows outside the viewport (the
       * overhang) skip layout and paint until they scroll in.
       */
      position: absolute;
      top: 0;
      left: 0;
      height: var(--_row-height);
      overflow: clip;
      contain: strict;
      content-visibility: auto;
      contain-intrinsic-size: auto var(--_row-height);
    }
    /*
     * Rows rendered for a jump (virtual-rows.ts marks the scroller while only the viewport's rows are
     * in): they are in view, and content-visibility would make the jump's frame lay out twice (the
     * first pass skips the new rows, a second lays them out once found in view) — measured 4 ms of
     * that frame. The overhang, rendered once the jumps stop, keeps skipping.
     */
    .body[data-tight] > .row {
      content-visibility: visible;
    }
    .row.header {
      min-height: calc(2.5rem * var(--_density));
      border-bottom: 0;
      background: var(--_bg-subtle);
      color: var(--_fg-muted);
      font-size: var(--_font-size-small);
      font-weight: 600;
    }
    .body > .row:hover {
      background: var(--_bg-hover);
    }
    .body > .row.selected {
      background: var(--_accent-subtle);
    }
    .body > .row:focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: -2px;
    }
    .cell {
      min-width: 0;
      /* clip, here and in the rows' texts, not hidden: a hidden box is a scroll container (a scrollable
         area to lay out and paint per cell, and focus can scroll its content sideways). A clipped grid
         or flex item keeps its content's minimum width, hence min-width: 0 on the ellipsed texts. */
      overflow: clip;
    }
    .cell-select {
      display: flex;
      align-items: center;
      justify-content: center;
      user-select: none;
    }
    .cell-select input {
      cursor: pointer;
    }
    .select-all {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      cursor: pointer;
    }
    .select-all-label {
      display: none;
    }
    .sort-button {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font-weight: inherit;
      cursor: pointer;
    }
    .sort-button:hover {
      color: var(--_fg);
    }
    [aria-sort='ascending'] .sort-button,
    [aria-sort='descending'] .sort-button {
      color: var(--_accent);
    }
    .cell-client {
      display: flex;
      align-items: center;
      gap: var(--_space);
    }
    .client-text {
      display: grid;
      gap: 2px;
      min-width: 0;
    }
    .name {
      justify-self: start;
      min-width: 0;
      max-width: 100%;
      padding: 0;
      border: 0;
      background: none;
      color: var(--_fg);
      font-weight: 600;
      text-align: start;
      overflow: clip;
      text-overflow: ellipsis;
      white-space: nowrap;
      cursor: pointer;
    }
    .name:hover {
      color: var(--_accent);
      text-decoration: underline;
    }
    .row-chips {
      display: flex;
      gap: 4px;
      overflow: clip;
      min-width: 0;
    }
    .row-chips .chip {
      flex: 0 1 auto;
      min-width: 0;
      font-size: 0.75rem;
      line-height: 1.35;
      max-width: 9rem;
    }
    .row-chips .chip-more {
      flex: none;
      min-width: 0;
    }
    .cell-contact {
      display: grid;
      font-size: var(--_font-size-small);
    }
    .phone,
    .email {
      min-width: 0;
      overflow: clip;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .phone {
      font-variant-numeric: tabular-nums;
    }
    .email {
      color: var(--_fg-muted);
    }
    mark {
      background: color-mix(in srgb, var(--_warning) 28%, transparent);
      color: inherit;
      border-radius: 2px;
    }
    .cell-reviews {
      display: grid;
      font-size: var(--_font-size-small);
    }
    .rating {
      font-weight: 600;
      font-size: var(--_font-size);
    }
    .cell-sales {
      font-variant-numeric: tabular-nums;
      text-align: end;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .head .cell-sales {
      display: flex;
      justify-content: flex-end;
    }
    .cell-updated {
      font-size: var(--_font-size-small);
      color: var(--_fg-muted);
    }
    .cell-updated time {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: clip;
      text-decoration: underline dotted;
      text-underline-offset: 3px;
      cursor: help;
    }
    .time-full {
      display: none;
    }
    .cell-updated time:hover .time-short,
    .cell-updated time:focus .time-short {
      display: none;
    }
    .cell-updated time:hover .time-full,
    .cell-updated time:focus .time-full {
      display: inline;
    }
    /* The status, then the flags and the origin below it: two lines at most, so every row has one height. */
    .cell-status {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      justify-items: start;
      gap: 0 4px;
    }
    .cell-status .status {
      grid-column: 1 / -1;
    }
    .cell-status .flags,
    .cell-status .origin {
      grid-row: 2;
    }
    .status {
      padding: 0.05em 0.55em;
      border-radius: 999px;
      font-size: 0.75rem;
      font-weight: 600;
      white-space: nowrap;
      background: var(--_bg-subtle);
      color: var(--_fg-muted);
      border: 1px solid var(--_border);
    }
    .status-active {
      background: var(--_success-subtle);
      color: var(--_success);
      border-color: transparent;
    }
    .status-vip {
      background: var(--_warning-subtle);
      color: var(--_warning);
      border-color: transparent;
    }
    .status-prospect {
      background: var(--_accent-subtle);
      color: var(--_accent);
      border-color: transparent;
    }
    .flags {
      display: inline-flex;
      gap: 2px;
    }
    .flag {
      display: inline-flex;
    }
    .flag-blocked,
    .flag-allergy {
      color: var(--_danger);
    }
    .flag-alert {
      color: var(--_warning);
    }
    .origin {
      min-width: 0;
      max-width: 100%;
      font-size: 0.75rem;
      color: var(--_fg-muted);
      white-space: nowrap;
      overflow: clip;
      text-overflow: ellipsis;
    }
    .cell-actions {
      display: flex;
      justify-content: flex-end;
      gap: 2px;
    }
    .head .cell-actions {
      justify-content: flex-end;
      padding-inline-end: 4px;
    }
    .row.placeholder .cell-placeholder {
      grid-column: 1 / -1;
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 1.5);
      padding-inline-start: 2.75rem;
    }
    .skeleton-avatar {
      width: 36px;
      height: 36px;
      border-radius: 50%;
    }
    .skeleton-line {
      width: 30%;
      height: 0.8em;
    }
    .skeleton-line.short {
      width: 18%;
    }
    .page-error {
      flex: none;
      padding: var(--_space);
      background: var(--_danger-subtle);
      display: flex;
      gap: var(--_space);
      justify-content: center;
    }
    /* The rows of a failed page: the first in view says so, with a retry, where the placeholders were. */
    .body > .row.failed {
      background: var(--_danger-subtle);
    }
    .row.failed .cell-placeholder {
      gap: var(--_space);
      color: var(--_danger);
      font-size: var(--_font-size-small);
    }

    .legend {
      flex: none;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 2px calc(var(--_space) * 1.5);
      margin: calc(var(--_space) * -0.5) 0 0;
      font-size: 0.75rem;
      color: var(--_fg-muted);
    }
    .legend-item {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .legend-item > span {
      color: var(--_fg-muted);
    }

    /* ---------- the table's columns by priority ---------- */
    /*
     * As the table narrows the least needed columns hide — reviews, then the last update, then sales —
     * so the name, contact, status and actions keep their text whole instead of all being cut.
     */
    .row.header .cell {
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    @container client-list (560px <= width < 1080px) {
      .row {
        grid-template-columns: 2.25rem minmax(10rem, 2fr) minmax(10rem, 2fr) minmax(5.5rem, 0.7fr) minmax(7rem, 0.8fr) minmax(6.5rem, 0.8fr) 6.75rem;
      }
      .cell-reviews {
        display: none;
      }
    }
    @container client-list (560px <= width < 900px) {
      .row {
        grid-template-columns: 2.25rem minmax(10rem, 2fr) minmax(10rem, 2fr) minmax(5.5rem, 0.7fr) minmax(6.5rem, 0.8fr) 6.75rem;
      }
      .cell-updated {
        display: none;
      }
    }
    @container client-list (560px <= width < 760px) {
      .row {
        grid-template-columns: 2.25rem minmax(8rem, 2fr) minmax(7.5rem, 1.6fr) minmax(6rem, 0.8fr) 6.75rem;
      }
      .cell-sales,
      .head .cell-sales {
        display: none;
      }
      .body {
        --_row-height: var(--_narrow-row-height);
      }
      .body > .row {
        padding-block: 2px;
        line-height: 1.25;
      }
      .body > .row .avatar,
      .skeleton-avatar {
        --_size: 1.75rem;
        width: var(--_size);
        height: var(--_size);
      }
      .client-text {
        gap: 0;
      }
      .cell-contact {
        font-size: var(--_font-size-small);
      }
    }
    @container client-list (max-width: 840px) {
      .metrics dl {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: 4px;
      }
      .metric {
        padding: 2px var(--_space);
      }
      .metric dd {
        font-size: var(--_font-size);
      }
    }

    /* ---------- narrow container (under 560px): compact cards ---------- */
    @container client-list (width < 560px) {
      .sort-control {
        display: inline-flex;
      }
      /* Cards have no column headers: only "select all visible" stays (sorting is in the toolbar). */
      .head {
        border: 0;
        background: transparent;
        scrollbar-gutter: auto;
      }
      .head .row.header {
        display: flex;
        min-height: 0;
        padding: 0 0 4px;
        background: transparent;
      }
      .head .cell:not(.cell-select) {
        display: none;
      }
      .head .cell-select {
        padding-inline-start: calc(var(--_space) + 1px);
      }
      .select-all-label {
        display: inline;
        font-weight: normal;
      }
      .grid {
        border: 0;
        background: transparent;
        overflow: visible;
      }
      .body {
        scrollbar-gutter: auto;
      }
      .body > .row {
        grid-template-columns: 2rem minmax(0, 1fr) auto;
        grid-template-areas:
          'select client actions'
          '. contact status'
          '. contact updated'
          '. reviews sales';
        align-content: start;
        gap: 2px var(--_space);
        line-height: 1.3;
        width: calc(100% - 2px);
        height: var(--_card-height);
        margin-bottom: var(--_space);
        padding: var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .body > .row.placeholder {
        grid-template-columns: 1fr;
        grid-template-areas: none;
        align-content: center;
      }
      .body > .row .cell-select {
        grid-area: select;
        align-self: start;
        padding-top: 0.6rem;
      }
      .body > .row .cell-client {
        grid-area: client;
      }
      .body > .row .cell-contact {
        grid-area: contact;
      }
      .body > .row .cell-reviews {
        grid-area: reviews;
        display: flex;
        overflow: clip;
        gap: 0 0.5em;
        align-items: baseline;
        white-space: nowrap;
      }
      .body > .row .cell-sales {
        grid-area: sales;
        justify-self: end;
        font-weight: 600;
      }
      .body > .row .cell-updated {
        grid-area: updated;
        justify-self: end;
      }
      .body > .row .cell-status {
        grid-area: status;
        grid-template-columns: none;
        grid-auto-flow: column;
        justify-content: end;
      }
      .body > .row .cell-status > * {
        grid-row: auto;
        grid-column: auto;
      }
      .body > .row .cell-actions {
        grid-area: actions;
        align-self: start;
      }
    }
    @container client-list (max-width: 480px) {
      .search {
        flex-basis: 100%;
        max-width: none;
      }
      .views .segment {
        padding: 0 var(--_space);
      }
      /* "New client" keeps its accessible name; only the icon shows. */
      .create-label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .create {
        padding: 0 var(--_space);
      }
    }
  `,
];
