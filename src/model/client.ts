import * as z from 'zod/mini';
import { Id, IsoDate, IsoDateTime, LanguageTag, Money, RecordMeta, SafeUrl } from './primitives.js';

export const CLIENT_STATUSES = ['active', 'inactive', 'prospect', 'vip'] as const;
export const ClientStatus = z.enum(CLIENT_STATUSES);
export type ClientStatus = z.infer<typeof ClientStatus>;

export const GENDERS = ['female', 'male', 'non-binary', 'other', 'undisclosed'] as const;
export const Gender = z.enum(GENDERS);
export type Gender = z.infer<typeof Gender>;

export const PHONE_TYPES = ['mobile', 'home', 'work', 'other'] as const;
export const PhoneType = z.enum(PHONE_TYPES);

/** Phone number as typed by a person: digits with optional +, spaces, dashes, dots and parentheses. */
export const PhoneNumber = z.string().check(
  z.trim(),
  z.minLength(3),
  z.maxLength(32),
  z.regex(/^\+?[0-9 ().-]+$/, 'Only digits, spaces, + - . ( ) are allowed'),
  z.refine((value) => value.replace(/\D/g, '').length >= 6, 'A phone number needs at least 6 digits'),
);

export const Phone = z.object({
  number: PhoneNumber,
  type: PhoneType,
  /** The number receives WhatsApp messages. */
  whatsapp: z.boolean(),
  /** The main number (used in the list and for quick contact). */
  primary: z.boolean(),
});
export type Phone = z.infer<typeof Phone>;

/** Trimmed text of at most `max` characters. */
const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max));

