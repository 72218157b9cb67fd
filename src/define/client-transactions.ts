/*
 * Side-effect module: registers <client-transactions>. Import it once, anywhere:
 *   import 'clientela/define/client-transactions.js';
 */
import { ClientTransactions } from '../elements/client-transactions/client-transactions.js';
import { defineElement } from './define.js';

defineElement('client-transactions', ClientTransactions);

export { ClientTransactions };

declare global {
  interface HTMLElementTagNameMap {
    'client-transactions': ClientTransactions;
  }
}
