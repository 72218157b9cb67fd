import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { isAbortError } from '../../adapter/adapter-error.js';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import { clientDisplayName } from '../../model/client.js';
import type { Client, ClientSummary } from '../../model/client.js';
import type { BulkResult } from '../../model/page.js';
import type { ClientFilter, ClientListQuery, ClientMetrics, ClientSort } from '../../model/query.js';
import { searchTerms } from '../../model/text.js';
import { DebouncedSearchController } from '../../controllers/debounced-search.js';
import { PagedListController } from '../../controllers/paged-list.js';
import { SelectionController } from '../../controllers/selection.js';
import { ClientelaElement } from '../clientela-element.js';
import { avatarStyles } from '../shared/avatar.js';
import { chipStyles } from '../shared/chip.js';
import { ConfirmDialogController, confirmDialogStyles } from '../shared/confirm-dialog.js';
import { errorMessage, renderState, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import type { ClientUpdatedDetail } from '../client-file/events.js';
import { renderBulkBar } from './bulk-bar.js';
import { listStyles } from './client-list.styles.js';
import { draftFromSearch } from './client-draft.js';
import type { ClientDraft } from './client-draft.js';
import { LazyCreateDialog } from './lazy-create-dialog.js';
import type { ClientFilterChangeDetail, ClientSelectDetail } from './events.js';
import { renderFilterChips } from './filter-chips.js';
import {
  EMPTY_LOOKUPS,
  cleanFilter,
  countCriteria,
  loadSavedFilters,
  parseFilter,
  sameFilter,
  savedFiltersKey,
  storeSavedFilters,
} from './filters.js';
import type { ListLookups, SavedFilter } from './filters.js';
import { renderMetricsStrip } from './metrics-strip.js';
import { columnsFor, icons, renderFailedRow, renderHeaderRow, renderPlaceholderRow, renderRow } from './row.js';
import { idsInRange } from './ids-in-range.js';
import type { ListView, RowContext } from './row.js';
import { renderToolbar } from './toolbar.js';
import { VirtualRows, virtualRows } from './virtual-rows.js';
import type { IndexRange } from './virtual-rows.js';
import { listStrings } from '../../i18n/groups/list.js';
import type { ExportFormat } from '../../import-export/export.js';

export type { ListView } from './row.js';

/** How tightly the rows are laid out. */
export type ListDensity = 'comfortable' | 'compact';
export type * from './events.js';

type BulkKind = 'trash' | 'restore' | 'purge' | 'addToGroup' | 'removeFromGroup';

interface Notice {
  text: string;
  kind: 'info' | 'error';
}

/**
 * Runs secondary work (metrics, lookups) once the browser is idle after painting, so it never delays
 * the rows: `requestIdleCallback` where there is one (at most 300 ms later), else after the next frame.
 */
function whenIdle(work: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number }).requestIdleCallback;
  if (idle) idle(work, { timeout: 300 });
  else if (typeof requestAnimationFrame !== 'undefined') requestAnimationFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}

/** How long the first rows wait for the group and tag names before rendering without them. */
const CHIP_NAMES_WAIT_MS = 150;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let listCount = 0;

/**
 * The client list: search as you type, filters, sort, quick metrics, a virtualized list paged from
 * the adapter (100,000 clients and more), selection with bulk actions, the trash, and a dialog to
 * create clients. It is a table from 560px wide: as it narrows, the least needed columns hide (reviews,
 * then the last update, then sales) so the others keep their text whole, and under 760px its rows are
 * shorter (2.75rem), so a panel beside others still shows ten clients or more; below 560px, rows become
 * compact cards. `density="compact"` fits about 18 clients in an 800px tall page.
 *
 * Give it an adapter (from a `<client-provider>` or the `adapter` property). The host can read and
 * set `filter`, `search`, `sort` and `view` (to deep-link a filtered list) and listens to the events.
 * Keyboard: `/` focuses the search; in the list, ↑/↓ (Page Up/Down, Home/End) move the active row,
 * Enter opens it, Space selects it (Shift+Space or Shift+click selects a range).
 *
 * @summary The clients list: search, filters, metrics, bulk actions, trash, create.
 * @tag client-list
 *
 * @fires client-open - The user opened a client (row, Enter, "view", a duplicate warning). Detail: `{ id, client? }`.
 * @fires client-select - The selection changed. Detail: `{ ids, allMatching, excludedIds, count, query }`.
 * @fires client-created - A client was created with the list's dialog. Detail: `{ client }`.
 * @fires client-updated - A client was saved with the list's quick edit. Detail: `{ client, fields }`.
 * @fires client-trashed - Clients were moved to the trash. Detail: `{ ids, failed }`.
 * @fires client-restored - Clients were restored from the trash. Detail: `{ ids, failed }`.
 * @fires client-purged - Clients were deleted permanently. Detail: `{ ids, failed }`.
 * @fires client-filter-change - The user changed the filter, search, view or sort. Detail: `{ filter, search, view, sort }`.
 * @fires client-export-request - The user exported the selection. Cancelable: call `preventDefault()` to
 *   run your own export (e.g. the import/export wizard) with `detail.query`; otherwise the list downloads
 *   the file itself (CSV or Excel, visible columns, labels in the user’s language). Detail: `{ query, ids, count, format }`.
 * @fires client-import-request - The user asked to import clients. Cancelable: call `preventDefault()`
 *   to open your own importer; otherwise the list opens `<client-import>` (loaded on first use) and
 *   reloads when an import completes.
 *
 * @cssprop --client-list-height - Block size of the element (default 36rem); or size the element itself.
 * @cssprop --client-list-row-height - Height of a row (default 3.5rem × density, 2.75rem × density in a table under 760px wide, 2.25rem compact); every row has this height.
 * @cssprop --client-list-card-height - Height of a card in a container under 560px (default 7.5rem, 6.5rem compact).
 * @cssprop --client-list-columns - grid-template-columns of the rows when every column shows (1080px wide and more).
 * @cssprop --client-color-surface - Background (see the shared tokens: every `--client-*` token applies).
 * @cssprop --client-color-accent - Accent color (buttons, focus, selection).
 * @cssprop --client-density - Spacing factor: 1 comfortable, 0.75 compact (the `density` attribute sets it).
 * @cssprop --client-avatar-size - Avatar diameter.
 *
 * @csspart base - The element's layout container.
 * @csspart toolbar - Search, view switch, filters, sort, total and "new client".
 * @csspart search - The search input.
 * @csspart view-button - The clients / trash buttons.
 * @csspart filter-button - The button that opens the filter panel.
 * @csspart create-button - The "new client" button.
 * @csspart total - The number of clients that match.
 * @csspart filter-panel - The filter panel.
 * @csspart saved-filters - The saved filters section.
 * @csspart filter-chips - The active filters as chips.
 * @csspart chip - A chip (filters, groups, tags).
 * @csspart chip-remove - A chip's remove button.
 * @csspart metrics - The quick metrics strip.
 * @csspart bulk-bar - The bar of bulk actions.
 * @csspart bulk-action - A bulk action button.
 * @csspart grid - The scrolling list (role grid).
 * @csspart header-row - The column headers.
 * @csspart sort-button - A sortable column header's button.
 * @csspart row - A row (a card in a narrow container); also `row-selected`, `row-placeholder`, `row-failed` (its page failed to load).
 * @csspart legend - What the row icons mean (booking blocked, alerts, allergies), under the list.
 * @csspart name - The client's name button in a row.
 * @csspart status - The status badge.
 * @csspart avatar - The avatar (initials or picture).
 * @csspart match - A search match highlight (<mark>).
 * @csspart row-action - A row action button.
 * @csspart notice - Messages after actions.
 * @csspart client-dialog - The create / edit dialog.
 * @csspart input - A field of the dialog.
 * @csspart submit - The dialog's submit button.
 * @csspart duplicate-warning - The possible-duplicate warning.
 * @csspart close-button - The dialog's close button.
 * @csspart groups - The dialog's group checkboxes (a client may be in several groups).
 * @csspart confirm-dialog - The confirmation dialog (also confirm-title, confirm-message, confirm-cancel, confirm-accept).
 * @csspart state - Loading, empty and error states (also state-loading, state-empty, state-error, state-action, skeleton).
 */
