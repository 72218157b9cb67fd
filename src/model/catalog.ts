import * as z from 'zod/mini';
import { Id, Money } from './primitives.js';

const Named = z.object({ id: Id, name: z.string().check(z.minLength(1), z.maxLength(200)) });

export const CatalogService = z.extend(Named, {
  category: z.string().check(z.maxLength(100)),
  durationMinutes: z.number().check(z.int(), z.positive()),
  price: Money,
  /** A skin test is required before this service (hair color, lash tint, …). */
  requiresSkinTest: z.boolean(),
});
export type CatalogService = z.infer<typeof CatalogService>;

export const CatalogRoom = Named;
export const CatalogCenter = z.extend(Named, {
  city: z.string().check(z.maxLength(120)),
  rooms: z.array(CatalogRoom),
});
export type CatalogCenter = z.infer<typeof CatalogCenter>;

export const CatalogStaff = z.extend(Named, { role: z.string().check(z.maxLength(80)), centerIds: z.array(Id) });
export type CatalogStaff = z.infer<typeof CatalogStaff>;

/** A lookup item with a label the host provides (already in the host's language). */
export const CatalogOption = z.object({ id: Id, label: z.string().check(z.minLength(1), z.maxLength(200)) });
export type CatalogOption = z.infer<typeof CatalogOption>;

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'select'] as const;
export const CustomFieldDefinition = z.object({
  key: z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/)),
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  type: z.enum(CUSTOM_FIELD_TYPES),
  required: z.boolean(),
  options: z.optional(z.array(CatalogOption)),
});
export type CustomFieldDefinition = z.infer<typeof CustomFieldDefinition>;

export const FormTemplate = z.extend(Named, { description: z.string().check(z.maxLength(500)) });
export const MembershipPlan = z.extend(Named, {
  price: Money,
  billingPeriod: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']),
  creditsPerPeriod: z.number().check(z.int(), z.nonnegative()),
  cancellationFee: z.nullable(Money),
});
export type MembershipPlan = z.infer<typeof MembershipPlan>;

/** Lookups for pickers, provided by the host. */
export const Catalog = z.object({
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  services: z.array(CatalogService),
  staff: z.array(CatalogStaff),
  centers: z.array(CatalogCenter),
  origins: z.array(CatalogOption),
  noteCategories: z.array(CatalogOption),
  alertTypes: z.array(CatalogOption),
  documentTypes: z.array(CatalogOption),
  transactionAccounts: z.array(CatalogOption),
  formTemplates: z.array(FormTemplate),
  membershipPlans: z.array(MembershipPlan),
  customFields: z.array(CustomFieldDefinition),
});
export type Catalog = z.infer<typeof Catalog>;
