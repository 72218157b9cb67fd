import { CLIENT_COLLECTIONS, type AdapterNamespace, type ClientCollectionName } from '../../src/adapter/contract.js';

type DocumentCollection = Exclude<ClientCollectionName, 'files'>;

/** The client file's namespaces served over stored records with the memory adapter's rules (client-documents.ts); files have tables of their own (adapter/files.ts). */
export const DOCUMENT_NAMESPACES = [
  ...CLIENT_COLLECTIONS.filter((name): name is DocumentCollection => name !== 'files'),
  'preferences',
  'insights',
] as const;

/** The namespaces the reference server implements. */
export const SERVED_NAMESPACES = ['clients', 'groups', 'tags', 'wallet', 'files', 'catalog', 'session', ...DOCUMENT_NAMESPACES] as const satisfies readonly AdapterNamespace[];

/**
 * The contract's namespaces it does not serve: a REST adapter pointed at it leaves them out
 * (`without`), so the elements hide them. None since files got their table and blob store
 * (adapter/files.ts, file-content.ts); kept so a namespace the contract gains is listed here first.
 */
export const UNSERVED_NAMESPACES = [] as const satisfies readonly Exclude<AdapterNamespace, 'clients'>[];

/** Compiles only while every namespace of the contract is in one of the two lists. */
type Unlisted = Exclude<AdapterNamespace, (typeof SERVED_NAMESPACES)[number] | (typeof UNSERVED_NAMESPACES)[number]>;
export const EVERY_NAMESPACE_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;
