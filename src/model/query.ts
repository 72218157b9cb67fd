import * as z from 'zod';
import { ClientStatus, ClientSummary } from './client.js';
import { Id, IsoDate, Money } from './primitives.js';
import { pageOf } from './page.js';

/** Every filter the list offers; all given criteria must hold (AND), values inside one criterion are OR. */
export const ClientFilter = z.object({
  groupIds: z.array(Id).optional(),
  origins: z.array(Id).optional(),
  centerIds: z.array(Id).optional(),
  statuses: z.array(ClientStatus).optional(),
  /** The client has at least one of these tags. */
  tagIds: z.array(Id).optional(),
  hasActiveAlerts: z.boolean().optional(),
  hasActiveAllergies: z.boolean().optional(),
  blacklisted: z.boolean().optional(),
  /** 1 = January … 12 = December. */
  birthdayMonth: z.number().int().min(1).max(12).optional(),
  /** Last visit on or after this date (inclusive). */
  lastVisitFrom: IsoDate.optional(),
  /** Last visit on or before this date (inclusive). */
  lastVisitTo: IsoDate.optional(),
  /** Accumulated sales, in minor units, inclusive bounds. */
  salesMinMinor: z.number().int().optional(),
  salesMaxMinor: z.number().int().optional(),
  /** Only these clients (for "export the selection"). */
  ids: z.array(Id).optional(),
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
  search: z.string().max(200).optional(),
  filter: ClientFilter.optional(),
  /** Default: name ascending (trash view: trashedAt descending). Ties break on id. */
  sort: ClientSort.optional(),
  /** 'active' (default) lists clients not in the trash; 'trash' lists only trashed ones. */
  view: z.enum(['active', 'trash']).optional(),
  cursor: z.string().max(500).optional(),
  offset: z.number().int().nonnegative().optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export type ClientListQuery = z.infer<typeof ClientListQuery>;

export const ClientPage = pageOf(ClientSummary);
export type ClientPage = z.infer<typeof ClientPage>;

/** Quick metrics for the clients that match a query (paging ignored). */
export const ClientMetrics = z.object({
  totalClients: z.number().int().nonnegative(),
  totalReviews: z.number().int().nonnegative(),
  /** Mean over all reviews of the matching clients (weighted by review), null without reviews. */
  averageRating: z.number().min(1).max(5).nullable(),
  totalSales: Money,
});
export type ClientMetrics = z.infer<typeof ClientMetrics>;
