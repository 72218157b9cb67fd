/*
 * The read-mostly parts of a membership: its credits grouped per service (used / total, each
 * credit's status and expiry editable) and its payment activity. Rendering only; the element owns
 * the changes.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { CREDIT_STATUSES, type CreditPatch, type Membership, type MembershipCredit } from '../../model/membership.js';
import { renderDateField } from '../shared/date-field.js';

/** Credits per service, in the order the services first appear. */
export function creditsByService(credits: readonly MembershipCredit[]): [string, MembershipCredit[]][] {
  const groups = new Map<string, MembershipCredit[]>();
  for (const credit of credits) groups.set(credit.serviceName, [...(groups.get(credit.serviceName) ?? []), credit]);
  return [...groups];
}

export function renderCredits(
  membership: Membership,
  localize: LocalizeController,
  options: { editable: boolean; pending: boolean; change: (credit: MembershipCredit, patch: CreditPatch) => void },
): TemplateResult {
  const m = localize.t.sales.memberships;
  if (!membership.credits.length) return html`<p class="meta">${m.noCredits}</p>`;
  return html`${creditsByService(membership.credits).map(([service, credits]) => {
    const used = credits.filter((credit) => credit.status === 'used').length;
    return html`<table class="credits" part="credits">
      <caption class="credits-summary">${m.creditsSummary(service, used, credits.length)}</caption>
      <thead><tr><th scope="col">${m.status}</th><th scope="col">${m.expires}</th></tr></thead>
      <tbody>
        ${credits.map((credit) => {
          const id = `credit-${membership.id}-${credit.id}`;
          return html`<tr data-credit=${credit.id}>
            <td>
              ${options.editable
                ? html`<label class="visually-hidden" for="${id}-status">${m.creditStatus(service)}</label>
                    <select id="${id}-status" class="credit-status" ?disabled=${options.pending}
                      @change=${(event: Event) => options.change(credit, { status: (event.target as HTMLSelectElement).value as MembershipCredit['status'] })}>
                      ${CREDIT_STATUSES.map((status) => html`<option value=${status} ?selected=${status === credit.status}>${m.creditStatuses[status]}</option>`)}
                    </select>`
                : html`<span class="credit-status">${m.creditStatuses[credit.status]}</span>`}
            </td>
            <td>
              ${options.editable
                ? html`<label class="visually-hidden" for="${id}-expires">${m.creditExpiry(service)}</label>
                    ${renderDateField({ id: `${id}-expires`, value: credit.expiresAt, localize, disabled: options.pending, onChange: (iso) => options.change(credit, { expiresAt: iso || null }) })}`
                : credit.expiresAt
                  ? localize.date(credit.expiresAt)
                  : '—'}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  })}`;
}

export function renderPayments(membership: Membership, localize: LocalizeController): TemplateResult {
  const m = localize.t.sales.memberships;
  if (!membership.payments.length) return html`<p class="meta">${m.noPayments}</p>`;
  return html`<table class="payments" part="payments">
    <caption class="visually-hidden">${m.payments}</caption>
    <thead><tr><th scope="col">${m.date}</th><th scope="col" class="number">${m.amount}</th><th scope="col">${m.status}</th></tr></thead>
    <tbody>
      ${membership.payments.map(
        (payment) => html`<tr class="payment payment-${payment.status}" data-payment=${payment.id}>
          <td>${localize.date(payment.at)}</td>
          <td class="number">${localize.money(payment.amount)}</td>
          <td>
            <span class="payment-status">${m.paymentStatuses[payment.status]}</span> · ${m.paymentKinds[payment.kind]}
            ${payment.failureReason ? html`<span class="failure"> — ${payment.failureReason}</span>` : nothing}
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
