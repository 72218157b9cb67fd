/*
 * Side-effect module: registers <client-list>. Import it once, anywhere:
 *   import 'clientela/define/client-list.js';
 */
import { ClientList } from '../elements/client-list/client-list.js';
import { defineElement } from './define.js';

defineElement('client-list', ClientList);

export { ClientList };

declare global {
  interface HTMLElementTagNameMap {
    'client-list': ClientList;
  }
}
