import * as z from 'zod/mini';
import { ClientRecordMeta, Id, IsoDate, PersonRef } from './primitives.js';

export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe', 'life-threatening'] as const;
export const ALLERGY_TYPES = ['drug', 'food', 'environmental', 'cosmetic', 'latex', 'other'] as const;

export const AllergyEditable = z.object({
  allergen: z.string().check(z.trim(), z.minLength(1, 'Name the allergen'), z.maxLength(200)),
  severity: z.enum(ALLERGY_SEVERITIES),
  type: z.enum(ALLERGY_TYPES),
  symptoms: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))).check(z.maxLength(20)),
  notes: z.string().check(z.maxLength(4000)),
  diagnosedAt: z.nullable(IsoDate),
  active: z.boolean(),
});
export const Allergy = z.extend(ClientRecordMeta, AllergyEditable.shape);
export type Allergy = z.infer<typeof Allergy>;
export const AllergyInput = z.required(z.partial(AllergyEditable), { allergen: true, severity: true, type: true });
export type AllergyInput = z.infer<typeof AllergyInput>;
export const AllergyPatch = z.partial(AllergyEditable);
export type AllergyPatch = z.infer<typeof AllergyPatch>;
export const ActiveFilter = z.object({ active: z.optional(z.boolean()) });

export const SKIN_TEST_STATUSES = ['pending', 'in-progress', 'satisfactory', 'unsatisfactory'] as const;
export const SkinTestEditable = z.object({
  /** The product or service the test is for (hair dye, lash tint, peel…). */
  subject: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  serviceId: z.nullable(Id),
  status: z.enum(SKIN_TEST_STATUSES),
  performedAt: z.nullable(IsoDate),
  expiresAt: z.nullable(IsoDate),
  responsible: z.nullable(PersonRef),
  description: z.string().check(z.maxLength(4000)),
});
export const SkinTest = z.extend(ClientRecordMeta, SkinTestEditable.shape);
export type SkinTest = z.infer<typeof SkinTest>;
export const SkinTestInput = z.required(z.partial(SkinTestEditable), { subject: true });
export type SkinTestInput = z.infer<typeof SkinTestInput>;
export const SkinTestPatch = z.partial(SkinTestEditable);
export type SkinTestPatch = z.infer<typeof SkinTestPatch>;
export const SkinTestFilter = z.object({ statuses: z.optional(z.array(z.enum(SKIN_TEST_STATUSES))) });

/** A skin test whose expiry date is before `today` (YYYY-MM-DD) no longer covers its service. */
export function isSkinTestExpired(test: Pick<SkinTest, 'expiresAt'>, today: string): boolean {
  return test.expiresAt !== null && test.expiresAt < today;
}

export type SkinTestStatus = (typeof SKIN_TEST_STATUSES)[number];

/**
 * The status changes a skin test allows: it is applied (in progress), then read as satisfactory or
 * unsatisfactory; a result is final. Adapters refuse any other change with AdapterError('validation').
 */
export const SKIN_TEST_TRANSITIONS: Readonly<Record<SkinTestStatus, readonly SkinTestStatus[]>> = {
  pending: ['in-progress'],
  'in-progress': ['satisfactory', 'unsatisfactory'],
  satisfactory: [],
  unsatisfactory: [],
};

/** Days before its expiry date a skin test is flagged as expiring. */
export const SKIN_TEST_EXPIRY_WARNING_DAYS = 14;

/** 'expired' (before `today`), 'expiring' (within 14 days), 'valid', or null without an expiry date. */
export function skinTestExpiry(test: Pick<SkinTest, 'expiresAt'>, today: string): 'expired' | 'expiring' | 'valid' | null {
  if (test.expiresAt === null) return null;
  if (isSkinTestExpired(test, today)) return 'expired';
  const days = (Date.parse(test.expiresAt) - Date.parse(today)) / 86_400_000;
  return days <= SKIN_TEST_EXPIRY_WARNING_DAYS ? 'expiring' : 'valid';
}

export const ALERT_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export const AlertEditable = z.object({
  /** Catalog alert type id. */
  typeId: Id,
  priority: z.enum(ALERT_PRIORITIES),
  description: z.string().check(z.trim(), z.minLength(1, 'Describe the alert'), z.maxLength(2000)),
  active: z.boolean(),
});
export const Alert = z.extend(ClientRecordMeta, AlertEditable.shape);
export type Alert = z.infer<typeof Alert>;
export const AlertInput = z.required(z.partial(AlertEditable), { typeId: true, priority: true, description: true });
export type AlertInput = z.infer<typeof AlertInput>;
export const AlertPatch = z.partial(AlertEditable);
export type AlertPatch = z.infer<typeof AlertPatch>;
