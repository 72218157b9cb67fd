// Consistency of existing data (the first page of the default list, up to 10 clients): derived
// figures agree with the records they derive from, and every response parses with its schema.
import * as z from 'zod/mini';
import {
  Alert,
  Allergy,
  Group,
  Invoice,
  Review,
  WalletMovement,
  WalletSummary,
  countsTowardSales,
  toClientSummary,
  type Alert as AlertRecord,
  type Allergy as AllergyRecord,
  type Invoice as InvoiceRecord,
  type Review as ReviewRecord,
  type WalletMovement as Movement,
} from '../../model/index.js';
import { CLIENT_COLLECTIONS, type ReadCollection } from '../contract.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { approxEqual, deepEqual, equal, rejectsWithAbort } from './assert.js';
import { checkPageShape, existingClients, getClient, listAllItems, parse } from './support.js';
import { COLLECTION_SPECS } from './collections.js';

export function registerConsistency(harness: Harness): void {
  area(harness, 'consistency of existing data', 'area', (test) => {
    test('list rows equal toClientSummary(get(id)) and parse', async ({ adapter, existing }) => {
      for (const row of await existing()) {
        const client = await getClient(adapter, row.id);
        deepEqual(row, toClientSummary(client), `list row of ${row.id} vs its record`);
      }
    });

    test('stats.totalSales = Σ totals of invoices that count toward sales', async ({ need, existing }) => {
      const invoices = need('invoices') as unknown as ReadCollection<InvoiceRecord, unknown>;
      for (const row of await existing()) {
        const items = await listAllItems(invoices, row.id, {}, Invoice, 'invoices');
        const expected = items.filter(countsTowardSales).reduce((sum, invoice) => sum + invoice.total.amountMinor, 0);
        equal(row.stats.totalSales.amountMinor, expected, `client ${row.id}: stats.totalSales vs ${items.length} invoices`);
      }
    });

    test('stats.reviewCount and averageRating match the reviews', async ({ need, existing }) => {
      const reviews = need('reviews') as unknown as ReadCollection<ReviewRecord, unknown>;
      for (const row of await existing()) {
        const items = await listAllItems(reviews, row.id, {}, Review, 'reviews');
        equal(row.stats.reviewCount, items.length, `client ${row.id}: stats.reviewCount`);
        if (items.length === 0) equal(row.stats.averageRating, null, `client ${row.id}: averageRating without reviews`);
        else approxEqual(row.stats.averageRating ?? Number.NaN, items.reduce((sum, review) => sum + review.rating, 0) / items.length, 1e-6, `client ${row.id}: averageRating`);
      }
    });

    test('stats.walletBalance = wallet.balance = Σ balance movements; rewards = Σ reward movements; totalSpent = totalSales', async ({ need, existing }) => {
      const wallet = need('wallet');
      for (const row of await existing()) {
        const summary = parse(WalletSummary, await wallet.get(row.id), 'wallet.get');
        const movements = await listAllItems<Movement>(
          { list: (id, query) => wallet.movements(id, query as never), get: () => Promise.reject(new Error('unused')) },
          row.id,
          {},
          WalletMovement,
          'wallet.movements',
        );
        const total = (pocket: 'balance' | 'rewards') => movements.filter((movement) => movement.pocket === pocket).reduce((sum, movement) => sum + movement.amount.amountMinor, 0);
        equal(row.stats.walletBalance.amountMinor, summary.balance.amountMinor, `client ${row.id}: stats.walletBalance vs wallet.get().balance`);
        equal(summary.balance.amountMinor, total('balance'), `client ${row.id}: balance vs Σ balance movements`);
        equal(summary.rewards.amountMinor, total('rewards'), `client ${row.id}: rewards vs Σ rewards movements`);
        deepEqual(summary.totalSpent, row.stats.totalSales, `client ${row.id}: wallet.totalSpent vs stats.totalSales`);
        const balanceAfter = movements.filter((movement) => movement.pocket === 'balance')[0]?.balanceAfter.amountMinor;
        if (balanceAfter !== undefined) equal(balanceAfter, summary.balance.amountMinor, `client ${row.id}: balanceAfter of the newest balance movement`);
      }
    });

    test('stats.activeAlertCount and activeAllergyCount match the records', async ({ adapter, skip, existing }) => {
      if (!adapter.alerts && !adapter.allergies) skip('the adapter has neither alerts nor allergies');
      for (const row of await existing()) {
        if (adapter.alerts) {
          const alerts = await listAllItems(adapter.alerts as unknown as ReadCollection<AlertRecord, unknown>, row.id, {}, Alert, 'alerts');
          equal(row.stats.activeAlertCount, alerts.filter((alert) => alert.active).length, `client ${row.id}: stats.activeAlertCount`);
        }
        if (adapter.allergies) {
          const allergies = await listAllItems(adapter.allergies as unknown as ReadCollection<AllergyRecord, unknown>, row.id, {}, Allergy, 'allergies');
          equal(row.stats.activeAllergyCount, allergies.filter((allergy) => allergy.active).length, `client ${row.id}: stats.activeAllergyCount`);
        }
      }
    });

    test('group memberCount = clients listed with that group', async ({ adapter, need, skip }) => {
      const groups = parse(z.array(Group), await need('groups').list(), 'groups.list');
      if (groups.length === 0) skip('the backend has no groups of its own');
      for (const group of groups.slice(0, 10)) {
        const { total } = await adapter.clients.list({ filter: { groupIds: [group.id] }, limit: 1 });
        equal(group.memberCount, total, `group ${group.id} (${group.name}) memberCount`);
      }
    });

    test('every collection of the first clients parses with its schema', async ({ adapter, existing }) => {
      for (const row of await existing(5)) {
        for (const name of CLIENT_COLLECTIONS) {
          const collection = adapter[name] as unknown as ReadCollection<{ id: string }, unknown> | undefined;
          if (!collection) continue;
          const page = await collection.list(row.id, { limit: 20 });
          checkPageShape(page, `${name}.list`);
          for (const [index, item] of page.items.entries()) parse(COLLECTION_SPECS[name].schema, item, `${name}.list of client ${row.id}, items[${index}]`);
        }
      }
    });

    test('clients.list, get and metrics with an already-aborted signal reject with AbortError', async ({ adapter }) => {
      const controller = new AbortController();
      controller.abort();
      await rejectsWithAbort(adapter.clients.list({}, { signal: controller.signal }), 'clients.list');
      await rejectsWithAbort(adapter.clients.metrics({}, { signal: controller.signal }), 'clients.metrics');
      const [row] = await existingClients(adapter, 1);
      if (row) await rejectsWithAbort(adapter.clients.get(row.id, { signal: controller.signal }), 'clients.get');
    });
  });
}
