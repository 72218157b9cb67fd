/*
 * Side-effect module: registers <client-gift-cards>. Import it once, anywhere:
 *   import 'clientela/define/client-gift-cards.js';
 */
import { ClientGiftCards } from '../elements/client-gift-cards/client-gift-cards.js';
import { defineElement } from './define.js';

defineElement('client-gift-cards', ClientGiftCards);

export { ClientGiftCards };

declare global {
  interface HTMLElementTagNameMap {
    'client-gift-cards': ClientGiftCards;
  }
}
