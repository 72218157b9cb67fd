/*
 * Side-effect module: registers <client-notes>. Import it once, anywhere:
 *   import 'clientela/define/client-notes.js';
 */
import { ClientNotes } from '../elements/client-notes/client-notes.js';
import { defineElement } from './define.js';

defineElement('client-notes', ClientNotes);

export { ClientNotes };

declare global {
  interface HTMLElementTagNameMap {
    'client-notes': ClientNotes;
  }
}
