import type { ClientDataAdapter } from '../../adapter/contract.js';
import type { PersonRef } from '../../model/index.js';
import { lazyNamespaces, type OperationNames } from './lazy-namespaces.js';
import type { MemoryStore } from './store.js';

/** The namespaces only the client file's tabs call: the client list needs none of them. */
export type ClientFileApis = Omit<Required<ClientDataAdapter>, 'clients' | 'groups' | 'tags' | 'catalog' | 'session'>;

const READ = { list: true, get: true } as const;
const EDIT = { ...READ, create: true, update: true, remove: true } as const;

/** Their operations, known before their code is. */
const OPERATIONS: OperationNames<ClientFileApis> = {
  appointments: READ,
  invoices: READ,
  transactions: READ,
  giftCards: READ,
  procedures: EDIT,
  quotes: EDIT,
  notes: EDIT,
  comments: EDIT,
  allergies: EDIT,
  skinTests: EDIT,
  alerts: EDIT,
  dislikedServices: EDIT,
  wallet: { get: true, movements: true, addFunds: true, deductFunds: true, assignReward: true },
  files: { ...READ, upload: true, update: true, setVisibleToClient: true, remove: true },
  forms: { ...READ, assign: true, remove: true },
  reviews: { ...READ, reply: true },
  memberships: { ...READ, create: true, update: true, updateCredit: true, processPayment: true, cancellationQuote: true, cancel: true },
  preferences: { get: true, update: true },
  insights: { get: true },
};

/**
 * The client file's namespaces. Their code, with the building of a client's related records from
 * the seed (most of it), is a separate chunk loaded on their first call: a page that shows only the
 * client list never downloads it.
 */
export function lazyClientFileApis(store: MemoryStore, author: PersonRef): ClientFileApis {
  return lazyNamespaces(OPERATIONS, async () => (await import('./client-file-apis.js')).createClientFileApis(store, author));
}
