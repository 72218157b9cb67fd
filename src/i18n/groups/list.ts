/*
 * Strings of the <client-list> area (<client-list>, <client-groups>), in en, es and pt-BR. The
 * interface is the contract: a string missing from one locale fails the type check. Owned by the list
 * elements; see ../translation.ts for the kinds of leaves (strings, functions, PluralForms).
 */
import type { ClientSortField } from '../../model/query.js';
import type { Labels, PluralForms } from '../translation.js';

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
  export: string;
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
  group: string;
  origin: string;
  noGroup: string;
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
  /** Live announcement after a search or filter: "23 clients found". */
  found: PluralForms;
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

export const listEn: ListStrings = {
  label: 'Clients',
  searchLabel: 'Search clients',
  searchPlaceholder: 'Search by name, phone or email',
  searchHint: 'Press / to search',
  total: { '=0': 'No clients', one: '{count} client', other: '{count} clients' },
  found: { '=0': 'No clients found', one: '{count} client found', other: '{count} clients found' },
  viewLabel: 'Show',
  views: { active: 'Clients', trash: 'Trash' },
  newClient: 'New client',
  importClients: 'Import',
  sortBy: 'Sort by',
  sortFields: {
    name: 'Name',
    createdAt: 'Date added',
    updatedAt: 'Last update',
    totalSales: 'Accumulated sales',
    reviewCount: 'Number of reviews',
    averageRating: 'Average rating',
    lastVisitAt: 'Last visit',
    trashedAt: 'Date deleted',
  },
  sortDirection: { asc: 'Ascending', desc: 'Descending' },
  sortByColumn: (column) => `Sort by ${column}`,
  selectVisible: 'Select all visible clients',
  columns: {
    select: 'Select',
    client: 'Client',
    contact: 'Contact',
    reviews: 'Reviews',
    sales: 'Sales',
    updated: 'Last update',
    deleted: 'Deleted',
    status: 'Status',
    actions: 'Actions',
  },
  row: {
    select: (name) => `Select ${name}`,
    view: 'View',
    edit: 'Edit',
    trash: 'Delete',
    restore: 'Restore',
    purge: 'Delete permanently',
    actionFor: (action, name) => `${action}: ${name}`,
    noContact: 'No contact details',
    rating: (rating) => `${rating} ★`,
    reviewCount: { one: '{count} review', other: '{count} reviews' },
    noReviews: 'No reviews',
    updated: (relative) => `Updated ${relative}`,
    deletedOn: (date) => `Deleted on ${date}`,
    blacklisted: 'Online booking blocked',
    alerts: { one: '{count} active alert', other: '{count} active alerts' },
    allergies: { one: '{count} active allergy', other: '{count} active allergies' },
    loading: 'Loading client…',
    origin: (label) => `Origin: ${label}`,
  },
  filters: {
    button: 'Filters',
    buttonCount: (count) => `Filters (${count})`,
    title: 'Filter clients',
    group: 'Group',
    origin: 'Origin',
    center: 'Center',
    status: 'Status',
    tags: 'Tags',
    hasActiveAlerts: 'Has active alerts',
    hasActiveAllergies: 'Has active allergies',
    blacklisted: 'Online booking blocked',
    birthdayMonth: 'Birthday month',
    lastVisit: 'Last visit',
    from: 'From',
    to: 'To',
    sales: 'Accumulated sales',
    salesMin: 'At least',
    salesMax: 'At most',
    any: 'Any',
    clearAll: 'Clear filters',
    active: 'Active filters',
    remove: (label) => `Remove filter: ${label}`,
    flag: (label, value) => `${label}: ${value}`,
    birthdayChip: (month) => `Birthday in ${month}`,
    lastVisitFromChip: (date) => `Last visit from ${date}`,
    lastVisitToChip: (date) => `Last visit until ${date}`,
    salesMinChip: (amount) => `Sales of at least ${amount}`,
    salesMaxChip: (amount) => `Sales of at most ${amount}`,
    idsChip: { one: '{count} chosen client', other: '{count} chosen clients' },
    invalidRange: 'The end of the range is before its start.',
  },
  saved: {
    label: 'Saved filters',
    save: 'Save filter',
    name: 'Name of the filter',
    namePlaceholder: 'e.g. VIP in Madrid',
    remove: (name) => `Delete saved filter “${name}”`,
    saved: (name) => `Filter “${name}” saved.`,
    applied: (name) => `Filter “${name}” applied.`,
    removed: (name) => `Filter “${name}” deleted.`,
  },
  metrics: {
    label: 'Summary of the clients shown',
    totalClients: 'Clients',
    totalReviews: 'Reviews',
    averageRating: 'Average rating',
    totalSales: 'Total sales',
    ratingValue: (rating) => `${rating} of 5`,
    noRating: 'No ratings',
  },
  bulk: {
    label: 'Actions on the selected clients',
    group: 'Group',
    chooseGroup: 'Choose a group',
    addToGroup: 'Add to group',
    removeFromGroup: 'Remove from group',
    trash: 'Move to trash',
    restore: 'Restore',
    purge: 'Delete permanently',
    export: 'Export',
    clear: 'Clear selection',
    selectAllMatching: { one: 'Select the {count} matching client', other: 'Select all {count} matching clients' },
    allMatchingSelected: { one: 'The {count} matching client is selected', other: 'All {count} matching clients are selected' },
    working: 'Working…',
    noActions: 'You can’t change these clients.',
    trashed: { one: '{count} client moved to the trash.', other: '{count} clients moved to the trash.' },
    restored: { one: '{count} client restored.', other: '{count} clients restored.' },
    purged: { one: '{count} client deleted permanently.', other: '{count} clients deleted permanently.' },
    added: (count, group) => `${count} added to “${group}”.`,
    removed: (count, group) => `${count} removed from “${group}”.`,
    exported: { one: '{count} client exported.', other: '{count} clients exported.' },
    failed: (action, count, names) => `Couldn’t ${action} ${count}: ${names}. They are still selected.`,
    actions: {
      trash: 'move to the trash',
      restore: 'restore',
      purge: 'delete',
      addToGroup: 'add to the group',
      removeFromGroup: 'remove from the group',
      export: 'export',
    },
  },
  confirm: {
    trashTitle: { one: 'Move {count} client to the trash?', other: 'Move {count} clients to the trash?' },
    trashMessage: 'You can restore them from the trash at any time.',
    trashOne: (name) => `Move ${name} to the trash?`,
    purgeTitle: { one: 'Delete {count} client permanently?', other: 'Delete {count} clients permanently?' },
    purgeOne: (name) => `Delete ${name} permanently?`,
    purgeMessage: 'All their records will be erased. This can’t be undone.',
    purgeConfirm: 'Delete permanently',
    trashConfirm: 'Move to trash',
  },
  empty: {
    title: 'No clients yet',
    message: 'Add your first client to start building your client base.',
    action: 'Add a client',
    noResults: (query) => `No clients match “${query}”`,
    noResultsFiltered: 'No clients match these filters',
    noResultsMessage: 'Check the spelling, or try fewer filters.',
    createNamed: (name) => `Create client “${name}”`,
    trashTitle: 'The trash is empty',
    trashMessage: 'Deleted clients stay here until you restore them or delete them permanently.',
    pageFailed: 'Some clients couldn’t be loaded.',
  },
  create: {
    title: 'New client',
    editTitle: (name) => `Edit ${name}`,
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone',
    birthDate: 'Date of birth',
    status: 'Status',
    group: 'Group',
    origin: 'How they found us',
    noGroup: 'No group',
    noOrigin: 'Not specified',
    submit: 'Create client',
    saveChanges: 'Save changes',
    checking: 'Checking for existing clients…',
    duplicateTitle: 'This client may already exist',
    duplicateMatch: (name, reasons) => `${name} · ${reasons}`,
    openMatch: (name) => `Open ${name}`,
    created: (name) => `${name} was added.`,
    updated: (name) => `${name} was saved.`,
    failed: 'The client wasn’t saved. Your input is still here.',
    loading: 'Loading client…',
    overwrite: 'Save my version',
    errors: {
      firstName: 'Enter a first name.',
      email: 'Enter a valid email address, like name@example.com.',
      phone: 'Enter a phone number with at least 6 digits (digits, spaces, + - . ( ) only).',
      birthDate: 'Enter a valid date.',
      other: 'Check this field.',
    },
  },
  groups: {
    label: 'Client groups',
    newGroup: 'New group',
    name: 'Name',
    color: 'Color',
    create: 'Create group',
    members: { '=0': 'No members', one: '{count} member', other: '{count} members' },
    rename: 'Rename',
    renameLabel: (name) => `New name for “${name}”`,
    colorLabel: (name) => `Color of “${name}”`,
    remove: 'Delete',
    removeLabel: (name) => `Delete group “${name}”`,
    deleteTitle: (name) => `Delete the group “${name}”?`,
    deleteMessage: 'Its clients are kept; they just leave the group.',
    empty: 'No groups yet',
    emptyMessage: 'Groups let you classify clients (VIP, bridal, corporate…) and act on them together.',
    showMembers: (name) => `Show members of “${name}”`,
    hideMembers: (name) => `Hide members of “${name}”`,
    addSelected: { one: 'Add {count} selected client', other: 'Add {count} selected clients' },
    removeSelected: { one: 'Remove {count} selected client', other: 'Remove {count} selected clients' },
    addClientPlaceholder: 'Search for a client to add',
    addClientTo: (group) => `Add a client to “${group}”`,
    removeMember: (name, group) => `Remove ${name} from “${group}”`,
    removeMemberShort: 'Remove',
    noMembers: 'No clients in this group yet.',
    moreMembers: (shown, total) => `Showing ${shown} of ${total}.`,
    noMatches: 'No clients found.',
    created: (name) => `Group “${name}” created.`,
    renamed: (name) => `Group renamed to “${name}”.`,
    recolored: (name) => `Color of “${name}” changed.`,
    deleted: (name) => `Group “${name}” deleted.`,
    added: (count, group) => `${count} added to “${group}”.`,
    removedMembers: (count, group) => `${count} removed from “${group}”.`,
    notAllowed: 'You can view groups but not change them.',
    unsupported: 'Groups aren’t available with this data source.',
  },
};

