/*
 * Strings of the <client-list> area (<client-list>, <client-groups>): the interface here, one module per locale beside
 * it (list.en.ts, list.es.ts, list.pt-BR.ts). The interface is the contract: a string missing from one
 * locale fails the type check. See ../translation.ts for the kinds of leaves and how areas load.
 */
import type { ClientSortField } from '../../model/query.js';
import type { Labels, PluralForms } from '../translation.js';
import { stringsSource } from '../strings.js';
import { listEn } from './list.en.js';

export interface ListColumnStrings {
  select: string;
  client: string;
  contact: string;
  reviews: string;
  sales: string;
  updated: string;
  deleted: string;
  status: string;
  actions: string;
}

export interface ListRowStrings {
  /** Accessible name of a row's checkbox. */
  select: (name: string) => string;
  view: string;
  edit: string;
  trash: string;
  restore: string;
  purge: string;
  /** Accessible name of a row action: "View María Pérez". */
  actionFor: (action: string, name: string) => string;
  noContact: string;
  /** "4.6 ★ · 12 reviews" — rating already formatted. */
  rating: (rating: string) => string;
  reviewCount: PluralForms;
  noReviews: string;
  /** Last update, relative: "Updated 3 days ago". */
  updated: (relative: string) => string;
  /** Deletion date in the trash view. */
  deletedOn: (date: string) => string;
  /** Online booking blocked (blacklist). */
  blacklisted: string;
  alerts: PluralForms;
  allergies: PluralForms;
  /** A row whose data has not arrived yet. */
  loading: string;
  /** "Origin: Online booking". */
  origin: (label: string) => string;
  /** The visible legend of the row icons, under the list. */
  legend: { label: string; blocked: string; alerts: string; allergies: string };
}

export interface ListFilterStrings {
  /** The button that opens the filter panel. */
  button: string;
  /** "Filters (3)". */
  buttonCount: (count: string) => string;
  title: string;
  group: string;
  origin: string;
  center: string;
  status: string;
  tags: string;
  hasActiveAlerts: string;
  hasActiveAllergies: string;
  blacklisted: string;
  birthdayMonth: string;
  lastVisit: string;
  from: string;
  to: string;
  sales: string;
  salesMin: string;
  salesMax: string;
  /** No constraint on a yes/no criterion or a month. */
  any: string;
  clearAll: string;
  /** Accessible name of the chip list. */
  active: string;
  /** Accessible name of a chip's remove button. */
  remove: (label: string) => string;
  /** Chip of a yes/no criterion: "Has active alerts: no". */
  flag: (label: string, value: string) => string;
  birthdayChip: (month: string) => string;
  lastVisitFromChip: (date: string) => string;
  lastVisitToChip: (date: string) => string;
  salesMinChip: (amount: string) => string;
  salesMaxChip: (amount: string) => string;
  /** The filter names chosen clients (e.g. a deep link to a selection). */
  idsChip: PluralForms;
  /** A range whose end is before its start. */
  invalidRange: string;
  /** Closes the filter panel (the filter applies as it is chosen). */
  done: string;
}

export interface ListSavedFilterStrings {
  label: string;
  save: string;
  name: string;
  namePlaceholder: string;
  remove: (name: string) => string;
  saved: (name: string) => string;
  applied: (name: string) => string;
  removed: (name: string) => string;
}

export interface ListMetricStrings {
  label: string;
  totalClients: string;
  totalReviews: string;
  averageRating: string;
  totalSales: string;
  /** "4.6 of 5". */
  ratingValue: (rating: string) => string;
  noRating: string;
}

export interface ListBulkStrings {
  label: string;
  group: string;
  chooseGroup: string;
  addToGroup: string;
  removeFromGroup: string;
  trash: string;
  restore: string;
  purge: string;
  /** Download the selection as CSV / as an Excel workbook, with the visible columns. */
  exportCsv: string;
  exportXlsx: string;
  clear: string;
  /** "Select all 2,345 matching clients". */
  selectAllMatching: PluralForms;
  /** "All 2,345 matching clients are selected". */
  allMatchingSelected: PluralForms;
  working: string;
  /** No bulk action is allowed to this user. */
  noActions: string;
  trashed: PluralForms;
  restored: PluralForms;
  purged: PluralForms;
  added: (count: string, group: string) => string;
  removed: (count: string, group: string) => string;
  exported: PluralForms;
  /** Some clients failed: "Couldn’t move 2 clients to the trash: Ana Pérez, Luis Gómez." */
  failed: (action: string, count: string, names: string) => string;
  /** Names of the actions, for `failed`. */
  actions: {
    trash: string;
    restore: string;
    purge: string;
    addToGroup: string;
    removeFromGroup: string;
    export: string;
  };
}