export class ClientList extends ClientelaElement {
  static override strings = [listStrings];

  static override styles = [tokens, stateStyles, avatarStyles, chipStyles, confirmDialogStyles, listStyles];

  private _filter: ClientFilter = {};

  /**
   * The filter in effect (every criterion of ClientFilter). Set it to deep-link a filtered list;
   * read it to store it. Values are checked against the model's schema (invalid criteria dropped).
   */
  @property({ attribute: false })
  get filter(): ClientFilter {
    return this._filter;
  }
  set filter(value: ClientFilter | null | undefined) {
    const next = parseFilter(value ?? {});
    if (sameFilter(next, this._filter)) return;
    const old = this._filter;
    this._filter = next;
    this.requestUpdate('filter', old);
  }

  /** The search text in effect (name, phone or email). */
  @property({ reflect: false }) search = '';

  /** The sort; default name ascending (trash: date deleted, newest first). */
  @property({ attribute: false }) sort: ClientSort | undefined;

  /** `active` clients, or the `trash`. */
  @property({ reflect: true }) view: ListView = 'active';

  /**
   * Row density: `comfortable` (the default) or `compact` (rows of 2.25rem with the same information
   * on two lines, half again as many clients in view). Any other value is `comfortable`.
   */
  @property({ reflect: true }) density: ListDensity = 'comfortable';

  /** Clients per request to the adapter. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;

  /** Quiet time after typing before the search runs, in ms. */
  @property({ type: Number }) debounce = 200;

  /** localStorage key of the saved filters; default: one per element `id`. */
  @property({ attribute: 'saved-filters-key' }) savedFiltersKey: string | undefined;

  @state() private searchText = '';
  @state() private activeIndex = 0;
  @state() private filtersOpen = false;
  /** The filter panel's code, loaded the first time it opens. */
  @state() private filterPanel: typeof import('./filter-panel.js') | undefined;
  @state() private metrics: ClientMetrics | undefined;
  @state() private metricsLoading = false;
  @state() private metricsFailed = false;
  /** The `queryKey` of the query `metrics` are of. */
  private metricsQuery: string | undefined;
  @state() private lookups: ListLookups = EMPTY_LOOKUPS;
  @state() private notice: Notice | undefined;
  @state() private announcement = '';
  @state() private busy = false;
  @state() private groupChoice = '';
  @state() private savedName = '';
  @state() private saved: SavedFilter[] = [];

  private readonly idPrefix = `client-list-${++listCount}`;
  private queryKey: string | undefined;
  private lookupsFor: ClientDataAdapter | undefined;
  private metricsAbort: AbortController | undefined;
  private lookupsAbort: AbortController | undefined;
  private chipNamesReady: Promise<unknown> = Promise.resolve();
  private userChangedQuery = false;
  private allVisibleSelected = false;
  private rowContext!: RowContext;
  /**
   * The rows in and near the viewport (250px beyond each edge: a few rows to build per scroll step,
   * no blank edge at normal speed). Every row has one height, 3.5rem in the table, measured anyway.
   */
  private readonly rows = new VirtualRows<ClientSummary | null>({
    estimate: 56,
    overhang: 250,
    onRange: (range) => this.onRangeChanged(range),
    onVisible: () => this.onVisibilityChanged(),
  });
  /**
   * Row recycling: each index in the rendered range holds a slot; an index entering the range takes
   * the slot of one that left, so `repeat` reuses that row's DOM (updating its values) instead of
   * creating a row and removing another on every scroll step. The active row's slot is never reused,
   * so focus never lands on a row showing another client.
   */
  private readonly slots = new Map<number, number>();
  private lastRange = { first: 0, last: -1 };
  /**
   * The user jumped (scrollbar, End, a fling) while a new query's first page loads: the rows kept
   * from the previous query are not shown where the user lands (they would belong to that query).
   */
  private hideStaleRows = false;
  /** The next change of the rendered range is the list's own jump (scrollToIndex, back to the top). */
  private ownJump = false;
  /** The search text this element set itself, from the box (a host setting `search` differs). */
  private searchFromBox: string | undefined;
  /** The failed row that shows the error and its retry, in place of the placeholders (-1: none in view). */
  private errorRow = -1;
  private freeSlots: number[] = [];
  private slotCount = 0;

  private readonly pages = new PagedListController<ClientSummary>(this, {
    pageSize: 100,
    // At most 2,000 rows kept (a few MB): going back further reloads a page, in milliseconds.
    maxPages: 20,
    load: async ({ offset, limit }, signal) => {
      const adapter = this.adapter;
      if (!adapter) throw new Error('No adapter');
      const page = await adapter.clients.list({ ...this.query, offset, limit }, { signal });
      // The groups and tags name the rows' chips: rows wait for them (briefly), so they render once,
      // chips included, instead of rendering and laying out again a moment later.
      await this.chipNamesReady;
      return page;
    },
    onFirstPage: (total) => {
      const t = this.localize.t.list;
      if (this.userChangedQuery) this.announcement = this.localize.plural(total, this.pages.totalExact ? t.found : t.foundAtLeast);
      whenIdle(() => this.loadMetrics());
    },
  });

