/* Totals of a set of transactions, per currency: money in, money refunded, and the net. */
import type { Money } from '../../model/primitives.js';
import type { Transaction } from '../../model/sales.js';

export interface TransactionTotals {
  currency: string;
  received: Money;
  refunded: Money;
  net: Money;
  count: number;
}

export function totalsOf(transactions: readonly Transaction[]): TransactionTotals[] {
  const byCurrency = new Map<string, { received: number; refunded: number; count: number }>();
  for (const transaction of transactions) {
    const { amountMinor, currency } = transaction.amount;
    const entry = byCurrency.get(currency) ?? { received: 0, refunded: 0, count: 0 };
    if (amountMinor >= 0) entry.received += amountMinor;
    else entry.refunded -= amountMinor;
    entry.count += 1;
    byCurrency.set(currency, entry);
  }
  return [...byCurrency].map(([currency, entry]) => ({
    currency,
    received: { amountMinor: entry.received, currency },
    refunded: { amountMinor: entry.refunded, currency },
    net: { amountMinor: entry.received - entry.refunded, currency },
    count: entry.count,
  }));
}
