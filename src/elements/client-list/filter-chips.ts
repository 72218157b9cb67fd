/*
 * The active filter as removable chips under the toolbar (the panel itself, filter-panel.ts, loads
 * when first opened).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ClientFilter } from '../../model/query.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { renderChip } from '../shared/chip.js';
import { filterChips } from './filters.js';
import type { ListLookups } from './filters.js';

/** The active filter as removable chips, with "clear filters". */
export function renderFilterChips(ctx: {
  filter: ClientFilter;
  lookups: ListLookups;
  localize: LocalizeController;
  currency: string;
  onChange: (filter: ClientFilter) => void;
}): TemplateResult | typeof nothing {
  const chips = filterChips(ctx.filter, ctx.lookups, ctx.localize, ctx.currency);
  if (!chips.length) return nothing;
  const strings = ctx.localize.t.list.filters;
  return html`<div class="filter-chips" part="filter-chips">
    <ul aria-label=${strings.active}>
      ${chips.map(
        (chip) => html`<li>${renderChip({ label: chip.label, color: chip.color ?? null, onRemove: () => ctx.onChange(chip.without()), removeLabel: strings.remove(chip.label) })}</li>`,
      )}
    </ul>
    <button type="button" class="link-button" @click=${() => ctx.onChange({})}>${strings.clearAll}</button>
  </div>`;
}
