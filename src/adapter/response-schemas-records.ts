import {
  Appointment,
  CancellationQuote,
  ClientFile,
  ClientInsights,
  Comment,
  CommunicationPreferences,
  DislikedService,
  FormAssignment,
  GiftCard,
  Invoice,
  Membership,
  Note,
  Procedure,
  Quote,
  Review,
  SkinTest,
  Transaction,
  WalletMovement,
  WalletOperationResult,
  WalletSummary,
  pageOf,
} from '../model/index.js';
import { type LazyNamespace, type SchemaTable, Nothing, collection, editable } from './response-schema-table.js';

/**
 * The response schemas of the per-client record namespaces (tabs, sales, files…). Elements load
 * this module on the first call of one of these operations (lazy-response-schemas.ts), so the
 * models' schemas stay out of the initial bundles; RESPONSE_SCHEMAS imports it statically.
 */
export const RECORD_RESPONSE_SCHEMAS = {
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
  skinTests: editable(SkinTest),
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
} satisfies Pick<SchemaTable, LazyNamespace>;
