/*
 * Side-effect module: registers <client-wallet>. Import it once, anywhere:
 *   import 'clientela/define/client-wallet.js';
 */
import { ClientWallet } from '../elements/client-wallet/client-wallet.js';
import { defineElement } from './define.js';

defineElement('client-wallet', ClientWallet);

export { ClientWallet };

declare global {
  interface HTMLElementTagNameMap {
    'client-wallet': ClientWallet;
  }
}
