import { Task } from '@lit/task';
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { isAdapterError } from '../src/adapter/adapter-error.js';
import { CLIENT_COLLECTIONS } from '../src/adapter/contract.js';
import type { ClientCollectionName, ClientDataAdapter, ReadCollection } from '../src/adapter/contract.js';
import { defineElement } from '../src/define/define.js';
import { ClientelaElement } from '../src/elements/clientela-element.js';
import { demoStrings } from '../src/i18n/groups/demo.js';
import { clientDisplayName } from '../src/model/client.js';
import type { ClientMetrics, ClientSummary } from '../src/model/index.js';

interface Overview {
  metrics: ClientMetrics;
  groupCount: number | undefined;
  tagCount: number | undefined;
  clients: ClientSummary[];
  /** Records of the first client, per collection the adapter offers. */
  collections: [ClientCollectionName, number][];
}

const RECENT = 10;

async function loadOverview(adapter: ClientDataAdapter, signal: AbortSignal): Promise<Overview> {
  const [page, metrics, groups, tags] = await Promise.all([
    adapter.clients.list({ limit: RECENT }, { signal }),
    adapter.clients.metrics({}, { signal }),
    adapter.groups?.list({ signal }),
    adapter.tags?.list({ signal }),
  ]);
  const first = page.items[0];
  const collections = first
    ? await Promise.all(
        CLIENT_COLLECTIONS.filter((name) => adapter[name] !== undefined).map(async (name) => {
          const collection = adapter[name] as ReadCollection<unknown, unknown>;
          const result = await collection.list(first.id, { limit: 1 }, { signal });
          return [name, result.total] as [ClientCollectionName, number];
        }),
      )
    : [];
  return { metrics, groupCount: groups?.length, tagCount: tags?.length, clients: page.items, collections };
}

/**
 * Demo only: a read-only overview of what the provided adapter holds (counts, metrics, the first
 * clients), in the provider's locale. Not part of the library.
 */
export class DemoOverview extends ClientelaElement {
  static override strings = [demoStrings];

  static override styles = css`
    :host {
      display: block;
      color: var(--client-color-text, light-dark(#1f2328, #e6edf3));
      font: var(--client-font, 0.95rem/1.5 system-ui, sans-serif);
    }
    h2,
    h3 {
      margin: 0 0 0.5rem;
      font-size: 1.1rem;
    }
    section {
      margin-block-end: 1.5rem;
    }
    dl {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0.75rem;
      margin: 0;
    }
    dl > div {
      padding: 0.75rem 1rem;
      border-radius: var(--client-radius, 0.5rem);
      background: var(--client-color-surface, light-dark(#f6f8fa, #161b22));
      border: 1px solid var(--client-color-border, light-dark(#d0d7de, #30363d));
    }
    dt {
      font-size: 0.8rem;
      color: var(--client-color-text-muted, light-dark(#57606a, #9da7b3));
    }
    dd {
      margin: 0;
      font-size: 1.2rem;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    dl.small dd {
      font-size: 1rem;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 0.5rem;
    }
    th,
    td {
      text-align: start;
      font-weight: normal;
      padding: 0.4rem 0.6rem;
      border-block-end: 1px solid var(--client-color-border, light-dark(#d0d7de, #30363d));
    }
    thead th {
      font-size: 0.8rem;
      color: var(--client-color-text-muted, light-dark(#57606a, #9da7b3));
      font-weight: 600;
    }
    .number {
      text-align: end;
    }
    .state {
      padding: 1rem;
      border-radius: var(--client-radius, 0.5rem);
      background: var(--client-color-surface, light-dark(#f6f8fa, #161b22));
    }
    .error {
      border: 1px solid var(--client-color-danger, light-dark(#cf222e, #f85149));
    }
    .skeleton {
      display: block;
      height: 4.5rem;
      border-radius: var(--client-radius, 0.5rem);
      background: linear-gradient(
        90deg,
        light-dark(#eaeef2, #21262d) 25%,
        light-dark(#f6f8fa, #30363d) 50%,
        light-dark(#eaeef2, #21262d) 75%
      );
      background-size: 200% 100%;
      animation: shimmer 1.2s linear infinite;
    }
    @keyframes shimmer {
      to {
        background-position: -200% 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton {
        animation: none;
      }
    }
    button {
      font: inherit;
      margin-block-start: 0.5rem;
      padding: 0.35rem 0.9rem;
      border-radius: var(--client-radius, 0.5rem);
      border: 1px solid currentColor;
      background: transparent;
      color: inherit;
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--client-color-focus, light-dark(#0969da, #58a6ff));
      outline-offset: 2px;
    }
  `;

