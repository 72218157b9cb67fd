/*
 * The list's built-in export: a CSV of the chosen clients, used when no host handles
 * `client-export-request`. Writing (BOM, quoting, formula escaping) is the import/export module's.
 */
import { clientDisplayName, primaryPhone } from '../../model/client.js';
import type { Client } from '../../model/client.js';
import type { Group, Tag } from '../../model/group.js';
import { currencyFractionDigits, minorToDecimalString } from '../../i18n/format.js';
import { toCsv, type CsvValue } from '../../import-export/csv-write.js';

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
  const rows: CsvValue[][] = [[...CSV_COLUMNS]];
  for (const client of clients) {
    const sales = client.stats.totalSales;
    rows.push([
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
    ]);
  }
  return toCsv(rows);
}
