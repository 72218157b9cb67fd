/*
 * The upload limits every adapter enforces (FILE_LIMITS), checked in the browser first so a file
 * that cannot be stored is refused before any byte is sent, with the reason.
 */
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { FILE_LIMITS } from '../../model/files.js';

/** Bytes in the locale's units: "820 kB", "1.4 MB". */
export function formatBytes(bytes: number, localize: LocalizeController): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return localize.number(value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 });
}

/** Why a file cannot be uploaded (in the user's language), or undefined when it can. */
export function fileProblem(file: File, localize: LocalizeController): string | undefined {
  const r = localize.t.records;
  if (!(FILE_LIMITS.mimeTypes as readonly string[]).includes(file.type)) return r.limits.wrongType(file.name);
  if (file.size > FILE_LIMITS.maxBytes) return r.limits.tooLarge(file.name, formatBytes(FILE_LIMITS.maxBytes, localize));
  return undefined;
}

/** The `accept` attribute of a file input: the accepted types. */
export const ACCEPTED_TYPES = FILE_LIMITS.mimeTypes.join(',');