export interface ListConfirmStrings {
  trashTitle: PluralForms;
  trashMessage: string;
  trashOne: (name: string) => string;
  purgeTitle: PluralForms;
  purgeOne: (name: string) => string;
  purgeMessage: string;
  /** Confirm button of a permanent delete. */
  purgeConfirm: string;
  trashConfirm: string;
}

export interface ListEmptyStrings {
  title: string;
  message: string;
  action: string;
  noResults: (query: string) => string;
  noResultsFiltered: string;
  noResultsMessage: string;
  /** Call to action in the no-results state: create a client with the typed name. */
  createNamed: (name: string) => string;
  trashTitle: string;
  trashMessage: string;
  /** Some rows could not be loaded while scrolling. */
  pageFailed: string;
}

export interface ListCreateStrings {
  title: string;
  editTitle: (name: string) => string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  birthDate: string;
  status: string;
  /** Legend of the group checkboxes (a client may be in several). */
  groups: string;
  origin: string;
  noOrigin: string;
  submit: string;
  saveChanges: string;
  checking: string;
  duplicateTitle: string;
  /** "María Pérez · Same email, Same phone" (reasons from `enums.duplicateReason`). */
  duplicateMatch: (name: string, reasons: string) => string;
  openMatch: (name: string) => string;
  created: (name: string) => string;
  updated: (name: string) => string;
  /** The form could not be saved; the input is kept. */
  failed: string;
  /** Loading the client to edit. */
  loading: string;
  /** After a conflict: save over the newer version. */
  overwrite: string;
  /** Field messages after validation. */
  errors: {
    firstName: string;
    email: string;
    phone: string;
    birthDate: string;
    other: string;
  };
}

export interface GroupStrings {
  label: string;
  newGroup: string;
  name: string;
  color: string;
  create: string;
  members: PluralForms;
  rename: string;
  renameLabel: (name: string) => string;
  colorLabel: (name: string) => string;
  remove: string;
  removeLabel: (name: string) => string;
  deleteTitle: (name: string) => string;
  deleteMessage: string;
  empty: string;
  emptyMessage: string;
  showMembers: (name: string) => string;
  hideMembers: (name: string) => string;
  /** Buttons for the clients the host passes in `client-ids`. */
  addSelected: PluralForms;
  removeSelected: PluralForms;
  addClientPlaceholder: string;
  addClientTo: (group: string) => string;
  removeMember: (name: string, group: string) => string;
  /** Visible label of the button that takes one client out of a group. */
  removeMemberShort: string;
  noMembers: string;
  /** "Showing 20 of 135". */
  moreMembers: (shown: string, total: string) => string;
  noMatches: string;
  created: (name: string) => string;
  renamed: (name: string) => string;
  recolored: (name: string) => string;
  deleted: (name: string) => string;
  added: (count: string, group: string) => string;
  removedMembers: (count: string, group: string) => string;
  notAllowed: string;
  unsupported: string;
}

export interface ListStrings {
  /** The element's accessible name. */
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** Hint next to the search box: the `/` shortcut. */
  searchHint: string;
  /** Total that match: "2,345 clients". */
  total: PluralForms;
  /** A total the backend counted only so far (more match): "1,050+ clients". */
  totalAtLeast: PluralForms;
  /** Live announcement after a search or filter: "23 clients found". */
  found: PluralForms;
  /** The same with a total counted only so far: "More than 1,050 clients found". */
  foundAtLeast: PluralForms;
  viewLabel: string;
  views: { active: string; trash: string };
  newClient: string;
  /** Toolbar button that opens the import wizard. */
  importClients: string;
  sortBy: string;
  sortFields: Labels<ClientSortField>;
  sortDirection: { asc: string; desc: string };
  /** Accessible name of a sortable header's button. */
  sortByColumn: (column: string) => string;
  /** Header checkbox. */
  selectVisible: string;
  columns: ListColumnStrings;
  row: ListRowStrings;
  filters: ListFilterStrings;
  saved: ListSavedFilterStrings;
  metrics: ListMetricStrings;
  bulk: ListBulkStrings;
  confirm: ListConfirmStrings;
  empty: ListEmptyStrings;
  create: ListCreateStrings;
  groups: GroupStrings;
}

/** The list area's strings: English bundled, the other locales loaded on first use. */
export const listStrings = stringsSource('list', listEn, {
  es: () => import('./list.es.js').then((m) => m.listEs),
  'pt-BR': () => import('./list.pt-BR.js').then((m) => m.listPtBR),
});
