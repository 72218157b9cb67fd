/*
 * Side-effect module: registers <client-disliked-services>. Import it once, anywhere:
 *   import 'clientela/define/client-disliked-services.js';
 */
import { ClientDislikedServices } from '../elements/client-disliked-services/client-disliked-services.js';
import { defineElement } from './define.js';

defineElement('client-disliked-services', ClientDislikedServices);

export { ClientDislikedServices };

declare global {
  interface HTMLElementTagNameMap {
    'client-disliked-services': ClientDislikedServices;
  }
}
