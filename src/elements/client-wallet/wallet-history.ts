/* The wallet's movement history: one table row per movement, with the pocket's figure after it. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { WalletMovement } from '../../model/wallet.js';

export function renderHistory(movements: readonly WalletMovement[], localize: LocalizeController): TemplateResult {
  const w = localize.t.commerce.wallet;
  const c = w.columns;
  return html`<div class="table-wrap">
    <table part="history">
      <caption class="visually-hidden">${w.history}</caption>
      <thead>
        <tr>
          <th scope="col">${c.date}</th>
          <th scope="col">${c.movement}</th>
          <th scope="col" class="num">${c.amount}</th>
          <th scope="col" class="num">${c.after}</th>
          <th scope="col">${c.by}</th>
          <th scope="col">${c.note}</th>
        </tr>
      </thead>
      <tbody>
        ${movements.map(
          (movement) => html`<tr part="movement" data-id=${movement.id}>
            <td data-label=${c.date}><time datetime=${movement.occurredAt}>${localize.dateTime(movement.occurredAt)}</time></td>
            <td data-label=${c.movement}>
              ${w.movementKinds[movement.kind]}
              ${movement.pocket === 'rewards' ? html`<span class="pill">${w.pockets.rewards}</span>` : nothing}
            </td>
            <td data-label=${c.amount} class="num ${movement.amount.amountMinor < 0 ? 'negative' : ''}">
              ${localize.money(movement.amount, { signDisplay: 'exceptZero' })}
            </td>
            <td data-label=${c.after} class="num ${movement.balanceAfter.amountMinor < 0 ? 'negative' : ''}">${localize.money(movement.balanceAfter)}</td>
            <td data-label=${c.by}>${movement.by.name}</td>
            <td data-label=${c.note} class="note">${movement.note || localize.t.common.empty}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
