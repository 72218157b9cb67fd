/*
 * Side-effect module: registers <client-allergies>. Import it once, anywhere:
 *   import 'clientela/define/client-allergies.js';
 */
import { ClientAllergies } from '../elements/client-allergies/client-allergies.js';
import { defineElement } from './define.js';

defineElement('client-allergies', ClientAllergies);

export { ClientAllergies };

declare global {
  interface HTMLElementTagNameMap {
    'client-allergies': ClientAllergies;
  }
}
