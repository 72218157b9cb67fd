// A list's total and a filter's metrics from the trigger-kept counters (db/client-counts.ts) when
// every condition of the query is a facet one grain holds: the same rows clientWhere selects,
// summed over a few thousand counter rows. Anything else (search, ids, ranges) returns undefined
// and the caller counts the clients.
import { searchTerms, type ClientListQuery } from '../../../src/model/index.js';
import { facetConditions } from './client-query.js';
import type { Params } from './params.js';

const has = (values: readonly unknown[] | undefined) => Boolean(values?.length);

/** `FROM <counters> WHERE …` for the query, or undefined when no grain can answer it. */
export function counterSource(query: ClientListQuery, params: Params): { table: string; where: string } | undefined {
  const filter = query.filter ?? {};
  if (searchTerms(query.search ?? '').length) return undefined;
  if (has(filter.ids) || filter.lastVisitFrom !== undefined || filter.lastVisitTo !== undefined) return undefined;
  if (filter.salesMinMinor !== undefined || filter.salesMaxMinor !== undefined) return undefined;
  const byMonth = has(filter.origins) || filter.birthdayMonth !== undefined;
  const byTags = has(filter.groupIds) || has(filter.tagIds);
  if (byMonth && byTags) return undefined;

  const conditions = ['tenant_id = $1', `trashed = ${query.view === 'trash' ? 'true' : 'false'}`];
  facetConditions(conditions, params, filter);
  const equals = (column: string, value: boolean | number | undefined) => {
    if (value !== undefined) conditions.push(`${column} = ${params.add(value)}`);
  };
  equals('has_alert', filter.hasActiveAlerts);
  equals('has_allergy', filter.hasActiveAllergies);
  equals('booking_blacklisted', filter.blacklisted);
  equals('birth_month', filter.birthdayMonth);
  return { table: byMonth ? 'client_counts_by_month' : 'client_counts_by_tags', where: conditions.join(' AND ') };
}
