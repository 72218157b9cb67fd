/*
 * Side-effect module: registers <client-reviews>. Import it once, anywhere:
 *   import 'clientela/define/client-reviews.js';
 */
import { ClientReviews } from '../elements/client-reviews/client-reviews.js';
import { defineElement } from './define.js';

defineElement('client-reviews', ClientReviews);

export { ClientReviews };

declare global {
  interface HTMLElementTagNameMap {
    'client-reviews': ClientReviews;
  }
}
