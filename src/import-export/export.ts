/*
 * Export of clients to CSV or XLSX with chosen columns — the list's current filter or selection
 * (`clients.exportAll(query)`), its visible columns. CSV is UTF-8 with a BOM, `;`-separated with
 * decimal commas where the locale writes numbers that way (so Excel opens it in columns), and
 * formula-escaped (csv-write.ts). XLSX is written by xlsx-write.ts, loaded only when asked for.
 * Enum values are written as their labels in the user's language; the import reads them back.
 */
import type { ClientDataAdapter } from '../adapter/contract.js';
import type { Client, ClientStatus, Gender } from '../model/client.js';
import { clientDisplayName, primaryPhone } from '../model/client.js';
import type { ClientListQuery } from '../model/query.js';
import { currencyFractionDigits, minorToDecimalString } from '../i18n/format.js';
import { csvDelimiterFor, toCsv, type CsvValue } from './csv-write.js';
import { NOTES_CUSTOM_FIELD } from './fields.js';
import type { XlsxValue } from './xlsx-write.js';

export const EXPORT_COLUMNS = [
  'name',
  'firstName',
  'middleName',
  'lastName',
  'email',
  'phone',
  'phones',
  'status',
  'birthDate',
  'gender',
  'nationalId',
  'address',
  'city',
  'postalCode',
  'country',
  'groups',
  'tags',
  'origin',
  'totalSales',
  'currency',
  'reviewCount',
  'averageRating',
  'lastVisitAt',
  'notes',
  'createdAt',
  'updatedAt',
  'trashedAt',
  'id',
] as const;

export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export type ExportFormat = 'csv' | 'xlsx';

/** The columns of a full export. */
export const DEFAULT_EXPORT_COLUMNS: readonly ExportColumn[] = [
  'name', 'firstName', 'lastName', 'email', 'phone', 'status', 'birthDate', 'gender', 'nationalId', 'groups', 'tags',
  'totalSales', 'currency', 'reviewCount', 'averageRating', 'lastVisitAt', 'createdAt', 'updatedAt', 'id',
];

/** What each of <client-list>'s columns exports as (`id` is always added last). */
export const LIST_COLUMN_EXPORTS: Readonly<Record<string, readonly ExportColumn[]>> = {
  client: ['name', 'firstName', 'lastName', 'groups', 'tags'],
  contact: ['email', 'phone'],
  reviews: ['reviewCount', 'averageRating'],
  sales: ['totalSales', 'currency'],
  updated: ['updatedAt'],
  status: ['status', 'origin'],
  deleted: ['trashedAt'],
};

/** Export columns for the list's visible columns, in their order, without repeats, ending with `id`. */
export function exportColumnsForListColumns(listColumns: readonly string[]): ExportColumn[] {
  const columns: ExportColumn[] = [];
  for (const listColumn of listColumns) for (const column of LIST_COLUMN_EXPORTS[listColumn] ?? []) if (!columns.includes(column)) columns.push(column);
  if (!columns.includes('id')) columns.push('id');
  return columns;
}

export interface ExportContext {
  /** Locale of labels, decimal separator and file name. */
  locale: string;
  /** Header of each column. */
  headers: Readonly<Record<ExportColumn, string>>;
  status: Readonly<Record<ClientStatus, string>>;
  gender: Readonly<Record<Gender, string>>;
  /** Names of groups, tags and origins by id (ids are written when a name is unknown). */
  groups?: ReadonlyMap<string, string>;
  tags?: ReadonlyMap<string, string>;
  origins?: ReadonlyMap<string, string>;
}

type Cell = string | number | { date: string } | null;

function names(ids: readonly string[], lookup: ReadonlyMap<string, string> | undefined): string {
  return ids.map((id) => lookup?.get(id) ?? id).join(' | ');
}

