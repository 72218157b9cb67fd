/*
 * The rating summary of a client's reviews: the average, the count, and the distribution by stars —
 * each row as text ("5 stars: 12 (48%)") with a bar beside it for the eye.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Review } from '../../model/review.js';

export interface RatingSummary {
  count: number;
  /** Mean rating, null without reviews. */
  average: number | null;
  /** Reviews per rating: index 0 is one star, index 4 five. */
  byStars: readonly number[];
}

export function summarize(reviews: readonly Review[]): RatingSummary {
  const byStars = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const review of reviews) {
    byStars[review.rating - 1]!++;
    sum += review.rating;
  }
  return { count: reviews.length, average: reviews.length ? sum / reviews.length : null, byStars };
}

/** "4.3", with the locale's decimal separator. */
export function formatAverage(average: number, localize: LocalizeController): string {
  return localize.number(average, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

export function renderRatingSummary(summary: RatingSummary, localize: LocalizeController): TemplateResult {
  const r = localize.t.visits.reviews;
  const max = Math.max(1, ...summary.byStars);
  return html`<div class="summary" part="summary">
    <dl class="figures">
      <div class="figure average">
        <dt>${r.average}</dt>
        <dd>${summary.average === null ? '—' : r.outOfFive(formatAverage(summary.average, localize))}</dd>
      </div>
      <div class="figure count">
        <dt>${r.title}</dt>
        <dd>${localize.plural(summary.count, r.count)}</dd>
      </div>
    </dl>
    <figure class="distribution" part="distribution">
      <figcaption>${r.distribution}</figcaption>
      <ul>
        ${[5, 4, 3, 2, 1].map((stars) => {
          const count = summary.byStars[stars - 1] ?? 0;
          const percent = localize.percent(summary.count ? count / summary.count : 0, { maximumFractionDigits: 0 });
          return html`<li data-stars=${stars}>
            <span class="row-text">${r.distributionRow(stars, localize.number(count), percent)}</span>
            <svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="track" x="0" y="0" width="100" height="8" rx="2"></rect>
              <rect class="fill" x="0" y="0" width=${(count / max) * 100} height="8" rx="2"></rect>
            </svg>
          </li>`;
        })}
      </ul>
    </figure>
  </div>`;
}
