/* The row under a paged table: "Showing 20 of 134", the "Show more" button, and a failed page's error. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { errorMessage } from '../shared/state-view.js';

export function renderMoreRow(
  shown: number,
  total: number,
  state: { loading: boolean; error: unknown },
  localize: LocalizeController,
  onMore: () => void,
): TemplateResult {
  const { t } = localize;
  return html`<div class="more-row">
    <span>${t.commerce.showing(localize.number(shown), localize.number(total))}</span>
    ${shown < total
      ? html`<button type="button" class="button small show-more" part="button" aria-busy=${state.loading ? 'true' : 'false'} ?disabled=${state.loading} @click=${onMore}>
          ${state.loading ? t.common.loading : t.commerce.showMore}
        </button>`
      : nothing}
    ${state.error !== undefined ? html`<span class="message error" role="alert">${errorMessage(state.error, t)}</span>` : nothing}
  </div>`;
}
