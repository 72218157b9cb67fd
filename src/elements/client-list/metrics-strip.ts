/*
 * The quick metrics of the clients matching the current search and filter: total clients, total
 * reviews, average rating, total sales. A description list; figures formatted for the locale.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ClientMetrics } from '../../model/query.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';

export function renderMetricsStrip(options: {
  metrics: ClientMetrics | undefined;
  loading: boolean;
  failed: boolean;
  localize: LocalizeController;
  onRetry: () => void;
}): TemplateResult {
  const { metrics, localize } = options;
  const t = localize.t;
  const strings = t.list.metrics;
  const value = (text: string | undefined) =>
    text !== undefined ? text : options.failed ? t.common.empty : html`<span class="skeleton skeleton-figure"></span>`;
  const rating =
    metrics === undefined
      ? undefined
      : metrics.averageRating === null
        ? strings.noRating
        : strings.ratingValue(localize.number(metrics.averageRating, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  return html`<section class="metrics ${options.loading ? 'updating' : ''}" part="metrics" aria-label=${strings.label} aria-busy=${options.loading ? 'true' : 'false'}>
    <dl>
      <div class="metric"><dt>${strings.totalClients}</dt><dd>${value(metrics && localize.number(metrics.totalClients))}</dd></div>
      <div class="metric"><dt>${strings.totalReviews}</dt><dd>${value(metrics && localize.number(metrics.totalReviews))}</dd></div>
      <div class="metric"><dt>${strings.averageRating}</dt><dd>${value(rating)}</dd></div>
      <div class="metric"><dt>${strings.totalSales}</dt><dd>${value(metrics && localize.money(metrics.totalSales))}</dd></div>
    </dl>
    ${options.failed
      ? html`<p class="metrics-error" role="alert">
          ${t.errors.title}
          <button type="button" class="link-button" @click=${options.onRetry}>${t.common.retry}</button>
        </p>`
      : nothing}
  </section>`;
}
