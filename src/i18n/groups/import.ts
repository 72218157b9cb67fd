/*
 * Strings of the <client-import> area: the interface here, one module per locale beside
 * it (import.en.ts, import.es.ts, import.pt-BR.ts). The interface is the contract: a string missing from one
 * locale fails the type check. See ../translation.ts for the kinds of leaves and how areas load.
 */
import type { DateOrder } from '../../import-export/dates.js';
import type { Delimiter } from '../../import-export/delimiter.js';
import type { ImportFileErrorCode } from '../../import-export/errors.js';
import type { ExportColumn } from '../../import-export/export.js';
import type { DuplicatePolicy } from '../../import-export/batches.js';
import type { ImportField } from '../../import-export/fields.js';
import type { IssueCode } from '../../import-export/map-row.js';
import type { TextEncoding } from '../../import-export/sniff.js';
import type { Labels, PluralForms } from '../translation.js';
import { stringsSource } from '../strings.js';
import { importEn } from './import.en.js';

export type ImportStep = 'file' | 'mapping' | 'preview' | 'import' | 'summary';

/** The messages of a file that cannot be imported. */
export interface ImportFileErrorStrings {
  empty: string;
  binary: string;
  'legacy-xls': string;
  encrypted: string;
  xlsb: string;
  ods: string;
  /** (size of the file, the limit), both formatted ("25 MB"). */
  'too-large': (size: string, limit: string) => string;
  /** (rows found, the limit), formatted. */
  'too-many-rows': (rows: string, limit: string) => string;
  'no-columns': string;
  /** The line where a quoted field never closes (formatted), or '' when unknown. */
  malformed: (line: string) => string;
  'no-sheets': string;
  unreadable: string;
}

export interface ImportStrings {
  /** Title of the wizard dialog. */
  title: string;
  /** Names of the steps, in the step indicator. */
  steps: Labels<ImportStep>;
  /** "Step 2 of 5". */
  stepOf: (current: string, total: string) => string;
  /** The user may not import. */
  forbidden: string;

  /* Step 1: the file. */
  dropTitle: string;
  browse: string;
  /** Accepted formats and the size limit ("20 MB"). */
  formats: (limit: string) => string;
  headerHint: string;
  /** While reading: "Reading clientes.csv…". */
  reading: (fileName: string) => string;
  /** "Encoding: UTF-8". */
  encodingIs: (encoding: string) => string;
  encodings: Labels<TextEncoding>;
  /** "Separator: semicolon". */
  delimiterIs: (delimiter: string) => string;
  delimiters: Labels<Delimiter>;
  /** Number of data rows found. */
  rowsFound: PluralForms;
  sheet: string;
  /** A sheet in the sheet picker: "Clientes (1,234 rows)". */
  sheetOption: (name: string, rows: string) => string;
  fileErrors: ImportFileErrorStrings;
  /** Heading above a file error. */
  fileErrorTitle: string;
  /** After 'no-columns': map the columns by hand anyway. */
  mapManually: string;
  chooseAnother: string;

  /* Step 2: columns. */
  mappingIntro: string;
  columnInFile: string;
  clientField: string;
  example: string;
  /** A column without a header: "Column C". */
  untitledColumn: (letter: string) => string;
  ignore: string;
  fields: Labels<ImportField>;
  /** Option that keeps a column as a custom field: "Custom field “Color”". */
  customField: (header: string) => string;
  /** Option groups of the field picker. */
  fieldGroups: Labels<'name' | 'contact' | 'personal' | 'address' | 'other'>;
  /** Accessible name of a column's field picker: "Client field for “Teléfono”". */
  fieldFor: (header: string) => string;
  dateOrder: string;
  dateOrders: Labels<DateOrder>;
  defaultCountry: string;
  dedupeBy: string;
  dedupeEmail: string;
  dedupePhone: string;
  problemNoName: string;
  /** Two columns feed one field. */
  problemDuplicate: (field: string) => string;
  analyzing: string;

  /* Step 3: review. */
  ready: PluralForms;
  withErrors: PluralForms;
  duplicatesFound: PluralForms;
  previewCaption: string;
  rowColumn: string;
  nameColumn: string;
  emailColumn: string;
  phoneColumn: string;
  birthDateColumn: string;
  statusColumn: string;
  checkColumn: string;
  rowReady: string;
  rowError: string;
  rowDuplicate: string;
  /** A row's number: "Row 12". */
  rowLabel: (row: string) => string;
  errorsHeading: string;
  /** Why a value was refused. */
  issues: Labels<IssueCode>;
  /** One problem: (field, message, value as in the file — may be ''). */
  issueLine: (field: string, message: string, value: string) => string;
  /** More rows with errors than listed. */
  moreErrors: PluralForms;
  downloadErrors: string;
  duplicatesHeading: string;
  /** The row matches an existing client. */
  matchesClient: (name: string) => string;
  /** The row repeats an earlier row of the file. */
  matchesRow: (row: string, name: string) => string;
  moreDuplicates: PluralForms;
  policyLabel: string;
  policies: Labels<DuplicatePolicy>;
  /** Accessible name of a row's duplicate choice: "What to do with row 12". */
  policyFor: (row: string) => string;
  nothingToImport: string;
  notSavedYet: string;
  /** The confirm button: "Import 1,234 clients". */
  confirmImport: PluralForms;
  /** Existing clients could not be loaded to look for duplicates (the backend still dedupes). */
  existingUnavailable: string;

  /* Step 4: importing. */
  importing: string;
  /** "1,200 of 5,000 rows". */
  progress: (done: string, total: string) => string;
  /** "About 2 minutes left". */
  timeLeft: (duration: string) => string;
  estimating: string;
  /** Retrying after a network failure: (attempt, of). */
  retrying: (attempt: string, max: string) => string;
  interruptedTitle: string;
  interrupted: string;
  resume: string;
  stop: string;
  stopTitle: string;
  stopMessage: string;
  stopConfirm: string;
  keepImporting: string;
  /** The import failed for a reason that retrying cannot fix. */
  failedTitle: string;

  /* Step 5: summary. */
  doneTitle: string;
  stoppedTitle: string;
  /** On the summary of a stopped import: the rows it did not reach, and the button to go on. */
  notImported: PluralForms;
  continueImport: string;
  created: PluralForms;
  updated: PluralForms;
  skipped: PluralForms;
  failed: PluralForms;
  /** "Took 1 minute". */
  took: (duration: string) => string;
  downloadFailed: string;
  downloadFailedHint: string;
  /** File name (without extension) of the failed-rows file. */
  failedFileName: string;
  /** Columns added to the failed-rows file. */
  failedRowColumn: string;
  failedErrorColumn: string;
  importAnother: string;
  done: string;

  /* Export files. */
  exportColumns: Labels<ExportColumn>;
  /** Sheet name of an exported workbook. */
  exportSheet: string;
  /** File name (without date and extension) of an export. */
  exportFileName: string;
}

/** The import area's strings: English bundled, the other locales loaded on first use. */
export const importStrings = stringsSource('import', importEn, {
  es: () => import('./import.es.js').then((m) => m.importEs),
  'pt-BR': () => import('./import.pt-BR.js').then((m) => m.importPtBR),
});
