/*
 * Side-effect module: registers <client-alerts>. Import it once, anywhere:
 *   import 'clientela/define/client-alerts.js';
 */
import { ClientAlerts } from '../elements/client-alerts/client-alerts.js';
import { defineElement } from './define.js';

defineElement('client-alerts', ClientAlerts);

export { ClientAlerts };

declare global {
  interface HTMLElementTagNameMap {
    'client-alerts': ClientAlerts;
  }
}
