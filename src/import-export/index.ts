/*
 * Import and export of clients, framework-free: file sniffing and decoding, CSV and XLSX reading,
 * header mapping in en/es/pt, value normalization, validation with the model's ClientInput,
 * duplicate detection, chunked import with progress and resume, failed-rows CSV, CSV/XLSX export.
 * The XLSX reader and writer are loaded on demand; parsing runs in a worker (ParseClient).
 */
export { ImportFileError, isImportFileError, type ImportFileErrorCode, type ImportFileErrorDetail } from './errors.js';
export { DEFAULT_CHUNK_SIZE, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ROWS, PREVIEW_ROWS } from './limits.js';
export { decodeText, detectEncoding, sniffKind, type FileKind, type TextEncoding } from './sniff.js';
export { detectDelimiter, DELIMITERS, type Delimiter } from './delimiter.js';
export { parseDelimited, type ParsedText } from './csv.js';
export { excelSerialToIso, parseDate, dateOrderOf, type DateOrder, type ParseDateOptions } from './dates.js';
export { normalizePhone, splitPhones, phoneKey, COUNTRY_PHONE_PLANS, PHONE_COUNTRIES, type PhoneResult } from './phones.js';
export { splitFullName, nameStyleOf, type NameParts, type NameStyle } from './names.js';
export {
  IMPORT_FIELDS,
  NAME_FIELDS,
  REPEATABLE_FIELDS,
  NOTES_CUSTOM_FIELD,
  customFieldKey,
  isCustomTarget,
  parseCountry,
  parseDecimal,
  parseGender,
  parseLanguage,
  parseStatus,
  type ColumnMapping,
  type ImportField,
  type ImportTarget,
} from './fields.js';
export { autoMap, guessField, mappingProblems, normalizeHeader, recognisesAnyColumn, type AutoMapOptions, type MappingProblem } from './headers.js';
export { mapRow, unescapeCell, type IssueCode, type MapOptions, type MappedRow, type RowIssue } from './map-row.js';
export {
  analyzeRows,
  emailKey,
  ExistingIndex,
  type Analysis,
  type AnalysisState,
  type AnalyzeOptions,
  type DedupeField,
  type DuplicateInfo,
  type ExistingClientKey,
  type PreviewRow,
  type RowReport,
  type ValidRow,
} from './analyze.js';
export { nextBatch, policyOf, type DuplicatePolicy, type ImportPlan, type PlannedBatch } from './batches.js';
export {
  ImportRunner,
  newImportId,
  type BatchSource,
  type FailedRow,
  type ImportCounts,
  type ImportOutcome,
  type ImportProgress,
  type ImportRunnerOptions,
  type ImportStatus,
} from './importer.js';
export { memoryBatchSource, workerBatchSource } from './sources.js';
export { csvDelimiterFor, csvField, escapeFormula, toCsv, type CsvValue } from './csv-write.js';
export {
  DEFAULT_EXPORT_COLUMNS,
  EXPORT_COLUMNS,
  LIST_COLUMN_EXPORTS,
  downloadBlob,
  exportClients,
  exportClientsFile,
  exportColumnsForListColumns,
  exportCsv,
  exportTable,
  type ExportColumn,
  type ExportContext,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
} from './export.js';
export type { XlsxValue, XlsxSheet } from './xlsx-write.js';
export { ParseClient, defaultParseWorker, type ParseClientOptions } from './parse-client.js';
export type { FailedFileLabels, LoadedFile, LoadLimits, ParseOps } from './protocol.js';
