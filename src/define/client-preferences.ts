/*
 * Side-effect module: registers <client-preferences>. Import it once, anywhere:
 *   import 'clientela/define/client-preferences.js';
 */
import { ClientPreferences } from '../elements/client-preferences/client-preferences.js';
import { defineElement } from './define.js';

defineElement('client-preferences', ClientPreferences);

export { ClientPreferences };

declare global {
  interface HTMLElementTagNameMap {
    'client-preferences': ClientPreferences;
  }
}
