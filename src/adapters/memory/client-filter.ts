import type { Client, ClientFilter } from '../../model/index.js';

/** Whether a client meets every criterion of a list filter (values within one criterion are OR). */
export function matchesClientFilter(client: Client, filter: ClientFilter): boolean {
  const some = (wanted: readonly string[] | undefined, values: readonly string[]) =>
    !wanted?.length || values.some((value) => wanted.includes(value));
  const oneOf = (wanted: readonly string[] | undefined, value: string | null) =>
    !wanted?.length || (value !== null && wanted.includes(value));
  const { stats } = client;
  if (!some(filter.groupIds, client.groupIds)) return false;
  if (!some(filter.tagIds, client.tagIds)) return false;
  if (!oneOf(filter.origins, client.origin)) return false;
  if (!oneOf(filter.centerIds, client.centerId)) return false;
  if (!oneOf(filter.statuses, client.status)) return false;
  if (!oneOf(filter.ids, client.id)) return false;
  if (filter.hasActiveAlerts !== undefined && stats.activeAlertCount > 0 !== filter.hasActiveAlerts) return false;
  if (filter.hasActiveAllergies !== undefined && stats.activeAllergyCount > 0 !== filter.hasActiveAllergies) return false;
  if (filter.blacklisted !== undefined && client.bookingBlacklisted !== filter.blacklisted) return false;
  if (filter.birthdayMonth !== undefined && (!client.birthDate || Number(client.birthDate.slice(5, 7)) !== filter.birthdayMonth)) return false;
  if (filter.lastVisitFrom !== undefined || filter.lastVisitTo !== undefined) {
    const day = stats.lastVisitAt?.slice(0, 10);
    if (!day) return false;
    if (filter.lastVisitFrom !== undefined && day < filter.lastVisitFrom) return false;
    if (filter.lastVisitTo !== undefined && day > filter.lastVisitTo) return false;
  }
  if (filter.salesMinMinor !== undefined && stats.totalSales.amountMinor < filter.salesMinMinor) return false;
  if (filter.salesMaxMinor !== undefined && stats.totalSales.amountMinor > filter.salesMaxMinor) return false;
  return true;
}

export function isEmptyFilter(filter: ClientFilter | undefined): boolean {
  return !filter || Object.values(filter).every((value) => value === undefined || (Array.isArray(value) && value.length === 0));
}
