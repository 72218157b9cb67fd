/*
 * Side-effect module: registers <client-quotes>. Import it once, anywhere:
 *   import 'clientela/define/client-quotes.js';
 */
import { ClientQuotes } from '../elements/client-quotes/client-quotes.js';
import { defineElement } from './define.js';

defineElement('client-quotes', ClientQuotes);

export { ClientQuotes };

declare global {
  interface HTMLElementTagNameMap {
    'client-quotes': ClientQuotes;
  }
}
