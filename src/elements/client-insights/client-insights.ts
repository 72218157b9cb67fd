import { css, html, nothing } from 'lit';
import { fileStrings } from '../../i18n/groups/file.js';
import { tabStrings } from '../../i18n/groups/tabs.js';
import type { StringsSource } from '../../i18n/strings.js';
import type { TemplateResult } from 'lit';
import { styleProps } from '../shared/style-props.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import type { ClientInsights as Insights } from '../../model/insights.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { isNotFound, renderState, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';

const DAY = 86_400_000;

/** Whole days from `now` until a calendar date (YYYY-MM-DD), in UTC calendar days. */
export function daysUntil(date: string, now: number = Date.now()): number {
  const today = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - today) / DAY);
}

/**
 * Loyalty figures about the client, computed by the adapter's `insights.get` (so a host backend
 * provides its own): favourite services, visit frequency, client since and next anniversary, a
 * lapsed flag for a frequent client away for more than twice their usual interval, no-shows and
 * late cancellations, show rate, lifetime spend, average ticket and amount due.
 *
 * @tagname client-insights
 * @summary Insights: favourite services, visit frequency, anniversary, lapsed flag, reliability, spend.
 *
 * @cssprop --client-color-surface - Background of the cards.
 * @cssprop --client-color-border - Card borders.
 * @cssprop --client-color-text-muted - Labels.
 * @cssprop --client-color-warning - The lapsed flag.
 * @cssprop --client-color-accent - Bars of the favourite services.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart card - One figure card.
 * @csspart lapsed - The lapsed-client flag.
 * @csspart favourites - The list of favourite services.
 * @csspart state - A loading, error or not-found state (also `state-loading`, `state-error`, `state-not-found`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientInsightsElement extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, tabStrings];

  static override styles = [
    tokens,
    stateStyles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      h3 {
        margin: 0 0 calc(var(--_space) * 1.5);
        font-size: var(--_font-size-large);
      }
      .lapsed {
        display: flex;
        gap: var(--_space);
        align-items: flex-start;
        padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
        margin-bottom: calc(var(--_space) * 1.5);
        border-radius: var(--_radius);
        background: var(--_warning-subtle);
        border: 1px solid color-mix(in srgb, var(--_warning) 50%, transparent);
      }
      .lapsed p {
        margin: 0;
      }
      .lapsed strong {
        display: block;
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
        gap: calc(var(--_space) * 1.5);
        margin: 0;
      }
      .card {
        display: grid;
        gap: 4px;
        align-content: start;
        padding: calc(var(--_space) * 1.5 * var(--_density)) calc(var(--_space) * 2);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
      }
      .card.wide {
        grid-column: 1 / -1;
      }
      .card dt {
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
      .card dd {
        margin: 0;
      }
      .figure {
        font-size: 1.375rem;
        font-weight: 650;
        line-height: 1.2;
      }
      .sub {
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
      }
      .favourites {
        list-style: none;
        margin: 4px 0 0;
        padding: 0;
        display: grid;
        gap: 6px;
      }
      .favourites li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 2px var(--_space);
      }
      .bar {
        grid-column: 1 / -1;
        height: 6px;
        border-radius: 999px;
        background: var(--_bg-subtle);
        overflow: hidden;
      }
      .bar span {
        display: block;
        height: 100%;
        background: var(--_accent);
        border-radius: inherit;
      }
    `,
  ];

  private readonly insights = new ResourceController(this, {
    args: () => (this.adapter?.insights && this.clientId ? ([this.adapter, this.clientId] as const) : undefined),
    load: ([adapter, id], { signal }) => adapter.insights!.get(id, { signal }),
  });

  /** The figures, once loaded. */
  get value(): Insights | undefined {
    return this.insights.value;
  }

  override render() {
    const { t } = this.localize;
    const i = t.tabs.insights;
    if (!this.adapter) return renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t);
    if (!this.adapter.insights) return renderState({ kind: 'empty', title: i.unavailable }, t);
    if (!this.clientId) return renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t);
    return this.insights.render({
      loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 4, label: i.loading }, t),
      error: (error) =>
        isNotFound(error) ? renderState({ kind: 'not-found' }, t) : renderState({ kind: 'error', error, retry: () => void this.insights.reload() }, t),
      ready: (insights) => this.renderInsights(insights),
    });
  }

  private renderInsights(insights: Insights): TemplateResult {
    const { t } = this.localize;
    const i = t.tabs.insights;
    const localize = this.localize;
    const number = (value: number, digits = 1) => localize.number(value, { maximumFractionDigits: digits });
    const anniversaryIn = daysUntil(insights.nextAnniversary);
    const top = insights.favouriteServices[0]?.count ?? 0;
    if (insights.visitCount === 0 && insights.noShowCount === 0 && insights.lateCancellationCount === 0) {
      return html`<h3>${i.title}</h3>
        ${renderState({ kind: 'empty', title: i.noVisitsTitle, message: i.noVisitsMessage(localize.date(insights.clientSince)) }, t)}`;
    }
    return html`<h3>${i.title}</h3>
      ${insights.lapsed
        ? html`<div class="lapsed" part="lapsed" role="note">
            <span aria-hidden="true">⚠</span>
            <p>
              <strong>${i.lapsedTitle}</strong>
              ${i.lapsedMessage(
                localize.plural(insights.daysSinceLastVisit ?? 0, i.days),
                localize.plural(Math.round(insights.averageVisitIntervalDays ?? 0), i.days),
              )}
            </p>
          </div>`
        : nothing}
      <dl class="cards">
        <div class="card wide" part="card">
          <dt>${i.favourites}</dt>
          <dd>
            ${insights.favouriteServices.length
              ? html`<ol class="favourites" part="favourites">
                  ${insights.favouriteServices.map(
                    (service) => html`<li>
                      <span>${service.name}</span>
                      <span class="sub">${localize.plural(service.count, i.visits)}</span>
                      <span class="bar" aria-hidden="true"><span style=${styleProps({ width: `${Math.round((service.count / (top || 1)) * 100)}%` })}></span></span>
                    </li>`,
                  )}
                </ol>`
              : t.common.empty}
          </dd>
        </div>
        <div class="card" part="card">
          <dt>${i.frequency}</dt>
          <dd class="figure">
            ${insights.averageVisitIntervalDays === null ? t.common.empty : i.every(localize.plural(Math.round(insights.averageVisitIntervalDays), i.days))}
          </dd>
          <dd class="sub">${i.perMonth(number(insights.visitsPerMonth))} · ${localize.plural(insights.visitCount, i.visits)}</dd>
        </div>
        <div class="card" part="card">
          <dt>${i.lastVisit}</dt>
          <dd class="figure">${insights.lastVisitAt ? localize.relativeTime(insights.lastVisitAt) : t.common.empty}</dd>
          <dd class="sub">${insights.lastVisitAt ? localize.date(insights.lastVisitAt) : i.never}</dd>
        </div>
        <div class="card" part="card">
          <dt>${i.clientSince}</dt>
          <dd class="figure">${localize.date(insights.clientSince)}</dd>
          <dd class="sub">
            ${anniversaryIn === 0 ? i.anniversaryToday : i.anniversary(localize.date(insights.nextAnniversary), localize.plural(anniversaryIn, i.days))}
          </dd>
        </div>
        <div class="card" part="card">
          <dt>${i.reliability}</dt>
          <dd class="figure">${insights.showRate === null ? t.common.empty : localize.percent(insights.showRate, { maximumFractionDigits: 0 })}</dd>
          <dd class="sub">${i.showRate}</dd>
          <dd class="sub">${localize.plural(insights.noShowCount, i.noShows)} · ${localize.plural(insights.lateCancellationCount, i.lateCancellations)}</dd>
        </div>
        <div class="card" part="card">
          <dt>${i.lifetimeSpend}</dt>
          <dd class="figure">${localize.money(insights.lifetimeSpend)}</dd>
          <dd class="sub">${insights.averageTicket ? i.averageTicket(localize.money(insights.averageTicket)) : nothing}</dd>
        </div>
        <div class="card" part="card">
          <dt>${i.amountDue}</dt>
          <dd class="figure">${localize.money(insights.amountDue)}</dd>
        </div>
      </dl>`;
  }
}
