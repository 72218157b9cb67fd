import { CancellationQuote, Membership, type Catalog, type MembershipInput } from '../../model/index.js';
import type { ClientDataAdapter } from '../contract.js';
import type { Harness, TestEnv } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, ok, rejectsWithKind, fieldsEqual } from './assert.js';
import { catalogOf, createClient, newKey, parse, sleep, time, unknownId } from './support.js';

/** A plan (one with credits when there is one), a center and a seller from the catalog, or skip. */
export async function membershipInput(adapter: ClientDataAdapter, env: TestEnv): Promise<{ input: MembershipInput; catalog: Catalog }> {
  env.need('catalog');
  const catalog = (await catalogOf(adapter))!;
  const plan = catalog.membershipPlans.find((candidate) => candidate.creditsPerPeriod > 0) ?? catalog.membershipPlans[0];
  const center = catalog.centers[0];
  const staff = catalog.staff[0];
  if (!plan || !center || !staff) return env.skip('the catalog has no membership plan, center or staff');
  return { input: { planId: plan.id, centerId: center.id, soldById: staff.id, note: 'Sold by the conformance suite' }, catalog };
}

export function registerMemberships(harness: Harness): void {
  area(harness, 'memberships', 'test', (test) => {
    test('create from a catalog plan, list, get; unknown plan → validation or not-found', async (env) => {
      const { adapter, need, Marker, marker } = env;
      const memberships = need('memberships');
      const { input, catalog } = await membershipInput(adapter, env);
      const plan = catalog.membershipPlans.find((candidate) => candidate.id === input.planId)!;
      const client = await createClient(adapter, { firstName: 'Mbr', lastName: `Create ${Marker}` });
      const created = parse(Membership, await memberships.create(client.id, input), 'memberships.create');
      fieldsEqual(
        created,
        { clientId: client.id, planId: plan.id, planName: plan.name, price: plan.price, billingPeriod: plan.billingPeriod, status: 'active', version: 1, cancelledAt: null },
        'new membership',
      );
      equal(created.center.id, input.centerId, 'center');
      equal(created.soldBy.id, input.soldById, 'soldBy');
      const page = await memberships.list(client.id);
      deepEqual(page.items.map((item) => item.id), [created.id], 'listed memberships');
      deepEqual(parse(Membership, await memberships.get(client.id, created.id), 'memberships.get'), created, 'get');
      await rejectsWithKind(memberships.create(client.id, { ...input, planId: unknownId(marker) }), ['validation', 'not-found'], { message: 'an unknown plan' });
      equal((await memberships.list(client.id)).total, 1, 'memberships after the refused create');
    });

    test('update with version (+1), stale version conflict, invalid card → validation', async (env) => {
      const { adapter, need, Marker } = env;
      const memberships = need('memberships');
      const { input } = await membershipInput(adapter, env);
      const client = await createClient(adapter, { firstName: 'Mbr', lastName: `Update ${Marker}` });
      const created = parse(Membership, await memberships.create(client.id, input), 'memberships.create');
      await sleep(5);
      const updated = parse(
        Membership,
        await memberships.update(client.id, created.id, { note: 'Prefers Mondays', card: { brand: 'visa', last4: '4242' }, nextPaymentAt: '2030-01-15' }, { expectedVersion: 1 }),
        'memberships.update',
      );
      fieldsEqual(updated, { version: 2, note: 'Prefers Mondays', card: { brand: 'visa', last4: '4242' }, nextPaymentAt: '2030-01-15' }, 'updated membership');
      ok(time(updated.updatedAt) > time(created.updatedAt), 'updatedAt moves forward');
      await rejectsWithKind(memberships.update(client.id, created.id, { note: 'Stale' }, { expectedVersion: 1 }), 'conflict', { message: 'stale update' });
      await rejectsWithKind(memberships.update(client.id, created.id, { card: { brand: 'visa', last4: '42' } }, { expectedVersion: 2 }), 'validation', {
        path: ['card', 'last4'],
      });
      deepEqual(await memberships.get(client.id, created.id), updated, 'membership after the refused updates');
    });

    test('updateCredit changes one credit (status, expiry); unknown credit → not-found', async (env) => {
      const { adapter, need, Marker, marker, skip } = env;
      const memberships = need('memberships');
      const { input } = await membershipInput(adapter, env);
      const client = await createClient(adapter, { firstName: 'Mbr', lastName: `Credit ${Marker}` });
      const created = parse(Membership, await memberships.create(client.id, input), 'memberships.create');
      const credit = created.credits[0];
      if (!credit) return skip('the new membership has no credits');
      const changed = parse(Membership, await memberships.updateCredit(client.id, created.id, credit.id, { expiresAt: '2031-12-31' }), 'memberships.updateCredit');
      equal(changed.credits.find((item) => item.id === credit.id)?.expiresAt, '2031-12-31', 'credit expiresAt');
      const voided = parse(Membership, await memberships.updateCredit(client.id, created.id, credit.id, { status: 'void' }), 'memberships.updateCredit');
      equal(voided.credits.find((item) => item.id === credit.id)?.status, 'void', 'credit status');
      equal(voided.credits.length, created.credits.length, 'number of credits');
      await rejectsWithKind(memberships.updateCredit(client.id, created.id, unknownId(marker), { status: 'used' }), 'not-found', { message: 'unknown credit' });
    });

    test('processPayment is idempotent by key: one payment per key', async (env) => {
      const { adapter, need, Marker, marker } = env;
      const memberships = need('memberships');
      const { input } = await membershipInput(adapter, env);
      const client = await createClient(adapter, { firstName: 'Mbr', lastName: `Pay ${Marker}` });
      const created = parse(Membership, await memberships.create(client.id, input), 'memberships.create');
      const before = created.payments.length;
      const key = newKey(marker, 'pay');
      const paid = parse(Membership, await memberships.processPayment(client.id, created.id, { idempotencyKey: key }), 'memberships.processPayment');
      equal(paid.payments.length, before + 1, 'payments after processPayment');
      const again = parse(Membership, await memberships.processPayment(client.id, created.id, { idempotencyKey: key }), 'memberships.processPayment');
      equal(again.payments.length, before + 1, 'payments after retrying with the same key');
      const [p1, p2] = await Promise.all([
        memberships.processPayment(client.id, created.id, { idempotencyKey: newKey(marker, 'pay2') }).then((value) => parse(Membership, value, 'memberships.processPayment')),
        memberships.processPayment(client.id, created.id, { idempotencyKey: key }).then((value) => parse(Membership, value, 'memberships.processPayment')),
      ]);
      const final = parse(Membership, await memberships.get(client.id, created.id), 'memberships.get');
      equal(final.payments.length, before + 2, 'payments after a new key and a concurrent retry of the old one');
      ok(p1.payments.length >= before + 1 && p2.payments.length >= before + 1, 'both responses include the payments');
      const newest = final.payments[0]!;
      ok(newest.status === 'succeeded' || newest.status === 'failed', `a processed payment succeeded or failed, got ${newest.status}`);
    });

    test('cancellationQuote then cancel with and without the fee', async (env) => {
      const { adapter, need, Marker, marker } = env;
      const memberships = need('memberships');
      const { input } = await membershipInput(adapter, env);
      const client = await createClient(adapter, { firstName: 'Mbr', lastName: `Cancel ${Marker}` });
      for (const chargeFee of [true, false]) {
        const created = parse(Membership, await memberships.create(client.id, input), 'memberships.create');
        const quote = parse(CancellationQuote, await memberships.cancellationQuote(client.id, created.id), 'memberships.cancellationQuote');
        equal(quote.membershipId, created.id, 'quote.membershipId');
        equal(quote.creditsLost, created.credits.filter((credit) => credit.status === 'available').length, 'creditsLost = available credits');
        const key = newKey(marker, `cancel-${chargeFee}`);
        const cancelled = parse(Membership, await memberships.cancel(client.id, created.id, { chargeFee, reason: 'Moving away', idempotencyKey: key }), 'memberships.cancel');
        equal(cancelled.status, 'cancelled', `status after cancel (chargeFee ${chargeFee})`);
        ok(cancelled.cancelledAt !== null, 'cancelledAt is set');
        equal(cancelled.credits.filter((credit) => credit.status === 'available').length, 0, 'no credit stays available after cancelling');
        const feePayments = cancelled.payments.filter((payment) => payment.kind === 'cancellation-fee');
        if (chargeFee && quote.fee.amountMinor > 0) {
          equal(feePayments.length, 1, 'one cancellation-fee payment');
          deepEqual(feePayments[0]!.amount, quote.fee, 'the fee charged is the quoted fee');
        } else {
          equal(feePayments.length, 0, `cancellation-fee payments (chargeFee ${chargeFee}, fee ${quote.fee.amountMinor})`);
        }
        const retried = parse(Membership, await memberships.cancel(client.id, created.id, { chargeFee, idempotencyKey: key }), 'memberships.cancel');
        equal(retried.payments.filter((payment) => payment.kind === 'cancellation-fee').length, feePayments.length, 'retrying the cancel charges nothing more');
      }
    });
  });
}
