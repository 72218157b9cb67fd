/*
 * Side-effect module: registers <client-file>. Import it once, anywhere:
 *   import 'clientela/define/client-file.js';
 */
import { ClientFileElement } from '../elements/client-file/client-file.js';
import { defineElement } from './define.js';

defineElement('client-file', ClientFileElement);

export { ClientFileElement };

declare global {
  interface HTMLElementTagNameMap {
    'client-file': ClientFileElement;
  }
}
