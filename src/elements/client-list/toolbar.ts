/*
 * The list's toolbar: search (with the `/` shortcut), the clients / trash switch, the filter button,
 * the sort control (shown in narrow containers, where there is no header row), "new client", and the
 * total that match.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { CLIENT_SORT_FIELDS } from '../../model/query.js';
import type { ClientSort, ClientSortField } from '../../model/query.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { icons } from './row.js';
import type { ListView } from './row.js';

export interface ToolbarContext {
  idPrefix: string;
  localize: LocalizeController;
  searchText: string;
  searching: boolean;
  view: ListView;
  sort: ClientSort;
  filterCount: number;
  filtersOpen: boolean;
  total: number | undefined;
  /** `false`: `total` is a lower bound ("1,050+ clients") until the exact count arrives. */
  totalExact: boolean;
  /** The grid is shown (the search box controls it). */
  hasGrid: boolean;
  canCreate: boolean;
  canImport: boolean;
  canSeeTrash: boolean;
  onSearchInput: (value: string) => void;
  onSearchKeydown: (event: KeyboardEvent) => void;
  onView: (view: ListView) => void;
  onToggleFilters: () => void;
  onSort: (sort: ClientSort) => void;
  onCreate: () => void;
  onImport: () => void;
}

export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const { localize } = ctx;
  const t = localize.t;
  const strings = t.list;
  const sortFields = CLIENT_SORT_FIELDS.filter((field) => (ctx.view === 'trash' ? true : field !== 'trashedAt'));
  return html`<div class="toolbar" part="toolbar">
    <div class="search" role="search">
      <label class="visually-hidden" for="${ctx.idPrefix}-search">${strings.searchLabel}</label>
      <span class="search-icon">${icons.search}</span>
      <input
        id="${ctx.idPrefix}-search"
        class="search-input"
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        placeholder=${strings.searchPlaceholder}
        aria-keyshortcuts="/"
        aria-describedby="${ctx.idPrefix}-search-hint"
        aria-controls=${ctx.hasGrid ? `${ctx.idPrefix}-grid` : nothing}
        .value=${ctx.searchText}
        @input=${(event: Event) => ctx.onSearchInput((event.target as HTMLInputElement).value)}
        @keydown=${ctx.onSearchKeydown}
      />
      <kbd class="search-hint" id="${ctx.idPrefix}-search-hint"><span class="visually-hidden">${strings.searchHint}</span><span aria-hidden="true">/</span></kbd>
    </div>
    ${ctx.canSeeTrash
      ? html`<div class="views" role="group" aria-label=${strings.viewLabel}>
          ${(['active', 'trash'] as const).map(
            (view) => html`<button type="button" class="segment" part="view-button" aria-pressed=${ctx.view === view ? 'true' : 'false'} @click=${() => ctx.onView(view)}>
              ${view === 'trash' ? icons.trash : nothing} ${strings.views[view]}
            </button>`,
          )}
        </div>`
      : nothing}
    <button
      type="button"
      class="button ${ctx.filterCount ? 'has-filters' : ''}"
      part="filter-button"
      aria-expanded=${ctx.filtersOpen ? 'true' : 'false'}
      aria-controls="${ctx.idPrefix}-filters"
      @click=${ctx.onToggleFilters}
    >
      ${icons.filter} ${ctx.filterCount ? strings.filters.buttonCount(localize.number(ctx.filterCount)) : strings.filters.button}
    </button>
    <div class="sort-control">
      <label for="${ctx.idPrefix}-sort">${strings.sortBy}</label>
      <select
        id="${ctx.idPrefix}-sort"
        @change=${(event: Event) => {
          const [field, direction] = (event.target as HTMLSelectElement).value.split(':') as [ClientSortField, 'asc' | 'desc'];
          ctx.onSort({ field, direction });
        }}
      >
        ${sortFields.flatMap((field) =>
          (['asc', 'desc'] as const).map(
            (direction) => html`<option value="${field}:${direction}" ?selected=${ctx.sort.field === field && ctx.sort.direction === direction}>
              ${strings.sortFields[field]} · ${strings.sortDirection[direction]}
            </option>`,
          ),
        )}
      </select>
    </div>
    <span class="spacer"></span>
    <span class="total" part="total" aria-live="off">${ctx.total === undefined ? nothing : localize.plural(ctx.total, ctx.totalExact ? strings.total : strings.totalAtLeast)}</span>
    ${ctx.canImport && ctx.view === 'active'
      ? html`<button type="button" class="button import" part="import-button" @click=${ctx.onImport}>${strings.importClients}</button>`
      : nothing}
    ${ctx.canCreate && ctx.view === 'active'
      ? html`<button type="button" class="button primary create" part="create-button" @click=${ctx.onCreate}>${icons.plus}<span class="create-label">${strings.newClient}</span></button>`
      : nothing}
  </div>`;
}
