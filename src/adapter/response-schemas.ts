import * as z from 'zod/mini';
import {
  Alert,
  Allergy,
  Appointment,
  BulkResult,
  CancellationQuote,
  Catalog,
  Client,
  ClientFile,
  ClientInsights,
  ClientMetrics,
  ClientPage,
  Comment,
  CommunicationPreferences,
  DislikedService,
  DuplicateMatch,
  FormAssignment,
  GiftCard,
  Group,
  ImportResult,
  Invoice,
  Membership,
  Note,
  Procedure,
  Quote,
  Review,
  Session,
  SkinTest,
  Tag,
  Transaction,
  WalletMovement,
  WalletOperationResult,
  WalletSummary,
  pageOf,
} from '../model/index.js';
import type { ClientDataAdapter } from './contract.js';

/** An operation that resolves to nothing: whatever comes back is ignored. */
const Nothing = z.pipe(z.unknown(), z.transform(() => undefined));

/** The schemas of list/get shared by every per-client collection. */
const collection = <T extends z.ZodMiniType>(item: T) => ({ list: pageOf(item), get: item });
const editable = <T extends z.ZodMiniType>(item: T) => ({
  ...collection(item),
  create: item,
  update: item,
  remove: Nothing,
});

type Operations<N> = { [O in keyof N]-?: z.ZodMiniType };
type SchemaTable = { [N in keyof ClientDataAdapter]-?: Operations<NonNullable<ClientDataAdapter[N]>> };

/**
 * The schema of what every operation resolves to. The mapped type makes a new operation in the
 * contract a compile error here until its response schema is added.
 */
export const RESPONSE_SCHEMAS = {
  clients: {
    list: ClientPage,
    get: Client,
    create: Client,
    update: Client,
    trash: BulkResult,
    restore: BulkResult,
    purge: BulkResult,
    metrics: ClientMetrics,
    findDuplicates: z.array(DuplicateMatch),
    importBatch: ImportResult,
    exportAll: z.array(Client),
  },
  groups: {
    list: z.array(Group),
    create: Group,
    update: Group,
    remove: Nothing,
    addMembers: BulkResult,
    removeMembers: BulkResult,
  },
  tags: { list: z.array(Tag), create: Tag, update: Tag, remove: Nothing },
  appointments: collection(Appointment),
  procedures: editable(Procedure),
  invoices: collection(Invoice),
  quotes: editable(Quote),
  transactions: collection(Transaction),
  wallet: {
    get: WalletSummary,
    movements: pageOf(WalletMovement),
    addFunds: WalletOperationResult,
    deductFunds: WalletOperationResult,
    assignReward: WalletOperationResult,
  },
  notes: editable(Note),
  comments: editable(Comment),
  allergies: editable(Allergy),
  skinTests: editable(SkinTest),
  alerts: editable(Alert),
  files: {
    ...collection(ClientFile),
    upload: ClientFile,
    update: ClientFile,
    setVisibleToClient: ClientFile,
    remove: Nothing,
  },
  forms: { ...collection(FormAssignment), assign: FormAssignment, remove: Nothing },
  reviews: { ...collection(Review), reply: Review },
  memberships: {
    ...collection(Membership),
    create: Membership,
    update: Membership,
    updateCredit: Membership,
    processPayment: Membership,
    cancellationQuote: CancellationQuote,
    cancel: Membership,
  },
  giftCards: collection(GiftCard),
  dislikedServices: editable(DislikedService),
  preferences: { get: CommunicationPreferences, update: CommunicationPreferences },
  insights: { get: ClientInsights },
  catalog: { get: Catalog },
  session: { get: Session },
} satisfies SchemaTable;
