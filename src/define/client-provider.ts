/*
 * Side-effect module: registers <client-provider>. Import it once, anywhere:
 *   import 'clientela/define/client-provider.js';
 */
import { ClientProvider } from '../context/client-provider.js';
import { defineElement } from './define.js';

defineElement('client-provider', ClientProvider);

export { ClientProvider };

declare global {
  interface HTMLElementTagNameMap {
    'client-provider': ClientProvider;
  }
}
