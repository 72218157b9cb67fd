import type { ClientDataAdapter } from './contract.js';

/** The namespaces of a client's own records: what the client file's tabs (and header badges) read. */
export type RecordNamespace = Exclude<keyof ClientDataAdapter, 'clients' | 'groups' | 'tags' | 'catalog' | 'session'>;

/** The operation names of a namespace of the contract. */
export type OperationOf<N extends keyof ClientDataAdapter> = keyof NonNullable<ClientDataAdapter[N]> & string;

const COLLECTION = ['list', 'get'] as const;
const EDITABLE = [...COLLECTION, 'create', 'update', 'remove'] as const;

/**
 * The operation names of each record namespace, known before the code that serves or checks them
 * has loaded: withValidation wraps them synchronously before their response schemas load, and the
 * memory adapter offers them before its tab namespaces' code loads. The types below prove the table
 * lists exactly the contract's operations.
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
  allergies: EDITABLE,
  skinTests: EDITABLE,
  alerts: EDITABLE,
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
