/*
 * The list's filter state, as plain functions: cleaning, counting, comparing, the chips that show
 * it (each removable), and saved filters in localStorage.
 */
import type { CatalogOption } from '../../model/catalog.js';
import type { ClientStatus } from '../../model/client.js';
import type { Group, Tag } from '../../model/group.js';
import { ClientFilter } from '../../model/query.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import { dateTimeFormat } from '../../i18n/format.js';

/** Lookups the list shows names from (group, tag, origin and center names). */
export interface ListLookups {
  groups: Group[];
  tags: Tag[];
  origins: CatalogOption[];
  centers: { id: string; name: string }[];
}

export const EMPTY_LOOKUPS: ListLookups = { groups: [], tags: [], origins: [], centers: [] };

type ArrayKey = 'groupIds' | 'origins' | 'centerIds' | 'statuses' | 'tagIds' | 'ids';
type FlagKey = 'hasActiveAlerts' | 'hasActiveAllergies' | 'blacklisted';

const ARRAY_KEYS: readonly ArrayKey[] = ['groupIds', 'origins', 'centerIds', 'statuses', 'tagIds', 'ids'];
export const FLAG_KEYS: readonly FlagKey[] = ['hasActiveAlerts', 'hasActiveAllergies', 'blacklisted'];

/** The filter without empty criteria (undefined values, empty lists), keys in a stable order. */
export function cleanFilter(filter: ClientFilter | undefined | null): ClientFilter {
  const clean: Record<string, unknown> = {};
  if (!filter) return clean as ClientFilter;
  for (const key of Object.keys(filter).sort() as (keyof ClientFilter)[]) {
    const value = filter[key];
    if (value === undefined || value === null || (typeof value === 'number' && Number.isNaN(value))) continue;
    if (Array.isArray(value)) {
      if (value.length) clean[key] = [...new Set(value as string[])];
    } else if (value !== '') {
      clean[key] = value;
    }
  }
  return clean as ClientFilter;
}

/** How many criteria the filter has (a list of values counts once). */
export function countCriteria(filter: ClientFilter): number {
  return Object.keys(cleanFilter(filter)).length;
}

export function sameFilter(a: ClientFilter | undefined, b: ClientFilter | undefined): boolean {
  return JSON.stringify(cleanFilter(a)) === JSON.stringify(cleanFilter(b));
}

/** A filter a host or storage gave us, checked against the model's schema; invalid criteria dropped. */
export function parseFilter(value: unknown): ClientFilter {
  const parsed = ClientFilter.safeParse(value);
  if (parsed.success) return cleanFilter(parsed.data);
  if (typeof value !== 'object' || value === null) return {};
  // Keep each criterion that is valid on its own.
  const kept: Record<string, unknown> = {};
  for (const [key, criterion] of Object.entries(value)) {
    if (ClientFilter.safeParse({ [key]: criterion }).success) kept[key] = criterion;
  }
  return cleanFilter(kept as ClientFilter);
}

export interface FilterChip {
  /** Stable key (`statuses:vip`). */
  key: string;
  label: string;
  color?: string | null;
  /** The filter without this chip. */
  without: () => ClientFilter;
}

/** Month names of a locale: index 1 = January. */
export function monthNames(locale: string): string[] {
  const format = dateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return ['', ...Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2024, month, 1)))];
}