export const Address = z.object({
  line1: trimmed(200),
  line2: z.nullable(trimmed(200)),
  city: trimmed(120),
  region: z.nullable(trimmed(120)),
  postalCode: z.nullable(trimmed(20)),
  /** ISO 3166-1 alpha-2. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'Expected an ISO 3166 country code such as ES')),
});
export type Address = z.infer<typeof Address>;

/** Values of host-defined custom fields (their definitions live in the catalog). */
export const CustomFieldValue = z.union([z.string().check(z.maxLength(2000)), z.number(), z.boolean(), z.null()]);
export const CustomFields = z.record(z.string().check(z.minLength(1), z.maxLength(64)), CustomFieldValue);

/** A count: a non-negative integer. */
const Count = z.number().check(z.int(), z.nonnegative());

/** Figures derived from a client's related records; computed by the backend, never written by the UI. */
export const ClientStats = z.object({
  /** Sum of the totals of invoices that count toward sales (see countsTowardSales). */
  totalSales: Money,
  reviewCount: Count,
  /** Mean rating over the client's reviews, null without reviews. */
  averageRating: z.nullable(z.number().check(z.gte(1), z.lte(5))),
  lastVisitAt: z.nullable(IsoDateTime),
  nextVisitAt: z.nullable(IsoDateTime),
  activeAlertCount: Count,
  activeAllergyCount: Count,
  walletBalance: Money,
});
export type ClientStats = z.infer<typeof ClientStats>;

/** Everything a user may edit on a client. Nullable fields are "not known". */
export const ClientEditable = z.object({
  firstName: z.string().check(z.trim(), z.minLength(1, 'First name is required'), z.maxLength(100)),
  middleName: z.nullable(trimmed(100)),
  lastName: z.nullable(trimmed(150)),
  status: ClientStatus,
  /** Body weight in kilograms. */
  weightKg: z.nullable(z.number().check(z.positive(), z.lte(500))),
  /** Online booking blocked: the client can only join the waitlist. */
  bookingBlacklisted: z.boolean(),
  birthDate: z.nullable(IsoDate),
  gender: z.nullable(Gender),
  nationalId: z.nullable(trimmed(40)),
  phones: z.array(Phone).check(z.maxLength(10)),
  email: z.nullable(z.email('Enter a valid email address').check(z.maxLength(254))),
  preferredLanguage: z.nullable(LanguageTag),
  address: z.nullable(Address),
  customFields: CustomFields,
  /** Catalog origin id (walk-in, online-booking, referral, …). */
  origin: z.nullable(Id),
  /** The client who referred this one, when the origin is a referral. */
  referredByClientId: z.nullable(Id),
  groupIds: z.array(Id).check(z.maxLength(200)),
  tagIds: z.array(Id).check(z.maxLength(200)),
  /** Preferred branch (catalog center id). */
  centerId: z.nullable(Id),
  avatarUrl: z.nullable(SafeUrl),
});
export type ClientEditable = z.infer<typeof ClientEditable>;

/** A stored client. */
export const Client = z.extend(RecordMeta, {
  ...ClientEditable.shape,
  /** Set while the client is in the trash. */
  trashedAt: z.nullable(IsoDateTime),
  stats: ClientStats,
});
export type Client = z.infer<typeof Client>;

/** Input to create a client: only the first name is required; everything else defaults to empty. */
export const ClientInput = z.required(z.partial(ClientEditable), { firstName: true });
export type ClientInput = z.infer<typeof ClientInput>;

/** A partial update; omitted fields stay as they are. */
export const ClientPatch = z.partial(ClientEditable);
export type ClientPatch = z.infer<typeof ClientPatch>;

/** The fields of a stored client that a list row carries. */
const ClientListFields = z.pick(Client, {
  id: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  trashedAt: true,
  firstName: true,
  middleName: true,
  lastName: true,
  status: true,
  bookingBlacklisted: true,
  birthDate: true,
  email: true,
  origin: true,
  centerId: true,
  groupIds: true,
  tagIds: true,
  avatarUrl: true,
  stats: true,
});

/** A list row: the fields the list shows, filters and sorts on. */
export const ClientSummary = z.extend(ClientListFields, {
  /** The primary phone as stored, or null. */
  phone: z.nullable(z.string()),
});
export type ClientSummary = z.infer<typeof ClientSummary>;

/** Defaults applied when a client is created from a ClientInput. */
export function clientDefaults(): Omit<ClientEditable, 'firstName'> {
  return {
    middleName: null,
    lastName: null,
    status: 'active',
    weightKg: null,
    bookingBlacklisted: false,
    birthDate: null,
    gender: null,
    nationalId: null,
    phones: [],
    email: null,
    preferredLanguage: null,
    address: null,
    customFields: {},
    origin: null,
    referredByClientId: null,
    groupIds: [],
    tagIds: [],
    centerId: null,
    avatarUrl: null,
  };
}

/** "First Middle Last", skipping empty parts. */
export function clientDisplayName(client: Pick<ClientEditable, 'firstName' | 'middleName' | 'lastName'>): string {
  return [client.firstName, client.middleName, client.lastName].filter(Boolean).join(' ');
}

/** The primary phone number, else the first one, else null. */
export function primaryPhone(phones: readonly Phone[]): string | null {
  return (phones.find((phone) => phone.primary) ?? phones[0])?.number ?? null;
}

/** The list row of a stored client. */
export function toClientSummary(client: Client): ClientSummary {
  return {
    id: client.id,
    version: client.version,
    createdAt: client.createdAt,
    updatedAt: client.updatedAt,
    trashedAt: client.trashedAt,
    firstName: client.firstName,
    middleName: client.middleName,
    lastName: client.lastName,
    status: client.status,
    bookingBlacklisted: client.bookingBlacklisted,
    birthDate: client.birthDate,
    email: client.email,
    origin: client.origin,
    centerId: client.centerId,
    groupIds: client.groupIds,
    tagIds: client.tagIds,
    avatarUrl: client.avatarUrl,
    stats: client.stats,
    phone: primaryPhone(client.phones),
  };
}

/** A possible duplicate of a client being created or edited, and what matched. */
export const DuplicateMatch = z.object({
  client: ClientSummary,
  reasons: z.array(z.enum(['email', 'phone', 'name'])).check(z.minLength(1)),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;

export const DuplicateProbe = z.object({
  email: z.optional(z.nullable(z.string())),
  phones: z.optional(z.array(z.string())),
  firstName: z.optional(z.string()),
  lastName: z.optional(z.nullable(z.string())),
  /** Ignore this client (when editing it). */
  excludeId: z.optional(Id),
});
export type DuplicateProbe = z.infer<typeof DuplicateProbe>;
