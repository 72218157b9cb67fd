// The wallet in SQL. A money operation runs in one transaction that locks the client's row, looks up
// its idempotency key, applies the movement, and stores the result under the key: a retry (even after
// a restart, even concurrent) finds the stored result and applies nothing.
import * as z from 'zod/mini';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { WalletApi } from '../../../src/adapter/contract.js';
import { encodeCursor, startOffset, throwIfAborted } from '../../../src/adapters/memory/parse.js';
import { newId } from '../../../src/adapters/memory/store.js';
import {
  CollectionQuery,
  WalletMovementFilter,
  WalletOperationInput,
  type WalletMovement,
  type WalletOperationResult,
  type WalletSummary,
} from '../../../src/model/index.js';
import type { Sql } from '../db/database.js';
import { loadClient } from './clients.js';
import type { TenantContext } from './context.js';
import { parseInput } from './input.js';
import { appendRecord } from './records.js';

type Kind = WalletMovement['kind'];

const MOVEMENT_COLUMNS = `id, version, client_id AS "clientId", clientela_iso(created_at) AS "createdAt", clientela_iso(updated_at) AS "updatedAt",
  clientela_iso(occurred_at) AS "occurredAt", kind, pocket, amount_minor::float8 AS amount, balance_after_minor::float8 AS "balanceAfter",
  currency, note, by_person AS by, idempotency_key AS "idempotencyKey"`;

type MovementRow = Omit<WalletMovement, 'amount' | 'balanceAfter'> & { amount: number; balanceAfter: number; currency: string };

const movementFromRow = ({ amount, balanceAfter, currency, ...rest }: MovementRow): WalletMovement => ({
  ...rest,
  amount: { amountMinor: amount, currency },
  balanceAfter: { amountMinor: balanceAfter, currency },
});

const querySchema = z.extend(CollectionQuery, { filter: z.optional(WalletMovementFilter) });

/** Every wallet movement of a client, oldest first (the client file's figures are computed from them). */
export async function movementsOf(sql: Sql, tenant: string, clientId: string): Promise<WalletMovement[]> {
  const rows = await sql.query<MovementRow>(`SELECT ${MOVEMENT_COLUMNS} FROM wallet_movements WHERE tenant_id = $1 AND client_id = $2 ORDER BY occurred_at, id`, [tenant, clientId]);
  return rows.map(movementFromRow);
}

