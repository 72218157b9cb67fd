// Between the clients table and the model's Client: the columns a query selects, a row back to a
// Client, and a Client's editable fields to column values.
import type { Client, ClientEditable, ClientStats } from '../../../src/model/index.js';

/** The select list of a full client (timestamps as ISO text, money as numbers). */
export const CLIENT_COLUMNS = `
  id, version, clientela_iso(created_at) AS created_at, clientela_iso(updated_at) AS updated_at,
  clientela_iso(trashed_at) AS trashed_at, first_name, middle_name, last_name, status, weight_kg,
  booking_blacklisted, birth_date::text AS birth_date, gender, national_id, phones, email, preferred_language,
  address, custom_fields, origin, referred_by_client_id, group_ids, tag_ids, center_id, avatar_url, currency,
  total_sales_minor::float8 AS total_sales_minor, review_count, average_rating,
  clientela_iso(last_visit_at) AS last_visit_at, clientela_iso(next_visit_at) AS next_visit_at,
  active_alert_count, active_allergy_count, wallet_balance_minor::float8 AS wallet_balance_minor`;

export interface ClientRow {
  id: string;
  version: number;
  created_at: string;
  updated_at: string;
  trashed_at: string | null;
  first_name: string;
  middle_name: string | null;
  last_name: string | null;
  status: Client['status'];
  weight_kg: number | null;
  booking_blacklisted: boolean;
  birth_date: string | null;
  gender: Client['gender'];
  national_id: string | null;
  phones: Client['phones'];
  email: string | null;
  preferred_language: string | null;
  address: Client['address'];
  custom_fields: Client['customFields'];
  origin: string | null;
  referred_by_client_id: string | null;
  group_ids: string[];
  tag_ids: string[];
  center_id: string | null;
  avatar_url: string | null;
  currency: string;
  total_sales_minor: number;
  review_count: number;
  average_rating: number | null;
  last_visit_at: string | null;
  next_visit_at: string | null;
  active_alert_count: number;
  active_allergy_count: number;
  wallet_balance_minor: number;
}

export function clientFromRow(row: ClientRow): Client {
  const money = (amountMinor: number) => ({ amountMinor, currency: row.currency });
  return {
    id: row.id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    trashedAt: row.trashed_at,
    firstName: row.first_name,
    middleName: row.middle_name,
    lastName: row.last_name,
    status: row.status,
    weightKg: row.weight_kg,
    bookingBlacklisted: row.booking_blacklisted,
    birthDate: row.birth_date,
    gender: row.gender,
    nationalId: row.national_id,
    phones: row.phones,
    email: row.email,
    preferredLanguage: row.preferred_language,
    address: row.address,
    customFields: row.custom_fields,
    origin: row.origin,
    referredByClientId: row.referred_by_client_id,
    groupIds: row.group_ids,
    tagIds: row.tag_ids,
    centerId: row.center_id,
    avatarUrl: row.avatar_url,
    stats: {
      totalSales: money(row.total_sales_minor),
      reviewCount: row.review_count,
      averageRating: row.average_rating,
      lastVisitAt: row.last_visit_at,
      nextVisitAt: row.next_visit_at,
      activeAlertCount: row.active_alert_count,
      activeAllergyCount: row.active_allergy_count,
      walletBalance: money(row.wallet_balance_minor),
    },
  };
}

/** Editable columns in the order `editableValues` gives their values. */
export const EDITABLE_COLUMNS = [
  'first_name',
  'middle_name',
  'last_name',
  'status',
  'weight_kg',
  'booking_blacklisted',
  'birth_date',
  'gender',
  'national_id',
  'phones',
  'email',
  'preferred_language',
  'address',
  'custom_fields',
  'origin',
  'referred_by_client_id',
  'group_ids',
  'tag_ids',
  'center_id',
  'avatar_url',
] as const;

/** JSON columns get their values as JSON text (node-postgres would send a JS array as a Postgres array). */
export function editableValues(client: ClientEditable): unknown[] {
  return [
    client.firstName,
    client.middleName,
    client.lastName,
    client.status,
    client.weightKg,
    client.bookingBlacklisted,
    client.birthDate,
    client.gender,
    client.nationalId,
    JSON.stringify(client.phones),
    client.email,
    client.preferredLanguage,
    client.address === null ? null : JSON.stringify(client.address),
    JSON.stringify(client.customFields),
    client.origin,
    client.referredByClientId,
    client.groupIds,
    client.tagIds,
    client.centerId,
    client.avatarUrl,
  ];
}

const JSON_COLUMNS: ReadonlySet<string> = new Set(['phones', 'address', 'custom_fields']);
const placeholder = (column: string, index: number): string => `$${index}${JSON_COLUMNS.has(column) ? '::jsonb' : ''}`;

/** `first_name = $2, …` for an UPDATE whose editable values start at placeholder `first`. */
export const editableAssignments = (first: number): string =>
  EDITABLE_COLUMNS.map((column, index) => `${column} = ${placeholder(column, first + index)}`).join(', ');

/** `$2, $3, …` for an INSERT whose editable values start at placeholder `first`. */
export const editablePlaceholders = (first: number): string => EDITABLE_COLUMNS.map((column, index) => placeholder(column, first + index)).join(', ');

/** The stats columns, in the order `statsValues` gives their values. */
export const STATS_COLUMNS = [
  'total_sales_minor',
  'review_count',
  'average_rating',
  'last_visit_at',
  'next_visit_at',
  'active_alert_count',
  'active_allergy_count',
  'wallet_balance_minor',
] as const;

export const statsValues = (stats: ClientStats): unknown[] => [
  stats.totalSales.amountMinor,
  stats.reviewCount,
  stats.averageRating,
  stats.lastVisitAt,
  stats.nextVisitAt,
  stats.activeAlertCount,
  stats.activeAllergyCount,
  stats.walletBalance.amountMinor,
];
