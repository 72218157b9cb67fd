import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { visitStrings } from '../../i18n/groups/visits.js';
import type { StringsSource } from '../../i18n/strings.js';
import type { Procedure } from '../../model/appointment.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { commerceTabStyles } from '../commerce/commerce-styles.js';
import { blockedState, renderLoadError } from '../commerce/tab-states.js';
import { renderDateField } from '../shared/date-field.js';
import { renderState } from '../shared/state-view.js';
import { allPages } from '../visits/all-pages.js';
import { filterProcedures, NO_FILTER, rangeInverted, servicesOf } from './procedure-filter.js';
import type { ProcedureFilter } from './procedure-filter.js';

/**
 * The procedures performed on the client, newest first: date, service, who performed it, center,
 * details, products used (with their batches, for traceability) and notes; filtered by service and
 * by a date range typed in the provider's order (`<client-date-field>`). Needs the `clients.view`
 * permission.
 *
 * @tagname client-procedures
 * @summary Procedures: chronological history with service, performer, center, products and notes; filter by service and date.
 *
 * @cssprop --client-color-surface - Background of the cards.
 * @cssprop --client-color-border - Borders.
 * @cssprop --client-color-accent - Links and buttons.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart filters - The service and date filters.
 * @csspart procedure - One procedure.
 * @csspart button - A button.
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`, `state-forbidden`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientProcedures extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, visitStrings];

  static override styles = [
    ...commerceTabStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space) calc(var(--_space) * 1.5);
        align-items: end;
        margin: 0 0 calc(var(--_space) * 1.5);
      }
      .filters .field {
        display: grid;
        gap: 4px;
        margin: 0;
      }
      .filters select {
        width: auto;
      }
      .procedures {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .procedure {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg);
        padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
        margin-bottom: var(--_space);
      }
      .procedure h4 {
        margin: 0;
        font-size: var(--_font-size);
      }
      .procedure dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 2px calc(var(--_space) * 1.5);
        margin: var(--_space) 0 0;
        font-size: var(--_font-size-small);
      }
      .procedure dt {
        color: var(--_fg-muted);
      }
      .procedure dd {
        margin: 0;
        white-space: pre-line;
      }
      .procedure ul {
        margin: 0;
        padding-inline-start: 1.1em;
      }
      .count {
        color: var(--_fg-muted);
        font-size: var(--_font-size-small);
        margin: 0 0 var(--_space);
      }
    `,
  ];

  /** The service and date filters. @internal */
  @state() private filter: ProcedureFilter = NO_FILTER;

  private readonly data = new ResourceController(this, {
    args: () => {
      const procedures = this.adapter?.procedures;
      return procedures && this.clientId && this.can('clients.view') ? ([procedures, this.clientId] as const) : undefined;
    },
    load: ([procedures, clientId], { signal }) => allPages((query) => procedures.list(clientId, query, { signal })),
  });

  /** Every procedure of the client, once loaded. */
  get procedures(): readonly Procedure[] {
    return this.data.value ?? [];
  }

  private setFilter(change: Partial<ProcedureFilter>): void {
    this.filter = { ...this.filter, ...change };
  }

  override render() {
    const { t } = this.localize;
    const p = t.visits.procedures;
    const blocked = blockedState(
      { adapter: this.adapter, available: !!this.adapter?.procedures, unavailableTitle: p.unavailable, clientId: this.clientId, allowed: this.can('clients.view'), permissionsPending: this.permissionsPending },
      t,
    );
    if (blocked) return blocked;
    return html`<div class="header"><h3 tabindex="-1">${p.title}</h3></div>
      ${this.data.render({
        loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 4, label: p.loading }, t),
        error: (error) => renderLoadError(error, () => void this.data.reload(), t),
        ready: (procedures) => (procedures.length ? this.renderHistory(procedures) : renderState({ kind: 'empty', title: p.emptyTitle, message: p.emptyMessage }, t)),
      })}`;
  }

  private renderHistory(procedures: readonly Procedure[]): TemplateResult {
    const { t } = this.localize;
    const p = t.visits.procedures;
    const shown = filterProcedures(procedures, this.filter, this.localize.timeZone);
    const inverted = rangeInverted(this.filter);
    const filtered = this.filter.serviceId || this.filter.from || this.filter.to;
    return html`<div class="filters" part="filters" role="group" aria-label=${p.filters}>
        <div class="field">
          <label for="procedure-service">${p.service}</label>
          <select id="procedure-service" @change=${(event: Event) => this.setFilter({ serviceId: (event.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!this.filter.serviceId}>${p.allServices}</option>
            ${servicesOf(procedures).map((service) => html`<option value=${service.id} ?selected=${service.id === this.filter.serviceId}>${service.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="procedure-from">${p.from}</label>
          ${renderDateField({ id: 'procedure-from', value: this.filter.from, localize: this.localize, invalid: inverted, describedBy: inverted ? 'procedure-range-error' : undefined, onChange: (from) => this.setFilter({ from }) })}
        </div>
        <div class="field">
          <label for="procedure-to">${p.to}</label>
          ${renderDateField({ id: 'procedure-to', value: this.filter.to, localize: this.localize, invalid: inverted, describedBy: inverted ? 'procedure-range-error' : undefined, onChange: (to) => this.setFilter({ to }) })}
        </div>
        ${filtered ? html`<button type="button" class="button small clear" part="button" @click=${() => (this.filter = NO_FILTER)}>${p.clearFilters}</button>` : nothing}
      </div>
      ${inverted ? html`<p class="message error" id="procedure-range-error" role="alert">${p.invertedRange}</p>` : nothing}
      <p class="count" role="status">${p.shown(this.localize.number(shown.length), this.localize.number(procedures.length))}</p>
      ${shown.length
        ? html`<ul class="procedures" aria-label=${p.title}>
            ${shown.map((procedure) => this.renderProcedure(procedure))}
          </ul>`
        : renderState({ kind: 'empty', title: p.noMatchTitle, message: p.noMatchMessage }, t)}`;
  }

  private renderProcedure(procedure: Procedure): TemplateResult {
    const localize = this.localize;
    const p = localize.t.visits.procedures;
    return html`<li class="procedure" part="procedure" data-id=${procedure.id}>
      <h4>${procedure.service.name}</h4>
      <time datetime=${procedure.performedAt}>${localize.dateTime(procedure.performedAt)}</time>
      <dl>
        <dt>${p.performer}</dt>
        <dd>${procedure.staff.name}</dd>
        <dt>${p.center}</dt>
        <dd>${procedure.center.name}</dd>
        ${procedure.details ? html`<dt>${p.details}</dt><dd class="details">${procedure.details}</dd>` : nothing}
        ${procedure.products.length
          ? html`<dt>${p.products}</dt>
              <dd>
                <ul class="products">
                  ${procedure.products.map((product) => html`<li>${product.name}${product.batch ? ` (${p.batch(product.batch)})` : ''}</li>`)}
                </ul>
              </dd>`
          : nothing}
        ${procedure.notes ? html`<dt>${p.notes}</dt><dd class="notes">${procedure.notes}</dd>` : nothing}
      </dl>
    </li>`;
  }
}
