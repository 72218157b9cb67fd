import type { AdapterErrorKind } from '../adapter/adapter-error.js';
import type { AdapterNamespace } from '../adapter/contract.js';
import type { Appointment } from '../model/appointment.js';
import type { ClientStatus, DuplicateMatch, Gender, PHONE_TYPES } from '../model/client.js';
import type { ALERT_PRIORITIES, ALLERGY_SEVERITIES, ALLERGY_TYPES, SKIN_TEST_STATUSES } from '../model/clinical.js';
import type { ClientFile, FORM_STATUSES, FormAssignment } from '../model/files.js';
import type { ImportRowResult } from '../model/import.js';
import type { CREDIT_STATUSES, MEMBERSHIP_STATUSES, Membership, MembershipPayment } from '../model/membership.js';
import type { COMMENT_PRIORITIES, Note } from '../model/notes.js';
import type { PreferenceChannel, PreferenceTopic } from '../model/preferences.js';
import type { Review } from '../model/review.js';
import type { GiftCard, InvoiceStatus, PAYMENT_METHODS, QuoteStatus, TRANSACTION_CATEGORIES } from '../model/sales.js';
import type { Permission } from '../model/session.js';
import type { WALLET_MOVEMENT_KINDS, WalletMovement } from '../model/wallet.js';
import type { FileStrings } from './groups/file.js';
import type { ImportStrings } from './groups/import.js';
import type { ListStrings } from './groups/list.js';
import type { TabStrings } from './groups/tabs.js';

/*
 * The shape of every catalog. One TypeScript module per locale implements it (`const es: Translation`),
 * so a key missing from `es` or `pt-BR` is a compile error.
 *
 * Leaves are of three kinds:
 *   - a string;
 *   - a function of typed parameters returning a string, for interpolation (`(name: string) => …`);
 *   - `PluralForms`: one string per CLDR plural category with a `{count}` placeholder, chosen with
 *     Intl.PluralRules by `LocalizeController.plural(count, forms)` / `selectPlural()`. Give `other`
 *     always, plus the categories the language needs (`one` for en/es/pt; es and pt also have `many`
 *     for round millions, which falls back to `other` when absent). An optional `'=0'` form (as in
 *     ICU's `=0`) is used for exactly zero: CLDR puts 0 in `one` for Brazilian Portuguese, so pt-BR
 *     gives `'=0': 'Nenhum registro'` where "0 registro" would read oddly.
 *
 * Loading: the base catalog (en.ts, es.ts, pt-BR.ts: everything but the areas) is used by every
 * element. Each feature area (`StringArea`: list, file, tabs, import) has its own interface in
 * groups/<area>.ts and one module per locale (groups/<area>.en.ts, .es.ts, .pt-BR.ts); an element
 * names the areas it reads (`static strings = [listStrings]`), English comes in its bundle and the
 * other locales load the first time they are needed (strings.ts). To add an area: an interface and
 * a key in `Translation`, a name in `StringArea`, the three locale modules and a `stringsSource` in
 * groups/<area>.ts; the compiler lists every catalog still missing a string.
 */

/**
 * Strings per CLDR plural category (plus `'=0'` for exactly zero), with `{count}` replaced by the
 * locale-formatted count.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule | '=0', string>> & { other: string };

/** Labels for every value of a model enum. */
export type Labels<T extends string> = Readonly<Record<T, string>>;

type Values<T extends readonly string[]> = T[number];

export interface MetaStrings {
  /** The language's own name, for language pickers: 'English', 'Español', 'Português (Brasil)'. */
  languageName: string;
}

export interface CommonStrings {
  loading: string;
  retry: string;
  reload: string;
  cancel: string;
  close: string;
  save: string;
  saving: string;
  edit: string;
  delete: string;
  add: string;
  create: string;
  search: string;
  clear: string;
  apply: string;
  confirm: string;
  back: string;
  next: string;
  previous: string;
  more: string;
  actions: string;
  yes: string;
  no: string;
  optional: string;
  required: string;
  /** Shown in a cell or field that has no value. */
  empty: string;
  unknown: string;
  /** Accessible name of a list of results, e.g. "3 results". */
  results: PluralForms;
  /** "{count} selected". */
  selected: PluralForms;
}

export interface ErrorStrings {
  /** Heading of an error state. */
  title: string;
  /** What each AdapterError kind means to the user. */
  byKind: Labels<AdapterErrorKind>;
  /** A record (or the client) does not exist or was deleted. */
  notFound: string;
  /** Anything that is not an AdapterError. */
  unexpected: string;
  /** The backend sent data the module cannot read: names the resource and field (for support). */
  invalidResponse: (resource: string, field: string) => string;
  /** "{count} fields need attention" after a validation error. */
  fieldIssues: PluralForms;
  /** The record changed since it was opened (conflict): keep the draft, reload or overwrite. */
  conflictHint: string;
  /** Label of the button that reveals technical details. */
  details: string;
}

