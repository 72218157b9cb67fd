/*
 * Side-effect module: registers <client-appointments>. Import it once, anywhere:
 *   import 'clientela/define/client-appointments.js';
 */
import { ClientAppointments } from '../elements/client-appointments/client-appointments.js';
import { defineElement } from './define.js';

defineElement('client-appointments', ClientAppointments);

export { ClientAppointments };

declare global {
  interface HTMLElementTagNameMap {
    'client-appointments': ClientAppointments;
  }
}
