import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ResourceController } from '../../controllers/resource-controller.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { visitStrings } from '../../i18n/groups/visits.js';
import type { StringsSource } from '../../i18n/strings.js';
import type { Review } from '../../model/review.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { commerceTabStyles } from '../commerce/commerce-styles.js';
import { blockedState, renderLoadError } from '../commerce/tab-states.js';
import { renderState } from '../shared/state-view.js';
import { allPages } from '../visits/all-pages.js';
import { renderRatingSummary, summarize } from './rating-summary.js';

/**
 * The reviews the client left: rating, comment, service, staff, source, date and the business's
 * reply, newest first; above them the average rating, the count and the distribution by stars (as
 * text, with bars beside it). The figures come from every review, so they agree with the client's
 * `stats.reviewCount` and `stats.averageRating` in the list. Needs the `clients.view` permission.
 *
 * @tagname client-reviews
 * @summary Reviews: rating and text, service and staff, date; the average and the distribution.
 *
 * @cssprop --client-color-surface - Background of the cards.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - The distribution's bars and the stars.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart summary - The average, the count and the distribution.
 * @csspart distribution - The distribution by stars.
 * @csspart review - One review.
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`, `state-forbidden`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientReviews extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, visitStrings];

  static override styles = [
    ...commerceTabStyles,
    css`
      .distribution {
        margin: 0 0 calc(var(--_space) * 2);
      }
      .distribution figcaption {
        font-weight: 600;
        margin-bottom: var(--_space);
      }
      .distribution ul,
      .reviews {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .distribution li {
        display: grid;
        grid-template-columns: minmax(9rem, max-content) minmax(4rem, 16rem);
        gap: var(--_space);
        align-items: center;
        font-size: var(--_font-size-small);
        font-variant-numeric: tabular-nums;
      }
      .bar {
        width: 100%;
        height: 0.5rem;
      }
      .bar .track {
        fill: var(--_bg-subtle);
      }
      .bar .fill {
        fill: var(--_accent);
      }
      .review {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
        margin-bottom: var(--_space);
      }
      .review-head {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: baseline;
        justify-content: space-between;
      }
      .stars {
        color: var(--_accent);
        letter-spacing: 2px;
      }
      .stars .off {
        color: var(--_fg-muted);
      }
      .meta {
        margin: 4px 0 0;
        font-size: var(--_font-size-small);
        color: var(--_fg-muted);
      }
      .comment {
        margin: var(--_space) 0 0;
        white-space: pre-line;
      }
      .reply {
        margin: var(--_space) 0 0;
        padding-inline-start: var(--_space);
        border-inline-start: 3px solid var(--_border);
      }
      .reply p {
        margin: 2px 0 0;
        white-space: pre-line;
      }
    `,
  ];

  private readonly data = new ResourceController(this, {
    args: () => {
      const reviews = this.adapter?.reviews;
      return reviews && this.clientId && this.can('clients.view') ? ([reviews, this.clientId] as const) : undefined;
    },
    load: ([reviews, clientId], { signal }) => allPages((query) => reviews.list(clientId, query, { signal })),
  });

  /** The reviews, once loaded. */
  get reviews(): readonly Review[] {
    return this.data.value ?? [];
  }

  override render() {
    const { t } = this.localize;
    const r = t.visits.reviews;
    const blocked = blockedState(
      { adapter: this.adapter, available: !!this.adapter?.reviews, unavailableTitle: r.unavailable, clientId: this.clientId, allowed: this.can('clients.view'), permissionsPending: this.permissionsPending },
      t,
    );
    if (blocked) return blocked;
    return html`<div class="header"><h3 tabindex="-1">${r.title}</h3></div>
      ${this.data.render({
      loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 4, label: r.loading }, t),
      error: (error) => renderLoadError(error, () => void this.data.reload(), t),
      ready: (reviews) =>
        reviews.length
          ? html`${renderRatingSummary(summarize(reviews), this.localize)}
              <ul class="reviews" aria-label=${r.title}>
                ${reviews.map((review) => this.renderReview(review))}
              </ul>`
          : renderState({ kind: 'empty', title: r.emptyTitle, message: r.emptyMessage }, t),
    })}`;
  }

  private renderReview(review: Review): TemplateResult {
    const localize = this.localize;
    const r = localize.t.visits.reviews;
    const meta = [review.service ? `${r.service}: ${review.service.name}` : r.noService, review.staff ? `${r.staff}: ${review.staff.name}` : '', `${r.source}: ${r.sources[review.source]}`].filter(Boolean);
    return html`<li class="review" part="review" data-id=${review.id} data-rating=${review.rating}>
      <div class="review-head">
        <span class="stars" role="img" aria-label=${r.rating(review.rating)}>${'★'.repeat(review.rating)}<span class="off">${'★'.repeat(5 - review.rating)}</span></span>
        <time datetime=${review.submittedAt}>${localize.date(review.submittedAt)}</time>
      </div>
      <p class="meta">${meta.join(' · ')}</p>
      <p class="comment">${review.comment || html`<span class="muted">${r.noComment}</span>`}</p>
      ${review.reply ? html`<div class="reply"><strong>${r.reply}</strong><p>${review.reply}</p></div>` : nothing}
    </li>`;
  }
}
