import type {
  Alert,
  AlertInput,
  AlertPatch,
  Allergy,
  AllergyInput,
  AllergyPatch,
  Appointment,
  AppointmentFilter,
  BulkResult,
  CancellationQuote,
  Catalog,
  Client,
  ClientFile,
  ClientInput,
  ClientInsights,
  ClientListQuery,
  ClientMetrics,
  ClientPage,
  ClientPatch,
  CollectionQuery,
  Comment,
  CommentInput,
  CommentPatch,
  CommunicationPreferences,
  CreditPatch,
  DislikedService,
  DislikedServiceInput,
  DislikedServicePatch,
  DuplicateMatch,
  DuplicateProbe,
  FilePatch,
  FileUploadMeta,
  FormAssignment,
  FormAssignmentInput,
  GiftCard,
  Group,
  GroupInput,
  GroupPatch,
  ImportOptions,
  ImportResult,
  ImportRow,
  Invoice,
  Membership,
  MembershipCancelInput,
  MembershipInput,
  MembershipPatch,
  Note,
  NoteInput,
  NotePatch,
  Page,
  PreferencesPatch,
  Procedure,
  ProcedureInput,
  ProcedurePatch,
  Quote,
  QuoteInput,
  QuotePatch,
  Review,
  ReviewPatch,
  Session,
  SkinTest,
  SkinTestInput,
  SkinTestPatch,
  Tag,
  TagInput,
  TagPatch,
  Transaction,
  UpdateOptions,
  WalletMovement,
  WalletOperationInput,
  WalletOperationResult,
  WalletSummary,
} from '../model/index.js';
import type * as z from 'zod/mini';
import type {
  ActiveFilter,
  CommentFilter,
  FileFilter,
  InvoiceFilter,
  NoteFilter,
  QuoteFilter,
  ReviewFilter,
  SkinTestFilter,
  TransactionFilter,
  WalletMovementFilter,
} from '../model/index.js';

/** Every read takes an AbortSignal; a superseded request is aborted and rejects with an AbortError. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** Paging plus a resource-specific filter. */
export type ListQuery<F> = CollectionQuery & { filter?: F };

export interface ClientsApi {
  /** One page of clients matching the query, with the total that match. */
  list(query: ClientListQuery, options?: CallOptions): Promise<ClientPage>;
  get(id: string, options?: CallOptions): Promise<Client>;
  /** Rejects invalid input with AdapterError('validation') and stores nothing. */
  create(input: ClientInput): Promise<Client>;
  /** Rejects a stale expectedVersion with AdapterError('conflict') carrying the current record. */
  update(id: string, patch: ClientPatch, options: UpdateOptions): Promise<Client>;
  /** Soft delete. */
  trash(ids: string[]): Promise<BulkResult>;
  restore(ids: string[]): Promise<BulkResult>;
  /** Permanent delete, only of clients already in the trash. */
  purge(ids: string[]): Promise<BulkResult>;
  /** Quick metrics over every client that matches (paging ignored). */
  metrics(query: ClientListQuery, options?: CallOptions): Promise<ClientMetrics>;
  /** Existing clients that share the probe's email or a phone (digits compared), or its full name. */
  findDuplicates(probe: DuplicateProbe, options?: CallOptions): Promise<DuplicateMatch[]>;
  /** Stores mapped rows; a row already stored under the same importId + rowNumber is not stored again. */
  importBatch(rows: ImportRow[], options: ImportOptions): Promise<ImportResult>;
  /** Every client matching the query (paging ignored), for export. */
  exportAll(query: ClientListQuery, options?: CallOptions): Promise<Client[]>;
}

export interface GroupsApi {
  list(options?: CallOptions): Promise<Group[]>;
  create(input: GroupInput): Promise<Group>;
  update(id: string, patch: GroupPatch, options: UpdateOptions): Promise<Group>;
  /** Deletes the group; its clients stay, without it. */
  remove(id: string): Promise<void>;
  addMembers(groupId: string, clientIds: string[]): Promise<BulkResult>;
  removeMembers(groupId: string, clientIds: string[]): Promise<BulkResult>;
}

export interface TagsApi {
  list(options?: CallOptions): Promise<Tag[]>;
  create(input: TagInput): Promise<Tag>;
  update(id: string, patch: TagPatch, options: UpdateOptions): Promise<Tag>;
  remove(id: string): Promise<void>;
}

/** A per-client collection the module only reads (the host's booking or POS writes it). */
export interface ReadCollection<T, F = never> {
  list(clientId: string, query?: ListQuery<F>, options?: CallOptions): Promise<Page<T>>;
  get(clientId: string, id: string, options?: CallOptions): Promise<T>;
}

/** A per-client collection edited in the module. */
export interface EditableCollection<T, I, P, F = never> extends ReadCollection<T, F> {
  create(clientId: string, input: I): Promise<T>;
  update(clientId: string, id: string, patch: P, options: UpdateOptions): Promise<T>;
  remove(clientId: string, id: string): Promise<void>;
}

export interface QuotesApi extends EditableCollection<Quote, QuoteInput, QuotePatch, z.infer<typeof QuoteFilter>> {}

export interface WalletApi {
  get(clientId: string, options?: CallOptions): Promise<WalletSummary>;
  movements(
    clientId: string,
    query?: ListQuery<z.infer<typeof WalletMovementFilter>>,
    options?: CallOptions,
  ): Promise<Page<WalletMovement>>;
  addFunds(clientId: string, input: WalletOperationInput): Promise<WalletOperationResult>;
  /** Fails with AdapterError('validation') on path ['amount'] when the balance does not cover it. */
  deductFunds(clientId: string, input: WalletOperationInput): Promise<WalletOperationResult>;
  assignReward(clientId: string, input: WalletOperationInput): Promise<WalletOperationResult>;
}

