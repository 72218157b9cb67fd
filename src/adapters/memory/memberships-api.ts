import { AdapterError } from '../../adapter/adapter-error.js';
import type { MembershipsApi } from '../../adapter/contract.js';
import {
  CreditPatch,
  MembershipCancelInput,
  MembershipInput,
  MembershipPatch,
  MembershipPaymentInput,
  UpdateOptions,
  type Membership,
  type MembershipPlan,
} from '../../model/index.js';
import { createReadCollection, newRecordMeta, notFound, replaceItem, requireItem, saveChanges } from './collection-api.js';
import { checkVersion, parseInput } from './parse.js';
import { newId, type MemoryStore } from './store.js';
import * as z from 'zod/mini';

const DAY = 86_400_000;
const PERIOD_DAYS: Record<MembershipPlan['billingPeriod'], number> = { weekly: 7, monthly: 30, quarterly: 91, yearly: 365 };

function invalid(path: string, message: string): AdapterError {
  return new AdapterError('validation', message, { resource: 'memberships', issues: [{ path: [path], message }] });
}

export function createMembershipsApi(store: MemoryStore): MembershipsApi {
  const planOf = (membership: Membership) => store.catalog.membershipPlans.find((plan) => plan.id === membership.planId);
  const credits = (plan: MembershipPlan, now: number) =>
    Array.from({ length: plan.creditsPerPeriod }, () => ({
      id: newId('crd'),
      serviceName: plan.name,
      status: 'available' as const,
      grantedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + PERIOD_DAYS[plan.billingPeriod] * DAY).toISOString().slice(0, 10),
      usedAt: null,
    }));

  /** Runs a money operation once per key and remembers its result. */
  function once(clientId: string, key: string, run: () => Membership): Membership {
    const slot = `membership:${clientId}:${key}`;
    const previous = store.idempotency.get(slot) as Membership | undefined;
    if (previous) return previous;
    const result = run();
    store.idempotency.set(slot, result);
    store.emit({ kind: 'idempotency', id: slot, value: result });
    return result;
  }

  const save = (clientId: string, current: Membership, changes: Partial<Membership>) => saveChanges(store, clientId, 'memberships', current, changes);

  const cancellationFee = (membership: Membership) => planOf(membership)?.cancellationFee ?? { amountMinor: 0, currency: store.currency };

  return {
    ...createReadCollection(store, {
      key: 'memberships',
      resource: 'memberships',
      filterSchema: z.object({}),
      dateOf: (item) => item.startedAt,
    }),
    async create(clientId, rawInput) {
      store.requireClient(clientId);
      const input = parseInput(MembershipInput, rawInput, 'memberships');
      const plan = store.catalog.membershipPlans.find((candidate) => candidate.id === input.planId);
      if (!plan) throw invalid('planId', `Unknown membership plan ${input.planId}`);
      const center = store.catalog.centers.find((candidate) => candidate.id === input.centerId);
      if (!center) throw invalid('centerId', `Unknown center ${input.centerId}`);
      const seller = store.catalog.staff.find((candidate) => candidate.id === input.soldById);
      if (!seller) throw invalid('soldById', `Unknown staff member ${input.soldById}`);
      const recordMeta = newRecordMeta(store, clientId, 'mbr');
      const at = recordMeta.createdAt;
      const now = Date.parse(at);
      const membership: Membership = {
        ...recordMeta,
        planId: plan.id,
        planName: plan.name,
        center: { id: center.id, name: center.name },
        soldBy: { id: seller.id, name: seller.name },
        status: 'active',
        startedAt: at.slice(0, 10),
        nextPaymentAt: new Date(now + PERIOD_DAYS[plan.billingPeriod] * DAY).toISOString().slice(0, 10),
        price: plan.price,
        billingPeriod: plan.billingPeriod,
        card: null,
        note: input.note ?? '',
        cancelledAt: null,
        credits: credits(plan, now),
        payments: [{ id: newId('pay'), at, amount: plan.price, status: 'succeeded', failureReason: null, kind: 'manual' }],
      };
      replaceItem(store, clientId, 'memberships', membership);
      return membership;
    },
    async update(clientId, id, rawPatch, rawOptions) {
      const patch = parseInput(MembershipPatch, rawPatch, 'memberships');
      const { expectedVersion } = parseInput(UpdateOptions, rawOptions, 'memberships');
      const current = requireItem(store, clientId, 'memberships', id, 'memberships');
      checkVersion(current, expectedVersion, 'memberships');
      return save(clientId, current, patch);
    },
    async updateCredit(clientId, membershipId, creditId, rawPatch) {
      const patch = parseInput(CreditPatch, rawPatch, 'memberships');
      const current = requireItem(store, clientId, 'memberships', membershipId, 'memberships');
      if (!current.credits.some((credit) => credit.id === creditId)) throw notFound('membership credit', creditId);
      return save(clientId, current, {
        credits: current.credits.map((credit) =>
          credit.id === creditId
            ? { ...credit, ...patch, usedAt: patch.status === 'used' ? (credit.usedAt ?? store.nowIso()) : patch.status ? null : credit.usedAt }
            : credit,
        ),
      });
    },
    async processPayment(clientId, id, rawInput) {
      const { idempotencyKey } = parseInput(MembershipPaymentInput, rawInput, 'memberships');
      return once(clientId, idempotencyKey, () => {
        const current = requireItem(store, clientId, 'memberships', id, 'memberships');
        if (current.status === 'cancelled' || current.status === 'expired') {
          throw new AdapterError('conflict', `A ${current.status} membership cannot be charged`, { resource: 'memberships', current });
        }
        const plan = planOf(current);
        const now = store.now();
        const from = current.nextPaymentAt ? Math.max(now, Date.parse(current.nextPaymentAt)) : now;
        return save(clientId, current, {
          status: 'active',
          nextPaymentAt: new Date(from + PERIOD_DAYS[current.billingPeriod] * DAY).toISOString().slice(0, 10),
          credits: [...current.credits, ...(plan ? credits(plan, now) : [])],
          payments: [
            { id: newId('pay'), at: new Date(now).toISOString(), amount: current.price, status: 'succeeded', failureReason: null, kind: 'manual' },
            ...current.payments,
          ],
        });
      });
    },
    async cancellationQuote(clientId, id) {
      const current = requireItem(store, clientId, 'memberships', id, 'memberships');
      return {
        membershipId: id,
        fee: cancellationFee(current),
        creditsLost: current.credits.filter((credit) => credit.status === 'available').length,
      };
    },
    async cancel(clientId, id, rawInput) {
      const input = parseInput(MembershipCancelInput, rawInput, 'memberships');
      return once(clientId, input.idempotencyKey, () => {
        const current = requireItem(store, clientId, 'memberships', id, 'memberships');
        if (current.status === 'cancelled') {
          throw new AdapterError('conflict', 'The membership is already cancelled', { resource: 'memberships', current });
        }
        const fee = cancellationFee(current);
        const at = store.nowIso();
        const charge = input.chargeFee && fee.amountMinor > 0;
        return save(clientId, current, {
          status: 'cancelled',
          cancelledAt: at,
          nextPaymentAt: null,
          note: input.reason ? [current.note, input.reason].filter(Boolean).join('\n') : current.note,
          credits: current.credits.map((credit) => (credit.status === 'available' ? { ...credit, status: 'void' as const } : credit)),
          payments: charge
            ? [{ id: newId('pay'), at, amount: fee, status: 'succeeded', failureReason: null, kind: 'cancellation-fee' }, ...current.payments]
            : current.payments,
        });
      });
    },
  };
}
