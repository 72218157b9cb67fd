/*
 * The cancellation dialog: the fee quoted by the adapter and the credits lost, whether to charge the
 * fee, a reason, then the confirmation. Rendering only; the element owns the draft and runs it.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { CancellationQuote, Membership } from '../../model/membership.js';
import { errorMessage } from '../shared/state-view.js';

export interface CancelDraft {
  membership: Membership;
  quote: CancellationQuote | undefined;
  /** Why the quote could not be had. */
  quoteError: unknown;
  chargeFee: boolean;
  reason: string;
  busy: boolean;
  error: unknown;
  /** The idempotency key and the submission (fee charged, reason) it was made for. */
  key: string | undefined;
  keyFor: string | undefined;
}

export interface CancelHandlers {
  input: (patch: Partial<Pick<CancelDraft, 'chargeFee' | 'reason'>>) => void;
  confirm: () => void;
  close: () => void;
  retryQuote: () => void;
}

export function renderCancelDialog(draft: CancelDraft, localize: LocalizeController, on: CancelHandlers): TemplateResult {
  const { t } = localize;
  const m = t.sales.memberships;
  const quote = draft.quote;
  const quoteView = quote
    ? html`<p class="fee">${m.fee(localize.money(quote.fee))}</p>
        <p class="credits-lost">${localize.plural(quote.creditsLost, m.creditsLost)}</p>
        ${quote.fee.amountMinor > 0
          ? html`<label class="checkbox"><input type="checkbox" class="charge-fee" .checked=${draft.chargeFee} ?disabled=${draft.busy}
              @change=${(event: Event) => on.input({ chargeFee: (event.target as HTMLInputElement).checked })} />${m.chargeFee}</label>`
          : nothing}`
    : draft.quoteError !== undefined
      ? html`<div class="error-summary" role="alert"><p>${errorMessage(draft.quoteError, t)}</p>
          <button type="button" class="button small" part="button" @click=${on.retryQuote}>${t.common.retry}</button></div>`
      : html`<p role="status">${m.quoteLoading}</p>`;
  return html`<dialog class="cancel-dialog" part="dialog" aria-labelledby="cancel-title" aria-busy=${draft.busy ? 'true' : 'false'}
    @cancel=${(event: Event) => {
      event.preventDefault();
      if (!draft.busy) on.close();
    }}>
    <h4 id="cancel-title">${m.cancelTitle(draft.membership.planName)}</h4>
    ${quoteView}
    <div class="field">
      <label for="cancel-reason">${m.reason}</label>
      <textarea id="cancel-reason" maxlength="500" .value=${draft.reason} ?disabled=${draft.busy} @input=${(event: Event) => on.input({ reason: (event.target as HTMLTextAreaElement).value })}></textarea>
    </div>
    ${draft.error !== undefined ? html`<div class="error-summary" role="alert"><p><strong>${m.failed}</strong> ${errorMessage(draft.error, t)}</p></div>` : nothing}
    <div class="form-buttons">
      <button type="button" class="button keep" part="button" ?disabled=${draft.busy} @click=${on.close}>${m.keep}</button>
      <button type="button" class="button danger confirm-cancel" part="button" ?disabled=${!quote} aria-disabled=${draft.busy ? 'true' : 'false'} @click=${on.confirm}>
        ${draft.busy ? t.common.saving : m.confirmCancel}
      </button>
    </div>
  </dialog>`;
}
