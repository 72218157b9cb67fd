import * as z from 'zod/mini';
import { ClientStatus, ClientSummary } from './client.js';
import { Id, IsoDate, Money } from './primitives.js';
import { pageOf } from './page.js';

/** Every filter the list offers; all given criteria must hold (AND), values inside one criterion are OR. */
export const ClientFilter = z.object({
  groupIds: z.optional(z.array(Id)),
  origins: z.optional(z.array(Id)),
  centerIds: z.optional(z.array(Id)),
  statuses: z.optional(z.array(ClientStatus)),
  /** The client has at least one of these tags. */
  tagIds: z.optional(z.array(Id)),
  hasActiveAlerts: z.optional(z.boolean()),
  hasActiveAllergies: z.optional(z.boolean()),
  blacklisted: z.optional(z.boolean()),
  /** 1 = January … 12 = December. */
  birthdayMonth: z.optional(z.number().check(z.int(), z.gte(1), z.lte(12))),
  /** Last visit on or after this date (inclusive). */
  lastVisitFrom: z.optional(IsoDate),
  /** Last visit on or before this date (inclusive). */
  lastVisitTo: z.optional(IsoDate),
  /** Accumulated sales, in minor units, inclusive bounds. */
  salesMinMinor: z.optional(z.number().check(z.int())),
  salesMaxMinor: z.optional(z.number().check(z.int())),
  /** Only these clients (for "export the selection"). */
  ids: z.optional(z.array(Id)),
});
export type ClientFilter = z.infer<typeof ClientFilter>;

export const CLIENT_SORT_FIELDS = [
  'name',
  'createdAt',
  'updatedAt',
  'totalSales',
  'reviewCount',
  'averageRating',
  'lastVisitAt',
  'trashedAt',
] as const;
export const ClientSortField = z.enum(CLIENT_SORT_FIELDS);
export type ClientSortField = z.infer<typeof ClientSortField>;

export const ClientSort = z.object({
  field: ClientSortField,
  direction: z.enum(['asc', 'desc']),
});
export type ClientSort = z.infer<typeof ClientSort>;

/**
 * The list query. `search` matches, accent- and case-insensitively, every word against the name and
 * email (partially), and digits against phone numbers whatever their formatting.
 */
export const ClientListQuery = z.object({
  search: z.optional(z.string().check(z.maxLength(200))),
  filter: z.optional(ClientFilter),
  /** Default: name ascending (trash view: trashedAt descending). Ties break on id. */
  sort: z.optional(ClientSort),
  /** 'active' (default) lists clients not in the trash; 'trash' lists only trashed ones. */
  view: z.optional(z.enum(['active', 'trash'])),
  cursor: z.optional(z.string().check(z.maxLength(500))),
  offset: z.optional(z.number().check(z.int(), z.nonnegative())),
  limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(500))),
});
export type ClientListQuery = z.infer<typeof ClientListQuery>;

/**
 * A page of clients. A backend that cannot count every match fast (a broad search over a million
 * clients) may count only the first ones: `totalExact: false` says `total` is how many it counted —
 * at least that many match, and `clients.metrics` of the same query gives the exact number. Absent
 * (or `true`): `total` is exact.
 */
export const ClientPage = z.extend(pageOf(ClientSummary), {
  totalExact: z.optional(z.boolean()),
});
export type ClientPage = z.infer<typeof ClientPage>;

/** Quick metrics for the clients that match a query (paging ignored). */
export const ClientMetrics = z.object({
  totalClients: z.number().check(z.int(), z.nonnegative()),
  totalReviews: z.number().check(z.int(), z.nonnegative()),
  /** Mean over all reviews of the matching clients (weighted by review), null without reviews. */
  averageRating: z.nullable(z.number().check(z.gte(1), z.lte(5))),
  totalSales: Money,
});
export type ClientMetrics = z.infer<typeof ClientMetrics>;
