/*
 * Side-effect module: registers <client-memberships>. Import it once, anywhere:
 *   import 'clientela/define/client-memberships.js';
 */
import { ClientMemberships } from '../elements/client-memberships/client-memberships.js';
import { defineElement } from './define.js';

defineElement('client-memberships', ClientMemberships);

export { ClientMemberships };

declare global {
  interface HTMLElementTagNameMap {
    'client-memberships': ClientMemberships;
  }
}
