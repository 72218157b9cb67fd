/*
 * What a chosen file is, from its bytes (never from its name alone): a zip (XLSX), an old binary
 * workbook (XLS), text in a known encoding, or binary data. Text is decoded as UTF-8 (with or without
 * a BOM) when it is valid UTF-8, UTF-16 when it starts with that BOM (Excel's "Unicode text"), and
 * Windows-1252 otherwise: the encoding of CSV files that Excel writes on Spanish and Portuguese
 * Windows ("ANSI"), a superset of Latin-1 that also has € and curly quotes.
 */
import { ImportFileError } from './errors.js';

export type FileKind = 'xlsx' | 'text';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Whether the bytes look like binary data rather than text (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array, encoding: TextEncoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, LF, CR and form feed are text; other C0 controls are not.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

/**
 * The kind of a file from its first bytes. Throws ImportFileError for an empty file, an old .xls
 * workbook or a password-protected one; a zip that is not a workbook is left to the XLSX reader (it
 * says `xlsb`, `ods` or `binary`, or `malformed` when the zip itself is broken).
 */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) throw new ImportFileError('empty', 'The file is empty');
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, OLE2)) {
    // Excel saves a password-protected .xlsx encrypted inside an OLE2 file, like an old .xls: its
    // directory names an "EncryptionInfo" stream.
    if (includesUtf16(bytes, 'EncryptionInfo')) throw new ImportFileError('encrypted', 'The workbook is protected with a password');
    throw new ImportFileError('legacy-xls', 'Old binary Excel workbooks (.xls) are not supported');
  }
  return 'text';
}

/** Whether the bytes contain `text` in UTF-16LE (how OLE2 directories store stream names). */
function includesUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  search: for (let at = 0; at + text.length * 2 <= bytes.length; at++) {
    if (bytes[at] !== first || bytes[at + 1] !== 0) continue;
    for (let index = 1; index < text.length; index++) {
      if (bytes[at + index * 2] !== text.charCodeAt(index) || bytes[at + index * 2 + 1] !== 0) continue search;
    }
    return true;
  }
  return false;
}

/** The encoding of text bytes: a BOM decides; else valid UTF-8 is UTF-8; else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Decodes text bytes (the BOM dropped) and says which encoding it found. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  if (looksBinary(bytes, encoding)) throw new ImportFileError('binary', 'The file is not text nor a spreadsheet');
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  // TextDecoder drops a leading BOM by default (ignoreBOM: false).
  const text = new TextDecoder(label).decode(bytes);
  if (!text.trim()) throw new ImportFileError('empty', 'The file has no data');
  return { text, encoding };
}
