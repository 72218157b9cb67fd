/*
 * Side-effect module: registers <client-import>, the import wizard. Import it once, anywhere:
 *   import 'clientela/define/client-import.js';
 */
import { ClientImport } from '../elements/client-import/client-import.js';
import { defineElement } from './define.js';

defineElement('client-import', ClientImport);

export { ClientImport };

declare global {
  interface HTMLElementTagNameMap {
    'client-import': ClientImport;
  }
}
