/*
 * Side-effect module: registers <client-forms>. Import it once, anywhere:
 *   import 'clientela/define/client-forms.js';
 */
import { ClientForms } from '../elements/client-forms/client-forms.js';
import { defineElement } from './define.js';

defineElement('client-forms', ClientForms);

export { ClientForms };

declare global {
  interface HTMLElementTagNameMap {
    'client-forms': ClientForms;
  }
}
