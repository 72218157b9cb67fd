import * as z from 'zod/mini';
import { AdapterError } from '../../adapter/adapter-error.js';
import type { WalletApi } from '../../adapter/contract.js';
import {
  CollectionQuery,
  WalletMovementFilter,
  WalletOperationInput,
  type PersonRef,
  type WalletMovement,
  type WalletOperationResult,
  type WalletSummary,
} from '../../model/index.js';
import { newRecordMeta, pageItems } from './collection-api.js';
import { parseInput, throwIfAborted } from './parse.js';
import type { MemoryStore } from './store.js';

type Kind = WalletMovement['kind'];

export function createWalletApi(store: MemoryStore, user: PersonRef): WalletApi {
  const currency = store.currency;

  function summary(clientId: string): WalletSummary {
    const client = store.requireClient(clientId);
    const movements = store.collection(clientId, 'walletMovements');
    let balance = 0;
    let rewards = 0;
    for (const movement of movements) {
      if (movement.pocket === 'balance') balance += movement.amount.amountMinor;
      else rewards += movement.amount.amountMinor;
    }
    const overdraft = store.walletOverdraftMinor;
    return {
      clientId,
      balance: { amountMinor: balance, currency },
      totalSpent: client.stats.totalSales,
      rewards: { amountMinor: rewards, currency },
      ...(overdraft > 0 && { overdraftLimit: { amountMinor: overdraft, currency } }),
      updatedAt: movements.reduce((latest, movement) => (movement.occurredAt > latest ? movement.occurredAt : latest), client.createdAt),
    };
  }

  /** Applies a money operation once per idempotency key; a retry returns the first result. */
  function operate(clientId: string, rawInput: unknown, kind: Kind): WalletOperationResult {
    store.requireClient(clientId);
    const input = parseInput(WalletOperationInput, rawInput, 'wallet');
    const key = `wallet:${clientId}:${input.idempotencyKey}`;
    const previous = store.idempotency.get(key) as WalletOperationResult | undefined;
    if (previous) return previous;
    if (input.amount.currency !== currency) {
      throw new AdapterError('validation', `The wallet is in ${currency}`, {
        resource: 'wallet',
        issues: [{ path: ['amount', 'currency'], message: `Expected ${currency}` }],
      });
    }
    const pocket = kind === 'reward' ? 'rewards' : 'balance';
    const before = summary(clientId)[pocket].amountMinor;
    const signed = kind === 'deduct-funds' ? -input.amount.amountMinor : input.amount.amountMinor;
    const floor = pocket === 'balance' ? -store.walletOverdraftMinor : 0;
    if (before + signed < floor) {
      throw new AdapterError('validation', 'Insufficient wallet balance', {
        resource: 'wallet',
        issues: [{ path: ['amount'], message: `The balance is ${before} (floor ${floor}) and cannot cover ${input.amount.amountMinor}`, code: 'insufficient-balance' }],
      });
    }
    const recordMeta = newRecordMeta(store, clientId, 'wal');
    const now = recordMeta.createdAt;
    const movement: WalletMovement = {
      ...recordMeta,
      occurredAt: now,
      kind,
      pocket,
      amount: { amountMinor: signed, currency },
      balanceAfter: { amountMinor: before + signed, currency },
      note: input.note ?? '',
      by: user,
      idempotencyKey: input.idempotencyKey,
    };
    const records = store.relatedOf(clientId);
    records.walletMovements.push(movement);
    if (kind === 'add-funds') {
      records.transactions.push({
        ...newRecordMeta(store, clientId, 'txn'),
        occurredAt: now,
        category: 'wallet-top-up',
        amount: input.amount,
        paymentMethod: 'other',
        account: { id: 'acc-wallet', name: 'Wallet' },
        description: input.note ?? '',
        invoiceId: null,
      });
    }
    store.relatedChanged(clientId);
    const result = { wallet: summary(clientId), movement };
    store.idempotency.set(key, result);
    store.emit({ kind: 'idempotency', id: key, value: result });
    return result;
  }

  const querySchema = z.extend(CollectionQuery, { filter: z.optional(WalletMovementFilter) });
  return {
    async get(clientId, options) {
      throwIfAborted(options?.signal);
      return summary(clientId);
    },
    async movements(clientId, rawQuery, options) {
      throwIfAborted(options?.signal);
      const query = parseInput(querySchema, rawQuery ?? {}, 'wallet');
      const pocket = query.filter?.pocket;
      const movements = store.collection(clientId, 'walletMovements').filter((movement) => !pocket || movement.pocket === pocket);
      return pageItems(movements, query, (movement) => movement.occurredAt, 'wallet');
    },
    async addFunds(clientId, input) {
      return operate(clientId, input, 'add-funds');
    },
    async deductFunds(clientId, input) {
      return operate(clientId, input, 'deduct-funds');
    },
    async assignReward(clientId, input) {
      return operate(clientId, input, 'reward');
    },
  };
}
