import type { OperationOf, RecordNamespace } from './response-schema-table.js';

const COLLECTION = ['list', 'get'] as const;
const EDITABLE = [...COLLECTION, 'create', 'update', 'remove'] as const;

/**
 * The operation names of each lazily validated namespace. withValidation must build the wrapped
 * adapter synchronously, before the schemas (response-schemas-records.ts) have loaded, so it needs
 * the names up front; the types below prove the table lists exactly the contract's operations.
 */
export const RECORD_OPERATIONS = {
  appointments: COLLECTION,
  procedures: EDITABLE,
  invoices: COLLECTION,
  quotes: EDITABLE,
  transactions: COLLECTION,
  wallet: ['get', 'movements', 'addFunds', 'deductFunds', 'assignReward'],
  notes: EDITABLE,
  comments: EDITABLE,
  skinTests: EDITABLE,
  files: [...COLLECTION, 'upload', 'update', 'setVisibleToClient', 'remove'],
  forms: [...COLLECTION, 'assign', 'remove'],
  reviews: [...COLLECTION, 'reply'],
  memberships: [...COLLECTION, 'create', 'update', 'updateCredit', 'processPayment', 'cancellationQuote', 'cancel'],
  giftCards: COLLECTION,
  dislikedServices: EDITABLE,
  preferences: ['get', 'update'],
  insights: ['get'],
} as const satisfies { [N in RecordNamespace]-?: readonly OperationOf<N>[] };

/** The contract's operations the table leaves out, as 'namespace.operation': must be never. */
type Unlisted = {
  [N in RecordNamespace]-?: `${N}.${Exclude<OperationOf<N>, (typeof RECORD_OPERATIONS)[N][number]>}`;
}[RecordNamespace];
/** Fails to compile, naming the operation, when the table misses one. */
type AssertNone<T extends never> = T;
export type RecordOperationsComplete = AssertNone<Unlisted>;
