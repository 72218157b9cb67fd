/*
 * Strings of the import wizard (<client-import>) and of client export files, in en, es and pt-BR.
 * The interface is the contract: a string missing from one locale fails the type check. Owned by
 * <client-import> and src/import-export; see ../translation.ts for the kinds of leaves.
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

export type ImportStep = 'file' | 'mapping' | 'preview' | 'import' | 'summary';

/** The messages of a file that cannot be imported. */
export interface ImportFileErrorStrings {
  empty: string;
  binary: string;
  'legacy-xls': string;
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

export const importEn: ImportStrings = {
  title: 'Import clients',
  steps: { file: 'File', mapping: 'Columns', preview: 'Review', import: 'Import', summary: 'Summary' },
  stepOf: (current, total) => `Step ${current} of ${total}`,
  forbidden: 'You don’t have permission to import clients.',

  dropTitle: 'Drag your file here',
  browse: 'Choose a file',
  formats: (limit) => `CSV (comma, semicolon or tab separated) or Excel (.xlsx), up to ${limit}.`,
  headerHint: 'The first row should hold the column names. Nothing is saved until you confirm.',
  reading: (fileName) => `Reading ${fileName}…`,
  encodingIs: (encoding) => `Encoding: ${encoding}`,
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 (with BOM)',
    'utf-16le': 'UTF-16',
    'utf-16be': 'UTF-16 (big-endian)',
    'windows-1252': 'Windows-1252 / Latin-1',
  },
  delimiterIs: (delimiter) => `Separator: ${delimiter}`,
  delimiters: { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'vertical bar' },
  rowsFound: { one: '{count} row found', other: '{count} rows found' },
  sheet: 'Sheet',
  sheetOption: (name, rows) => `${name} (${rows} rows)`,
  fileErrors: {
    empty: 'This file is empty: there are no rows to import.',
    binary: 'This file isn’t a spreadsheet. Choose a CSV or Excel (.xlsx) file.',
    'legacy-xls': 'Old Excel files (.xls) can’t be read. Open the file in Excel and save it as .xlsx or CSV.',
    'too-large': (size, limit) => `This file is too large (${size}). The limit is ${limit}: split it into smaller files.`,
    'too-many-rows': (rows, limit) => `This file has ${rows} rows; up to ${limit} can be imported at once. Split it into smaller files.`,
    'no-columns': 'No column in this file looks like client data (name, email, phone…). Check that the first row holds the column names.',
    malformed: (line) => (line ? `This file is damaged: a quoted value that starts on line ${line} never ends.` : 'This file is damaged and can’t be read.'),
    'no-sheets': 'This workbook has no sheet with data.',
    unreadable: 'The file couldn’t be read. Try choosing it again.',
  },
  fileErrorTitle: 'This file can’t be imported',
  mapManually: 'Map the columns myself',
  chooseAnother: 'Choose another file',

  mappingIntro: 'Choose which client field each column of your file goes to. We matched what we could from the column names.',
  columnInFile: 'Column in your file',
  clientField: 'Client field',
  example: 'Example',
  untitledColumn: (letter) => `Column ${letter}`,
  ignore: 'Don’t import',
  fields: {
    fullName: 'Full name (split automatically)',
    firstName: 'First name',
    middleName: 'Middle name',
    lastName: 'Last name',
    secondLastName: 'Second last name',
    email: 'Email',
    mobile: 'Mobile phone',
    phone: 'Phone',
    homePhone: 'Home phone',
    workPhone: 'Work phone',
    birthDate: 'Date of birth',
    gender: 'Gender',
    nationalId: 'ID number',
    status: 'Status',
    preferredLanguage: 'Preferred language',
    addressLine1: 'Address',
    addressLine2: 'Address (line 2)',
    city: 'City',
    region: 'State / province',
    postalCode: 'Postal code',
    country: 'Country',
    weightKg: 'Weight (kg)',
    notes: 'Notes',
  },
  customField: (header) => `Custom field “${header}”`,
  fieldGroups: { name: 'Name', contact: 'Contact', personal: 'Personal details', address: 'Address', other: 'Other' },
  fieldFor: (header) => `Client field for “${header}”`,
  dateOrder: 'Dates in the file are written',
  dateOrders: { dmy: 'Day/month/year (31/12/1990)', mdy: 'Month/day/year (12/31/1990)', ymd: 'Year-month-day (1990-12-31)' },
  defaultCountry: 'Country of phone numbers without a country code',
  dedupeBy: 'Look for duplicates by',
  dedupeEmail: 'Email',
  dedupePhone: 'Phone',
  problemNoName: 'Map a column to “First name” or “Full name”: every client needs a name.',
  problemDuplicate: (field) => `More than one column goes to “${field}”. Keep just one.`,
  analyzing: 'Checking every row…',

