/*
 * The filter panel (every criterion of ClientFilter, combinable) and the saved filters: a render
 * function into the list's shadow root, loaded the first time the panel opens.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { CLIENT_STATUSES } from '../../model/client.js';
import type { ClientFilter } from '../../model/query.js';
import { currencyFractionDigits, minorToDecimalString } from '../../i18n/format.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { ref } from 'lit/directives/ref.js';
import { renderChip } from '../shared/chip.js';
import { renderDateField } from '../shared/date-field.js';
import { filterPanelStyles, fitPanel } from './filter-panel-layout.js';
import { FLAG_KEYS, cleanFilter, filterChips, monthNames, toggleValue } from './filters.js';
import type { ListLookups, SavedFilter } from './filters.js';

export interface FilterPanelContext {
  /** Prefix of ids inside the shadow root. */
  idPrefix: string;
  filter: ClientFilter;
  lookups: ListLookups;
  localize: LocalizeController;
  currency: string;
  saved: readonly SavedFilter[];
  savedName: string;
  /** Changes the filter from its current value (read when the event happens, not when rendered). */
  onUpdate: (change: (current: ClientFilter) => ClientFilter) => void;
  onSavedNameInput: (name: string) => void;
  onSave: () => void;
  onApplySaved: (saved: SavedFilter) => void;
  onRemoveSaved: (saved: SavedFilter) => void;
  /** Closes the panel (its "Done" button and Escape). */
  onClose?: () => void;
}

type ListKey = 'groupIds' | 'tagIds' | 'statuses' | 'origins' | 'centerIds';

function checkboxGroup(ctx: FilterPanelContext, key: ListKey, legend: string, options: { value: string; label: string; color?: string }[]) {
  if (!options.length) return nothing;
  const chosen = new Set((ctx.filter[key] as string[] | undefined) ?? []);
  return html`<fieldset class="filter-group">
    <legend>${legend}</legend>
    <div class="filter-options">
      ${options.map(
        (option) => html`<label class="check">
          <input
            type="checkbox"
            .checked=${chosen.has(option.value)}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              ctx.onUpdate((current) => toggleValue(current, key, option.value, on));
            }}
          />
          ${option.color ? renderChip({ label: option.label, color: option.color, variant: 'chip-plain' }) : option.label}
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function toMinor(value: string, currency: string): number | undefined {
  if (value.trim() === '') return undefined;
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number)) return undefined;
  return Math.round(number * 10 ** currencyFractionDigits(currency));
}

function toMajor(minor: number | undefined, currency: string): string {
  return minor === undefined ? '' : minorToDecimalString(minor, currencyFractionDigits(currency));
}

