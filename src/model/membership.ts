import * as z from 'zod';
import { ClientRecordMeta, Id, IdempotencyKey, IsoDate, IsoDateTime, Money, PersonRef } from './primitives.js';

export const CREDIT_STATUSES = ['available', 'used', 'expired', 'void'] as const;
export const MembershipCredit = z.object({
  id: Id,
  serviceName: z.string().min(1).max(200),
  status: z.enum(CREDIT_STATUSES),
  grantedAt: IsoDateTime,
  expiresAt: IsoDate.nullable(),
  usedAt: IsoDateTime.nullable(),
});
export type MembershipCredit = z.infer<typeof MembershipCredit>;
export const CreditPatch = z.object({
  status: z.enum(CREDIT_STATUSES).optional(),
  expiresAt: IsoDate.nullable().optional(),
});
export type CreditPatch = z.infer<typeof CreditPatch>;

export const MembershipPayment = z.object({
  id: Id,
  at: IsoDateTime,
  amount: Money,
  status: z.enum(['succeeded', 'failed', 'refunded']),
  failureReason: z.string().max(300).nullable(),
  kind: z.enum(['recurring', 'manual', 'cancellation-fee']),
});
export type MembershipPayment = z.infer<typeof MembershipPayment>;

export const MEMBERSHIP_STATUSES = ['active', 'past-due', 'paused', 'cancelled', 'expired'] as const;
export const Membership = ClientRecordMeta.extend({
  planId: Id,
  planName: z.string().min(1).max(200),
  center: PersonRef,
  soldBy: PersonRef,
  status: z.enum(MEMBERSHIP_STATUSES),
  startedAt: IsoDate,
  nextPaymentAt: IsoDate.nullable(),
  price: Money,
  billingPeriod: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']),
  card: z.object({ brand: z.string().max(40), last4: z.string().regex(/^\d{4}$/) }).nullable(),
  note: z.string().max(2000),
  cancelledAt: IsoDateTime.nullable(),
  credits: z.array(MembershipCredit),
  /** Successful and failed payment attempts, newest first. */
  payments: z.array(MembershipPayment),
});
export type Membership = z.infer<typeof Membership>;

export const MembershipInput = z.object({
  planId: Id,
  centerId: Id,
  soldById: Id,
  note: z.string().max(2000).optional(),
});
export type MembershipInput = z.infer<typeof MembershipInput>;

/** What the "Edit" action may change. */
export const MembershipPatch = z.object({
  card: z.object({ brand: z.string().max(40), last4: z.string().regex(/^\d{4}$/) }).nullable().optional(),
  nextPaymentAt: IsoDate.nullable().optional(),
  note: z.string().max(2000).optional(),
});
export type MembershipPatch = z.infer<typeof MembershipPatch>;

export const CancellationQuote = z.object({
  membershipId: Id,
  fee: Money,
  /** Credits still available that cancelling voids. */
  creditsLost: z.number().int().nonnegative(),
});
export type CancellationQuote = z.infer<typeof CancellationQuote>;

export const MembershipPaymentInput = z.object({ idempotencyKey: IdempotencyKey });
export const MembershipCancelInput = z.object({
  chargeFee: z.boolean(),
  reason: z.string().max(500).optional(),
  idempotencyKey: IdempotencyKey,
});
export type MembershipCancelInput = z.infer<typeof MembershipCancelInput>;
