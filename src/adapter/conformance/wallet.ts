import { WalletMovement, WalletOperationResult, WalletSummary, type WalletMovement as Movement } from '../../model/index.js';
import type { WalletApi } from '../contract.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, ok, rejectsWithKind, sameMembers, fieldsEqual } from './assert.js';
import { createClient, getClient, idsOf, listAllItems, newKey, parse, time, unknownId } from './support.js';

async function movementsOf(wallet: WalletApi, clientId: string): Promise<Movement[]> {
  return listAllItems<Movement>(
    { list: (id, query) => wallet.movements(id, query as never), get: () => Promise.reject(new Error('unused')) },
    clientId,
    {},
    WalletMovement,
    'wallet.movements',
  );
}

const sum = (movements: readonly Movement[], pocket: 'balance' | 'rewards') =>
  movements.filter((movement) => movement.pocket === pocket).reduce((total, movement) => total + movement.amount.amountMinor, 0);

export function registerWallet(harness: Harness): void {
  area(harness, 'wallet', 'test', (test) => {
    test('a new client has an empty wallet; unknown client → not-found', async ({ adapter, need, Marker, marker }) => {
      const wallet = need('wallet');
      const client = await createClient(adapter, { firstName: 'Wal', lastName: `Empty ${Marker}` });
      const summary = parse(WalletSummary, await wallet.get(client.id), 'wallet.get');
      fieldsEqual(summary, { clientId: client.id, 'balance.amountMinor': 0, 'rewards.amountMinor': 0, 'totalSpent.amountMinor': 0 }, 'new wallet');
      deepEqual(await movementsOf(wallet, client.id), [], 'movements of a new wallet');
      await rejectsWithKind(wallet.get(unknownId(marker)), 'not-found', { message: 'wallet of an unknown client' });
      await rejectsWithKind(wallet.addFunds(unknownId(marker), { amount: { amountMinor: 100, currency: summary.balance.currency }, idempotencyKey: newKey(marker, 'x') }), 'not-found', {
        message: 'addFunds for an unknown client',
      });
    });

    test('addFunds then deductFunds change the balance; balance = Σ balance movements = stats.walletBalance', async ({ adapter, need, Marker, marker }) => {
      const wallet = need('wallet');
      const client = await createClient(adapter, { firstName: 'Wal', lastName: `Funds ${Marker}` });
      const currency = parse(WalletSummary, await wallet.get(client.id), 'wallet.get').balance.currency;
      const added = parse(WalletOperationResult, await wallet.addFunds(client.id, { amount: { amountMinor: 5000, currency }, note: 'Top-up', idempotencyKey: newKey(marker, 'add') }), 'wallet.addFunds');
      equal(added.wallet.balance.amountMinor, 5000, 'balance after adding 5000');
      fieldsEqual(added.movement, { kind: 'add-funds', pocket: 'balance', 'amount.amountMinor': 5000, 'balanceAfter.amountMinor': 5000, clientId: client.id }, 'add-funds movement');
      const deducted = parse(WalletOperationResult, await wallet.deductFunds(client.id, { amount: { amountMinor: 1500, currency }, idempotencyKey: newKey(marker, 'deduct') }), 'wallet.deductFunds');
      equal(deducted.wallet.balance.amountMinor, 3500, 'balance after deducting 1500');
      fieldsEqual(deducted.movement, { kind: 'deduct-funds', pocket: 'balance', 'amount.amountMinor': -1500, 'balanceAfter.amountMinor': 3500 }, 'deduct-funds movement');
      const summary = parse(WalletSummary, await wallet.get(client.id), 'wallet.get');
      equal(summary.balance.amountMinor, 3500, 'wallet.get balance');
      equal(summary.rewards.amountMinor, 0, 'rewards are untouched by funds');
      const movements = await movementsOf(wallet, client.id);
      sameMembers(idsOf(movements), [added.movement.id, deducted.movement.id], 'movements');
      equal(sum(movements, 'balance'), summary.balance.amountMinor, 'balance = Σ balance movements');
      ok(time(movements[0]!.occurredAt) >= time(movements[1]!.occurredAt), 'movements are newest first');
      equal((await getClient(adapter, client.id)).stats.walletBalance.amountMinor, 3500, 'client stats.walletBalance');
      const balanceOnly = await wallet.movements(client.id, { filter: { pocket: 'rewards' } });
      equal(balanceOnly.total, 0, "movements filtered by pocket 'rewards'");
    });

    test('the same idempotencyKey twice makes one movement and returns the same result', async ({ adapter, need, Marker, marker }) => {
      const wallet = need('wallet');
      const client = await createClient(adapter, { firstName: 'Wal', lastName: `Idem ${Marker}` });
      const currency = parse(WalletSummary, await wallet.get(client.id), 'wallet.get').balance.currency;
      const addKey = newKey(marker, 'add');
      const first = parse(WalletOperationResult, await wallet.addFunds(client.id, { amount: { amountMinor: 2000, currency }, idempotencyKey: addKey }), 'wallet.addFunds');
      const second = parse(WalletOperationResult, await wallet.addFunds(client.id, { amount: { amountMinor: 2000, currency }, idempotencyKey: addKey }), 'wallet.addFunds');
      equal(second.movement.id, first.movement.id, 'the retry returns the same movement');
      equal(second.wallet.balance.amountMinor, 2000, 'balance after the retry');
      const deductKey = newKey(marker, 'deduct');
      const [d1, d2] = await Promise.all([
        wallet.deductFunds(client.id, { amount: { amountMinor: 500, currency }, idempotencyKey: deductKey }),
        wallet.deductFunds(client.id, { amount: { amountMinor: 500, currency }, idempotencyKey: deductKey }),
      ]);
      equal(d1.movement.id, d2.movement.id, 'two concurrent deductions with one key are one movement');
      const rewardKey = newKey(marker, 'reward');
      await wallet.assignReward(client.id, { amount: { amountMinor: 300, currency }, idempotencyKey: rewardKey });
      await wallet.assignReward(client.id, { amount: { amountMinor: 300, currency }, idempotencyKey: rewardKey });
      const summary = parse(WalletSummary, await wallet.get(client.id), 'wallet.get');
      fieldsEqual(summary, { 'balance.amountMinor': 1500, 'rewards.amountMinor': 300 }, 'wallet after the retries');
      const movements = await movementsOf(wallet, client.id);
      equal(movements.length, 3, 'movements after three operations each sent twice');
      equal(movements.filter((movement) => movement.idempotencyKey === addKey).length, 1, 'movements with the add key');
    });

    test('deducting more than the balance fails with validation at amount and changes nothing', async ({ adapter, need, skip, Marker, marker }) => {
      const wallet = need('wallet');
      const client = await createClient(adapter, { firstName: 'Wal', lastName: `Overdraft ${Marker}` });
      const opening = parse(WalletSummary, await wallet.get(client.id), 'wallet.get');
      if ((opening.overdraftLimit?.amountMinor ?? 0) > 0) skip('the backend allows an overdraft (see the overdraft test)');
      const currency = opening.balance.currency;
      await rejectsWithKind(wallet.deductFunds(client.id, { amount: { amountMinor: 1, currency }, idempotencyKey: newKey(marker, 'empty') }), 'validation', {
        path: ['amount'],
        message: 'deducting from an empty wallet',
      });
      await wallet.addFunds(client.id, { amount: { amountMinor: 1000, currency }, idempotencyKey: newKey(marker, 'add') });
      await rejectsWithKind(wallet.deductFunds(client.id, { amount: { amountMinor: 1001, currency }, idempotencyKey: newKey(marker, 'over') }), 'validation', {
        path: ['amount'],
        message: 'deducting 1001 from 1000',
      });
      equal(parse(WalletSummary, await wallet.get(client.id), 'wallet.get').balance.amountMinor, 1000, 'balance after the refused deduction');
      equal((await movementsOf(wallet, client.id)).length, 1, 'movements after the refused deduction');
      const exact = parse(WalletOperationResult, await wallet.deductFunds(client.id, { amount: { amountMinor: 1000, currency }, idempotencyKey: newKey(marker, 'all') }), 'wallet.deductFunds');
      equal(exact.wallet.balance.amountMinor, 0, 'deducting the whole balance is allowed');
    });

    test('with an overdraftLimit, deductions may go down to −limit and no further', async ({ adapter, need, skip, Marker, marker }) => {
      const wallet = need('wallet');
      const client = await createClient(adapter, { firstName: 'Wal', lastName: `Limit ${Marker}` });
      const opening = parse(WalletSummary, await wallet.get(client.id), 'wallet.get');
      const limit = opening.overdraftLimit?.amountMinor ?? 0;
      if (limit <= 0) skip('the backend reports no overdraftLimit (never below zero: see the previous test)');
      const currency = opening.balance.currency;
      await rejectsWithKind(wallet.deductFunds(client.id, { amount: { amountMinor: limit + 1, currency }, idempotencyKey: newKey(marker, 'past') }), 'validation', {
        path: ['amount'],
        message: 'deducting one more than the overdraft limit',
      });
      const down = parse(WalletOperationResult, await wallet.deductFunds(client.id, { amount: { amountMinor: limit, currency }, idempotencyKey: newKey(marker, 'limit') }), 'wallet.deductFunds');
      equal(down.wallet.balance.amountMinor, -limit, 'balance at the overdraft limit');
      equal(down.movement.balanceAfter.amountMinor, -limit, 'balanceAfter of the overdraft movement');
      equal((await movementsOf(wallet, client.id)).length, 1, 'movements after the refused and the accepted deduction');
    });

    test('assignReward changes rewards only', async ({ adapter, need, Marker, marker }) => {
      const wallet = need('wallet');
      const client = await createClient(adapter, { firstName: 'Wal', lastName: `Reward ${Marker}` });
      const currency = parse(WalletSummary, await wallet.get(client.id), 'wallet.get').balance.currency;
      await wallet.addFunds(client.id, { amount: { amountMinor: 700, currency }, idempotencyKey: newKey(marker, 'add') });
      const rewarded = parse(WalletOperationResult, await wallet.assignReward(client.id, { amount: { amountMinor: 250, currency }, note: 'Birthday', idempotencyKey: newKey(marker, 'reward') }), 'wallet.assignReward');
      fieldsEqual(rewarded.wallet, { 'balance.amountMinor': 700, 'rewards.amountMinor': 250 }, 'wallet after the reward');
      fieldsEqual(rewarded.movement, { kind: 'reward', pocket: 'rewards', 'amount.amountMinor': 250, 'balanceAfter.amountMinor': 250 }, 'reward movement');
      const movements = await movementsOf(wallet, client.id);
      const summary = parse(WalletSummary, await wallet.get(client.id), 'wallet.get');
      equal(sum(movements, 'rewards'), summary.rewards.amountMinor, 'rewards = Σ rewards movements');
      equal(sum(movements, 'balance'), summary.balance.amountMinor, 'balance = Σ balance movements');
      equal((await getClient(adapter, client.id)).stats.walletBalance.amountMinor, 700, 'stats.walletBalance is the balance, not rewards');
      const rewardsOnly = await wallet.movements(client.id, { filter: { pocket: 'rewards' } });
      deepEqual(idsOf(rewardsOnly.items), [rewarded.movement.id], "movements filtered by pocket 'rewards'");
    });

    test('invalid operations fail with validation at the field', async ({ adapter, need, Marker, marker }) => {
      const wallet = need('wallet');
      const client = await createClient(adapter, { firstName: 'Wal', lastName: `Invalid ${Marker}` });
      const currency = parse(WalletSummary, await wallet.get(client.id), 'wallet.get').balance.currency;
      await rejectsWithKind(wallet.addFunds(client.id, { amount: { amountMinor: 0, currency }, idempotencyKey: newKey(marker, 'zero') }), 'validation', { path: ['amount'], message: 'amount 0' });
      await rejectsWithKind(wallet.addFunds(client.id, { amount: { amountMinor: -5, currency }, idempotencyKey: newKey(marker, 'neg') }), 'validation', { path: ['amount'], message: 'negative amount' });
      await rejectsWithKind(wallet.addFunds(client.id, { amount: { amountMinor: 10.5, currency }, idempotencyKey: newKey(marker, 'frac') }), 'validation', { path: ['amount'], message: 'fractional minor units' });
      await rejectsWithKind(wallet.addFunds(client.id, { amount: { amountMinor: 100, currency }, idempotencyKey: 'abc' }), 'validation', { path: ['idempotencyKey'], message: 'a 3-character key' });
      equal((await movementsOf(wallet, client.id)).length, 0, 'movements after invalid operations');
    });
  });
}
