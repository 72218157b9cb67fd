/*
 * Side-effect module: registers <client-profile>. Import it once, anywhere:
 *   import 'clientela/define/client-profile.js';
 */
import { ClientProfile } from '../elements/client-profile/client-profile.js';
import { defineElement } from './define.js';

defineElement('client-profile', ClientProfile);

export { ClientProfile };

declare global {
  interface HTMLElementTagNameMap {
    'client-profile': ClientProfile;
  }
}