  private readonly overview = new Task(this, {
    task: async ([adapter], { signal }) => (adapter ? loadOverview(adapter, signal) : undefined),
    args: () => [this.adapter] as const,
  });

  override render() {
    const { t } = this.localize;
    if (!this.adapter) return html`<p class="state" role="status">${t.provider.noAdapter}</p>`;
    return this.overview.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (error) => this.renderError(error),
      complete: (overview) => (overview ? this.renderOverview(overview) : nothing),
    });
  }

  private renderLoading(): TemplateResult {
    return html`<div role="status" aria-live="polite">
      <span class="skeleton" aria-hidden="true"></span>
      <p>${this.localize.t.common.loading}</p>
    </div>`;
  }

  private renderError(error: unknown): TemplateResult {
    const { t } = this.localize;
    let message = t.errors.unexpected;
    let detail: string | undefined;
    if (isAdapterError(error)) {
      message = t.errors.byKind[error.kind];
      const issue = error.issues[0];
      if (error.kind === 'invalid-response' && issue) {
        detail = t.errors.invalidResponse(error.resource ?? '?', issue.path.join('.') || '—');
      }
    }
    return html`<div class="state error" role="alert">
      <strong>${t.errors.title}</strong>
      <p>${message}</p>
      ${detail ? html`<p><small>${detail}</small></p>` : nothing}
      <button type="button" @click=${() => this.overview.run()}>${t.common.retry}</button>
    </div>`;
  }

  private renderOverview(overview: Overview): TemplateResult {
    const { t } = this.localize;
    const { metrics } = overview;
    const first = overview.clients[0];
    const rating =
      metrics.averageRating === null
        ? t.demo.noRating
        : t.demo.ratingValue(this.localize.number(metrics.averageRating, { maximumFractionDigits: 1 }));
    return html`
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">${t.demo.overviewHeading}</h2>
        <dl>
          ${this.stat(t.demo.totalClients, this.localize.number(metrics.totalClients))}
          ${overview.groupCount === undefined ? nothing : this.stat(t.demo.groups, this.localize.number(overview.groupCount))}
          ${overview.tagCount === undefined ? nothing : this.stat(t.demo.tags, this.localize.number(overview.tagCount))}
          ${this.stat(t.demo.totalReviews, this.localize.number(metrics.totalReviews))}
          ${this.stat(t.demo.averageRating, rating)}
          ${this.stat(t.demo.totalSales, this.localize.money(metrics.totalSales))}
        </dl>
      </section>
      ${first
        ? html`<section aria-labelledby="first-heading">
              <h3 id="first-heading">${t.demo.firstClientHeading(clientDisplayName(first))}</h3>
              <dl class="small">
                ${overview.collections.map(([name, total]) =>
                  this.stat(t.resources[name], this.localize.plural(total, t.demo.records)),
                )}
              </dl>
            </section>
            <section>${this.renderTable(overview.clients)}</section>`
        : html`<p class="state">${t.demo.noClients}</p>`}
    `;
  }

  private stat(label: string, value: string): TemplateResult {
    return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  }

  private renderTable(clients: ClientSummary[]): TemplateResult {
    const { t } = this.localize;
    return html`<table>
      <caption>
        ${this.localize.plural(clients.length, t.demo.recentCaption)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.demo.columnName}</th>
          <th scope="col">${t.demo.columnPhone}</th>
          <th scope="col">${t.demo.columnEmail}</th>
          <th scope="col" class="number">${t.demo.columnSales}</th>
          <th scope="col">${t.demo.columnUpdated}</th>
        </tr>
      </thead>
      <tbody>
        ${clients.map(
          (client) => html`<tr>
            <th scope="row">${clientDisplayName(client)}</th>
            <td>${client.phone ?? t.common.empty}</td>
            <td>${client.email ?? t.common.empty}</td>
            <td class="number">${this.localize.money(client.stats.totalSales)}</td>
            <td>
              <time datetime=${client.updatedAt} title=${this.localize.dateTime(client.updatedAt)}
                >${this.localize.relativeTime(client.updatedAt)}</time
              >
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

/**
 * Registers <demo-overview>. A function rather than a module side effect: package.json's
 * `sideEffects` lists only src/define/*, so bundlers (Storybook's build included) drop side-effect
 * imports of any other module.
 */
export function defineDemoOverview(): void {
  defineElement('demo-overview', DemoOverview);
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-overview': DemoOverview;
  }
}