  ready: { '=0': 'No rows are ready to import', one: '{count} row ready to import', other: '{count} rows ready to import' },
  withErrors: { one: '{count} row has errors and won’t be imported', other: '{count} rows have errors and won’t be imported' },
  duplicatesFound: { one: '{count} possible duplicate', other: '{count} possible duplicates' },
  previewCaption: 'The first rows, as they will be saved',
  rowColumn: 'Row',
  nameColumn: 'Name',
  emailColumn: 'Email',
  phoneColumn: 'Phone',
  birthDateColumn: 'Date of birth',
  statusColumn: 'Status',
  checkColumn: 'Check',
  rowReady: 'Ready',
  rowError: 'Error',
  rowDuplicate: 'Duplicate',
  rowLabel: (row) => `Row ${row}`,
  errorsHeading: 'Rows with errors',
  issues: {
    required: 'is required',
    'invalid-email': 'isn’t a valid email address',
    'invalid-phone': 'isn’t a valid phone number',
    'invalid-date': 'isn’t a date we can read',
    'invalid-number': 'isn’t a number',
    'invalid-gender': 'isn’t a gender we know',
    'invalid-status': 'isn’t a known status',
    'invalid-country': 'isn’t a country we know',
    'invalid-language': 'isn’t a language we know',
    'too-long': 'is too long',
    invalid: 'isn’t valid',
  },
  issueLine: (field, message, value) => (value ? `${field} ${message}: “${value}”` : `${field} ${message}`),
  moreErrors: { one: 'and {count} more row with errors', other: 'and {count} more rows with errors' },
  downloadErrors: 'Download the rows with errors (CSV)',
  duplicatesHeading: 'Possible duplicates',
  matchesClient: (name) => `Already a client: ${name}`,
  matchesRow: (row, name) => `Same person as row ${row} (${name})`,
  moreDuplicates: { one: 'and {count} more duplicate, handled with the choice above', other: 'and {count} more duplicates, handled with the choice above' },
  policyLabel: 'When a row matches a client',
  policies: { skip: 'Skip the row', update: 'Update the existing client', create: 'Create a new client anyway' },
  policyFor: (row) => `What to do with row ${row}`,
  nothingToImport: 'No row can be imported. Fix the file and choose it again.',
  notSavedYet: 'Nothing has been saved yet.',
  confirmImport: { one: 'Import {count} client', other: 'Import {count} clients' },
  existingUnavailable: 'We couldn’t check your existing clients for duplicates. Rows that match one will still follow your choice.',

  importing: 'Importing…',
  progress: (done, total) => `${done} of ${total} rows`,
  timeLeft: (duration) => `About ${duration} left`,
  estimating: 'Estimating time left…',
  retrying: (attempt, max) => `Connection lost. Trying again (${attempt} of ${max})…`,
  interruptedTitle: 'The import was interrupted',
  interrupted: 'We lost the connection. The rows already imported are saved; resuming continues where it stopped, without saving any row twice.',
  resume: 'Resume import',
  stop: 'Stop import',
  stopTitle: 'Stop the import?',
  stopMessage: 'The rows already imported stay saved.',
  stopConfirm: 'Stop',
  keepImporting: 'Keep importing',
  failedTitle: 'The import stopped',

