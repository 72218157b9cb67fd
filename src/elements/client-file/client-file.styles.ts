import { css } from 'lit';

export const fileStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    container-name: client-file;
    --client-avatar-size: 64px;
  }
  :host([hidden]) {
    display: none;
  }
  .file {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: clip;
  }
  .file > .state {
    margin: calc(var(--_space) * 2);
  }

  /* ---------------------------------------------------------------- banner */
  .banner {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 1.5 * var(--_density));
    padding: calc(var(--_space) * 2.5 * var(--_density)) calc(var(--_space) * 3);
    border-bottom: 1px solid var(--_border);
  }
  /* Identity and contact actions side by side when both fit; otherwise the actions go below the
     name (and always in a container narrower than 56rem, see the container queries below). */
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    min-width: 0;
  }
  .identity {
    flex: 1 1 18rem;
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
    min-width: 0;
  }
  .identity-text {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }
  /* The name wraps between words only, never inside one; past three lines (or a single word wider
     than the header) it is clipped, and name-truncation.ts gives it its whole text as a title and
     makes it focusable: focused, it shows in full. */
  .name {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.2;
    font-weight: 650;
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
    text-wrap: balance;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .name[tabindex]:focus {
    -webkit-line-clamp: unset;
    line-clamp: none;
    overflow: visible;
  }
  .identity-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
    min-width: 0;
  }
  .trashed {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-radius: var(--_radius-small);
    background: var(--_warning-subtle);
    color: var(--_fg);
  }
  .message {
    margin: 0;
    color: var(--_danger);
  }
  .message:empty {
    display: none;
  }

  /* status */
  .status {
    font: inherit;
    font-size: var(--_font-size-small);
    font-weight: 600;
    border-radius: 999px;
    padding: 2px calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    background: var(--_bg-subtle);
    color: var(--_fg);
  }
  select.status {
    cursor: pointer;
    padding-inline-end: calc(var(--_space) * 0.5);
  }
  .status-active {
    background: var(--_success-subtle);
    border-color: color-mix(in srgb, var(--_success) 40%, transparent);
  }
  .status-vip {
    background: var(--_accent-subtle);
    border-color: color-mix(in srgb, var(--_accent) 40%, transparent);
  }
  .status-inactive {
    background: var(--_bg-subtle);
  }
  .status-prospect {
    background: var(--_warning-subtle);
    border-color: color-mix(in srgb, var(--_warning) 40%, transparent);
  }

  /* chips */
  .chips {
    display: contents;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    max-width: 100%;
    min-width: 0;
    white-space: nowrap;
    font-size: var(--_font-size-small);
    padding: 1px calc(var(--_space) * 1);
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_bg-subtle);
  }
  .chip-label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chip.tag {
    border-style: dashed;
  }
  .chip-dot {
    flex: none;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_chip, var(--_fg-muted));
  }

  /* badges */
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
  }
  .badges:empty {
    display: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: var(--_font-size-small);
    font-weight: 600;
    padding: 2px calc(var(--_space) * 1.25);
    border-radius: var(--_radius-small);
    border: 1px solid transparent;
    background: var(--_bg-subtle);
    color: var(--_fg);
  }
  .badge .icon {
    display: inline-grid;
    place-items: center;
    width: 1.1em;
    height: 1.1em;
    border-radius: 50%;
    background: currentColor;
    color: inherit;
    font-size: 0.8em;
  }
  .badge .icon {
    color: var(--_bg);
    background: var(--_fg);
  }
  .blocked,
  .priority-critical,
  .severity-life-threatening,
  .severity-severe {
    background: var(--_danger-subtle);
    border-color: color-mix(in srgb, var(--_danger) 45%, transparent);
  }
  .blocked,
  .priority-critical .icon,
  .severity-life-threatening {
    color: var(--_danger);
  }
  .priority-critical .icon {
    background: var(--_danger);
    color: var(--_bg);
  }
  .priority-high,
  .severity-moderate {
    background: var(--_warning-subtle);
    border-color: color-mix(in srgb, var(--_warning) 45%, transparent);
  }
  .priority-high .icon {
    background: var(--_warning);
  }
  .priority-medium,
  .priority-low,
  .severity-mild {
    background: var(--_accent-subtle);
    border-color: color-mix(in srgb, var(--_accent) 30%, transparent);
  }
  .alerts summary {
    cursor: pointer;
    list-style: none;
  }
  .alerts summary::-webkit-details-marker {
    display: none;
  }
  .alert-list {
    margin: calc(var(--_space) * 0.75) 0 0;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.5);
    list-style: none;
    display: grid;
    gap: calc(var(--_space) * 0.5);
    background: var(--_bg-subtle);
    border-radius: var(--_radius-small);
    max-width: 60ch;
  }
  .priority-dot {
    display: inline-block;
    width: 8px;
    height: 8px;
    border-radius: 50%;
    margin-inline-end: 6px;
    background: var(--_accent);
  }
  .priority-dot.priority-critical {
    background: var(--_danger);
  }
  .priority-dot.priority-high {
    background: var(--_warning);
  }
  .allergies-row {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
  }
  .badges-label {
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_fg-muted);
  }
  .allergies {
    display: contents;
    list-style: none;
  }
  .badge .severity {
    font-weight: 400;
  }
  .badge .severity::before {
    content: '·';
    margin-inline-end: 6px;
  }
  .badges-failed {
    margin: 0;
    justify-self: end;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .link-button {
    font: inherit;
    background: none;
    border: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    padding: 0;
  }

  /* details: facts + blacklist */
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2) calc(var(--_space) * 4);
    align-items: flex-start;
    justify-content: space-between;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5) calc(var(--_space) * 3);
    margin: 0;
  }
  .fact {
    display: grid;
    gap: 2px;
    min-width: 7rem;
  }
  .fact dt {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .fact dd {
    margin: 0;
    font-weight: 550;
    min-height: 1.75rem;
    display: flex;
    align-items: center;
  }
  .inline-edit {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 2px 6px;
    margin-inline-start: -6px;
    border: 1px dashed transparent;
    border-radius: var(--_radius-small);
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .inline-edit:hover {
    border-color: var(--_border);
    background: var(--_bg-hover);
  }
  .inline-edit svg {
    width: 14px;
    height: 14px;
    fill: var(--_fg-muted);
  }
  .weight-form {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
  }
  .weight-form input {
    font: inherit;
    width: 5em;
    padding: 2px 6px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_bg);
    color: var(--_fg);
  }
  .weight-form input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .field-error {
    flex-basis: 100%;
    color: var(--_danger);
    font-size: var(--_font-size-small);
    font-weight: 400;
  }
  button.small {
    font: inherit;
    font-size: var(--_font-size-small);
    padding: 2px calc(var(--_space) * 1);
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  button.small.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }
  .blacklist {
    display: grid;
    gap: 4px;
    max-width: 34ch;
  }
  .blacklist-state {
    margin: 0;
    font-weight: 600;
  }
  .help {
    margin: 0;
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    cursor: pointer;
    font-weight: 600;
    position: relative;
  }
  .switch input {
    position: absolute;
    opacity: 0;
    width: 36px;
    height: 20px;
    margin: 0;
    cursor: pointer;
  }
  .switch-track {
    flex: none;
    width: 36px;
    height: 20px;
    border-radius: 999px;
    background: var(--_border);
    position: relative;
    transition: background 120ms;
  }
  .switch-track::after {
    content: '';
    position: absolute;
    top: 2px;
    left: 2px;
    width: 16px;
    height: 16px;
    border-radius: 50%;
    background: var(--_bg);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.3);
    transition: transform 120ms;
  }
  .switch input:checked + .switch-track {
    background: var(--_danger);
  }
  .switch input:checked + .switch-track::after {
    transform: translateX(16px);
  }
  .switch input:focus-visible + .switch-track {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    .switch-track,
    .switch-track::after {
      transition: none;
    }
  }

  /* contact actions */
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: flex-end;
    margin-inline-start: auto;
  }
  .action {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: calc(var(--_space) * 0.75 * var(--_density)) calc(var(--_space) * 1.25);
    border-radius: var(--_radius-small);
    border: 1px solid var(--_border);
    background: var(--_bg);
    color: var(--_fg);
    text-decoration: none;
    cursor: pointer;
    white-space: nowrap;
  }
  .action:hover {
    background: var(--_bg-hover);
  }
  .action svg {
    width: 16px;
    height: 16px;
    fill: currentColor;
    flex: none;
  }
  .action.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-fg);
  }

  /* ---------------------------------------------------------------- tabs */
  .tabbar {
    position: relative;
    display: flex;
    align-items: stretch;
    column-gap: 2px;
    padding: 0 calc(var(--_space) * 2);
    background: var(--_bg-subtle);
    border-bottom: 1px solid var(--_border);
    min-width: 0;
  }
  [role='tablist'] {
    display: flex;
    column-gap: 2px;
    min-width: 0;
    flex: 0 1 auto;
  }
  .tab,
  .more {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: calc(var(--_space) * 1.25 * var(--_density)) calc(var(--_space) * 1.5);
    border: none;
    border-bottom: 2px solid transparent;
    background: none;
    color: var(--_fg-muted);
    white-space: nowrap;
    cursor: pointer;
    font-weight: 550;
  }
  .tab:hover,
  .more:hover {
    color: var(--_fg);
    background: var(--_bg-hover);
  }
  .tab[aria-selected='true'] {
    color: var(--_accent);
    border-bottom-color: var(--_accent);
  }
  .tab:focus-visible,
  .more:focus-visible,
  .menu-item:focus-visible {
    outline-offset: -2px;
  }
  .dirty {
    display: inline-block;
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--_warning);
  }
  .caret {
    font-size: 0.75em;
  }
  .measure-box {
    position: absolute;
    inset: 0 auto auto 0;
    width: 0;
    height: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .measure {
    display: flex;
    width: max-content;
  }
  .measure > * {
    flex: none;
  }
  .menu {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 4px;
    min-width: 12rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow);
    font-family: var(--_font);
    font-size: var(--_font-size);
  }
  .menu:popover-open {
    display: grid;
  }
  .menu-item {
    font: inherit;
    display: flex;
    align-items: center;
    gap: 6px;
    text-align: start;
    padding: calc(var(--_space) * 1) calc(var(--_space) * 1.5);
    border: none;
    border-radius: var(--_radius-small);
    background: none;
    color: inherit;
    cursor: pointer;
  }
  .menu-item:hover,
  .menu-item:focus {
    background: var(--_bg-hover);
  }
  .panel {
    padding: calc(var(--_space) * 2.5 * var(--_density)) calc(var(--_space) * 3);
    min-height: 8rem;
  }
  .panel:focus-visible {
    outline-offset: -2px;
  }

  /* ---------------------------------------------------------------- narrow containers */
  /* Too narrow for a name and four labelled actions side by side: the actions go below the name. */
  @container client-file (max-width: 56rem) {
    .top {
      flex-direction: column;
      align-items: stretch;
    }
    .identity {
      flex: none;
    }
    .actions {
      justify-content: flex-start;
      margin-inline-start: 0;
    }
  }
  @container client-file (max-width: 640px) {
    .banner {
      padding: calc(var(--_space) * 2) calc(var(--_space) * 2);
    }
    .panel {
      padding: calc(var(--_space) * 2);
    }
    .tabbar {
      padding: 0 var(--_space);
    }
    .name {
      font-size: 1.25rem;
    }
  }
  @container client-file (max-width: 420px) {
    .action-label {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .action {
      padding: calc(var(--_space) * 1);
    }
    .identity {
      --client-avatar-size: 48px;
    }
  }
`;
