/**
 * Why a file cannot be imported. The wizard shows each code as a message in the user's language;
 * `detail` carries what the message names (a line number, a size, a sheet name).
 */
export type ImportFileErrorCode =
  /** Nothing in the file, or only a header row. */
  | 'empty'
  /** Not text and not a spreadsheet (an image, a PDF, a zip of something else). */
  | 'binary'
  /** An old binary Excel workbook (.xls): it must be saved as .xlsx or CSV first. */
  | 'legacy-xls'
  /** A password-protected workbook (Excel stores it encrypted, inside an OLE2 container). */
  | 'encrypted'
  /** An Excel Binary Workbook (.xlsb): it must be saved as .xlsx or CSV first. */
  | 'xlsb'
  /** An OpenDocument spreadsheet (.ods, LibreOffice's own format): it must be saved as .xlsx or CSV first. */
  | 'ods'
  /** Larger than the size limit. */
  | 'too-large'
  /** More rows than the row limit. */
  | 'too-many-rows'
  /** No column matches a client field (first name, name, email, phone…). */
  | 'no-columns'
  /** A quoted field that never closes, or a broken spreadsheet. */
  | 'malformed'
  /** The workbook has no sheet with data. */
  | 'no-sheets'
  /** The file could not be read at all (permissions, removed while reading). */
  | 'unreadable';

export interface ImportFileErrorDetail {
  /** Line of the source text where parsing stopped (CSV). */
  line?: number;
  /** Size of the file, in bytes. */
  size?: number;
  /** The limit that was exceeded (bytes or rows). */
  limit?: number;
  /** Rows found. */
  rows?: number;
}

export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    readonly detail: ImportFileErrorDetail = {},
  ) {
    super(message);
  }
}

export function isImportFileError(error: unknown): error is ImportFileError {
  return error instanceof ImportFileError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ImportFileError' && typeof (error as { code?: unknown }).code === 'string');
}
