import * as z from 'zod';
import { Id, Money } from './primitives.js';

const Named = z.object({ id: Id, name: z.string().min(1).max(200) });

export const CatalogService = Named.extend({
  category: z.string().max(100),
  durationMinutes: z.number().int().positive(),
  price: Money,
  /** A skin test is required before this service (hair color, lash tint, …). */
  requiresSkinTest: z.boolean(),
});
export type CatalogService = z.infer<typeof CatalogService>;

export const CatalogRoom = Named;
export const CatalogCenter = Named.extend({
  city: z.string().max(120),
  rooms: z.array(CatalogRoom),
});
export type CatalogCenter = z.infer<typeof CatalogCenter>;

export const CatalogStaff = Named.extend({ role: z.string().max(80), centerIds: z.array(Id) });
export type CatalogStaff = z.infer<typeof CatalogStaff>;

/** A lookup item with a label the host provides (already in the host's language). */
export const CatalogOption = z.object({ id: Id, label: z.string().min(1).max(200) });
export type CatalogOption = z.infer<typeof CatalogOption>;

export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'select'] as const;
export const CustomFieldDefinition = z.object({
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/),
  label: z.string().min(1).max(200),
  type: z.enum(CUSTOM_FIELD_TYPES),
  required: z.boolean(),
  options: z.array(CatalogOption).optional(),
});
export type CustomFieldDefinition = z.infer<typeof CustomFieldDefinition>;

export const FormTemplate = Named.extend({ description: z.string().max(500) });
export const MembershipPlan = Named.extend({
  price: Money,
  billingPeriod: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']),
  creditsPerPeriod: z.number().int().nonnegative(),
  cancellationFee: Money.nullable(),
});
export type MembershipPlan = z.infer<typeof MembershipPlan>;

/** Lookups for pickers, provided by the host. */
export const Catalog = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
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