export function renderFilterPanel(ctx: FilterPanelContext): TemplateResult {
  const { localize, filter, lookups, idPrefix } = ctx;
  const t = localize.t;
  const strings = t.list.filters;
  const set = (patch: Partial<ClientFilter>) => ctx.onUpdate((current) => cleanFilter({ ...current, ...patch }));
  const months = monthNames(localize.tag);
  const digits = currencyFractionDigits(ctx.currency);
  const step = digits ? String(1 / 10 ** digits) : '1';
  const badVisit = Boolean(filter.lastVisitFrom && filter.lastVisitTo && filter.lastVisitFrom > filter.lastVisitTo);
  const badSales = filter.salesMinMinor !== undefined && filter.salesMaxMinor !== undefined && filter.salesMinMinor > filter.salesMaxMinor;
  return html`<div class="filter-layer" ${ref(fitPanel)}>
  <section
    class="filter-panel"
    part="filter-panel"
    id="${idPrefix}-filters"
    aria-labelledby="${idPrefix}-filters-title"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape' && ctx.onClose && !(event.target as HTMLElement).closest('select')) {
        event.stopPropagation();
        ctx.onClose();
      }
    }}
  >
    <div class="panel-head">
      <h2 class="panel-title" id="${idPrefix}-filters-title">${strings.title}</h2>
      ${ctx.onClose ? html`<button type="button" class="button small primary" @click=${ctx.onClose}>${strings.done}</button>` : nothing}
    </div>
    <div class="filter-grid">
      ${checkboxGroup(ctx, 'groupIds', strings.group, lookups.groups.map((group) => ({ value: group.id, label: group.name, color: group.color })))}
      ${checkboxGroup(ctx, 'statuses', strings.status, CLIENT_STATUSES.map((status) => ({ value: status, label: t.enums.clientStatus[status] })))}
      ${checkboxGroup(ctx, 'tagIds', strings.tags, lookups.tags.map((tag) => ({ value: tag.id, label: tag.name, color: tag.color })))}
      ${checkboxGroup(ctx, 'origins', strings.origin, lookups.origins.map((origin) => ({ value: origin.id, label: origin.label })))}
      ${checkboxGroup(ctx, 'centerIds', strings.center, lookups.centers.map((center) => ({ value: center.id, label: center.name })))}
      <div class="filter-group">
        ${FLAG_KEYS.map((key) => {
          const value = filter[key];
          return html`<div class="field inline">
            <label for="${idPrefix}-${key}">${strings[key]}</label>
            <select
              id="${idPrefix}-${key}"
              @change=${(event: Event) => {
                const chosen = (event.target as HTMLSelectElement).value;
                set({ [key]: chosen === '' ? undefined : chosen === 'true' });
              }}
            >
              <option value="" ?selected=${value === undefined}>${strings.any}</option>
              <option value="true" ?selected=${value === true}>${t.common.yes}</option>
              <option value="false" ?selected=${value === false}>${t.common.no}</option>
            </select>
          </div>`;
        })}
        <div class="field inline">
          <label for="${idPrefix}-birthday">${strings.birthdayMonth}</label>
          <select
            id="${idPrefix}-birthday"
            @change=${(event: Event) => {
              const chosen = (event.target as HTMLSelectElement).value;
              set({ birthdayMonth: chosen ? Number(chosen) : undefined });
            }}
          >
            <option value="" ?selected=${filter.birthdayMonth === undefined}>${strings.any}</option>
            ${months.slice(1).map((month, index) => html`<option value=${index + 1} ?selected=${filter.birthdayMonth === index + 1}>${month}</option>`)}
          </select>
        </div>
      </div>
      <fieldset class="filter-group">
        <legend>${strings.lastVisit}</legend>
        <div class="field inline">
          <label for="${idPrefix}-visit-from">${strings.from}</label>
          ${renderDateField({
            id: `${idPrefix}-visit-from`,
            value: filter.lastVisitFrom,
            localize,
            invalid: badVisit,
            onChange: (iso) => set({ lastVisitFrom: iso || undefined }),
          })}
        </div>
        <div class="field inline">
          <label for="${idPrefix}-visit-to">${strings.to}</label>
          ${renderDateField({
            id: `${idPrefix}-visit-to`,
            value: filter.lastVisitTo,
            localize,
            invalid: badVisit,
            describedBy: badVisit ? `${idPrefix}-visit-error` : undefined,
            onChange: (iso) => set({ lastVisitTo: iso || undefined }),
          })}
        </div>
        ${badVisit ? html`<p class="field-error" id="${idPrefix}-visit-error">${strings.invalidRange}</p>` : nothing}
      </fieldset>
      <fieldset class="filter-group">
        <legend>${strings.sales} (${ctx.currency})</legend>
        <div class="field inline">
          <label for="${idPrefix}-sales-min">${strings.salesMin}</label>
          <input
            id="${idPrefix}-sales-min"
            type="number"
            min="0"
            step=${step}
            inputmode="decimal"
            .value=${toMajor(filter.salesMinMinor, ctx.currency)}
            aria-invalid=${badSales ? 'true' : 'false'}
            @change=${(event: Event) => set({ salesMinMinor: toMinor((event.target as HTMLInputElement).value, ctx.currency) })}
          />
        </div>
        <div class="field inline">
          <label for="${idPrefix}-sales-max">${strings.salesMax}</label>
          <input
            id="${idPrefix}-sales-max"
            type="number"
            min="0"
            step=${step}
            inputmode="decimal"
            .value=${toMajor(filter.salesMaxMinor, ctx.currency)}
            aria-invalid=${badSales ? 'true' : 'false'}
            aria-describedby=${badSales ? `${idPrefix}-sales-error` : nothing}
            @change=${(event: Event) => set({ salesMaxMinor: toMinor((event.target as HTMLInputElement).value, ctx.currency) })}
          />
        </div>
        ${badSales ? html`<p class="field-error" id="${idPrefix}-sales-error">${strings.invalidRange}</p>` : nothing}
      </fieldset>
    </div>
    <div class="saved-filters" part="saved-filters">
      <h3 class="panel-subtitle">${t.list.saved.label}</h3>
      ${ctx.saved.length
        ? html`<ul class="saved-list">
            ${ctx.saved.map(
              (saved) => html`<li>
                <button type="button" class="button small" @click=${() => ctx.onApplySaved(saved)}>${saved.name}</button>
                <button type="button" class="icon-button" aria-label=${t.list.saved.remove(saved.name)} title=${t.list.saved.remove(saved.name)} @click=${() => ctx.onRemoveSaved(saved)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>`,
            )}
          </ul>`
        : nothing}
      <form
        class="save-filter"
        @submit=${(event: Event) => {
          event.preventDefault();
          ctx.onSave();
        }}
      >
        <label for="${idPrefix}-saved-name">${t.list.saved.name}</label>
        <input
          id="${idPrefix}-saved-name"
          type="text"
          maxlength="80"
          placeholder=${t.list.saved.namePlaceholder}
          .value=${ctx.savedName}
          @input=${(event: Event) => ctx.onSavedNameInput((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="button small" ?disabled=${!ctx.savedName.trim()}>${t.list.saved.save}</button>
      </form>
    </div>
  </section>
</div>`;
}
