/*
 * Side-effect module: registers <client-files>. Import it once, anywhere:
 *   import 'clientela/define/client-files.js';
 */
import { ClientFiles } from '../elements/client-files/client-files.js';
import { defineElement } from './define.js';

defineElement('client-files', ClientFiles);

export { ClientFiles };

declare global {
  interface HTMLElementTagNameMap {
    'client-files': ClientFiles;
  }
}
