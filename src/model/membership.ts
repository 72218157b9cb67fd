import * as z from 'zod/mini';
import { ClientRecordMeta, Id, IdempotencyKey, IsoDate, IsoDateTime, Money, PersonRef } from './primitives.js';

export const CREDIT_STATUSES = ['available', 'used', 'expired', 'void'] as const;
export const MembershipCredit = z.object({
  id: Id,
  serviceName: z.string().check(z.minLength(1), z.maxLength(200)),
  status: z.enum(CREDIT_STATUSES),
  grantedAt: IsoDateTime,
  expiresAt: z.nullable(IsoDate),
  usedAt: z.nullable(IsoDateTime),
});
export type MembershipCredit = z.infer<typeof MembershipCredit>;
export const CreditPatch = z.object({
  status: z.optional(z.enum(CREDIT_STATUSES)),
  expiresAt: z.optional(z.nullable(IsoDate)),
});
export type CreditPatch = z.infer<typeof CreditPatch>;

export const MembershipPayment = z.object({
  id: Id,
  at: IsoDateTime,
  amount: Money,
  status: z.enum(['succeeded', 'failed', 'refunded']),
  failureReason: z.nullable(z.string().check(z.maxLength(300))),
  kind: z.enum(['recurring', 'manual', 'cancellation-fee']),
});
export type MembershipPayment = z.infer<typeof MembershipPayment>;

/** The card a membership is charged to. */
const PaymentCard = z.object({ brand: z.string().check(z.maxLength(40)), last4: z.string().check(z.regex(/^\d{4}$/)) });

export const MEMBERSHIP_STATUSES = ['active', 'past-due', 'paused', 'cancelled', 'expired'] as const;
export const Membership = z.extend(ClientRecordMeta, {
  planId: Id,
  planName: z.string().check(z.minLength(1), z.maxLength(200)),
  center: PersonRef,
  soldBy: PersonRef,
  status: z.enum(MEMBERSHIP_STATUSES),
  startedAt: IsoDate,
  nextPaymentAt: z.nullable(IsoDate),
  price: Money,
  billingPeriod: z.enum(['weekly', 'monthly', 'quarterly', 'yearly']),
  card: z.nullable(PaymentCard),
  note: z.string().check(z.maxLength(2000)),
  cancelledAt: z.nullable(IsoDateTime),
  credits: z.array(MembershipCredit),
  /** Successful and failed payment attempts, newest first. */
  payments: z.array(MembershipPayment),
});
export type Membership = z.infer<typeof Membership>;

export const MembershipInput = z.object({
  planId: Id,
  centerId: Id,
  soldById: Id,
  note: z.optional(z.string().check(z.maxLength(2000))),
});
export type MembershipInput = z.infer<typeof MembershipInput>;

/** What the "Edit" action may change. */
export const MembershipPatch = z.object({
  card: z.optional(z.nullable(PaymentCard)),
  nextPaymentAt: z.optional(z.nullable(IsoDate)),
  note: z.optional(z.string().check(z.maxLength(2000))),
});
export type MembershipPatch = z.infer<typeof MembershipPatch>;

export const CancellationQuote = z.object({
  membershipId: Id,
  fee: Money,
  /** Credits still available that cancelling voids. */
  creditsLost: z.number().check(z.int(), z.nonnegative()),
});
export type CancellationQuote = z.infer<typeof CancellationQuote>;

export const MembershipPaymentInput = z.object({ idempotencyKey: IdempotencyKey });
export const MembershipCancelInput = z.object({
  chargeFee: z.boolean(),
  reason: z.optional(z.string().check(z.maxLength(500))),
  idempotencyKey: IdempotencyKey,
});
export type MembershipCancelInput = z.infer<typeof MembershipCancelInput>;