  doneTitle: 'Import complete',
  stoppedTitle: 'Import stopped',
  created: { '=0': 'No clients created', one: '{count} client created', other: '{count} clients created' },
  updated: { '=0': 'No clients updated', one: '{count} client updated', other: '{count} clients updated' },
  skipped: { '=0': 'No rows skipped', one: '{count} row skipped', other: '{count} rows skipped' },
  failed: { '=0': 'No rows failed', one: '{count} row failed', other: '{count} rows failed' },
  took: (duration) => `Took ${duration}`,
  downloadFailed: 'Download the rows that failed (CSV)',
  downloadFailedHint: 'Each row keeps its original columns plus the reason. Fix them and import just that file.',
  failedFileName: 'rows-with-errors',
  failedRowColumn: 'Row',
  failedErrorColumn: 'Error',
  importAnother: 'Import another file',
  done: 'Done',

  exportColumns: {
    name: 'Name',
    firstName: 'First name',
    middleName: 'Middle name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone',
    phones: 'Phones',
    status: 'Status',
    birthDate: 'Date of birth',
    gender: 'Gender',
    nationalId: 'ID number',
    address: 'Address',
    city: 'City',
    postalCode: 'Postal code',
    country: 'Country',
    groups: 'Groups',
    tags: 'Tags',
    origin: 'Origin',
    totalSales: 'Total sales',
    currency: 'Currency',
    reviewCount: 'Reviews',
    averageRating: 'Average rating',
    lastVisitAt: 'Last visit',
    notes: 'Notes',
    createdAt: 'Created',
    updatedAt: 'Last updated',
    trashedAt: 'Deleted',
    id: 'Client ID',
  },
  exportSheet: 'Clients',
  exportFileName: 'clients',
};