export interface ProviderStrings {
  /** No adapter from a provider nor as a property. */
  noAdapter: string;
  loadingSession: string;
  sessionFailed: string;
  /** Permission-limited state: the user may not see this. */
  notAllowed: string;
  /** The user may see but not change this. */
  readOnly: string;
}

/** Labels for the values of the model's enums that the UI shows. */
export interface EnumStrings {
  clientStatus: Labels<ClientStatus>;
  gender: Labels<Gender>;
  phoneType: Labels<Values<typeof PHONE_TYPES>>;
  duplicateReason: Labels<DuplicateMatch['reasons'][number]>;
  appointmentStatus: Labels<Appointment['status']>;
  appointmentModality: Labels<Appointment['modality']>;
  appointmentConfirmation: Labels<Appointment['confirmation']>;
  appointmentPaymentStatus: Labels<Appointment['paymentStatus']>;
  appointmentChannel: Labels<Appointment['channel']>;
  invoiceStatus: Labels<InvoiceStatus>;
  quoteStatus: Labels<QuoteStatus>;
  transactionCategory: Labels<Values<typeof TRANSACTION_CATEGORIES>>;
  paymentMethod: Labels<Values<typeof PAYMENT_METHODS>>;
  giftCardStatus: Labels<GiftCard['status']>;
  allergySeverity: Labels<Values<typeof ALLERGY_SEVERITIES>>;
  allergyType: Labels<Values<typeof ALLERGY_TYPES>>;
  skinTestStatus: Labels<Values<typeof SKIN_TEST_STATUSES>>;
  alertPriority: Labels<Values<typeof ALERT_PRIORITIES>>;
  commentPriority: Labels<Values<typeof COMMENT_PRIORITIES>>;
  noteKind: Labels<Note['kind']>;
  fileKind: Labels<ClientFile['kind']>;
  formStatus: Labels<Values<typeof FORM_STATUSES>>;
  formSource: Labels<FormAssignment['source']>;
  reviewSource: Labels<Review['source']>;
  membershipStatus: Labels<Values<typeof MEMBERSHIP_STATUSES>>;
  billingPeriod: Labels<Membership['billingPeriod']>;
  creditStatus: Labels<Values<typeof CREDIT_STATUSES>>;
  membershipPaymentStatus: Labels<MembershipPayment['status']>;
  membershipPaymentKind: Labels<MembershipPayment['kind']>;
  preferenceTopic: Labels<PreferenceTopic>;
  preferenceChannel: Labels<PreferenceChannel>;
  walletMovementKind: Labels<Values<typeof WALLET_MOVEMENT_KINDS>>;
  walletPocket: Labels<WalletMovement['pocket']>;
  importOutcome: Labels<ImportRowResult['outcome']>;
  permission: Labels<Permission>;
}

/** Strings of the demo host page (index.html), not of the library's elements. */
export interface DemoStrings {
  /** Button that forgets every demo edit kept in this browser. */
  resetData: string;
  /** Shown where the client file goes until a client is chosen. */
  pickClient: string;
  title: string;
  subtitle: string;
  language: string;
  theme: string;
  themeLight: string;
  themeDark: string;
  backend: string;
  backendMemory: string;
  backendRest: string;
  overviewHeading: string;
  totalClients: string;
  groups: string;
  tags: string;
  totalReviews: string;
  averageRating: string;
  /** The average rating, e.g. "4.3 of 5". */
  ratingValue: (rating: string) => string;
  noRating: string;
  totalSales: string;
  /** Heading of the per-client record counts, naming the client. */
  firstClientHeading: (name: string) => string;
  noClients: string;
  recentHeading: string;
  /** Caption of the clients table: "First {count} clients". */
  recentCaption: PluralForms;
  columnName: string;
  columnPhone: string;
  columnEmail: string;
  columnSales: string;
  columnUpdated: string;
  /** "{count} records". */
  records: PluralForms;
}

export interface Translation {
  meta: MetaStrings;
  common: CommonStrings;
  errors: ErrorStrings;
  provider: ProviderStrings;
  /** Names of the adapter's resources (tabs, error messages, capability lists). */
  resources: Labels<AdapterNamespace>;
  enums: EnumStrings;
  demo: DemoStrings;
  /** Shared states (state-view.ts). */
  state: {
    notFoundTitle: string;
    /** After an optimistic change was rolled back: "Your change was undone. {reason}". */
    rolledBack: (reason: string) => string;
  };
  /** <client-list>, <client-groups> (src/i18n/groups/list.ts). */
  list: ListStrings;
  /** <client-file>: its header and tab bar (src/i18n/groups/file.ts). */
  file: FileStrings;
  /** The client file's tabs: profile, preferences, disliked services, insights (src/i18n/groups/tabs.ts). */
  tabs: TabStrings;
  /** <client-import> and client export files (src/i18n/groups/import.ts). */
  import: ImportStrings;
}

/** Feature areas whose strings load with their elements (see "Loading" above). */
export type StringArea = 'list' | 'file' | 'tabs' | 'import';

/** The strings every element can read: the whole catalog but the areas. */
export type BaseTranslation = Omit<Translation, StringArea>;
