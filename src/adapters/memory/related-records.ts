import type {
  Alert,
  Allergy,
  Appointment,
  ClientFile,
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
} from '../../model/index.js';

/** Every per-client collection the memory store keeps, once a client's records are materialized. */
export interface RelatedRecords {
  appointments: Appointment[];
  procedures: Procedure[];
  invoices: Invoice[];
  quotes: Quote[];
  transactions: Transaction[];
  walletMovements: WalletMovement[];
  notes: Note[];
  comments: Comment[];
  allergies: Allergy[];
  skinTests: SkinTest[];
  alerts: Alert[];
  files: ClientFile[];
  forms: FormAssignment[];
  reviews: Review[];
  memberships: Membership[];
  giftCards: GiftCard[];
  dislikedServices: DislikedService[];
  preferences: CommunicationPreferences;
}

export type CollectionKey = Exclude<keyof RelatedRecords, 'preferences'>;
