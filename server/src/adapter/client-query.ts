// A ClientListQuery as SQL: the WHERE of its view, search and filters, and the ORDER BY of its sort
// (ties on id, as the memory adapter orders them). Paging and totals are the caller's.
import { isDigitTerm, searchTerms, type ClientFilter, type ClientListQuery, type ClientSort } from '../../../src/model/index.js';
import { containsPattern } from './input.js';
import type { Params } from './params.js';

/** Digits a stored number must have for a longer query (with a country code) to end with it. */
const MIN_SUFFIX_DIGITS = 7;

/** The stored numbers a digit query with a country code can end with: its suffixes of 7+ digits. */
function suffixes(term: string): string[] {
  const list: string[] = [];
  for (let length = MIN_SUFFIX_DIGITS; length < term.length; length++) list.push(term.slice(-length));
  return list;
}

function searchConditions(search: string | undefined, params: Params): string[] {
  return searchTerms(search ?? '').map((term) => {
    const pattern = params.add(containsPattern(term));
    if (!isDigitTerm(term)) return `search_text LIKE ${pattern}`;
    const alternatives = [`phone_digits LIKE ${pattern}`, `search_text LIKE ${pattern}`];
    if (term.length > MIN_SUFFIX_DIGITS) alternatives.push(`phone_numbers && ${params.add(suffixes(term))}::text[]`);
    return `(${alternatives.join(' OR ')})`;
  });
}

/**
 * The conditions of the facets both the clients table and the counters have, under the same column
 * names (groups, tags, origin, center, status), pushed onto `conditions`; returns `anyOf` (the column
 * is one of the values) for more. Shared with the counters' query.
 */
export function facetConditions(conditions: string[], params: Params, filter: ClientFilter) {
  const anyOf = (column: string, values: readonly string[] | undefined): void => {
    if (values?.length) conditions.push(`${column} = ANY(${params.add(values)}::text[])`);
  };
  const overlaps = (column: string, values: readonly string[] | undefined): void => {
    if (values?.length) conditions.push(`${column} && ${params.add(values)}::text[]`);
  };
  overlaps('group_ids', filter.groupIds);
  overlaps('tag_ids', filter.tagIds);
  anyOf('origin', filter.origins);
  anyOf('center_id', filter.centerIds);
  anyOf('status', filter.statuses);
  return { anyOf };
}

function filterConditions(filter: ClientFilter | undefined, params: Params): string[] {
  if (!filter) return [];
  const conditions: string[] = [];
  const { anyOf } = facetConditions(conditions, params, filter);
  anyOf('id', filter.ids);
  if (filter.hasActiveAlerts !== undefined) conditions.push(`(active_alert_count > 0) = ${params.add(filter.hasActiveAlerts)}`);
  if (filter.hasActiveAllergies !== undefined) conditions.push(`(active_allergy_count > 0) = ${params.add(filter.hasActiveAllergies)}`);
  if (filter.blacklisted !== undefined) conditions.push(`booking_blacklisted = ${params.add(filter.blacklisted)}`);
  if (filter.birthdayMonth !== undefined) conditions.push(`extract(month FROM birth_date) = ${params.add(filter.birthdayMonth)}`);
  // Days are UTC days, as the ISO timestamps read.
  if (filter.lastVisitFrom !== undefined) conditions.push(`last_visit_at >= (${params.add(filter.lastVisitFrom)}::date)::timestamp AT TIME ZONE 'UTC'`);
  if (filter.lastVisitTo !== undefined) conditions.push(`last_visit_at < (${params.add(filter.lastVisitTo)}::date + 1)::timestamp AT TIME ZONE 'UTC'`);
  if (filter.salesMinMinor !== undefined) conditions.push(`total_sales_minor >= ${params.add(filter.salesMinMinor)}`);
  if (filter.salesMaxMinor !== undefined) conditions.push(`total_sales_minor <= ${params.add(filter.salesMaxMinor)}`);
  return conditions;
}

/** `tenant_id = $1 AND …`; the tenant must be the first parameter. */
export function clientWhere(query: ClientListQuery, params: Params): string {
  const view = query.view === 'trash' ? 'trashed_at IS NOT NULL' : 'trashed_at IS NULL';
  return ['tenant_id = $1', view, ...searchConditions(query.search, params), ...filterConditions(query.filter, params)].join(' AND ');
}

/** Sort keys; a missing value (no visit, no rating, not trashed) sorts as the smallest. */
const SORT_KEYS: Record<ClientSort['field'], { expression: string; nullable: boolean }> = {
  name: { expression: 'sort_name', nullable: false },
  createdAt: { expression: 'created_at', nullable: false },
  updatedAt: { expression: 'updated_at', nullable: false },
  totalSales: { expression: 'total_sales_minor', nullable: false },
  reviewCount: { expression: 'review_count', nullable: false },
  averageRating: { expression: 'average_rating', nullable: true },
  lastVisitAt: { expression: 'last_visit_at', nullable: true },
  trashedAt: { expression: 'trashed_at', nullable: true },
};

export function defaultSort(query: ClientListQuery): ClientSort {
  return query.sort ?? (query.view === 'trash' ? { field: 'trashedAt', direction: 'desc' } : { field: 'name', direction: 'asc' });
}

export function clientOrder(sort: ClientSort): string {
  const { expression, nullable } = SORT_KEYS[sort.field];
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  const nulls = nullable ? (sort.direction === 'desc' ? ' NULLS LAST' : ' NULLS FIRST') : '';
  // Qualified: the select list aliases several of these columns (ISO text, float8), and a bare name in
  // ORDER BY would sort by the alias, which no index serves.
  return `clients.${expression} ${direction}${nulls}, clients.id ${direction}`;
}