export const importEs: ImportStrings = {
  title: 'Importar clientes',
  steps: { file: 'Archivo', mapping: 'Columnas', preview: 'Revisión', import: 'Importación', summary: 'Resumen' },
  stepOf: (current, total) => `Paso ${current} de ${total}`,
  forbidden: 'No tienes permiso para importar clientes.',

  dropTitle: 'Arrastra aquí tu archivo',
  browse: 'Elegir un archivo',
  formats: (limit) => `CSV (separado por comas, punto y coma o tabuladores) o Excel (.xlsx), de hasta ${limit}.`,
  headerHint: 'La primera fila debe tener los nombres de las columnas. No se guarda nada hasta que lo confirmes.',
  reading: (fileName) => `Leyendo ${fileName}…`,
  encodingIs: (encoding) => `Codificación: ${encoding}`,
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 (con BOM)',
    'utf-16le': 'UTF-16',
    'utf-16be': 'UTF-16 (big-endian)',
    'windows-1252': 'Windows-1252 / Latin-1',
  },
  delimiterIs: (delimiter) => `Separador: ${delimiter}`,
  delimiters: { ',': 'coma', ';': 'punto y coma', '\t': 'tabulador', '|': 'barra vertical' },
  rowsFound: { one: '{count} fila encontrada', other: '{count} filas encontradas' },
  sheet: 'Hoja',
  sheetOption: (name, rows) => `${name} (${rows} filas)`,
  fileErrors: {
    empty: 'El archivo está vacío: no hay filas que importar.',
    binary: 'Este archivo no es una hoja de cálculo. Elige un archivo CSV o Excel (.xlsx).',
    'legacy-xls': 'Los archivos de Excel antiguos (.xls) no se pueden leer. Ábrelo en Excel y guárdalo como .xlsx o CSV.',
    'too-large': (size, limit) => `El archivo es demasiado grande (${size}). El límite es de ${limit}: divídelo en archivos más pequeños.`,
    'too-many-rows': (rows, limit) => `El archivo tiene ${rows} filas y se pueden importar hasta ${limit} de una vez. Divídelo en archivos más pequeños.`,
    'no-columns': 'Ninguna columna de este archivo parece de datos de clientes (nombre, email, teléfono…). Comprueba que la primera fila tenga los nombres de las columnas.',
    malformed: (line) => (line ? `El archivo está dañado: un valor entre comillas que empieza en la línea ${line} nunca se cierra.` : 'El archivo está dañado y no se puede leer.'),
    'no-sheets': 'Este libro no tiene ninguna hoja con datos.',
    unreadable: 'No se ha podido leer el archivo. Prueba a elegirlo de nuevo.',
  },
  fileErrorTitle: 'Este archivo no se puede importar',
  mapManually: 'Asignar las columnas a mano',
  chooseAnother: 'Elegir otro archivo',

  mappingIntro: 'Elige a qué dato del cliente corresponde cada columna de tu archivo. Hemos asignado lo que hemos podido a partir de los nombres de las columnas.',
  columnInFile: 'Columna de tu archivo',
  clientField: 'Dato del cliente',
  example: 'Ejemplo',
  untitledColumn: (letter) => `Columna ${letter}`,
  ignore: 'No importar',
  fields: {
    fullName: 'Nombre completo (se separa solo)',
    firstName: 'Nombre',
    middleName: 'Segundo nombre',
    lastName: 'Apellidos',
    secondLastName: 'Segundo apellido',
    email: 'Email',
    mobile: 'Móvil',
    phone: 'Teléfono',
    homePhone: 'Teléfono fijo',
    workPhone: 'Teléfono del trabajo',
    birthDate: 'Fecha de nacimiento',
    gender: 'Género',
    nationalId: 'DNI / documento',
    status: 'Estado',
    preferredLanguage: 'Idioma preferido',
    addressLine1: 'Dirección',
    addressLine2: 'Dirección (línea 2)',
    city: 'Ciudad',
    region: 'Provincia',
    postalCode: 'Código postal',
    country: 'País',
    weightKg: 'Peso (kg)',
    notes: 'Notas',
  },
  customField: (header) => `Campo personalizado «${header}»`,
  fieldGroups: { name: 'Nombre', contact: 'Contacto', personal: 'Datos personales', address: 'Dirección', other: 'Otros' },
  fieldFor: (header) => `Dato del cliente para «${header}»`,
  dateOrder: 'Las fechas del archivo están en formato',
  dateOrders: { dmy: 'Día/mes/año (31/12/1990)', mdy: 'Mes/día/año (12/31/1990)', ymd: 'Año-mes-día (1990-12-31)' },
  defaultCountry: 'País de los teléfonos sin prefijo internacional',
  dedupeBy: 'Buscar duplicados por',
  dedupeEmail: 'Email',
  dedupePhone: 'Teléfono',
  problemNoName: 'Asigna una columna a «Nombre» o «Nombre completo»: todo cliente necesita un nombre.',
  problemDuplicate: (field) => `Hay más de una columna asignada a «${field}». Deja solo una.`,
  analyzing: 'Revisando todas las filas…',

  ready: { '=0': 'No hay filas listas para importar', one: '{count} fila lista para importar', other: '{count} filas listas para importar' },
  withErrors: { one: '{count} fila tiene errores y no se importará', other: '{count} filas tienen errores y no se importarán' },
  duplicatesFound: { one: '{count} posible duplicado', other: '{count} posibles duplicados' },
  previewCaption: 'Las primeras filas, tal como se guardarán',
  rowColumn: 'Fila',
  nameColumn: 'Nombre',
  emailColumn: 'Email',
  phoneColumn: 'Teléfono',
  birthDateColumn: 'Fecha de nacimiento',
  statusColumn: 'Estado',
  checkColumn: 'Revisión',
  rowReady: 'Lista',
  rowError: 'Error',
  rowDuplicate: 'Duplicado',
  rowLabel: (row) => `Fila ${row}`,
  errorsHeading: 'Filas con errores',
  issues: {
    required: 'es obligatorio',
    'invalid-email': 'no es un email válido',
    'invalid-phone': 'no es un teléfono válido',
    'invalid-date': 'no es una fecha que podamos leer',
    'invalid-number': 'no es un número',
    'invalid-gender': 'no es un género que conozcamos',
    'invalid-status': 'no es un estado conocido',
    'invalid-country': 'no es un país que conozcamos',
    'invalid-language': 'no es un idioma que conozcamos',
    'too-long': 'es demasiado largo',
    invalid: 'no es válido',
  },
  issueLine: (field, message, value) => (value ? `${field} ${message}: «${value}»` : `${field} ${message}`),
  moreErrors: { one: 'y {count} fila más con errores', other: 'y {count} filas más con errores' },
  downloadErrors: 'Descargar las filas con errores (CSV)',
  duplicatesHeading: 'Posibles duplicados',
  matchesClient: (name) => `Ya es cliente: ${name}`,
  matchesRow: (row, name) => `La misma persona que la fila ${row} (${name})`,
  moreDuplicates: { one: 'y {count} duplicado más, que sigue la opción de arriba', other: 'y {count} duplicados más, que siguen la opción de arriba' },
  policyLabel: 'Cuando una fila coincide con un cliente',
  policies: { skip: 'Saltar la fila', update: 'Actualizar el cliente existente', create: 'Crear un cliente nuevo igualmente' },
  policyFor: (row) => `Qué hacer con la fila ${row}`,
  nothingToImport: 'No se puede importar ninguna fila. Corrige el archivo y vuelve a elegirlo.',
  notSavedYet: 'Todavía no se ha guardado nada.',
  confirmImport: { one: 'Importar {count} cliente', other: 'Importar {count} clientes' },
  existingUnavailable: 'No hemos podido comparar con tus clientes actuales. Las filas que coincidan con uno seguirán igualmente la opción elegida.',

  importing: 'Importando…',
  progress: (done, total) => `${done} de ${total} filas`,
  timeLeft: (duration) => `Quedan unos ${duration}`,
  estimating: 'Calculando el tiempo restante…',
  retrying: (attempt, max) => `Se ha perdido la conexión. Reintentando (${attempt} de ${max})…`,
  interruptedTitle: 'La importación se ha interrumpido',
  interrupted: 'Se ha perdido la conexión. Las filas ya importadas están guardadas; al reanudar se sigue donde se quedó, sin guardar ninguna fila dos veces.',
  resume: 'Reanudar la importación',
  stop: 'Detener la importación',
  stopTitle: '¿Detener la importación?',
  stopMessage: 'Las filas ya importadas seguirán guardadas.',
  stopConfirm: 'Detener',
  keepImporting: 'Seguir importando',
  failedTitle: 'La importación se ha detenido',

  doneTitle: 'Importación completada',
  stoppedTitle: 'Importación detenida',
  created: { '=0': 'Ningún cliente creado', one: '{count} cliente creado', other: '{count} clientes creados' },
  updated: { '=0': 'Ningún cliente actualizado', one: '{count} cliente actualizado', other: '{count} clientes actualizados' },
  skipped: { '=0': 'Ninguna fila omitida', one: '{count} fila omitida', other: '{count} filas omitidas' },
  failed: { '=0': 'Ninguna fila con error', one: '{count} fila con error', other: '{count} filas con error' },
  took: (duration) => `Ha tardado ${duration}`,
  downloadFailed: 'Descargar las filas con error (CSV)',
  downloadFailedHint: 'Cada fila conserva sus columnas originales y el motivo del error. Corrígelas e importa solo ese archivo.',
  failedFileName: 'filas-con-errores',
  failedRowColumn: 'Fila',
  failedErrorColumn: 'Error',
  importAnother: 'Importar otro archivo',
  done: 'Listo',

  exportColumns: {
    name: 'Nombre',
    firstName: 'Nombre de pila',
    middleName: 'Segundo nombre',
    lastName: 'Apellidos',
    email: 'Email',
    phone: 'Teléfono',
    phones: 'Teléfonos',
    status: 'Estado',
    birthDate: 'Fecha de nacimiento',
    gender: 'Género',
    nationalId: 'DNI / documento',
    address: 'Dirección',
    city: 'Ciudad',
    postalCode: 'Código postal',
    country: 'País',
    groups: 'Grupos',
    tags: 'Etiquetas',
    origin: 'Origen',
    totalSales: 'Ventas totales',
    currency: 'Moneda',
    reviewCount: 'Reseñas',
    averageRating: 'Valoración media',
    lastVisitAt: 'Última visita',
    notes: 'Notas',
    createdAt: 'Alta',
    updatedAt: 'Última modificación',
    trashedAt: 'Eliminado',
    id: 'ID de cliente',
  },
  exportSheet: 'Clientes',
  exportFileName: 'clientes',
};

