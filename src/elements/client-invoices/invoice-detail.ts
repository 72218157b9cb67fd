/* The detail of one invoice: its facts, its lines (when the adapter sends them) and its totals. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Invoice } from '../../model/sales.js';

export function renderInvoiceDetail(invoice: Invoice, localize: LocalizeController): TemplateResult {
  const i = localize.t.commerce.invoices;
  const c = i.lineColumns;
  const due = { ...invoice.total, amountMinor: Math.max(0, invoice.total.amountMinor - invoice.amountPaid.amountMinor) };
  return html`<dl class="facts">
      <div><dt>${i.columns.date}</dt><dd>${localize.date(invoice.issuedAt)}</dd></div>
      <div><dt>${i.columns.status}</dt><dd><span class="pill status-${invoice.status}">${i.statuses[invoice.status]}</span></dd></div>
      <div><dt>${i.center}</dt><dd>${invoice.center.name}</dd></div>
      <div><dt>${i.due}</dt><dd>${invoice.dueAt ? localize.date(invoice.dueAt) : i.noDue}</dd></div>
    </dl>
    <h5>${i.lines}</h5>
    ${invoice.lines.length
      ? html`<div class="table-wrap">
          <table class="lines" part="lines">
            <thead>
              <tr>
                <th scope="col">${c.description}</th>
                <th scope="col" class="num">${c.quantity}</th>
                <th scope="col" class="num">${c.unitPrice}</th>
                <th scope="col" class="num">${c.discount}</th>
                <th scope="col" class="num">${c.tax}</th>
                <th scope="col" class="num">${c.total}</th>
              </tr>
            </thead>
            <tbody>
              ${invoice.lines.map(
                (line) => html`<tr>
                  <td data-label=${c.description}>${line.description}</td>
                  <td data-label=${c.quantity} class="num">${localize.number(line.quantity)}</td>
                  <td data-label=${c.unitPrice} class="num">${localize.money(line.unitPrice)}</td>
                  <td data-label=${c.discount} class="num">${line.discountPercent ? localize.percent(line.discountPercent / 100) : localize.t.common.empty}</td>
                  <td data-label=${c.tax} class="num">${localize.percent(line.taxPercent / 100)}</td>
                  <td data-label=${c.total} class="num">${localize.money(line.total)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`
      : html`<p class="muted no-lines">${i.noLines}</p>`}
    <dl class="totals">
      <div><dt>${i.subtotal}</dt><dd class="num">${localize.money(invoice.subtotal)}</dd></div>
      <div><dt>${i.tax}</dt><dd class="num">${localize.money(invoice.tax)}</dd></div>
      <div class="grand"><dt>${i.total}</dt><dd class="num">${localize.money(invoice.total)}</dd></div>
      <div><dt>${i.amountPaid}</dt><dd class="num">${localize.money(invoice.amountPaid)}</dd></div>
      ${invoice.status !== 'void' && invoice.status !== 'refunded' && due.amountMinor > 0
        ? html`<div class="due"><dt>${i.amountDue}</dt><dd class="num">${localize.money(due)}</dd></div>`
        : nothing}
    </dl>`;
}
