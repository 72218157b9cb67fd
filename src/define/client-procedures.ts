/*
 * Side-effect module: registers <client-procedures>. Import it once, anywhere:
 *   import 'clientela/define/client-procedures.js';
 */
import { ClientProcedures } from '../elements/client-procedures/client-procedures.js';
import { defineElement } from './define.js';

defineElement('client-procedures', ClientProcedures);

export { ClientProcedures };

declare global {
  interface HTMLElementTagNameMap {
    'client-procedures': ClientProcedures;
  }
}