export const importPtBR: ImportStrings = {
  title: 'Importar clientes',
  steps: { file: 'Arquivo', mapping: 'Colunas', preview: 'Revisão', import: 'Importação', summary: 'Resumo' },
  stepOf: (current, total) => `Etapa ${current} de ${total}`,
  forbidden: 'Você não tem permissão para importar clientes.',

  dropTitle: 'Arraste seu arquivo para cá',
  browse: 'Escolher um arquivo',
  formats: (limit) => `CSV (separado por vírgula, ponto e vírgula ou tabulação) ou Excel (.xlsx), de até ${limit}.`,
  headerHint: 'A primeira linha deve ter os nomes das colunas. Nada é salvo até você confirmar.',
  reading: (fileName) => `Lendo ${fileName}…`,
  encodingIs: (encoding) => `Codificação: ${encoding}`,
  encodings: {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 (com BOM)',
    'utf-16le': 'UTF-16',
    'utf-16be': 'UTF-16 (big-endian)',
    'windows-1252': 'Windows-1252 / Latin-1',
  },
  delimiterIs: (delimiter) => `Separador: ${delimiter}`,
  delimiters: { ',': 'vírgula', ';': 'ponto e vírgula', '\t': 'tabulação', '|': 'barra vertical' },
  rowsFound: { one: '{count} linha encontrada', other: '{count} linhas encontradas' },
  sheet: 'Planilha',
  sheetOption: (name, rows) => `${name} (${rows} linhas)`,
  fileErrors: {
    empty: 'O arquivo está vazio: não há linhas para importar.',
    binary: 'Este arquivo não é uma planilha. Escolha um arquivo CSV ou Excel (.xlsx).',
    'legacy-xls': 'Arquivos antigos do Excel (.xls) não podem ser lidos. Abra o arquivo no Excel e salve como .xlsx ou CSV.',
    'too-large': (size, limit) => `O arquivo é grande demais (${size}). O limite é ${limit}: divida-o em arquivos menores.`,
    'too-many-rows': (rows, limit) => `O arquivo tem ${rows} linhas e é possível importar até ${limit} de uma vez. Divida-o em arquivos menores.`,
    'no-columns': 'Nenhuma coluna deste arquivo parece ter dados de clientes (nome, e-mail, telefone…). Verifique se a primeira linha tem os nomes das colunas.',
    malformed: (line) => (line ? `O arquivo está corrompido: um valor entre aspas que começa na linha ${line} nunca termina.` : 'O arquivo está corrompido e não pode ser lido.'),
    'no-sheets': 'Esta pasta de trabalho não tem nenhuma planilha com dados.',
    unreadable: 'Não foi possível ler o arquivo. Tente escolhê-lo novamente.',
  },
  fileErrorTitle: 'Este arquivo não pode ser importado',
  mapManually: 'Associar as colunas manualmente',
  chooseAnother: 'Escolher outro arquivo',

  mappingIntro: 'Escolha a qual dado do cliente corresponde cada coluna do seu arquivo. Associamos o que foi possível pelos nomes das colunas.',
  columnInFile: 'Coluna do seu arquivo',
  clientField: 'Dado do cliente',
  example: 'Exemplo',
  untitledColumn: (letter) => `Coluna ${letter}`,
  ignore: 'Não importar',
  fields: {
    fullName: 'Nome completo (separado automaticamente)',
    firstName: 'Nome',
    middleName: 'Nome do meio',
    lastName: 'Sobrenome',
    secondLastName: 'Segundo sobrenome',
    email: 'E-mail',
    mobile: 'Celular',
    phone: 'Telefone',
    homePhone: 'Telefone residencial',
    workPhone: 'Telefone comercial',
    birthDate: 'Data de nascimento',
    gender: 'Gênero',
    nationalId: 'CPF / documento',
    status: 'Situação',
    preferredLanguage: 'Idioma preferido',
    addressLine1: 'Endereço',
    addressLine2: 'Complemento',
    city: 'Cidade',
    region: 'Estado',
    postalCode: 'CEP',
    country: 'País',
    weightKg: 'Peso (kg)',
    notes: 'Observações',
  },
  customField: (header) => `Campo personalizado “${header}”`,
  fieldGroups: { name: 'Nome', contact: 'Contato', personal: 'Dados pessoais', address: 'Endereço', other: 'Outros' },
  fieldFor: (header) => `Dado do cliente para “${header}”`,
  dateOrder: 'As datas do arquivo estão no formato',
  dateOrders: { dmy: 'Dia/mês/ano (31/12/1990)', mdy: 'Mês/dia/ano (12/31/1990)', ymd: 'Ano-mês-dia (1990-12-31)' },
  defaultCountry: 'País dos telefones sem código do país',
  dedupeBy: 'Procurar duplicados por',
  dedupeEmail: 'E-mail',
  dedupePhone: 'Telefone',
  problemNoName: 'Associe uma coluna a “Nome” ou “Nome completo”: todo cliente precisa de um nome.',
  problemDuplicate: (field) => `Mais de uma coluna está associada a “${field}”. Mantenha só uma.`,
  analyzing: 'Verificando todas as linhas…',

  ready: { '=0': 'Nenhuma linha pronta para importar', one: '{count} linha pronta para importar', other: '{count} linhas prontas para importar' },
  withErrors: { one: '{count} linha tem erros e não será importada', other: '{count} linhas têm erros e não serão importadas' },
  duplicatesFound: { one: '{count} possível duplicado', other: '{count} possíveis duplicados' },
  previewCaption: 'As primeiras linhas, como serão salvas',
  rowColumn: 'Linha',
  nameColumn: 'Nome',
  emailColumn: 'E-mail',
  phoneColumn: 'Telefone',
  birthDateColumn: 'Data de nascimento',
  statusColumn: 'Situação',
  checkColumn: 'Verificação',
  rowReady: 'Pronta',
  rowError: 'Erro',
  rowDuplicate: 'Duplicado',
  rowLabel: (row) => `Linha ${row}`,
  errorsHeading: 'Linhas com erros',
  issues: {
    required: 'é obrigatório',
    'invalid-email': 'não é um e-mail válido',
    'invalid-phone': 'não é um telefone válido',
    'invalid-date': 'não é uma data que conseguimos ler',
    'invalid-number': 'não é um número',
    'invalid-gender': 'não é um gênero conhecido',
    'invalid-status': 'não é uma situação conhecida',
    'invalid-country': 'não é um país conhecido',
    'invalid-language': 'não é um idioma conhecido',
    'too-long': 'é longo demais',
    invalid: 'não é válido',
  },
  issueLine: (field, message, value) => (value ? `${field} ${message}: “${value}”` : `${field} ${message}`),
  moreErrors: { one: 'e mais {count} linha com erros', other: 'e mais {count} linhas com erros' },
  downloadErrors: 'Baixar as linhas com erros (CSV)',
  duplicatesHeading: 'Possíveis duplicados',
  matchesClient: (name) => `Já é cliente: ${name}`,
  matchesRow: (row, name) => `A mesma pessoa da linha ${row} (${name})`,
  moreDuplicates: { one: 'e mais {count} duplicado, que segue a opção acima', other: 'e mais {count} duplicados, que seguem a opção acima' },
  policyLabel: 'Quando uma linha corresponde a um cliente',
  policies: { skip: 'Pular a linha', update: 'Atualizar o cliente existente', create: 'Criar um novo cliente mesmo assim' },
  policyFor: (row) => `O que fazer com a linha ${row}`,
  nothingToImport: 'Nenhuma linha pode ser importada. Corrija o arquivo e escolha-o novamente.',
  notSavedYet: 'Nada foi salvo ainda.',
  confirmImport: { one: 'Importar {count} cliente', other: 'Importar {count} clientes' },
  existingUnavailable: 'Não foi possível comparar com seus clientes atuais. As linhas que corresponderem a algum deles seguirão a opção escolhida.',

  importing: 'Importando…',
  progress: (done, total) => `${done} de ${total} linhas`,
  timeLeft: (duration) => `Faltam cerca de ${duration}`,
  estimating: 'Calculando o tempo restante…',
  retrying: (attempt, max) => `A conexão caiu. Tentando novamente (${attempt} de ${max})…`,
  interruptedTitle: 'A importação foi interrompida',
  interrupted: 'A conexão caiu. As linhas já importadas estão salvas; ao retomar, a importação continua de onde parou, sem salvar nenhuma linha duas vezes.',
  resume: 'Retomar a importação',
  stop: 'Parar a importação',
  stopTitle: 'Parar a importação?',
  stopMessage: 'As linhas já importadas continuarão salvas.',
  stopConfirm: 'Parar',
  keepImporting: 'Continuar importando',
  failedTitle: 'A importação parou',

  doneTitle: 'Importação concluída',
  stoppedTitle: 'Importação interrompida',
  created: { '=0': 'Nenhum cliente criado', one: '{count} cliente criado', other: '{count} clientes criados' },
  updated: { '=0': 'Nenhum cliente atualizado', one: '{count} cliente atualizado', other: '{count} clientes atualizados' },
  skipped: { '=0': 'Nenhuma linha ignorada', one: '{count} linha ignorada', other: '{count} linhas ignoradas' },
  failed: { '=0': 'Nenhuma linha com erro', one: '{count} linha com erro', other: '{count} linhas com erro' },
  took: (duration) => `Levou ${duration}`,
  downloadFailed: 'Baixar as linhas com erro (CSV)',
  downloadFailedHint: 'Cada linha mantém as colunas originais e o motivo do erro. Corrija-as e importe só esse arquivo.',
  failedFileName: 'linhas-com-erros',
  failedRowColumn: 'Linha',
  failedErrorColumn: 'Erro',
  importAnother: 'Importar outro arquivo',
  done: 'Concluir',

  exportColumns: {
    name: 'Nome',
    firstName: 'Primeiro nome',
    middleName: 'Nome do meio',
    lastName: 'Sobrenome',
    email: 'E-mail',
    phone: 'Telefone',
    phones: 'Telefones',
    status: 'Situação',
    birthDate: 'Data de nascimento',
    gender: 'Gênero',
    nationalId: 'CPF / documento',
    address: 'Endereço',
    city: 'Cidade',
    postalCode: 'CEP',
    country: 'País',
    groups: 'Grupos',
    tags: 'Etiquetas',
    origin: 'Origem',
    totalSales: 'Total de vendas',
    currency: 'Moeda',
    reviewCount: 'Avaliações',
    averageRating: 'Nota média',
    lastVisitAt: 'Última visita',
    notes: 'Observações',
    createdAt: 'Cadastro',
    updatedAt: 'Última atualização',
    trashedAt: 'Excluído',
    id: 'ID do cliente',
  },
  exportSheet: 'Clientes',
  exportFileName: 'clientes',
};