export const listEs: ListStrings = {
  label: 'Clientes',
  searchLabel: 'Buscar clientes',
  searchPlaceholder: 'Busca por nombre, teléfono o email',
  searchHint: 'Pulsa / para buscar',
  total: { '=0': 'Ningún cliente', one: '{count} cliente', other: '{count} clientes' },
  found: { '=0': 'No se encontró ningún cliente', one: 'Se encontró {count} cliente', other: 'Se encontraron {count} clientes' },
  viewLabel: 'Mostrar',
  views: { active: 'Clientes', trash: 'Papelera' },
  newClient: 'Nuevo cliente',
  importClients: 'Importar',
  sortBy: 'Ordenar por',
  sortFields: {
    name: 'Nombre',
    createdAt: 'Fecha de alta',
    updatedAt: 'Última actualización',
    totalSales: 'Ventas acumuladas',
    reviewCount: 'Número de reseñas',
    averageRating: 'Valoración media',
    lastVisitAt: 'Última visita',
    trashedAt: 'Fecha de eliminación',
  },
  sortDirection: { asc: 'Ascendente', desc: 'Descendente' },
  sortByColumn: (column) => `Ordenar por ${column.toLocaleLowerCase('es')}`,
  selectVisible: 'Seleccionar todos los clientes visibles',
  columns: {
    select: 'Seleccionar',
    client: 'Cliente',
    contact: 'Contacto',
    reviews: 'Reseñas',
    sales: 'Ventas',
    updated: 'Última actualización',
    deleted: 'Eliminado',
    status: 'Estado',
    actions: 'Acciones',
  },
  row: {
    select: (name) => `Seleccionar a ${name}`,
    view: 'Ver',
    edit: 'Editar',
    trash: 'Eliminar',
    restore: 'Restaurar',
    purge: 'Eliminar definitivamente',
    actionFor: (action, name) => `${action}: ${name}`,
    noContact: 'Sin datos de contacto',
    rating: (rating) => `${rating} ★`,
    reviewCount: { one: '{count} reseña', other: '{count} reseñas' },
    noReviews: 'Sin reseñas',
    updated: (relative) => `Actualizado ${relative}`,
    deletedOn: (date) => `Eliminado el ${date}`,
    blacklisted: 'Reserva online bloqueada',
    alerts: { one: '{count} alerta activa', other: '{count} alertas activas' },
    allergies: { one: '{count} alergia activa', other: '{count} alergias activas' },
    loading: 'Cargando cliente…',
    origin: (label) => `Origen: ${label}`,
  },
  filters: {
    button: 'Filtros',
    buttonCount: (count) => `Filtros (${count})`,
    title: 'Filtrar clientes',
    group: 'Grupo',
    origin: 'Origen',
    center: 'Centro',
    status: 'Estado',
    tags: 'Etiquetas',
    hasActiveAlerts: 'Tiene alertas activas',
    hasActiveAllergies: 'Tiene alergias activas',
    blacklisted: 'Reserva online bloqueada',
    birthdayMonth: 'Mes de cumpleaños',
    lastVisit: 'Última visita',
    from: 'Desde',
    to: 'Hasta',
    sales: 'Ventas acumuladas',
    salesMin: 'Como mínimo',
    salesMax: 'Como máximo',
    any: 'Cualquiera',
    clearAll: 'Quitar filtros',
    active: 'Filtros activos',
    remove: (label) => `Quitar filtro: ${label}`,
    flag: (label, value) => `${label}: ${value.toLocaleLowerCase('es')}`,
    birthdayChip: (month) => `Cumpleaños en ${month}`,
    lastVisitFromChip: (date) => `Última visita desde el ${date}`,
    lastVisitToChip: (date) => `Última visita hasta el ${date}`,
    salesMinChip: (amount) => `Ventas de al menos ${amount}`,
    salesMaxChip: (amount) => `Ventas de como máximo ${amount}`,
    idsChip: { one: '{count} cliente elegido', other: '{count} clientes elegidos' },
    invalidRange: 'El final del rango es anterior al inicio.',
  },
  saved: {
    label: 'Filtros guardados',
    save: 'Guardar filtro',
    name: 'Nombre del filtro',
    namePlaceholder: 'p. ej. VIP de Madrid',
    remove: (name) => `Eliminar el filtro guardado «${name}»`,
    saved: (name) => `Filtro «${name}» guardado.`,
    applied: (name) => `Filtro «${name}» aplicado.`,
    removed: (name) => `Filtro «${name}» eliminado.`,
  },
  metrics: {
    label: 'Resumen de los clientes mostrados',
    totalClients: 'Clientes',
    totalReviews: 'Reseñas',
    averageRating: 'Valoración media',
    totalSales: 'Ventas totales',
    ratingValue: (rating) => `${rating} de 5`,
    noRating: 'Sin valoraciones',
  },
  bulk: {
    label: 'Acciones sobre los clientes seleccionados',
    group: 'Grupo',
    chooseGroup: 'Elige un grupo',
    addToGroup: 'Añadir al grupo',
    removeFromGroup: 'Quitar del grupo',
    trash: 'Mover a la papelera',
    restore: 'Restaurar',
    purge: 'Eliminar definitivamente',
    export: 'Exportar',
    clear: 'Deseleccionar',
    selectAllMatching: { one: 'Seleccionar el cliente que coincide', other: 'Seleccionar los {count} clientes que coinciden' },
    allMatchingSelected: { one: 'Está seleccionado el cliente que coincide', other: 'Están seleccionados los {count} clientes que coinciden' },
    working: 'Procesando…',
    noActions: 'No puedes modificar estos clientes.',
    trashed: { one: '{count} cliente movido a la papelera.', other: '{count} clientes movidos a la papelera.' },
    restored: { one: '{count} cliente restaurado.', other: '{count} clientes restaurados.' },
    purged: { one: '{count} cliente eliminado definitivamente.', other: '{count} clientes eliminados definitivamente.' },
    added: (count, group) => `${count} añadidos a «${group}».`,
    removed: (count, group) => `${count} quitados de «${group}».`,
    exported: { one: '{count} cliente exportado.', other: '{count} clientes exportados.' },
    failed: (action, count, names) => `No se pudo ${action} ${count}: ${names}. Siguen seleccionados.`,
    actions: {
      trash: 'mover a la papelera a',
      restore: 'restaurar a',
      purge: 'eliminar a',
      addToGroup: 'añadir al grupo a',
      removeFromGroup: 'quitar del grupo a',
      export: 'exportar a',
    },
  },
  confirm: {
    trashTitle: { one: '¿Mover {count} cliente a la papelera?', other: '¿Mover {count} clientes a la papelera?' },
    trashMessage: 'Puedes restaurarlos desde la papelera cuando quieras.',
    trashOne: (name) => `¿Mover a ${name} a la papelera?`,
    purgeTitle: { one: '¿Eliminar {count} cliente definitivamente?', other: '¿Eliminar {count} clientes definitivamente?' },
    purgeOne: (name) => `¿Eliminar a ${name} definitivamente?`,
    purgeMessage: 'Se borrarán todos sus registros. No se puede deshacer.',
    purgeConfirm: 'Eliminar definitivamente',
    trashConfirm: 'Mover a la papelera',
  },
  empty: {
    title: 'Todavía no hay clientes',
    message: 'Añade tu primer cliente para empezar a construir tu cartera.',
    action: 'Añadir un cliente',
    noResults: (query) => `Ningún cliente coincide con «${query}»`,
    noResultsFiltered: 'Ningún cliente coincide con estos filtros',
    noResultsMessage: 'Revisa cómo lo has escrito o prueba con menos filtros.',
    createNamed: (name) => `Crear el cliente «${name}»`,
    trashTitle: 'La papelera está vacía',
    trashMessage: 'Los clientes eliminados se quedan aquí hasta que los restaures o los elimines definitivamente.',
    pageFailed: 'No se pudieron cargar algunos clientes.',
  },
  create: {
    title: 'Nuevo cliente',
    editTitle: (name) => `Editar a ${name}`,
    firstName: 'Nombre',
    lastName: 'Apellidos',
    email: 'Email',
    phone: 'Teléfono',
    birthDate: 'Fecha de nacimiento',
    status: 'Estado',
    group: 'Grupo',
    origin: 'Cómo nos conoció',
    noGroup: 'Sin grupo',
    noOrigin: 'Sin especificar',
    submit: 'Crear cliente',
    saveChanges: 'Guardar cambios',
    checking: 'Comprobando si ya existe…',
    duplicateTitle: 'Puede que este cliente ya exista',
    duplicateMatch: (name, reasons) => `${name} · ${reasons}`,
    openMatch: (name) => `Abrir la ficha de ${name}`,
    created: (name) => `Se ha añadido a ${name}.`,
    updated: (name) => `Se han guardado los datos de ${name}.`,
    failed: 'No se ha guardado el cliente. Lo que has escrito sigue aquí.',
    loading: 'Cargando cliente…',
    overwrite: 'Guardar mi versión',
    errors: {
      firstName: 'Escribe un nombre.',
      email: 'Escribe un email válido, como nombre@ejemplo.com.',
      phone: 'Escribe un teléfono de al menos 6 dígitos (solo dígitos, espacios y + - . ( )).',
      birthDate: 'Escribe una fecha válida.',
      other: 'Revisa este campo.',
    },
  },
  groups: {
    label: 'Grupos de clientes',
    newGroup: 'Nuevo grupo',
    name: 'Nombre',
    color: 'Color',
    create: 'Crear grupo',
    members: { '=0': 'Sin miembros', one: '{count} miembro', other: '{count} miembros' },
    rename: 'Renombrar',
    renameLabel: (name) => `Nuevo nombre para «${name}»`,
    colorLabel: (name) => `Color de «${name}»`,
    remove: 'Eliminar',
    removeLabel: (name) => `Eliminar el grupo «${name}»`,
    deleteTitle: (name) => `¿Eliminar el grupo «${name}»?`,
    deleteMessage: 'Sus clientes se conservan; solo dejan de pertenecer al grupo.',
    empty: 'Todavía no hay grupos',
    emptyMessage: 'Los grupos te permiten clasificar a tus clientes (VIP, novias, empresas…) y actuar sobre ellos a la vez.',
    showMembers: (name) => `Mostrar los miembros de «${name}»`,
    hideMembers: (name) => `Ocultar los miembros de «${name}»`,
    addSelected: { one: 'Añadir {count} cliente seleccionado', other: 'Añadir {count} clientes seleccionados' },
    removeSelected: { one: 'Quitar {count} cliente seleccionado', other: 'Quitar {count} clientes seleccionados' },
    addClientPlaceholder: 'Busca un cliente para añadirlo',
    addClientTo: (group) => `Añadir un cliente a «${group}»`,
    removeMember: (name, group) => `Quitar a ${name} de «${group}»`,
    removeMemberShort: 'Quitar',
    noMembers: 'Este grupo todavía no tiene clientes.',
    moreMembers: (shown, total) => `Se muestran ${shown} de ${total}.`,
    noMatches: 'No se encontró ningún cliente.',
    created: (name) => `Grupo «${name}» creado.`,
    renamed: (name) => `El grupo ahora se llama «${name}».`,
    recolored: (name) => `Se cambió el color de «${name}».`,
    deleted: (name) => `Grupo «${name}» eliminado.`,
    added: (count, group) => `${count} añadidos a «${group}».`,
    removedMembers: (count, group) => `${count} quitados de «${group}».`,
    notAllowed: 'Puedes ver los grupos, pero no modificarlos.',
    unsupported: 'Los grupos no están disponibles con esta fuente de datos.',
  },
};

