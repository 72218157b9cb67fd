import type { AdapterErrorKind } from '../adapter/adapter-error.js';
import type { AdapterNamespace } from '../adapter/contract.js';
import type { ClientStatus, DuplicateMatch, Gender, PHONE_TYPES } from '../model/client.js';
import type { ALERT_PRIORITIES, ALLERGY_SEVERITIES } from '../model/clinical.js';
import type { ImportRowResult } from '../model/import.js';
import type { Permission } from '../model/session.js';
import type { FileStrings } from './groups/file.js';
import type { ImportStrings } from './groups/import.js';
import type { ListStrings } from './groups/list.js';
import type { DemoStrings } from './groups/demo.js';
import type { TabStrings } from './groups/tabs.js';
import type { ClinicalStrings } from './groups/clinical.js';
import type { VisitStrings } from './groups/visits.js';
import type { SalesStrings } from './groups/sales.js';
import type { FormsStrings } from './groups/forms.js';
import type { RecordStrings } from './groups/records.js';
import type { CommerceStrings } from './groups/commerce.js';

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
 * element. Each feature area (`StringArea`: list, file, tabs, import, demo) has its own interface in
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

export type Values<T extends readonly string[]> = T[number];

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
  allergySeverity: Labels<Values<typeof ALLERGY_SEVERITIES>>;
  alertPriority: Labels<Values<typeof ALERT_PRIORITIES>>;
  importOutcome: Labels<ImportRowResult['outcome']>;
  permission: Labels<Permission>;
}


/** The date field (src/elements/shared/date-field.ts): dates typed in the locale's order. */
export interface DateFieldStrings {
  /** The letters of the pattern, e.g. dd/mm/yyyy: day, month, year. */
  day: string;
  month: string;
  year: string;
  /** Hint under or beside the field: "Format: dd/mm/yyyy". */
  hint: (pattern: string) => string;
  /** The button that opens the browser's calendar. */
  pickerLabel: string;
  /** Typed text that is not a date in the pattern. */
  invalidFormat: (pattern: string) => string;
  /** Day and month that do not exist together, e.g. 31/02. */
  invalidDate: string;
  tooEarly: (date: string) => string;
  tooLate: (date: string) => string;
}

export interface Translation {
  meta: MetaStrings;
  dateField: DateFieldStrings;
  common: CommonStrings;
  errors: ErrorStrings;
  provider: ProviderStrings;
  /** Names of the adapter's resources (tabs, error messages, capability lists). */
  resources: Labels<AdapterNamespace>;
  enums: EnumStrings;
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
  /** <client-notes>, <client-comments>, <client-files> (src/i18n/groups/records.ts). */
  records: RecordStrings;
  /** <client-allergies>, <client-skin-tests>, <client-alerts> (src/i18n/groups/clinical.ts). */
  clinical: ClinicalStrings;
  /** <client-appointments>, <client-reviews>, <client-procedures> (src/i18n/groups/visits.ts). */
  visits: VisitStrings;
  /** <client-quotes>, <client-memberships> (src/i18n/groups/sales.ts). */
  sales: SalesStrings;
  /** <client-forms> (src/i18n/groups/forms.ts). */
  forms: FormsStrings;
  /** <client-wallet>, <client-invoices>, <client-transactions>, <client-gift-cards> (src/i18n/groups/commerce.ts). */
  commerce: CommerceStrings;
  /** The demo host page (index.html), not the library's elements (src/i18n/groups/demo.ts). */
  demo: DemoStrings;
  /** <client-import> and client export files (src/i18n/groups/import.ts). */
  import: ImportStrings;
}

/** Feature areas whose strings load with their elements (see "Loading" above). */
export type StringArea = 'list' | 'file' | 'tabs' | 'import' | 'demo' | 'records' | 'clinical' | 'forms' | 'commerce' | 'visits' | 'sales';

/** The strings every element can read: the whole catalog but the areas. */
export type BaseTranslation = Omit<Translation, StringArea>;
