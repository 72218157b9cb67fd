/*
 * The dialog of one wallet operation (add funds, deduct funds, assign a reward): a form (amount and
 * note), then a confirmation step with the figure after it. Rendering only; the element owns the
 * draft and runs the operation.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { WalletOperation } from '../../i18n/groups/commerce.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Money } from '../../model/primitives.js';
import { errorMessage } from '../shared/state-view.js';

/** What the user is submitting. `key` is made once per submission and kept for its retries. */
export interface WalletDraft {
  kind: WalletOperation;
  amountText: string;
  note: string;
  step: 'edit' | 'confirm';
  /** The parsed amount, once the form was reviewed. */
  amountMinor: number | undefined;
  /** Why the amount is refused (shown at the field). */
  amountProblem: string | undefined;
  /** The last failure of the operation (kept with the form filled). */
  error: unknown;
  busy: boolean;
  /** The idempotency key and the submission (kind, amount, note) it was made for. */
  key: string | undefined;
  keyFor: string | undefined;
}

export interface WalletDialogHandlers {
  input: (patch: Partial<Pick<WalletDraft, 'amountText' | 'note'>>) => void;
  review: () => void;
  back: () => void;
  confirm: () => void;
  cancel: () => void;
}

/** The pocket's figure after the operation. */
export function figureAfter(draft: WalletDraft, balance: Money, rewards: Money): Money {
  const amount = draft.amountMinor ?? 0;
  if (draft.kind === 'reward') return { ...rewards, amountMinor: rewards.amountMinor + amount };
  return { ...balance, amountMinor: balance.amountMinor + (draft.kind === 'deduct-funds' ? -amount : amount) };
}

export function renderWalletDialog(
  draft: WalletDraft,
  figures: { balance: Money; rewards: Money },
  localize: LocalizeController,
  on: WalletDialogHandlers,
): TemplateResult {
  const { t } = localize;
  const w = t.commerce.wallet;
  const currency = figures.balance.currency;
  const amount = draft.amountMinor === undefined ? '' : localize.money({ amountMinor: draft.amountMinor, currency });
  const after = localize.money(figureAfter(draft, figures.balance, figures.rewards));
  const failure =
    draft.error !== undefined
      ? html`<div class="error-summary" role="alert">
          <p><strong>${w.failed}</strong> ${errorMessage(draft.error, t)}</p>
          <p>${w.retrySafe}</p>
        </div>`
      : nothing;
  const body =
    draft.step === 'edit'
      ? html`<form
          class="operation-form"
          novalidate
          @submit=${(event: Event) => {
            event.preventDefault();
            on.review();
          }}
        >
          <p class="hint current">
            ${draft.kind === 'reward' ? w.currentRewards(localize.money(figures.rewards)) : w.currentBalance(localize.money(figures.balance))}
          </p>
          <div class="field">
            <label for="wallet-amount">${t.commerce.amount.label(currency)}<span class="required" aria-hidden="true"> *</span></label>
            <input
              id="wallet-amount"
              type="text"
              inputmode="decimal"
              autocomplete="off"
              required
              .value=${draft.amountText}
              aria-invalid=${draft.amountProblem ? 'true' : 'false'}
              aria-describedby=${draft.amountProblem ? 'wallet-amount-error wallet-amount-hint' : 'wallet-amount-hint'}
              @input=${(event: Event) => on.input({ amountText: (event.target as HTMLInputElement).value })}
            />
            <span class="hint" id="wallet-amount-hint">${t.commerce.amount.hint}</span>
            ${draft.amountProblem ? html`<span class="field-error" id="wallet-amount-error">${draft.amountProblem}</span>` : nothing}
          </div>
          <div class="field">
            <label for="wallet-note">${w.note}</label>
            <textarea
              id="wallet-note"
              maxlength="500"
              .value=${draft.note}
              aria-describedby="wallet-note-hint"
              @input=${(event: Event) => on.input({ note: (event.target as HTMLTextAreaElement).value })}
            ></textarea>
            <span class="hint" id="wallet-note-hint">${w.noteHint}</span>
          </div>
          ${failure}
          <div class="dialog-buttons">
            <button type="button" class="button" part="button" @click=${on.cancel}>${t.common.cancel}</button>
            <button type="submit" class="button primary review" part="button button-primary">${w.review}</button>
          </div>
        </form>`
      : html`<div class="operation-confirm">
          <p class="question">${w.confirmQuestion[draft.kind](amount)}</p>
          <p class="after">${draft.kind === 'reward' ? w.rewardsAfterLabel(after) : w.balanceAfterLabel(after)}</p>
          ${draft.note.trim() ? html`<p class="note-preview">${draft.note.trim()}</p>` : nothing} ${failure}
          <div class="dialog-buttons">
            <button type="button" class="button back" part="button" ?disabled=${draft.busy} @click=${on.back}>${t.common.back}</button>
            <button type="button" class="button primary confirm" part="button button-primary" aria-disabled=${draft.busy ? 'true' : 'false'} @click=${on.confirm}>
              ${draft.busy ? w.working : w.confirm[draft.kind]}
            </button>
          </div>
        </div>`;
  return html`<dialog
    class="operation"
    part="dialog"
    aria-labelledby="wallet-dialog-title"
    aria-busy=${draft.busy ? 'true' : 'false'}
    @cancel=${(event: Event) => {
      event.preventDefault();
      if (!draft.busy) on.cancel();
    }}
  >
    <h4 id="wallet-dialog-title">${w.dialogTitles[draft.kind]}</h4>
    ${body}
  </dialog>`;
}
