import type { Permission } from '../model/session.js';
import type { AdapterNamespace } from './contract.js';
import type { OperationOf } from './record-operations.js';

/**
 * What a session needs for an operation: a permission, `null` (any session: lookups and the session
 * itself), or a permission the author of the record does not need (`orAuthor`: the operation checks
 * the author once it has the record).
 */
export type OperationPermission = Permission | null | { readonly permission: Permission; readonly orAuthor: true };

const VIEW = 'clients.view';
const reads = <P extends Permission>(permission: P) => ({ list: permission, get: permission }) as const;
const edits = <R extends Permission, W extends Permission>(read: R, write: W) => ({ ...reads(read), create: write, update: write, remove: write }) as const;

/**
 * The one table of who may call what, for every operation of the contract (`namespace.operation`).
 * The memory adapter enforces it (and so the mock backend behind the REST adapter), a host's
 * backend should, and elements read it to hide what a session may not do. Reads that a permission
 * narrows rather than forbids are in the adapter: without `comments.private`, comments.list and
 * comments.get never return a private comment, and creating one (or making one private) is
 * forbidden.
 */
export const OPERATION_PERMISSIONS = {
  clients: {
    list: VIEW,
    get: VIEW,
    metrics: VIEW,
    findDuplicates: VIEW,
    create: 'clients.create',
    update: 'clients.edit',
    trash: 'clients.trash',
    restore: 'clients.restore',
    purge: 'clients.purge',
    importBatch: 'clients.import',
    exportAll: 'clients.export',
  },
  groups: {
    list: VIEW,
    create: 'groups.manage',
    update: 'groups.manage',
    remove: 'groups.manage',
    addMembers: 'clients.edit',
    removeMembers: 'clients.edit',
  },
  tags: { list: VIEW, create: 'tags.manage', update: 'tags.manage', remove: 'tags.manage' },
  appointments: reads(VIEW),
  procedures: edits(VIEW, 'clients.edit'),
  invoices: reads('invoices.view'),
  transactions: reads('invoices.view'),
  quotes: edits(VIEW, 'quotes.manage'),
  wallet: { get: 'wallet.view', movements: 'wallet.view', addFunds: 'wallet.edit', deductFunds: 'wallet.edit', assignReward: 'wallet.edit' },
  notes: edits(VIEW, 'notes.manage'),
  comments: {
    ...reads(VIEW),
    create: VIEW,
    update: { permission: 'comments.manage', orAuthor: true },
    remove: { permission: 'comments.manage', orAuthor: true },
  },
  allergies: edits('clinical.view', 'clinical.manage'),
  skinTests: edits('clinical.view', 'clinical.manage'),
  alerts: edits('clinical.view', 'clinical.manage'),
  files: { ...reads('files.view'), upload: 'files.manage', update: 'files.manage', setVisibleToClient: 'files.manage', remove: 'files.manage' },
  forms: { ...reads(VIEW), assign: 'forms.manage', remove: 'forms.manage' },
  reviews: { ...reads(VIEW), reply: 'clients.edit' },
  memberships: {
    ...reads(VIEW),
    cancellationQuote: VIEW,
    create: 'memberships.manage',
    update: 'memberships.manage',
    updateCredit: 'memberships.manage',
    processPayment: 'memberships.manage',
    cancel: 'memberships.manage',
  },
  giftCards: reads(VIEW),
  dislikedServices: edits(VIEW, 'clients.edit'),
  preferences: { get: VIEW, update: 'preferences.edit' },
  insights: { get: VIEW },
  catalog: { get: null },
  session: { get: null },
} as const satisfies { readonly [N in AdapterNamespace]-?: { readonly [O in OperationOf<N>]-?: OperationPermission } };

/** The permission an operation needs (`null`: none), and whether the record's author is exempt. */
export function permissionFor(namespace: string, operation: string): { permission: Permission | null; orAuthor: boolean } | undefined {
  const entry = (OPERATION_PERMISSIONS as Record<string, Record<string, OperationPermission> | undefined>)[namespace]?.[operation];
  if (entry === undefined) return undefined;
  return entry !== null && typeof entry === 'object' ? { permission: entry.permission, orAuthor: true } : { permission: entry, orAuthor: false };
}

/** Permissions enforced inside operations rather than by the table (see OPERATION_PERMISSIONS). */
export const NARROWING_PERMISSIONS = ['comments.private'] as const satisfies readonly Permission[];

type Table = typeof OPERATION_PERMISSIONS;
type PermissionOf<E> = E extends { permission: infer P } ? P : E;
type TablePermission = { [N in keyof Table]: PermissionOf<Table[N][keyof Table[N]]> }[keyof Table];
/** Fails to compile, naming the permission, when a declared permission guards nothing. */
type AssertNone<T extends never> = T;
export type EveryPermissionEnforced = AssertNone<Exclude<Permission, TablePermission | (typeof NARROWING_PERMISSIONS)[number]>>;