export const listPtBR: ListStrings = {
  label: 'Clientes',
  searchLabel: 'Buscar clientes',
  searchPlaceholder: 'Busque por nome, telefone ou e-mail',
  searchHint: 'Pressione / para buscar',
  total: { '=0': 'Nenhum cliente', one: '{count} cliente', other: '{count} clientes' },
  found: { '=0': 'Nenhum cliente encontrado', one: '{count} cliente encontrado', other: '{count} clientes encontrados' },
  viewLabel: 'Mostrar',
  views: { active: 'Clientes', trash: 'Lixeira' },
  newClient: 'Novo cliente',
  importClients: 'Importar',
  sortBy: 'Ordenar por',
  sortFields: {
    name: 'Nome',
    createdAt: 'Data de cadastro',
    updatedAt: 'Última atualização',
    totalSales: 'Vendas acumuladas',
    reviewCount: 'Número de avaliações',
    averageRating: 'Nota média',
    lastVisitAt: 'Última visita',
    trashedAt: 'Data de exclusão',
  },
  sortDirection: { asc: 'Crescente', desc: 'Decrescente' },
  sortByColumn: (column) => `Ordenar por ${column.toLocaleLowerCase('pt-BR')}`,
  selectVisible: 'Selecionar todos os clientes visíveis',
  columns: {
    select: 'Selecionar',
    client: 'Cliente',
    contact: 'Contato',
    reviews: 'Avaliações',
    sales: 'Vendas',
    updated: 'Última atualização',
    deleted: 'Excluído',
    status: 'Status',
    actions: 'Ações',
  },
  row: {
    select: (name) => `Selecionar ${name}`,
    view: 'Ver',
    edit: 'Editar',
    trash: 'Excluir',
    restore: 'Restaurar',
    purge: 'Excluir definitivamente',
    actionFor: (action, name) => `${action}: ${name}`,
    noContact: 'Sem dados de contato',
    rating: (rating) => `${rating} ★`,
    reviewCount: { '=0': 'Nenhuma avaliação', one: '{count} avaliação', other: '{count} avaliações' },
    noReviews: 'Sem avaliações',
    updated: (relative) => `Atualizado ${relative}`,
    deletedOn: (date) => `Excluído em ${date}`,
    blacklisted: 'Agendamento online bloqueado',
    alerts: { '=0': 'Nenhum alerta ativo', one: '{count} alerta ativo', other: '{count} alertas ativos' },
    allergies: { '=0': 'Nenhuma alergia ativa', one: '{count} alergia ativa', other: '{count} alergias ativas' },
    loading: 'Carregando cliente…',
    origin: (label) => `Origem: ${label}`,
  },
  filters: {
    button: 'Filtros',
    buttonCount: (count) => `Filtros (${count})`,
    title: 'Filtrar clientes',
    group: 'Grupo',
    origin: 'Origem',
    center: 'Unidade',
    status: 'Status',
    tags: 'Etiquetas',
    hasActiveAlerts: 'Tem alertas ativos',
    hasActiveAllergies: 'Tem alergias ativas',
    blacklisted: 'Agendamento online bloqueado',
    birthdayMonth: 'Mês de aniversário',
    lastVisit: 'Última visita',
    from: 'De',
    to: 'Até',
    sales: 'Vendas acumuladas',
    salesMin: 'No mínimo',
    salesMax: 'No máximo',
    any: 'Qualquer',
    clearAll: 'Limpar filtros',
    active: 'Filtros ativos',
    remove: (label) => `Remover filtro: ${label}`,
    flag: (label, value) => `${label}: ${value.toLocaleLowerCase('pt-BR')}`,
    birthdayChip: (month) => `Aniversário em ${month}`,
    lastVisitFromChip: (date) => `Última visita a partir de ${date}`,
    lastVisitToChip: (date) => `Última visita até ${date}`,
    salesMinChip: (amount) => `Vendas de pelo menos ${amount}`,
    salesMaxChip: (amount) => `Vendas de no máximo ${amount}`,
    idsChip: { one: '{count} cliente escolhido', other: '{count} clientes escolhidos' },
    invalidRange: 'O fim do intervalo é anterior ao início.',
  },
  saved: {
    label: 'Filtros salvos',
    save: 'Salvar filtro',
    name: 'Nome do filtro',
    namePlaceholder: 'ex.: VIP de São Paulo',
    remove: (name) => `Excluir o filtro salvo “${name}”`,
    saved: (name) => `Filtro “${name}” salvo.`,
    applied: (name) => `Filtro “${name}” aplicado.`,
    removed: (name) => `Filtro “${name}” excluído.`,
  },
  metrics: {
    label: 'Resumo dos clientes exibidos',
    totalClients: 'Clientes',
    totalReviews: 'Avaliações',
    averageRating: 'Nota média',
    totalSales: 'Vendas totais',
    ratingValue: (rating) => `${rating} de 5`,
    noRating: 'Sem notas',
  },
  bulk: {
    label: 'Ações nos clientes selecionados',
    group: 'Grupo',
    chooseGroup: 'Escolha um grupo',
    addToGroup: 'Adicionar ao grupo',
    removeFromGroup: 'Remover do grupo',
    trash: 'Mover para a lixeira',
    restore: 'Restaurar',
    purge: 'Excluir definitivamente',
    export: 'Exportar',
    clear: 'Limpar seleção',
    selectAllMatching: { one: 'Selecionar o cliente encontrado', other: 'Selecionar todos os {count} clientes encontrados' },
    allMatchingSelected: { one: 'O cliente encontrado está selecionado', other: 'Todos os {count} clientes encontrados estão selecionados' },
    working: 'Processando…',
    noActions: 'Você não pode alterar estes clientes.',
    trashed: { one: '{count} cliente movido para a lixeira.', other: '{count} clientes movidos para a lixeira.' },
    restored: { one: '{count} cliente restaurado.', other: '{count} clientes restaurados.' },
    purged: { one: '{count} cliente excluído definitivamente.', other: '{count} clientes excluídos definitivamente.' },
    added: (count, group) => `${count} adicionados a “${group}”.`,
    removed: (count, group) => `${count} removidos de “${group}”.`,
    exported: { one: '{count} cliente exportado.', other: '{count} clientes exportados.' },
    failed: (action, count, names) => `Não foi possível ${action} ${count}: ${names}. Eles continuam selecionados.`,
    actions: {
      trash: 'mover para a lixeira',
      restore: 'restaurar',
      purge: 'excluir',
      addToGroup: 'adicionar ao grupo',
      removeFromGroup: 'remover do grupo',
      export: 'exportar',
    },
  },
  confirm: {
    trashTitle: { one: 'Mover {count} cliente para a lixeira?', other: 'Mover {count} clientes para a lixeira?' },
    trashMessage: 'Você pode restaurá-los da lixeira quando quiser.',
    trashOne: (name) => `Mover ${name} para a lixeira?`,
    purgeTitle: { one: 'Excluir {count} cliente definitivamente?', other: 'Excluir {count} clientes definitivamente?' },
    purgeOne: (name) => `Excluir ${name} definitivamente?`,
    purgeMessage: 'Todos os registros serão apagados. Não é possível desfazer.',
    purgeConfirm: 'Excluir definitivamente',
    trashConfirm: 'Mover para a lixeira',
  },
  empty: {
    title: 'Ainda não há clientes',
    message: 'Cadastre seu primeiro cliente para começar sua carteira.',
    action: 'Cadastrar cliente',
    noResults: (query) => `Nenhum cliente corresponde a “${query}”`,
    noResultsFiltered: 'Nenhum cliente corresponde a estes filtros',
    noResultsMessage: 'Confira a grafia ou tente usar menos filtros.',
    createNamed: (name) => `Cadastrar o cliente “${name}”`,
    trashTitle: 'A lixeira está vazia',
    trashMessage: 'Os clientes excluídos ficam aqui até você restaurá-los ou excluí-los definitivamente.',
    pageFailed: 'Não foi possível carregar alguns clientes.',
  },
  create: {
    title: 'Novo cliente',
    editTitle: (name) => `Editar ${name}`,
    firstName: 'Nome',
    lastName: 'Sobrenome',
    email: 'E-mail',
    phone: 'Telefone',
    birthDate: 'Data de nascimento',
    status: 'Status',
    group: 'Grupo',
    origin: 'Como nos conheceu',
    noGroup: 'Sem grupo',
    noOrigin: 'Não informado',
    submit: 'Cadastrar cliente',
    saveChanges: 'Salvar alterações',
    checking: 'Verificando se já existe…',
    duplicateTitle: 'Este cliente talvez já exista',
    duplicateMatch: (name, reasons) => `${name} · ${reasons}`,
    openMatch: (name) => `Abrir a ficha de ${name}`,
    created: (name) => `${name} foi cadastrado.`,
    updated: (name) => `Os dados de ${name} foram salvos.`,
    failed: 'O cliente não foi salvo. O que você digitou continua aqui.',
    loading: 'Carregando cliente…',
    overwrite: 'Salvar minha versão',
    errors: {
      firstName: 'Informe um nome.',
      email: 'Informe um e-mail válido, como nome@exemplo.com.',
      phone: 'Informe um telefone com pelo menos 6 dígitos (apenas dígitos, espaços e + - . ( )).',
      birthDate: 'Informe uma data válida.',
      other: 'Verifique este campo.',
    },
  },
  groups: {
    label: 'Grupos de clientes',
    newGroup: 'Novo grupo',
    name: 'Nome',
    color: 'Cor',
    create: 'Criar grupo',
    members: { '=0': 'Nenhum membro', one: '{count} membro', other: '{count} membros' },
    rename: 'Renomear',
    renameLabel: (name) => `Novo nome para “${name}”`,
    colorLabel: (name) => `Cor de “${name}”`,
    remove: 'Excluir',
    removeLabel: (name) => `Excluir o grupo “${name}”`,
    deleteTitle: (name) => `Excluir o grupo “${name}”?`,
    deleteMessage: 'Os clientes são mantidos; apenas deixam de fazer parte do grupo.',
    empty: 'Ainda não há grupos',
    emptyMessage: 'Os grupos permitem classificar seus clientes (VIP, noivas, empresas…) e agir sobre eles de uma vez.',
    showMembers: (name) => `Mostrar os membros de “${name}”`,
    hideMembers: (name) => `Ocultar os membros de “${name}”`,
    addSelected: { one: 'Adicionar {count} cliente selecionado', other: 'Adicionar {count} clientes selecionados' },
    removeSelected: { one: 'Remover {count} cliente selecionado', other: 'Remover {count} clientes selecionados' },
    addClientPlaceholder: 'Busque um cliente para adicionar',
    addClientTo: (group) => `Adicionar um cliente a “${group}”`,
    removeMember: (name, group) => `Remover ${name} de “${group}”`,
    removeMemberShort: 'Remover',
    noMembers: 'Este grupo ainda não tem clientes.',
    moreMembers: (shown, total) => `Mostrando ${shown} de ${total}.`,
    noMatches: 'Nenhum cliente encontrado.',
    created: (name) => `Grupo “${name}” criado.`,
    renamed: (name) => `O grupo agora se chama “${name}”.`,
    recolored: (name) => `A cor de “${name}” foi alterada.`,
    deleted: (name) => `Grupo “${name}” excluído.`,
    added: (count, group) => `${count} adicionados a “${group}”.`,
    removedMembers: (count, group) => `${count} removidos de “${group}”.`,
    notAllowed: 'Você pode ver os grupos, mas não alterá-los.',
    unsupported: 'Os grupos não estão disponíveis com esta fonte de dados.',
  },
};
