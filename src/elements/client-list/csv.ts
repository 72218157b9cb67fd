/*
 * The list's built-in export: a CSV of the chosen clients, used when no host handles
 * `client-export-request` (the import/export wizard is its own element). Cells that a spreadsheet
 * would run as a formula (leading =, +, -, @, tab or carriage return) are prefixed with an apostrophe.
 */
import { clientDisplayName, primaryPhone } from '../../model/client.js';
import type { Client } from '../../model/client.js';
import type { Group, Tag } from '../../model/group.js';
import { currencyFractionDigits, minorToDecimalString } from '../../i18n/format.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula-leading text neutralised, quoted when it holds a separator, quote or newline. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A plain number ("-12.50") is data, not a formula.
  if (typeof value === 'string' && FORMULA_START.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",;\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const CSV_COLUMNS = [
  'id',
  'name',
  'firstName',
  'middleName',
  'lastName',
  'email',
  'phone',
  'status',
  'groups',
  'tags',
  'totalSales',
  'currency',
  'reviewCount',
  'averageRating',
  'lastVisitAt',
  'createdAt',
  'updatedAt',
] as const;

/** CSV text (with a BOM, so spreadsheets read UTF-8 accents) of the given clients. */
export function clientsToCsv(clients: readonly Client[], lookups: { groups: readonly Group[]; tags: readonly Tag[] }): string {
  const groupName = new Map(lookups.groups.map((group) => [group.id, group.name]));
  const tagName = new Map(lookups.tags.map((tag) => [tag.id, tag.name]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const client of clients) {
    const sales = client.stats.totalSales;
    const row = [
      client.id,
      clientDisplayName(client),
      client.firstName,
      client.middleName,
      client.lastName,
      client.email,
      primaryPhone(client.phones),
      client.status,
      client.groupIds.map((id) => groupName.get(id) ?? id).join(' | '),
      client.tagIds.map((id) => tagName.get(id) ?? id).join(' | '),
      minorToDecimalString(sales.amountMinor, currencyFractionDigits(sales.currency)),
      sales.currency,
      client.stats.reviewCount,
      client.stats.averageRating ?? '',
      client.stats.lastVisitAt ?? '',
      client.createdAt,
      client.updatedAt,
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
