/*
 * The list's built-in export, used when no host takes over `client-export-request`: the chosen
 * clients as a CSV or an Excel workbook with the list's visible columns, headers and enum labels in
 * the user's language (the import/export module writes both). The list loads this module, the
 * writers and the export strings only when the user first exports.
 */
import type { Client } from '../../model/client.js';
import { importStrings } from '../../i18n/groups/import.js';
import type { Locale } from '../../i18n/locale.js';
import { loadStrings, stringsFor } from '../../i18n/strings.js';
import { downloadBlob, exportClientsFile, exportColumnsForListColumns } from '../../import-export/export.js';
import type { ExportContext, ExportFile, ExportFormat } from '../../import-export/export.js';
import type { ListLookups } from './filters.js';

export interface ListExportOptions {
  format: ExportFormat;
  locale: Locale;
  /** The list's visible column keys, in order (see columnsFor in row.ts). */
  listColumns: readonly string[];
  lookups: ListLookups;
  /** Where to put the download link (the list's document). */
  doc: Document;
}

/** Writes the file and downloads it; resolves with what was written. */
export async function downloadListExport(clients: readonly Client[], options: ListExportOptions): Promise<ExportFile> {
  await loadStrings(options.locale, [importStrings]);
  const t = stringsFor(options.locale);
  const byId = (items: readonly { id: string; name: string }[]) => new Map(items.map((item) => [item.id, item.name]));
  const context: ExportContext = {
    locale: options.locale,
    headers: t.import.exportColumns,
    status: t.enums.clientStatus,
    gender: t.enums.gender,
    groups: byId(options.lookups.groups),
    tags: byId(options.lookups.tags),
    origins: new Map(options.lookups.origins.map((origin) => [origin.id, origin.label])),
  };
  const file = await exportClientsFile(clients, {
    format: options.format,
    columns: exportColumnsForListColumns(options.listColumns),
    context,
    sheetName: t.import.exportSheet,
    baseName: `${t.import.exportFileName}-${new Date().toISOString().slice(0, 10)}`,
  });
  downloadBlob(file.blob, file.fileName, options.doc);
  return file;
}
