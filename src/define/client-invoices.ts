/*
 * Side-effect module: registers <client-invoices>. Import it once, anywhere:
 *   import 'clientela/define/client-invoices.js';
 */
import { ClientInvoices } from '../elements/client-invoices/client-invoices.js';
import { defineElement } from './define.js';

defineElement('client-invoices', ClientInvoices);

export { ClientInvoices };

declare global {
  interface HTMLElementTagNameMap {
    'client-invoices': ClientInvoices;
  }
}
