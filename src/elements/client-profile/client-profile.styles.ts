import { css } from 'lit';
import { formStyles } from '../client-file/tab-styles.js';

export const profileStyles = [
  formStyles,
  css`
    :host {
      display: block;
      container-type: inline-size;
      container-name: client-profile;
    }
    :host([hidden]) {
      display: none;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      align-items: center;
      gap: var(--_space) calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 2);
    }
    .title {
      margin: 0;
      font-size: var(--_font-size-large);
      margin-inline-end: auto;
    }
    .toolbar-buttons {
      display: flex;
      gap: var(--_space);
    }
    .notice {
      margin: 0;
      color: var(--_success);
      font-weight: 600;
    }
    .notice:empty {
      display: none;
    }
    .read-only {
      margin: 0;
      color: var(--_fg-muted);
      font-size: var(--_font-size-small);
    }
    .sections {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
      gap: calc(var(--_space) * 2);
      align-items: start;
    }
    .section {
      margin: 0;
      min-width: 0;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.5 * var(--_density)) calc(var(--_space) * 2);
      background: var(--_bg);
    }
    .section h3,
    .section h4,
    .section legend {
      margin: 0 0 var(--_space);
      padding: 0;
      font-size: var(--_font-size);
      font-weight: 650;
    }
    fieldset.section {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      gap: calc(var(--_space) * 1.25);
    }
    fieldset.section > legend {
      float: left;
      width: 100%;
      grid-column: 1 / -1;
    }
    dl {
      display: grid;
      gap: var(--_space) calc(var(--_space) * 2);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
      margin: 0;
    }
    .item {
      display: grid;
      gap: 2px;
      min-width: 0;
    }
    .item.wide {
      grid-column: 1 / -1;
    }
    .item dt {
      color: var(--_fg-muted);
      font-size: var(--_font-size-small);
    }
    .item dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .address {
      font-style: normal;
      line-height: 1.5;
    }
    .phones {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 4px;
    }
    .phones li {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
    }
    .tag {
      font-size: var(--_font-size-small);
      padding: 0 6px;
      border-radius: 999px;
      background: var(--_bg-subtle);
      border: 1px solid var(--_border);
    }
    .primary-tag {
      background: var(--_accent-subtle);
    }
    .phone-rows {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }
    .phone-row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: flex-end;
      padding-bottom: var(--_space);
      border-bottom: 1px dashed var(--_border);
      min-width: 0;
    }
    .phone-row > .field:first-child {
      flex: 2 1 10rem;
    }
    .phone-row > .field:nth-child(2) {
      flex: 1 1 7rem;
    }
    .phone-row .inline-check {
      padding-bottom: 8px;
    }
    .phone-row > .button {
      margin-bottom: 4px;
    }
    .add-phone {
      justify-self: start;
    }
    .checklist {
      border: none;
      padding: 0;
      margin: 0;
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 6px calc(var(--_space) * 2);
    }
    .conflict {
      border: 1px solid color-mix(in srgb, var(--_warning) 55%, transparent);
      background: var(--_warning-subtle);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      margin-bottom: calc(var(--_space) * 2);
    }
    .conflict h4 {
      margin: 0 0 4px;
      font-size: var(--_font-size-large);
    }
    .conflict p {
      margin: 0 0 var(--_space);
    }
    .conflict-table {
      border-collapse: collapse;
      width: 100%;
      margin-bottom: var(--_space);
      font-size: var(--_font-size-small);
    }
    .conflict-table th,
    .conflict-table td {
      text-align: start;
      padding: 4px 8px;
      border-bottom: 1px solid var(--_border);
      vertical-align: top;
    }
    .conflict-table tr.both th {
      color: var(--_danger);
    }
    .conflict-actions {
      display: flex;
      gap: var(--_space);
      flex-wrap: wrap;
    }
  `,
];