  private readonly selection = new SelectionController(this, {
    onChange: (selection) => {
      const total = this.pages.total ?? 0;
      this.emit('client-select', {
        ids: selection.ids,
        allMatching: selection.allMatching,
        excludedIds: selection.excluded,
        count: selection.count(total),
        query: this.query,
      } satisfies ClientSelectDetail);
    },
  });

  private readonly searchInput = new DebouncedSearchController<void>(this, {
    delay: 200,
    run: async (query) => {
      this.userChangedQuery = true;
      this.searchFromBox = query;
      this.search = query;
      this.emitFilterChange();
      await this.updateComplete;
      await this.pages.ready;
    },
  });

  private readonly confirm = new ConfirmDialogController(this);

  private readonly dialog = new LazyCreateDialog(this, {
    localize: this.localize,
    adapter: () => this.adapter,
    lookups: () => this.lookups,
    onCreated: (client) => this.onCreated(client),
    onUpdated: (client, fields) => this.onUpdated(client, fields),
    onOpenMatch: (match) => this.open(match),
  });

  /** The query in effect, without paging (what metrics, export and "all matching" refer to). */
  get query(): ClientListQuery {
    const search = this.search.trim();
    const filter = cleanFilter(this._filter);
    return {
      ...(search ? { search } : {}),
      ...(Object.keys(filter).length ? { filter } : {}),
      sort: this.effectiveSort,
      view: this.view,
    };
  }

  /** How many clients match (once the first page has arrived). */
  get total(): number | undefined {
    return this.pages.total;
  }

  /** The ids selected (empty while "all matching" is selected: see `selectionState`). */
  get selectedIds(): string[] {
    return this.selection.ids;
  }

  /** The selection: chosen ids, or all matching except some. */
  get selectionState(): { allMatching: boolean; ids: string[]; excludedIds: string[]; count: number } {
    return {
      allMatching: this.selection.allMatching,
      ids: this.selection.ids,
      excludedIds: this.selection.excluded,
      count: this.selection.count(this.pages.total ?? 0),
    };
  }

  private get effectiveSort(): ClientSort {
    return this.sort ?? (this.view === 'trash' ? { field: 'trashedAt', direction: 'desc' } : { field: 'name', direction: 'asc' });
  }

  private get storageKey(): string {
    return this.savedFiltersKey || savedFiltersKey(this.id);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('keydown', this.onDocumentKeydown);
    this.saved = loadSavedFilters(this.storageKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('keydown', this.onDocumentKeydown);
    this.metricsAbort?.abort();
    this.lookupsAbort?.abort();
    this.queryKey = undefined; // reconnecting loads again
    this.lookupsFor = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('debounce')) this.searchInput.delay = this.debounce;
    // A host set `search` (a deep link, or clearing it): the box shows it, and a query being typed is dropped.
    const fromBox = this.searchFromBox;
    this.searchFromBox = undefined;
    if (changed.has('search') && this.search !== fromBox) {
      this.searchText = this.search;
      this.searchInput.cancel();
    }
    if (changed.has('savedFiltersKey')) this.saved = loadSavedFilters(this.storageKey);
    if (changed.has('view') && changed.get('view') !== undefined) {
      // The selection and the active row belong to one view.
      this.selection.clear();
    }
    const adapter = this.adapter;
    const key = adapter ? JSON.stringify([this.query, this.pageSize]) : undefined;
    if (adapter && (key !== this.queryKey || changed.has('adapter'))) {
      this.queryKey = key;
      this.startQuery();
    }
    // After the first page's request, so the rows come first.
    if (adapter && this.lookupsFor !== adapter) this.loadLookups(adapter);
    this.settleCountedTotal();
  }

  /**
   * Pages that counted only the first matches ("1,051+ clients") take the exact number from the
   * metrics of the same query, whichever arrived first (a refresh's page may come after them).
   */
  private settleCountedTotal(): void {
    if (!this.pages.totalExact && this.metrics && !this.metricsLoading && this.metricsQuery === this.queryKey) {
      this.pages.settleTotal(this.metrics.totalClients);
    }
  }

  private startQuery(): void {
    this.selection.queryChanged();
    this.activeIndex = 0;
    this.metricsAbort?.abort();
    this.metricsLoading = true;
    this.metricsFailed = false;
    this.pages.pageSize = Math.min(500, Math.max(10, this.pageSize));
    this.hideStaleRows = false;
    void this.pages.reset();
    // Back to the top (only when scrolled: touching scrollTop forces a layout).
    if (this.rows.visible.first > 0) {
      this.expectOwnJump();
      this.rows.scrollTo(0);
    }
  }

  private loadLookups(adapter: ClientDataAdapter): void {
    this.lookupsFor = adapter;
    this.lookupsAbort?.abort();
    const abort = new AbortController();
    this.lookupsAbort = abort;
    const signal = abort.signal;
    const quiet = <T>(promise: Promise<T> | undefined, fallback: T) => (promise ?? Promise.resolve(fallback)).catch(() => fallback);
    // Groups and tags name the row chips: at once. The catalog (origins, centers) can wait for idle time.
    const chipNames = Promise.all([quiet(adapter.groups?.list({ signal }), []), quiet(adapter.tags?.list({ signal }), [])]).then(([groups, tags]) => {
      if (!signal.aborted) this.lookups = { ...this.lookups, groups, tags };
    });
    this.chipNamesReady = Promise.race([chipNames, new Promise((resolve) => setTimeout(resolve, CHIP_NAMES_WAIT_MS))]);
    whenIdle(() => {
      if (signal.aborted || !this.isConnected) return;
      void quiet(adapter.catalog?.get({ signal }), undefined).then((catalog) => {
        if (signal.aborted || !catalog) return;
        this.lookups = { ...this.lookups, origins: catalog.origins, centers: catalog.centers.map(({ id, name }) => ({ id, name })) };
      });
    });
  }

  private reloadGroups(): void {
    const adapter = this.adapter;
    if (!adapter?.groups) return;
    void adapter.groups.list().then(
      (groups) => (this.lookups = { ...this.lookups, groups }),
      () => undefined,
    );
  }