function cellOf(client: Client, column: ExportColumn, context: ExportContext): Cell {
  switch (column) {
    case 'name':
      return clientDisplayName(client);
    case 'firstName':
      return client.firstName;
    case 'middleName':
      return client.middleName;
    case 'lastName':
      return client.lastName;
    case 'email':
      return client.email;
    case 'phone':
      return primaryPhone(client.phones);
    case 'phones':
      return client.phones.map((phone) => phone.number).join(' | ') || null;
    case 'status':
      return context.status[client.status];
    case 'birthDate':
      return client.birthDate ? { date: client.birthDate } : null;
    case 'gender':
      return client.gender ? context.gender[client.gender] : null;
    case 'nationalId':
      return client.nationalId;
    case 'address': {
      const address = client.address;
      if (!address) return null;
      return [address.line1, address.line2, [address.postalCode, address.city].filter(Boolean).join(' '), address.region, address.country].filter(Boolean).join(', ');
    }
    case 'city':
      return client.address?.city || null;
    case 'postalCode':
      return client.address?.postalCode ?? null;
    case 'country':
      return client.address?.country ?? null;
    case 'groups':
      return names(client.groupIds, context.groups) || null;
    case 'tags':
      return names(client.tagIds, context.tags) || null;
    case 'origin':
      return client.origin ? (context.origins?.get(client.origin) ?? client.origin) : null;
    case 'totalSales': {
      const sales = client.stats.totalSales;
      return Number(minorToDecimalString(sales.amountMinor, currencyFractionDigits(sales.currency)));
    }
    case 'currency':
      return client.stats.totalSales.currency;
    case 'reviewCount':
      return client.stats.reviewCount;
    case 'averageRating':
      return client.stats.averageRating;
    case 'lastVisitAt':
      return client.stats.lastVisitAt ? { date: client.stats.lastVisitAt.slice(0, 10) } : null;
    case 'notes': {
      const notes = client.customFields[NOTES_CUSTOM_FIELD];
      return notes === null || notes === undefined ? null : String(notes);
    }
    case 'createdAt':
      return client.createdAt;
    case 'updatedAt':
      return client.updatedAt;
    case 'trashedAt':
      return client.trashedAt;
    case 'id':
      return client.id;
  }
}

/** The header row and one row per client, as typed cells. */
export function exportTable(clients: readonly Client[], columns: readonly ExportColumn[], context: ExportContext): XlsxValue[][] {
  const rows: XlsxValue[][] = [columns.map((column) => context.headers[column])];
  for (const client of clients) rows.push(columns.map((column) => cellOf(client, column, context)));
  return rows;
}

/** The table as CSV text: dates as ISO, decimals with the locale's separator when the delimiter is `;`. */
export function exportCsv(clients: readonly Client[], columns: readonly ExportColumn[], context: ExportContext, delimiter = csvDelimiterFor(context.locale)): string {
  const decimalComma = delimiter === ';';
  const rows = exportTable(clients, columns, context).map((row) =>
    row.map((value): CsvValue => {
      if (value !== null && typeof value === 'object') return value.date;
      if (typeof value === 'number' && decimalComma) return String(value).replace('.', ',');
      return value;
    }),
  );
  return toCsv(rows, delimiter);
}

export interface ExportOptions {
  format: ExportFormat;
  columns?: readonly ExportColumn[];
  context: ExportContext;
  /** Sheet name of the XLSX file. */
  sheetName?: string;
  /** File name without extension; default `clients-YYYY-MM-DD`. */
  baseName?: string;
}

export interface ExportFile {
  blob: Blob;
  fileName: string;
  count: number;
}

/** A file of these clients. */
export async function exportClientsFile(clients: readonly Client[], options: ExportOptions): Promise<ExportFile> {
  const columns = options.columns ?? DEFAULT_EXPORT_COLUMNS;
  const baseName = options.baseName ?? `clients-${new Date().toISOString().slice(0, 10)}`;
  if (options.format === 'xlsx') {
    const { writeXlsx, XLSX_MIME } = await import('./xlsx-write.js');
    const bytes = writeXlsx(exportTable(clients, columns, options.context), options.sheetName ?? 'Clients');
    return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME }), fileName: `${baseName}.xlsx`, count: clients.length };
  }
  const csv = exportCsv(clients, columns, options.context);
  return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName: `${baseName}.csv`, count: clients.length };
}

/** Every client matching the query (the list's filter, or `filter.ids` for a selection), as a file. */
export async function exportClients(adapter: Pick<ClientDataAdapter, 'clients'>, query: ClientListQuery, options: ExportOptions & { signal?: AbortSignal }): Promise<ExportFile> {
  const clients = await adapter.clients.exportAll(query, options.signal ? { signal: options.signal } : undefined);
  return exportClientsFile(clients, options);
}

/** Saves a blob as a download (an <a download> click; the object URL is revoked afterwards). */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
