/*
 * Side-effect module: registers <client-insights>. Import it once, anywhere:
 *   import 'clientela/define/client-insights.js';
 */
import { ClientInsightsElement } from '../elements/client-insights/client-insights.js';
import { defineElement } from './define.js';

defineElement('client-insights', ClientInsightsElement);

export { ClientInsightsElement };

declare global {
  interface HTMLElementTagNameMap {
    'client-insights': ClientInsightsElement;
  }
}