/** Options of files.upload. */
export interface UploadOptions {
  /** Bytes of the file sent so far, and its size. */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * Made once per user submission (8–200 characters): an upload repeated with the same key (a retry
   * after a failure) returns the file stored the first time and never stores it twice.
   */
  idempotencyKey?: string;
}

export interface FilesApi extends ReadCollection<ClientFile, z.infer<typeof FileFilter>> {
  upload(clientId: string, file: Blob & { name?: string }, meta: FileUploadMeta, options?: UploadOptions): Promise<ClientFile>;
  update(clientId: string, id: string, patch: FilePatch, options: UpdateOptions): Promise<ClientFile>;
  setVisibleToClient(clientId: string, id: string, visible: boolean): Promise<ClientFile>;
  remove(clientId: string, id: string): Promise<void>;
}

export interface FormsApi extends ReadCollection<FormAssignment> {
  assign(clientId: string, input: FormAssignmentInput): Promise<FormAssignment>;
  /** Only while the form is not filled; otherwise AdapterError('conflict'). */
  remove(clientId: string, id: string): Promise<void>;
}

export interface ReviewsApi extends ReadCollection<Review, z.infer<typeof ReviewFilter>> {
  reply(clientId: string, id: string, patch: ReviewPatch, options: UpdateOptions): Promise<Review>;
}

export interface MembershipsApi extends ReadCollection<Membership> {
  create(clientId: string, input: MembershipInput): Promise<Membership>;
  update(clientId: string, id: string, patch: MembershipPatch, options: UpdateOptions): Promise<Membership>;
  updateCredit(clientId: string, membershipId: string, creditId: string, patch: CreditPatch): Promise<Membership>;
  /** Charges the next payment now; the key makes a retry harmless. */
  processPayment(clientId: string, id: string, input: { idempotencyKey: string }): Promise<Membership>;
  cancellationQuote(clientId: string, id: string, options?: CallOptions): Promise<CancellationQuote>;
  cancel(clientId: string, id: string, input: MembershipCancelInput): Promise<Membership>;
}

export interface PreferencesApi {
  get(clientId: string, options?: CallOptions): Promise<CommunicationPreferences>;
  update(clientId: string, patch: PreferencesPatch, options: UpdateOptions): Promise<CommunicationPreferences>;
}

export interface InsightsApi {
  get(clientId: string, options?: CallOptions): Promise<ClientInsights>;
}

export interface CatalogApi {
  get(options?: CallOptions): Promise<Catalog>;
}

export interface SessionApi {
  get(options?: CallOptions): Promise<Session>;
}

/**
 * The one contract between the elements and a host backend. Only `clients` is required; every other
 * namespace is a capability: an adapter without `memberships` hides that tab.
 */
export interface ClientDataAdapter {
  clients: ClientsApi;
  groups?: GroupsApi;
  tags?: TagsApi;
  appointments?: ReadCollection<Appointment, AppointmentFilter>;
  procedures?: EditableCollection<Procedure, ProcedureInput, ProcedurePatch>;
  invoices?: ReadCollection<Invoice, z.infer<typeof InvoiceFilter>>;
  quotes?: QuotesApi;
  transactions?: ReadCollection<Transaction, z.infer<typeof TransactionFilter>>;
  wallet?: WalletApi;
  notes?: EditableCollection<Note, NoteInput, NotePatch, z.infer<typeof NoteFilter>>;
  comments?: EditableCollection<Comment, CommentInput, CommentPatch, z.infer<typeof CommentFilter>>;
  allergies?: EditableCollection<Allergy, AllergyInput, AllergyPatch, z.infer<typeof ActiveFilter>>;
  skinTests?: EditableCollection<SkinTest, SkinTestInput, SkinTestPatch, z.infer<typeof SkinTestFilter>>;
  alerts?: EditableCollection<Alert, AlertInput, AlertPatch, z.infer<typeof ActiveFilter>>;
  files?: FilesApi;
  forms?: FormsApi;
  reviews?: ReviewsApi;
  memberships?: MembershipsApi;
  giftCards?: ReadCollection<GiftCard>;
  dislikedServices?: EditableCollection<DislikedService, DislikedServiceInput, DislikedServicePatch>;
  preferences?: PreferencesApi;
  insights?: InsightsApi;
  catalog?: CatalogApi;
  session?: SessionApi;
}

export type AdapterNamespace = keyof ClientDataAdapter;

/** Namespaces whose collections are per client and share list/get. */
export const CLIENT_COLLECTIONS = [
  'appointments',
  'procedures',
  'invoices',
  'quotes',
  'transactions',
  'notes',
  'comments',
  'allergies',
  'skinTests',
  'alerts',
  'files',
  'forms',
  'reviews',
  'memberships',
  'giftCards',
  'dislikedServices',
] as const satisfies readonly AdapterNamespace[];
export type ClientCollectionName = (typeof CLIENT_COLLECTIONS)[number];

/** Whether the adapter offers a namespace (a capability). */
export function hasCapability<N extends AdapterNamespace>(
  adapter: ClientDataAdapter,
  namespace: N,
): adapter is ClientDataAdapter & Required<Pick<ClientDataAdapter, N>> {
  return adapter[namespace] !== undefined;
}
