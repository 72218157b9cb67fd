/* Pieces every record form shows the same way: the conflict note, why a save failed, the buttons. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { errorMessage } from '../shared/state-view.js';

export interface FormStatus {
  conflict: boolean;
  saving: boolean;
  error: unknown;
}

/** After a stale save: what happened, and the way to the latest version. */
export function renderConflictNote(status: FormStatus, onUseLatest: () => void, localize: LocalizeController): TemplateResult | typeof nothing {
  if (!status.conflict) return nothing;
  const r = localize.t.records;
  return html`<div class="conflict-note" role="alert">
    <p>${r.conflict}</p>
    <button type="button" class="button small" part="button" @click=${onUseLatest}>${r.useLatest}</button>
  </div>`;
}

/** Why the last save failed, then Cancel and Save (Overwrite after a conflict). */
export function renderFormFooter(status: FormStatus, onCancel: () => void, localize: LocalizeController): TemplateResult {
  const { t } = localize;
  return html`${status.error !== undefined
      ? html`<div class="error-summary" role="alert">
          <p><strong>${t.records.saveFailed}</strong> ${errorMessage(status.error, t)}</p>
        </div>`
      : nothing}
    <div class="form-buttons">
      <button type="button" class="button" part="button" @click=${onCancel} ?disabled=${status.saving}>${t.common.cancel}</button>
      <button type="submit" class="button primary" part="button button-primary" ?disabled=${status.saving}>
        ${status.saving ? t.common.saving : status.conflict ? t.records.overwrite : t.common.save}
      </button>
    </div>`;
}

/** Submit and Escape handlers of a record form. */
export function formHandlers(onSubmit: () => void, onCancel: () => void) {
  return {
    submit: (event: Event) => {
      event.preventDefault();
      onSubmit();
    },
    keydown: (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      }
    },
  };
}