export function createWalletApi(context: TenantContext): WalletApi {
  const { db, tenant, currency } = context;

  async function summary(sql: Sql, clientId: string): Promise<WalletSummary> {
    const client = await loadClient(sql, tenant, clientId);
    const [row] = await sql.query<{ balance: number; rewards: number; latest: string | null }>(
      `SELECT coalesce(sum(amount_minor) FILTER (WHERE pocket = 'balance'), 0)::float8 AS balance,
              coalesce(sum(amount_minor) FILTER (WHERE pocket = 'rewards'), 0)::float8 AS rewards,
              clientela_iso(max(occurred_at)) AS latest
       FROM wallet_movements WHERE tenant_id = $1 AND client_id = $2`,
      [tenant, clientId],
    );
    const latest = row!.latest && row!.latest > client.createdAt ? row!.latest : client.createdAt;
    return {
      clientId,
      balance: { amountMinor: row!.balance, currency },
      totalSpent: client.stats.totalSales,
      rewards: { amountMinor: row!.rewards, currency },
      updatedAt: latest,
    };
  }

  const operate = (kind: Kind) => (clientId: string, rawInput: unknown) =>
    db.transaction(async (sql): Promise<WalletOperationResult> => {
      await loadClient(sql, tenant, clientId, true); // the row lock serialises this client's money operations
      const input = parseInput(WalletOperationInput, rawInput, 'wallet');
      const scope = `wallet:${clientId}`;
      const stored = await sql.query<{ result: WalletOperationResult }>('SELECT result FROM idempotency_keys WHERE tenant_id = $1 AND scope = $2 AND key = $3', [
        tenant,
        scope,
        input.idempotencyKey,
      ]);
      if (stored[0]) return stored[0].result;
      if (input.amount.currency !== currency) {
        throw new AdapterError('validation', `The wallet is in ${currency}`, { resource: 'wallet', issues: [{ path: ['amount', 'currency'], message: `Expected ${currency}` }] });
      }
      const pocket = kind === 'reward' ? 'rewards' : 'balance';
      const before = (await summary(sql, clientId))[pocket].amountMinor;
      const signed = kind === 'deduct-funds' ? -input.amount.amountMinor : input.amount.amountMinor;
      if (before + signed < 0) {
        throw new AdapterError('validation', 'Insufficient wallet balance', {
          resource: 'wallet',
          issues: [{ path: ['amount'], message: `The balance is ${before} and cannot cover ${input.amount.amountMinor}`, code: 'insufficient-balance' }],
        });
      }
      const now = context.now();
      const [row] = await sql.query<MovementRow>(
        `INSERT INTO wallet_movements (tenant_id, id, client_id, version, created_at, updated_at, occurred_at, kind, pocket, amount_minor,
           balance_after_minor, currency, note, by_person, idempotency_key)
         VALUES ($1, $2, $3, 1, $4, $4, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12) RETURNING ${MOVEMENT_COLUMNS}`,
        [tenant, newId('wal'), clientId, now, kind, pocket, signed, before + signed, currency, input.note ?? '', JSON.stringify(context.user), input.idempotencyKey],
      );
      if (pocket === 'balance') {
        await sql.query('UPDATE clients SET wallet_balance_minor = $3 WHERE tenant_id = $1 AND id = $2', [tenant, clientId, before + signed]);
      }
      if (kind === 'add-funds') {
        await appendRecord(sql, context, 'transactions', clientId, {
          occurredAt: now,
          category: 'wallet-top-up',
          amount: input.amount,
          paymentMethod: 'other',
          account: { id: 'acc-wallet', name: 'Wallet' },
          description: input.note ?? '',
          invoiceId: null,
        });
      }
      const result: WalletOperationResult = { wallet: await summary(sql, clientId), movement: movementFromRow(row!) };
      await sql.query('INSERT INTO idempotency_keys (tenant_id, scope, key, result) VALUES ($1, $2, $3, $4::jsonb)', [tenant, scope, input.idempotencyKey, JSON.stringify(result)]);
      return result;
    });

  return {
    async get(clientId, options) {
      throwIfAborted(options?.signal);
      return summary(db, clientId);
    },
    async movements(clientId, rawQuery, options) {
      throwIfAborted(options?.signal);
      const query = parseInput(querySchema, rawQuery ?? {}, 'wallet');
      await loadClient(db, tenant, clientId);
      const pocket = query.filter?.pocket ?? null;
      const offset = startOffset(query, 'wallet');
      const limit = query.limit ?? 50;
      const direction = query.order === 'asc' ? 'ASC' : 'DESC';
      const where = 'tenant_id = $1 AND client_id = $2 AND ($3::text IS NULL OR pocket = $3)';
      const [rows, counted] = await Promise.all([
        db.query<MovementRow>(`SELECT ${MOVEMENT_COLUMNS} FROM wallet_movements WHERE ${where} ORDER BY occurred_at ${direction}, id ${direction} LIMIT $4 OFFSET $5`, [
          tenant,
          clientId,
          pocket,
          limit,
          offset,
        ]),
        db.query<{ total: number }>(`SELECT count(*)::int AS total FROM wallet_movements WHERE ${where}`, [tenant, clientId, pocket]),
      ]);
      const total = counted[0]!.total;
      const end = offset + rows.length;
      return { items: rows.map(movementFromRow), total, offset, nextCursor: end < total ? encodeCursor(end) : null };
    },
    addFunds: operate('add-funds'),
    deductFunds: operate('deduct-funds'),
    assignReward: operate('reward'),
  };
}