/** The chips showing a filter: one per value of a list criterion, one per other criterion. */
export function filterChips(filter: ClientFilter, lookups: ListLookups, localize: LocalizeController, currency: string): FilterChip[] {
  const t = localize.t;
  const strings = t.list.filters;
  const clean = cleanFilter(filter);
  const chips: FilterChip[] = [];
  const drop = (key: keyof ClientFilter) => () => {
    const next = { ...clean };
    delete next[key];
    return next;
  };
  const dropValue = (key: ArrayKey, value: string) => () => {
    const next = { ...clean } as Record<string, unknown>;
    const values = ((clean[key] as string[] | undefined) ?? []).filter((other) => other !== value);
    if (values.length) next[key] = values;
    else delete next[key];
    return next as ClientFilter;
  };
  for (const id of clean.groupIds ?? []) {
    const group = lookups.groups.find((candidate) => candidate.id === id);
    chips.push({ key: `groupIds:${id}`, label: `${strings.group}: ${group?.name ?? id}`, color: group?.color ?? null, without: dropValue('groupIds', id) });
  }
  for (const id of clean.tagIds ?? []) {
    const tag = lookups.tags.find((candidate) => candidate.id === id);
    chips.push({ key: `tagIds:${id}`, label: `${strings.tags}: ${tag?.name ?? id}`, color: tag?.color ?? null, without: dropValue('tagIds', id) });
  }
  for (const status of clean.statuses ?? []) {
    chips.push({ key: `statuses:${status}`, label: `${strings.status}: ${t.enums.clientStatus[status as ClientStatus]}`, without: dropValue('statuses', status) });
  }
  for (const id of clean.origins ?? []) {
    const origin = lookups.origins.find((candidate) => candidate.id === id);
    chips.push({ key: `origins:${id}`, label: `${strings.origin}: ${origin?.label ?? id}`, without: dropValue('origins', id) });
  }
  for (const id of clean.centerIds ?? []) {
    const center = lookups.centers.find((candidate) => candidate.id === id);
    chips.push({ key: `centerIds:${id}`, label: `${strings.center}: ${center?.name ?? id}`, without: dropValue('centerIds', id) });
  }
  for (const key of FLAG_KEYS) {
    const value = clean[key];
    if (value === undefined) continue;
    chips.push({ key, label: strings.flag(strings[key], value ? t.common.yes : t.common.no), without: drop(key) });
  }
  if (clean.birthdayMonth !== undefined) {
    chips.push({ key: 'birthdayMonth', label: strings.birthdayChip(monthNames(localize.tag)[clean.birthdayMonth] ?? ''), without: drop('birthdayMonth') });
  }
  if (clean.lastVisitFrom) chips.push({ key: 'lastVisitFrom', label: strings.lastVisitFromChip(localize.date(clean.lastVisitFrom)), without: drop('lastVisitFrom') });
  if (clean.lastVisitTo) chips.push({ key: 'lastVisitTo', label: strings.lastVisitToChip(localize.date(clean.lastVisitTo)), without: drop('lastVisitTo') });
  if (clean.salesMinMinor !== undefined) {
    chips.push({ key: 'salesMinMinor', label: strings.salesMinChip(localize.money({ amountMinor: clean.salesMinMinor, currency })), without: drop('salesMinMinor') });
  }
  if (clean.salesMaxMinor !== undefined) {
    chips.push({ key: 'salesMaxMinor', label: strings.salesMaxChip(localize.money({ amountMinor: clean.salesMaxMinor, currency })), without: drop('salesMaxMinor') });
  }
  if (clean.ids?.length) chips.push({ key: 'ids', label: localize.plural(clean.ids.length, strings.idsChip), without: drop('ids') });
  return chips;
}

/** Adds or removes one value of a list criterion. */
export function toggleValue(filter: ClientFilter, key: ArrayKey, value: string, on: boolean): ClientFilter {
  const values = new Set((filter[key] as string[] | undefined) ?? []);
  if (on) values.add(value);
  else values.delete(value);
  return cleanFilter({ ...filter, [key]: [...values] });
}

export { ARRAY_KEYS };

/* ---------- saved filters ---------- */

export interface SavedFilter {
  name: string;
  filter: ClientFilter;
  search: string;
}

const STORAGE_PREFIX = 'clientela:list-filters:';

/** The localStorage key of an element's saved filters: per element id (`default` without one). */
export function savedFiltersKey(elementId: string | null | undefined): string {
  return `${STORAGE_PREFIX}${elementId || 'default'}`;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // blocked (sandboxed iframe, privacy settings)
  }
}

/** Saved filters under a key; whatever is not valid is skipped. */
export function loadSavedFilters(key: string): SavedFilter[] {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return [];
    const list: unknown = JSON.parse(raw);
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry: unknown) => {
      const candidate = entry as Partial<SavedFilter> | null;
      if (!candidate || typeof candidate.name !== 'string' || !candidate.name.trim()) return [];
      return [{ name: candidate.name.slice(0, 80), filter: parseFilter(candidate.filter), search: typeof candidate.search === 'string' ? candidate.search.slice(0, 200) : '' }];
    });
  } catch {
    return [];
  }
}

/** Stores the list; returns false when storage is unavailable or full. */
export function storeSavedFilters(key: string, filters: readonly SavedFilter[]): boolean {
  try {
    const target = storage();
    if (!target) return false;
    target.setItem(key, JSON.stringify(filters));
    return true;
  } catch {
    return false;
  }
}
