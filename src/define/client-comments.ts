/*
 * Side-effect module: registers <client-comments>. Import it once, anywhere:
 *   import 'clientela/define/client-comments.js';
 */
import { ClientComments } from '../elements/client-comments/client-comments.js';
import { defineElement } from './define.js';

defineElement('client-comments', ClientComments);

export { ClientComments };

declare global {
  interface HTMLElementTagNameMap {
    'client-comments': ClientComments;
  }
}
