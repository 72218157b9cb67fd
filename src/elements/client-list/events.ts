/*
 * Events of <client-list>. Every one is a CustomEvent that bubbles and is composed, so a host
 * listens on the element or any ancestor:
 *
 *   list.addEventListener('client-open', (event) => router.go(`/clients/${event.detail.id}`));
 */
import type { Client, ClientSummary } from '../../model/client.js';
import type { BulkResult } from '../../model/page.js';
import type { ClientFilter, ClientListQuery, ClientSort } from '../../model/query.js';
import type { ExportFormat } from '../../import-export/export.js';

/** `client-open`: the user asked to see a client (row, Enter, a duplicate warning's link). */
export interface ClientOpenDetail {
  id: string;
  /** The row, when the list has it. */
  client?: ClientSummary;
}

/** `client-select`: the selection changed. */
export interface ClientSelectDetail {
  /** The chosen ids; empty when `allMatching`. */
  ids: string[];
  /** Every client matching `query` is selected, except `excludedIds`. */
  allMatching: boolean;
  excludedIds: string[];
  /** How many clients are selected. */
  count: number;
  /** The query the selection refers to (without paging). */
  query: ClientListQuery;
}

/** `client-created`: a client was created from the list's dialog. */
export interface ClientCreatedDetail {
  client: Client;
}

/** `client-trashed`, `client-restored`, `client-purged`: what a bulk or row action did. */
export interface ClientBulkDetail {
  /** The clients the action succeeded for. */
  ids: string[];
  /** The clients it failed for, and why. */
  failed: BulkResult['failed'];
}

/** `client-filter-change`: the user changed the filter, the search, the view or the sort. */
export interface ClientFilterChangeDetail {
  filter: ClientFilter;
  search: string;
  view: 'active' | 'trash';
  sort: ClientSort | undefined;
}

/**
 * `client-export-request`: the user asked to export the selection as CSV or Excel. Unless a host
 * handles this event (and calls `preventDefault()`), the list downloads the file itself: the visible
 * columns, headers and labels in the user's language (see src/import-export/export.ts).
 */
export interface ClientExportRequestDetail {
  /** The clients to export: pass it to `clients.exportAll`. Its `filter.ids` names them, unless all match. */
  query: ClientListQuery;
  /** The selected ids, or null when every client matching `query` is meant. */
  ids: string[] | null;
  count: number;
  /** The file the user asked for. */
  format: ExportFormat;
}

/** `client-import-request`: the user asked to import clients (nothing to carry). */
export type ClientImportRequestDetail = Record<string, never>;

declare global {
  interface HTMLElementEventMap {
    'client-open': CustomEvent<ClientOpenDetail>;
    'client-select': CustomEvent<ClientSelectDetail>;
    'client-created': CustomEvent<ClientCreatedDetail>;
    'client-trashed': CustomEvent<ClientBulkDetail>;
    'client-restored': CustomEvent<ClientBulkDetail>;
    'client-purged': CustomEvent<ClientBulkDetail>;
    'client-filter-change': CustomEvent<ClientFilterChangeDetail>;
    'client-export-request': CustomEvent<ClientExportRequestDetail>;
    'client-import-request': CustomEvent<ClientImportRequestDetail>;
  }
}
