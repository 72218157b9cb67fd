import * as z from 'zod/mini';
import { ClientRecordMeta, Id, IdempotencyKey, IsoDateTime, Money, PersonRef, PositiveMoney } from './primitives.js';

/** The client's wallet. `balance` is the sum of its balance movements; `rewards` of its reward movements. */
export const WalletSummary = z.object({
  clientId: Id,
  balance: Money,
  /** Equal to the client's accumulated sales. */
  totalSpent: Money,
  rewards: Money,
  /**
   * How far below zero a deduction may take the balance, when the host's backend allows an
   * overdraft (it decides and enforces it; elements only read it). Absent or zero: never below zero.
   */
  overdraftLimit: z.optional(Money),
  updatedAt: IsoDateTime,
});
export type WalletSummary = z.infer<typeof WalletSummary>;

export const WALLET_MOVEMENT_KINDS = ['add-funds', 'deduct-funds', 'reward', 'reward-redeemed'] as const;

export const WalletMovement = z.extend(ClientRecordMeta, {
  occurredAt: IsoDateTime,
  kind: z.enum(WALLET_MOVEMENT_KINDS),
  /** Which figure the movement changes. */
  pocket: z.enum(['balance', 'rewards']),
  /** Signed: positive adds, negative takes away. */
  amount: Money,
  /** The pocket's figure after this movement. */
  balanceAfter: Money,
  note: z.string().check(z.maxLength(500)),
  by: PersonRef,
  idempotencyKey: z.nullable(z.string()),
});
export type WalletMovement = z.infer<typeof WalletMovement>;

/** Input of add funds / deduct funds / assign reward. The key makes a retry of the same submission harmless. */
export const WalletOperationInput = z.object({
  amount: PositiveMoney,
  note: z.optional(z.string().check(z.trim(), z.maxLength(500))),
  idempotencyKey: IdempotencyKey,
});
export type WalletOperationInput = z.infer<typeof WalletOperationInput>;

export const WalletOperationResult = z.object({ wallet: WalletSummary, movement: WalletMovement });
export type WalletOperationResult = z.infer<typeof WalletOperationResult>;

export const WalletMovementFilter = z.object({ pocket: z.optional(z.enum(['balance', 'rewards'])) });