  private loadMetrics(): void {
    const adapter = this.adapter;
    if (!adapter || !this.isConnected) return;
    this.metricsAbort?.abort();
    const abort = new AbortController();
    this.metricsAbort = abort;
    this.metricsLoading = true;
    this.metricsFailed = false;
    const query = this.queryKey;
    adapter.clients.metrics(this.query, { signal: abort.signal }).then(
      (metrics) => {
        if (abort.signal.aborted) return;
        this.metrics = metrics;
        this.metricsQuery = query;
        this.metricsLoading = false;
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbortError(error)) return;
        this.metrics = undefined;
        this.metricsLoading = false;
        this.metricsFailed = true;
      },
    );
  }

  /* ---------------- public methods ---------------- */

  /** Opens the import wizard (its code is loaded on first use), unless the host handles the request. */
  async openImport(): Promise<void> {
    if (this.emit('client-import-request', {}, { cancelable: true }).defaultPrevented) return;
    await import('../../define/client-import.js');
    let wizard = this.renderRoot.querySelector('client-import');
    if (!wizard) {
      wizard = this.ownerDocument.createElement('client-import');
      wizard.adapter = this.adapter;
      wizard.permissions = this.permissions;
      wizard.addEventListener('client-import-complete', () => void this.reload());
      this.renderRoot.appendChild(wizard);
    }
    await wizard.show();
  }

  /** Loads the list again (after changes made elsewhere). */
  async reload(): Promise<void> {
    this.loadMetrics();
    await this.pages.refresh();
  }

  /** Resolves once the first page of the current query has arrived (or failed). */
  get ready(): Promise<void> {
    return this.updateComplete.then(() => this.pages.ready);
  }

  /** Focuses the search box. */
  focusSearch(): void {
    this.renderRoot.querySelector<HTMLInputElement>('.search-input')?.focus();
  }

  /** Opens the create dialog, optionally prefilled. */
  openCreateDialog(prefill: Partial<ClientDraft> = {}): Promise<void> {
    return this.openDialog((dialog) => dialog.openCreate(prefill));
  }

  /**
   * Scrolls a row into view and makes it the active row; resolves once its page has arrived and the
   * row shows its data. `scrollToIndex(total - 1)` jumps to the end.
   */
  async scrollToIndex(index: number, block: ScrollLogicalPosition = 'start'): Promise<void> {
    const total = this.pages.total ?? 0;
    if (!total) return;
    const target = Math.max(0, Math.min(total - 1, index));
    this.activeIndex = target;
    this.expectOwnJump();
    // Jump at once: rows whose page has not arrived show as placeholders for the moment it takes
    // (the rows left behind are not rendered again for nothing while it loads).
    this.rows.scrollToIndex(target, this.rowElement(target) ? 'nearest' : block);
    await this.pages.ensure(target, target, { immediate: true });
    await this.updateComplete;
  }

  /** Says what went wrong, in the notice under the toolbar. */
  private showError(error: unknown): void {
    this.notice = { kind: 'error', text: errorMessage(error, this.localize.t) };
  }

  /** Opens the client dialog, loading its code first; says so if it cannot load. */
  private openDialog(open: (dialog: LazyCreateDialog) => Promise<void>): Promise<void> {
    return open(this.dialog).catch((error: unknown) => {
      this.showError(error);
    });
  }

  /** Clears the selection. */
  clearSelection(): void {
    this.selection.clear();
  }

  /* ---------------- events from the UI ---------------- */

  private emitFilterChange(): void {
    this.emit('client-filter-change', {
      filter: cleanFilter(this._filter),
      search: this.search,
      view: this.view,
      sort: this.sort,
    } satisfies ClientFilterChangeDetail);
  }

  private readonly setFilter = (filter: ClientFilter): void => {
    if (sameFilter(filter, this._filter)) return;
    this.userChangedQuery = true;
    this.filter = filter;
    this.emitFilterChange();
  };

  private readonly onSearchInput = (value: string): void => {
    this.searchText = value;
    this.searchInput.set(value);
  };

  private readonly onSearchKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      void this.searchInput.flush();
    } else if (event.key === 'ArrowDown' && (this.pages.total ?? 0) > 0) {
      event.preventDefault();
      void this.focusRow(this.activeIndex);
    } else if (event.key === 'Escape' && this.searchText) {
      event.preventDefault();
      this.onSearchInput('');
      void this.searchInput.flush();
    }
  };

  private readonly toggleFilters = async (): Promise<void> => {
    if (!this.filterPanel) {
      try {
        this.filterPanel = await import('./filter-panel.js');
      } catch (error) {
        this.showError(error);
        return;
      }
    }
    this.filtersOpen = !this.filtersOpen;
  };

  private readonly onView = (view: ListView): void => {
    if (view === this.view) return;
    this.userChangedQuery = true;
    this.view = view;
    if (this.sort?.field === 'trashedAt' && view === 'active') this.sort = undefined;
    this.emitFilterChange();
  };

  private readonly onSort = (sort: ClientSort): void => {
    this.sort = sort;
    this.emitFilterChange();
  };

  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const path = event.composedPath();
    const inside = path.includes(this);
    // Outside the element, only when nothing else has focus (the page body).
    const target = path[0] as HTMLElement | undefined;
    if (!inside && target !== this.ownerDocument.body && target !== this.ownerDocument.documentElement) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (this.dialog.open || this.confirm.open) return;
    event.preventDefault();
    this.focusSearch();
  };

  private rowElement(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.body > [data-index="${index}"]`);
  }

  private async focusRow(index: number): Promise<void> {
    const total = this.pages.total ?? 0;
    if (!total) return;
    const target = Math.max(0, Math.min(total - 1, index));
    this.activeIndex = target;
    let row = this.rowElement(target);
    if (!row) {
      await this.scrollToIndex(target, index > this.rows.visible.last ? 'end' : 'start');
      for (let attempt = 0; attempt < 12 && !row; attempt++) {
        await nextFrame();
        row = this.rowElement(target);
      }
    }
    await this.updateComplete;
    this.rows.scrollToIndex(target, 'nearest');
    this.rowElement(target)?.focus({ preventScroll: true });
  }

  private readonly idAt = (index: number): string | undefined => this.pages.at(index)?.id;

  private readonly onBodyClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    if (target.closest('[data-action="retry-pages"]')) {
      void this.pages.retry();
      return;
    }
    const row = target.closest<HTMLElement>('[role="row"][data-index]');
    if (!row) return;
    const index = Number(row.dataset['index']);
    this.activeIndex = index;
    const client = this.pages.at(index);
    const control = target.closest<HTMLElement>('[data-action]');
    if (!client || !control) return;
    switch (control.dataset['action']) {
      case 'select':
        void this.toggleRow(client.id, index, event.shiftKey);
        break;
      case 'open':
        this.open(client);
        break;
      case 'edit':
        void this.openDialog((dialog) => dialog.openEdit(client.id));
        break;
      case 'trash':
        void this.rowAction('trash', client);
        break;
      case 'restore':
        void this.rowAction('restore', client);
        break;
      case 'purge':
        void this.rowAction('purge', client);
        break;
    }
  };

  private readonly onBodyKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>('[role="row"][data-index]');
    if (!row) return;
    const index = Number(row.dataset['index']);
    const onRow = target === row;
    const total = this.pages.total ?? 0;
    const { first, last } = this.rows.visible;
    const page = Math.max(1, last - first);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = index + 1;
        break;
      case 'ArrowUp':
        next = index - 1;
        break;
      case 'PageDown':
        next = index + page;
        break;
      case 'PageUp':
        next = index - page;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = total - 1;
        break;
      case 'Enter':
        if (onRow) {
          const client = this.pages.at(index);
          if (client) {
            event.preventDefault();
            this.open(client);
          }
        }
        return;
      case ' ':
        if (onRow) {
          event.preventDefault();
          const client = this.pages.at(index);
          if (client) void this.toggleRow(client.id, index, event.shiftKey);
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (event.key === 'ArrowUp' && index === 0) {
      this.focusSearch();
      return;
    }
    void this.focusRow(next);
  };

  private readonly onBodyFocusIn = (event: FocusEvent): void => {
    const row = (event.target as Element).closest<HTMLElement>('[role="row"][data-index]');
    if (row) {
      const index = Number(row.dataset['index']);
      if (index !== this.activeIndex) this.activeIndex = index;
    }
  };

  private readonly onHeaderClick = (event: Event): void => {
    const target = event.target as Element;
    const sortButton = target.closest<HTMLElement>('[data-sort]');
    if (sortButton) {
      const field = sortButton.dataset['sort'] as ClientSort['field'];
      const current = this.effectiveSort;
      const defaultDirection = field === 'name' ? 'asc' : 'desc';
      this.onSort({ field, direction: current.field === field ? (current.direction === 'asc' ? 'desc' : 'asc') : defaultDirection });
      return;
    }
    if (target.closest('[data-action="select-visible"]')) {
      const ids = this.visibleIds();
      this.selection.setMany(ids, !this.allVisibleSelected);
    }
  };

  /** The rows about to render (their slots are assigned before they render). */
  private onRangeChanged({ first, last }: IndexRange): void {
    this.noteJump(first, last);
    this.assignSlots(first, last);
    // The pages the rows land on are asked for at once (a jump too: requests for pages scrolled past
    // are aborted), after this render: a request may drop far pages from `items`, which must not
    // change under the rows being rendered.
    queueMicrotask(() => void this.pages.ensure(first, last, { immediate: true }));
  }

  /**
   * A jump by the user (the rendered range lands past the previous one) while a new query loads: the
   * previous query's rows are hidden until the new rows arrive. Jumps the list makes itself
   * (scrollToIndex, back to the top for a new query) are not the user's.
   */
  private noteJump(first: number, last: number): void {
    const previous = this.lastRange;
    this.lastRange = { first, last };
    const jumped = previous.last >= 0 && (first > previous.last || last < previous.first);
    const own = this.ownJump;
    this.ownJump = false;
    if (jumped && !own && this.pages.stale && !this.hideStaleRows) {
      // Set before the rows of this range render (they read it).
      this.hideStaleRows = true;
    }
  }

  /** The next range change is the list's own doing (not a user's jump). */
  private expectOwnJump(): void {
    this.ownJump = true;
  }

  private assignSlots(first: number, last: number): void {
    const leaving: [index: number, slot: number][] = [];
    for (const [index, slot] of this.slots) {
      // The active row's slot is never handed to another client (focus must not land on a reused row).
      if ((index < first || index > last) && index !== this.activeIndex) {
        this.slots.delete(index);
        leaving.push([index, slot]);
      }
    }
    // The rows that leave hand their DOM to the rows that enter in page order, so a jump updates every
    // row in place: handed over in another order, `repeat` would move rows, and a moved row is styled
    // and laid out from scratch (that was most of a jump's frame).
    leaving.sort((a, b) => a[0] - b[0]);
    const reusable = [...leaving.map(([, slot]) => slot), ...this.freeSlots];
    let taken = 0;
    for (let index = Math.max(0, first); index <= last; index++) {
      if (!this.slots.has(index)) this.slots.set(index, reusable[taken++] ?? this.slotCount++);
    }
    this.freeSlots = reusable.slice(taken);
  }

  /** The "select all visible" checkbox and the error over failed rows follow the rows in view. */
  private onVisibilityChanged(): void {
    const all = this.computeAllVisibleSelected();
    if (all !== this.allVisibleSelected) this.requestUpdate();
    // The error moves with the failed rows in view (render() places it again).
    if ((this.errorRow !== -1 || this.pages.failedPages.size) && this.failedRowInView() !== this.errorRow) this.requestUpdate();
  }

  /** The row in the middle of the failed rows in view (the rows at the edges may be partly hidden), or -1. */
  private failedRowInView(): number {
    const failed = this.pages.failedPages;
    const { first, last } = this.rows.visible;
    if (!failed.size || last < first) return -1;
    const size = this.pages.pageSize;
    let from = -1;
    let to = -1;
    for (let page = Math.floor(first / size); page <= Math.floor(last / size); page++) {
      if (!failed.has(page)) continue;
      if (from === -1) from = Math.max(first, page * size);
      to = Math.min(last, page * size + size - 1);
    }
    return from === -1 ? -1 : Math.floor((from + to) / 2);
  }

  private visibleIds(): string[] {
    const ids: string[] = [];
    const { first, last } = this.rows.visible;
    for (let index = Math.max(0, first); index <= last; index++) {
      const id = this.idAt(index);
      if (id) ids.push(id);
    }
    return ids;
  }

  private computeAllVisibleSelected(): boolean {
    const ids = this.visibleIds();
    return ids.length > 0 && ids.every((id) => this.selection.has(id));
  }

  /* ---------------- actions ---------------- */

  private open(client: ClientSummary): void {
    this.emit('client-open', { id: client.id, client });
  }

  private onCreated(client: Client): void {
    this.emit('client-created', { client });
    this.notice = { kind: 'info', text: this.localize.t.list.create.created(clientDisplayName(client)) };
    void this.reload();
    if (client.groupIds.length) this.reloadGroups();
  }

  private onUpdated(client: Client, fields: string[]): void {
    this.emit('client-updated', { client, fields } satisfies ClientUpdatedDetail);
    this.notice = { kind: 'info', text: this.localize.t.list.create.updated(clientDisplayName(client)) };
    void this.reload();
    if (fields.includes('groupIds')) this.reloadGroups();
  }

  /** Names of clients for messages (from the loaded rows; ids otherwise). */
  private namesOf(ids: readonly string[]): string {
    const wanted = new Set(ids);
    const names = new Map<string, string>();
    for (const item of this.pages.items) {
      if (item && wanted.has(item.id)) names.set(item.id, clientDisplayName(item));
    }
    const list = ids.slice(0, 10).map((id) => names.get(id) ?? id);
    return ids.length > 10 ? `${list.join(', ')}, …` : list.join(', ');
  }

  /** The ids a bulk action applies to: the chosen ones, or every matching one (paged in). */
  /**
   * A row's checkbox (or Space). A Shift range covers every row from the anchor, also those not
   * loaded (flown past, or dropped from memory): their ids are fetched first, in pages of 500.
   */
  private async toggleRow(id: string, index: number, shift: boolean): Promise<void> {
    const range = shift ? this.selection.rangeTo(index) : undefined;
    const adapter = this.adapter;
    const missing: number[] = [];
    if (range && adapter) for (let at = range.from; at <= range.to; at++) if (!this.pages.at(at)) missing.push(at);
    if (!range || !adapter || missing.length === 0) {
      this.selection.toggle(id, { index, shift, idAt: this.idAt });
      return;
    }
    const query = this.query;
    const first = missing[0]!;
    this.busy = true;
    try {
      const fetched = await idsInRange(adapter.clients, query, first, missing.at(-1)!);
      // The list changed under the range meanwhile: the range means nothing now.
      if (JSON.stringify(this.query) !== JSON.stringify(query)) return;
      this.selection.toggle(id, { index, shift, idAt: (at) => this.idAt(at) ?? fetched[at - first] });
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy = false;
    }
  }

  private async resolveSelection(): Promise<string[]> {
    if (!this.selection.allMatching) return this.selection.ids;
    const adapter = this.adapter;
    if (!adapter) return [];
    const excluded = new Set(this.selection.excluded);
    return (await idsInRange(adapter.clients, this.query, 0)).filter((id) => !excluded.has(id));
  }

  private async rowAction(kind: 'trash' | 'restore' | 'purge', client: ClientSummary): Promise<void> {
    const t = this.localize.t;
    const name = clientDisplayName(client);
    if (kind === 'trash') {
      const confirmed = await this.confirm.ask({
        title: t.list.confirm.trashOne(name),
        message: t.list.confirm.trashMessage,
        confirmLabel: t.list.confirm.trashConfirm,
        cancelLabel: t.common.cancel,
        danger: true,
      });
      if (!confirmed) return;
    } else if (kind === 'purge') {
      const confirmed = await this.confirm.ask({
        title: t.list.confirm.purgeOne(name),
        message: t.list.confirm.purgeMessage,
        confirmLabel: t.list.confirm.purgeConfirm,
        cancelLabel: t.common.cancel,
        danger: true,
      });
      if (!confirmed) return;
    }
    await this.applyBulk(kind, [client.id], false);
  }

  private async bulk(kind: BulkKind): Promise<void> {
    const t = this.localize.t;
    const count = this.selection.count(this.pages.total ?? 0);
    if (!count) return;
    if (kind === 'trash' || kind === 'purge') {
      const confirmed = await this.confirm.ask({
        title: this.localize.plural(count, kind === 'trash' ? t.list.confirm.trashTitle : t.list.confirm.purgeTitle),
        message: kind === 'trash' ? t.list.confirm.trashMessage : t.list.confirm.purgeMessage,
        confirmLabel: kind === 'trash' ? t.list.confirm.trashConfirm : t.list.confirm.purgeConfirm,
        cancelLabel: t.common.cancel,
        danger: true,
      });
      if (!confirmed) return;
    }
    this.busy = true;
    try {
      const ids = await this.resolveSelection();
      await this.applyBulk(kind, ids, true);
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy = false;
    }
  }

  private async applyBulk(kind: BulkKind, ids: string[], fromSelection: boolean): Promise<void> {
    const adapter = this.adapter;
    if (!adapter || !ids.length) return;
    const t = this.localize.t;
    const strings = t.list.bulk;
    const group = this.lookups.groups.find((candidate) => candidate.id === this.groupChoice);
    let result: BulkResult;
    this.busy = true;
    try {
      switch (kind) {
        case 'trash':
          result = await adapter.clients.trash(ids);
          break;
        case 'restore':
          result = await adapter.clients.restore(ids);
          break;
        case 'purge':
          result = await adapter.clients.purge(ids);
          break;
        case 'addToGroup':
        case 'removeFromGroup':
          if (!group || !adapter.groups) return;
          result = kind === 'addToGroup' ? await adapter.groups.addMembers(group.id, ids) : await adapter.groups.removeMembers(group.id, ids);
          break;
      }
    } catch (error) {
      // Nothing is known to have happened: the selection stays as it was.
      this.showError(error);
      return;
    } finally {
      this.busy = false;
    }
    const done = result.succeeded.length;
    const messages: string[] = [];
    if (done) {
      const count = this.localize.number(done);
      if (kind === 'trash') messages.push(this.localize.plural(done, strings.trashed));
      else if (kind === 'restore') messages.push(this.localize.plural(done, strings.restored));
      else if (kind === 'purge') messages.push(this.localize.plural(done, strings.purged));
      else if (kind === 'addToGroup') messages.push(strings.added(count, group?.name ?? ''));
      else messages.push(strings.removed(count, group?.name ?? ''));
    }
    if (result.failed.length) {
      const failedIds = result.failed.map((failure) => failure.id);
      messages.push(strings.failed(strings.actions[kind], this.localize.number(failedIds.length), this.namesOf(failedIds)));
      // The clients that failed stay selected, so the user can retry them.
      if (fromSelection || this.selection.count(this.pages.total ?? 0)) this.selection.keepOnly(failedIds);
    } else if (fromSelection && (kind === 'trash' || kind === 'restore' || kind === 'purge')) {
      this.selection.clear();
    }
    this.notice = { kind: result.failed.length ? 'error' : 'info', text: messages.join(' ') };
    const detail = { ids: result.succeeded, failed: result.failed };
    if (kind === 'trash' && done) this.emit('client-trashed', detail);
    if (kind === 'restore' && done) this.emit('client-restored', detail);
    if (kind === 'purge' && done) this.emit('client-purged', detail);
    if (kind === 'trash' && !done && result.failed.length) this.emit('client-trashed', detail);
    void this.reload();
    if (kind !== 'restore' || done) this.reloadGroups();
  }

  private async exportSelection(format: ExportFormat): Promise<void> {
    const adapter = this.adapter;
    if (!adapter) return;
    const t = this.localize.t;
    const total = this.pages.total ?? 0;
    const count = this.selection.count(total);
    const { sort, view, search, filter } = this.query;
    const base: ClientListQuery = { ...(search ? { search } : {}), sort, view };
    this.busy = true;
    try {
      const everything = this.selection.allMatching && this.selection.excluded.length === 0;
      const ids = everything ? null : await this.resolveSelection();
      const query: ClientListQuery = { ...base, filter: { ...(filter ?? {}), ...(ids ? { ids } : {}) } };
      const event = this.emit('client-export-request', { query, ids, count, format }, { cancelable: true });
      if (event.defaultPrevented) return;
      const [clients, { downloadListExport }] = await Promise.all([adapter.clients.exportAll(query), import('./export-file.js')]);
      const file = await downloadListExport(clients, {
        format,
        locale: this.localize.locale,
        listColumns: columnsFor(this.view, this.localize).map((column) => column.key),
        lookups: this.lookups,
        doc: this.ownerDocument,
      });
      this.notice = { kind: 'info', text: this.localize.plural(file.count, t.list.bulk.exported) };
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy = false;
    }
  }

  /* ---------------- saved filters ---------------- */

  private readonly saveFilter = (): void => {
    const name = this.savedName.trim();
    if (!name) return;
    const entry: SavedFilter = { name, filter: cleanFilter(this._filter), search: this.search };
    this.saved = [...this.saved.filter((saved) => saved.name !== name), entry];
    storeSavedFilters(this.storageKey, this.saved);
    this.savedName = '';
    this.notice = { kind: 'info', text: this.localize.t.list.saved.saved(name) };
  };

  private readonly applySaved = (saved: SavedFilter): void => {
    this.userChangedQuery = true;
    this.filter = saved.filter;
    this.search = saved.search;
    this.searchText = saved.search;
    this.notice = { kind: 'info', text: this.localize.t.list.saved.applied(saved.name) };
    this.emitFilterChange();
  };

  private readonly removeSaved = (saved: SavedFilter): void => {
    this.saved = this.saved.filter((other) => other !== saved);
    storeSavedFilters(this.storageKey, this.saved);
    this.notice = { kind: 'info', text: this.localize.t.list.saved.removed(saved.name) };
  };

  /* ---------------- render ---------------- */

  private memo: { lookups: ListLookups; groups: Map<string, ListLookups['groups'][number]>; tags: Map<string, ListLookups['tags'][number]>; origins: Map<string, string> } | undefined;

  private lookupMaps() {
    if (this.memo?.lookups !== this.lookups) {
      this.memo = {
        lookups: this.lookups,
        groups: new Map(this.lookups.groups.map((group) => [group.id, group])),
        tags: new Map(this.lookups.tags.map((tag) => [tag.id, tag])),
        origins: new Map(this.lookups.origins.map((origin) => [origin.id, origin.label])),
      };
    }
    return this.memo;
  }

  /**
   * What the rows depend on: the rows re-render only when one of these changes, not on every update
   * of the element (typing in the search box, the stale state, the bulk bar, the metrics…). The
   * virtualizer still renders rows on its own as the user scrolls.
   */
  private rowDependencies(): unknown[] {
    const ctx = this.rowContext;
    return [
      this.hideStaleRows && this.pages.stale,
      this.pages.failedPages.size,
      this.errorRow,
      this.pages.items,
      this.pages.revision,
      this.selection.revision,
      ctx.activeIndex,
      ctx.terms.join(' '),
      ctx.view,
      ctx.now,
      this.lookups,
      this.localize.locale,
      this.localize.tag,
      this.localize.timeZone,
      this.localize.currency,
      `${ctx.can.edit}${ctx.can.trash}${ctx.can.restore}${ctx.can.purge}`,
    ];
  }

  private readonly renderItem = (item: ClientSummary | null, index: number): TemplateResult => {
    if (item && this.hideStaleRows && this.pages.stale) return renderPlaceholderRow(index, this.rowContext);
    if (!item && this.pages.failedPages.has(Math.floor(index / this.pages.pageSize))) return renderFailedRow(index, this.rowContext, index === this.errorRow);
    return renderRow(item, index, this.rowContext);
  };
  private readonly keyOf = (_item: ClientSummary | null, index: number): number | string => this.slots.get(index) ?? `i${index}`;

  override render() {
    const t = this.localize.t;
    if (!this.adapter) {
      return html`<div class="root" part="base">${renderState({ kind: 'empty', title: t.provider.noAdapter }, t)}</div>`;
    }
    if (!this.can('clients.view')) {
      const view = this.permissionsPending ? ({ kind: 'loading', shape: 'rows', lines: 8, label: t.provider.loadingSession } as const) : ({ kind: 'forbidden' } as const);
      return html`<div class="root" part="base">${renderState(view, t)}</div>`;
    }
    const total = this.pages.total;
    const currency = this.metrics?.totalSales.currency ?? this.localize.currency;
    const maps = this.lookupMaps();
    const can = {
      create: this.can('clients.create'),
      edit: this.can('clients.edit'),
      trash: this.can('clients.trash'),
      restore: this.can('clients.restore'),
      purge: this.can('clients.purge'),
      export: this.can('clients.export'),
      import: this.can('clients.import') && this.can('clients.create'),
    };
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    this.rowContext = {
      localize: this.localize,
      t: this.localize.t,
      textsKey: `${this.localize.tag}|${this.localize.timeZone}|${this.view}|${now}`,
      // While a new search runs the rows still show the previous results: they keep their highlights
      // (and are not rendered again for terms they were not found by).
      terms: this.pages.stale && this.rowContext ? this.rowContext.terms : searchTerms(this.search),
      view: this.view,
      activeIndex: this.activeIndex,
      isSelected: (id) => this.selection.has(id),
      groups: maps.groups,
      tags: maps.tags,
      origins: maps.origins,
      can,
      // Relative times change by the minute: rows re-format at most once a minute.
      now,
    };
    this.allVisibleSelected = this.computeAllVisibleSelected();
    this.errorRow = this.failedRowInView();
    const selectedCount = this.selection.count(total ?? 0);
    return html`<div class="root" part="base" aria-label=${t.list.label} role="region">
      ${renderToolbar({
        idPrefix: this.idPrefix,
        localize: this.localize,
        searchText: this.searchText,
        searching: this.searchInput.pending,
        view: this.view,
        sort: this.effectiveSort,
        filterCount: countCriteria(this._filter),
        filtersOpen: this.filtersOpen,
        total,
        totalExact: this.pages.totalExact,
        hasGrid: total !== undefined && total > 0 && this.pages.status !== 'error',
        canCreate: can.create,
        canImport: can.import,
        canSeeTrash: can.trash || can.restore || can.purge,
        onSearchInput: this.onSearchInput,
        onSearchKeydown: this.onSearchKeydown,
        onView: this.onView,
        onToggleFilters: this.toggleFilters,
        onSort: this.onSort,
        onCreate: () => void this.openCreateDialog(draftFromSearch(this.search)),
        onImport: () => void this.openImport(),
      })}
      ${this.filtersOpen && this.filterPanel
        ? this.filterPanel.renderFilterPanel({
            idPrefix: this.idPrefix,
            filter: this._filter,
            lookups: this.lookups,
            localize: this.localize,
            currency,
            saved: this.saved,
            savedName: this.savedName,
            onUpdate: (change) => this.setFilter(change(this._filter)),
            onSavedNameInput: (name) => (this.savedName = name),
            onSave: this.saveFilter,
            onApplySaved: this.applySaved,
            onRemoveSaved: this.removeSaved,
            onClose: () => {
              this.filtersOpen = false;
              void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[aria-controls="${this.idPrefix}-filters"]`)?.focus());
            },
          })
        : nothing}
      ${renderFilterChips({ filter: this._filter, lookups: this.lookups, localize: this.localize, currency, onChange: this.setFilter })}
      ${this.pages.status === 'error'
        ? nothing
        : renderMetricsStrip({
        metrics: this.metrics,
        loading: this.metricsLoading,
        failed: this.metricsFailed,
        localize: this.localize,
            onRetry: () => this.loadMetrics(),
          })}
      ${selectedCount
        ? renderBulkBar({
            idPrefix: this.idPrefix,
            count: selectedCount,
            total: total ?? 0,
            totalExact: this.pages.totalExact,
            allMatching: this.selection.allMatching,
            view: this.view,
            localize: this.localize,
            groups: this.lookups.groups,
            groupChoice: this.groupChoice,
            busy: this.busy,
            can,
            onGroupChoice: (id) => (this.groupChoice = id),
            onAddToGroup: () => void this.bulk('addToGroup'),
            onRemoveFromGroup: () => void this.bulk('removeFromGroup'),
            onTrash: () => void this.bulk('trash'),
            onRestore: () => void this.bulk('restore'),
            onPurge: () => void this.bulk('purge'),
            onExport: (format) => void this.exportSelection(format),
            onClear: () => this.selection.clear(),
            onSelectAllMatching: () => this.selection.selectAllMatching(),
          })
        : nothing}
      ${this.notice
        ? html`<div class="notice ${this.notice.kind}" part="notice" role=${this.notice.kind === 'error' ? 'alert' : 'status'}>
            <span>${this.notice.text}</span>
            <button type="button" class="icon-button" aria-label=${t.common.close} title=${t.common.close} @click=${() => (this.notice = undefined)}>
              <span aria-hidden="true">×</span>
            </button>
          </div>`
        : nothing}
      ${this.renderBody(total, can.create)}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.dialog.render()} ${this.confirm.render()}
    </div>`;
  }

  private renderBody(total: number | undefined, canCreate: boolean) {
    const t = this.localize.t;
    const pages = this.pages;
    if (pages.status === 'error') {
      return renderState({ kind: 'error', error: pages.error, retry: () => void pages.retry() }, t);
    }
    if (total === 0) return this.renderEmpty(canCreate);
    // While the first page loads, the grid is there under the skeleton: its scroller is laid out and
    // measured by the time the rows arrive, so exactly the rows that fit render first.
    const loading = total === undefined;
    const columns = columnsFor(this.view, this.localize);
    const visibleIds = this.visibleIds();
    return html`<div
      class="grid ${pages.stale ? 'stale' : ''}"
      part="grid"
      id="${this.idPrefix}-grid"
      role="grid"
      aria-label=${this.view === 'trash' ? t.list.views.trash : t.list.label}
      aria-rowcount=${loading ? -1 : total + 1}
      aria-colcount=${columns.length + 1}
      aria-multiselectable="true"
      aria-busy=${loading || pages.stale ? 'true' : 'false'}
    >
      ${loading ? html`<div class="grid-loading">${renderState({ kind: 'loading', shape: 'rows', lines: 8, label: t.common.loading }, t)}</div>` : nothing}
      <div role="rowgroup" class="head" ?inert=${loading} @click=${this.onHeaderClick}>
        ${renderHeaderRow({
          columns,
          sort: this.effectiveSort,
          localize: this.localize,
          allVisibleSelected: this.allVisibleSelected,
          someVisibleSelected: visibleIds.some((id) => this.selection.has(id)),
        })}
      </div>
      <div
        role="rowgroup"
        class="body"
        ?inert=${loading}
        @click=${this.onBodyClick}
        @keydown=${this.onBodyKeydown}
        @focusin=${this.onBodyFocusIn}
      >
        ${guard(this.rowDependencies(), () => virtualRows(this.rows, { items: pages.items, renderItem: this.renderItem, keyFunction: this.keyOf }))}
      </div>
    </div>
    ${pages.failedPages.size && this.errorRow === -1
      ? html`<div class="page-error" role="alert">
          ${t.list.empty.pageFailed}
          <button type="button" class="link-button" @click=${() => void pages.retry()}>${t.common.retry}</button>
        </div>`
      : nothing}
    ${this.renderLegend()}`;
  }

  /** What the row icons mean, in words (the icons alone carry only a hover title and hidden text). */
  private renderLegend() {
    const legend = this.localize.t.list.row.legend;
    return html`<p class="legend" part="legend">
      <span class="legend-label">${legend.label}:</span>
      <span class="legend-item flag-blocked">${icons.blocked}<span>${legend.blocked}</span></span>
      <span class="legend-item flag-alert">${icons.alert}<span>${legend.alerts}</span></span>
      <span class="legend-item flag-allergy">${icons.allergy}<span>${legend.allergies}</span></span>
    </p>`;
  }

  private renderEmpty(canCreate: boolean) {
    const t = this.localize.t;
    const strings = t.list.empty;
    if (this.view === 'trash') return renderState({ kind: 'empty', title: strings.trashTitle, message: strings.trashMessage }, t);
    const search = this.search.trim();
    const filtered = countCriteria(this._filter) > 0;
    if (search) {
      return renderState(
        {
          kind: 'empty',
          title: strings.noResults(search),
          message: strings.noResultsMessage,
          ...(canCreate ? { action: { label: strings.createNamed(search), onClick: () => void this.openCreateDialog(draftFromSearch(search)) } } : {}),
        },
        t,
      );
    }
    if (filtered) {
      return renderState({ kind: 'empty', title: strings.noResultsFiltered, message: strings.noResultsMessage, action: { label: t.list.filters.clearAll, onClick: () => this.setFilter({}) } }, t);
    }
    return renderState(
      {
        kind: 'empty',
        title: strings.title,
        message: strings.message,
        ...(canCreate ? { action: { label: strings.action, onClick: () => void this.openCreateDialog() } } : {}),
      },
      t,
    );
  }
}
