import * as z from 'zod';
import { ClientRecordMeta, Id, IsoDate, PersonRef } from './primitives.js';

export const ALLERGY_SEVERITIES = ['mild', 'moderate', 'severe', 'life-threatening'] as const;
export const ALLERGY_TYPES = ['drug', 'food', 'environmental', 'cosmetic', 'latex', 'other'] as const;

export const AllergyEditable = z.object({
  allergen: z.string().trim().min(1, 'Name the allergen').max(200),
  severity: z.enum(ALLERGY_SEVERITIES),
  type: z.enum(ALLERGY_TYPES),
  symptoms: z.array(z.string().trim().min(1).max(100)).max(20),
  notes: z.string().max(4000),
  diagnosedAt: IsoDate.nullable(),
  active: z.boolean(),
});
export const Allergy = ClientRecordMeta.extend(AllergyEditable.shape);
export type Allergy = z.infer<typeof Allergy>;
export const AllergyInput = AllergyEditable.partial().required({ allergen: true, severity: true, type: true });
export type AllergyInput = z.infer<typeof AllergyInput>;
export const AllergyPatch = AllergyEditable.partial();
export type AllergyPatch = z.infer<typeof AllergyPatch>;
export const ActiveFilter = z.object({ active: z.boolean().optional() });

export const SKIN_TEST_STATUSES = ['pending', 'in-progress', 'satisfactory', 'unsatisfactory'] as const;
export const SkinTestEditable = z.object({
  /** The product or service the test is for (hair dye, lash tint, peel…). */
  subject: z.string().trim().min(1).max(200),
  serviceId: Id.nullable(),
  status: z.enum(SKIN_TEST_STATUSES),
  performedAt: IsoDate.nullable(),
  expiresAt: IsoDate.nullable(),
  responsible: PersonRef.nullable(),
  description: z.string().max(4000),
});
export const SkinTest = ClientRecordMeta.extend(SkinTestEditable.shape);
export type SkinTest = z.infer<typeof SkinTest>;
export const SkinTestInput = SkinTestEditable.partial().required({ subject: true });
export type SkinTestInput = z.infer<typeof SkinTestInput>;
export const SkinTestPatch = SkinTestEditable.partial();
export type SkinTestPatch = z.infer<typeof SkinTestPatch>;
export const SkinTestFilter = z.object({ statuses: z.array(z.enum(SKIN_TEST_STATUSES)).optional() });

/** A skin test whose expiry date is before `today` (YYYY-MM-DD) no longer covers its service. */
export function isSkinTestExpired(test: Pick<SkinTest, 'expiresAt'>, today: string): boolean {
  return test.expiresAt !== null && test.expiresAt < today;
}

export const ALERT_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
export const AlertEditable = z.object({
  /** Catalog alert type id. */
  typeId: Id,
  priority: z.enum(ALERT_PRIORITIES),
  description: z.string().trim().min(1, 'Describe the alert').max(2000),
  active: z.boolean(),
});
export const Alert = ClientRecordMeta.extend(AlertEditable.shape);
export type Alert = z.infer<typeof Alert>;
export const AlertInput = AlertEditable.partial().required({ typeId: true, priority: true, description: true });
export type AlertInput = z.infer<typeof AlertInput>;
export const AlertPatch = AlertEditable.partial();
export type AlertPatch = z.infer<typeof AlertPatch>;
