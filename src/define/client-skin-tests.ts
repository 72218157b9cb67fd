/*
 * Side-effect module: registers <client-skin-tests>. Import it once, anywhere:
 *   import 'clientela/define/client-skin-tests.js';
 */
import { ClientSkinTests } from '../elements/client-skin-tests/client-skin-tests.js';
import { defineElement } from './define.js';

defineElement('client-skin-tests', ClientSkinTests);

export { ClientSkinTests };

declare global {
  interface HTMLElementTagNameMap {
    'client-skin-tests': ClientSkinTests;
  }
}
