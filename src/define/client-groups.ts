/*
 * Side-effect module: registers <client-groups>. Import it once, anywhere:
 *   import 'clientela/define/client-groups.js';
 */
import { ClientGroups } from '../elements/client-groups/client-groups.js';
import { defineElement } from './define.js';

defineElement('client-groups', ClientGroups);

export { ClientGroups };

declare global {
  interface HTMLElementTagNameMap {
    'client-groups': ClientGroups;
  }
}
