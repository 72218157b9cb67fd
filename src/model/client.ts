import * as z from 'zod';
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
export const PhoneNumber = z
  .string()
  .trim()
  .min(3)
  .max(32)
  .regex(/^\+?[0-9 ().-]+$/, 'Only digits, spaces, + - . ( ) are allowed')
  .refine((value) => value.replace(/\D/g, '').length >= 6, 'A phone number needs at least 6 digits');

export const Phone = z.object({
  number: PhoneNumber,
  type: PhoneType,
  /** The number receives WhatsApp messages. */
  whatsapp: z.boolean(),
  /** The main number (used in the list and for quick contact). */
  primary: z.boolean(),
});
export type Phone = z.infer<typeof Phone>;

export const Address = z.object({
  line1: z.string().trim().max(200),
  line2: z.string().trim().max(200).nullable(),
  city: z.string().trim().max(120),
  region: z.string().trim().max(120).nullable(),
  postalCode: z.string().trim().max(20).nullable(),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166 country code such as ES'),
});
export type Address = z.infer<typeof Address>;

/** Values of host-defined custom fields (their definitions live in the catalog). */
export const CustomFieldValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
export const CustomFields = z.record(z.string().min(1).max(64), CustomFieldValue);

/** Figures derived from a client's related records; computed by the backend, never written by the UI. */
export const ClientStats = z.object({
  /** Sum of the totals of invoices that count toward sales (see countsTowardSales). */
  totalSales: Money,
  reviewCount: z.number().int().nonnegative(),
  /** Mean rating over the client's reviews, null without reviews. */
  averageRating: z.number().min(1).max(5).nullable(),
  lastVisitAt: IsoDateTime.nullable(),
  nextVisitAt: IsoDateTime.nullable(),
  activeAlertCount: z.number().int().nonnegative(),
  activeAllergyCount: z.number().int().nonnegative(),
  walletBalance: Money,
});
export type ClientStats = z.infer<typeof ClientStats>;

/** Everything a user may edit on a client. Nullable fields are "not known". */
export const ClientEditable = z.object({
  firstName: z.string().trim().min(1, 'First name is required').max(100),
  middleName: z.string().trim().max(100).nullable(),
  lastName: z.string().trim().max(150).nullable(),
  status: ClientStatus,
  /** Body weight in kilograms. */
  weightKg: z.number().positive().max(500).nullable(),
  /** Online booking blocked: the client can only join the waitlist. */
  bookingBlacklisted: z.boolean(),
  birthDate: IsoDate.nullable(),
  gender: Gender.nullable(),
  nationalId: z.string().trim().max(40).nullable(),
  phones: z.array(Phone).max(10),
  email: z.email('Enter a valid email address').max(254).nullable(),
  preferredLanguage: LanguageTag.nullable(),
  address: Address.nullable(),
  customFields: CustomFields,
  /** Catalog origin id (walk-in, online-booking, referral, …). */
  origin: Id.nullable(),
  /** The client who referred this one, when the origin is a referral. */
  referredByClientId: Id.nullable(),
  groupIds: z.array(Id).max(200),
  tagIds: z.array(Id).max(200),
  /** Preferred branch (catalog center id). */
  centerId: Id.nullable(),
  avatarUrl: SafeUrl.nullable(),
});
export type ClientEditable = z.infer<typeof ClientEditable>;

/** A stored client. */
export const Client = RecordMeta.extend(ClientEditable.shape).extend({
  /** Set while the client is in the trash. */
  trashedAt: IsoDateTime.nullable(),
  stats: ClientStats,
});
export type Client = z.infer<typeof Client>;

/** Input to create a client: only the first name is required; everything else defaults to empty. */
export const ClientInput = ClientEditable.partial().required({ firstName: true });
export type ClientInput = z.infer<typeof ClientInput>;

/** A partial update; omitted fields stay as they are. */
export const ClientPatch = ClientEditable.partial();
export type ClientPatch = z.infer<typeof ClientPatch>;

/** A list row: the fields the list shows, filters and sorts on. */
export const ClientSummary = Client.pick({
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
}).extend({
  /** The primary phone as stored, or null. */
  phone: z.string().nullable(),
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
  reasons: z.array(z.enum(['email', 'phone', 'name'])).min(1),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;

export const DuplicateProbe = z.object({
  email: z.string().nullable().optional(),
  phones: z.array(z.string()).optional(),
  firstName: z.string().optional(),
  lastName: z.string().nullable().optional(),
  /** Ignore this client (when editing it). */
  excludeId: Id.optional(),
});
export type DuplicateProbe = z.infer<typeof DuplicateProbe>;
