/*
 * Styles of the client dialog's own pieces (its header with the close button, the group
 * checkboxes), loaded with the dialog and adopted into the list's shadow root when it first opens.
 * The form's shared look (fields, buttons) stays in client-list.styles.ts.
 */
import { css } from 'lit';

export const clientDialogStyles = css`
  .form-dialog .dialog-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    margin: 0 0 calc(var(--_space) * 2);
  }
  .form-dialog .dialog-header .dialog-title {
    margin: 0;
  }
  .form-dialog .close-button {
    flex: none;
    font: inherit;
    font-size: 1.4rem;
    line-height: 1;
    width: 2.25rem;
    height: 2.25rem;
    margin: -0.4rem -0.4rem 0 0;
    border-radius: 50%;
    border: 1px solid transparent;
    background: transparent;
    color: var(--_fg-muted);
    cursor: pointer;
  }
  .form-dialog .close-button:hover {
    background: var(--_bg-hover);
    color: var(--_fg);
  }
  .form-dialog .group-choices {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }
  .form-dialog .group-choices legend {
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .form-dialog .group-choice {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    white-space: nowrap;
    font-weight: 400;
  }
  .form-dialog .group-choice input {
    width: auto;
    margin: 0;
  }
`;
