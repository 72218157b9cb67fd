// The rules the quotes tab relies on: a line's total is quantity × unit price less its discount
// (prices include tax), the quote's total follows its lines when they change, a new quote starts as a
// draft, and each status change (and only a change) is added to the quote's history.
import { Quote } from '../../model/index.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, rejectsWithKind } from './assert.js';
import { createClient, currencyOf, parse } from './support.js';

export function registerQuotes(harness: Harness): void {
  area(harness, 'quotes: totals and history', 'test', (test) => {
    test('line totals apply the discount, tax is included in the price; the total follows edited lines', async ({ adapter, need, Marker }) => {
      const quotes = need('quotes');
      const currency = await currencyOf(adapter);
      const client = await createClient(adapter, { firstName: 'Quo', lastName: `Totals ${Marker}` });
      const line = (quantity: number, amountMinor: number, discountPercent: number, taxPercent: number) => ({
        itemId: null,
        description: 'Sesión',
        quantity,
        unitPrice: { amountMinor, currency },
        discountPercent,
        taxPercent,
      });
      const quote = parse(Quote, await quotes.create(client.id, { title: 'Bono', lines: [line(3, 1000, 10, 21), line(1, 1999, 0, 0)] }), 'quotes.create');
      deepEqual(quote.lines.map((saved) => saved.total.amountMinor), [2700, 1999], 'line totals');
      deepEqual(quote.total, { amountMinor: 4699, currency }, 'quote total');
      const edited = parse(Quote, await quotes.update(client.id, quote.id, { lines: [line(2, 1000, 50, 21)] }, { expectedVersion: quote.version }), 'quotes.update');
      deepEqual(edited.total, { amountMinor: 1000, currency }, 'total after editing the lines');
      deepEqual((await quotes.get(client.id, quote.id)).total, { amountMinor: 1000, currency }, 'stored total');
    });

    test('a new quote starts as a draft; each status change, and only a change, is added to its history', async ({ adapter, need, Marker }) => {
      const quotes = need('quotes');
      const currency = await currencyOf(adapter);
      const client = await createClient(adapter, { firstName: 'Quo', lastName: `History ${Marker}` });
      const lines = [{ itemId: null, description: 'Corte', quantity: 1, unitPrice: { amountMinor: 2500, currency }, discountPercent: 0, taxPercent: 21 }];
      await rejectsWithKind(quotes.create(client.id, { title: 'Sent at once', lines, status: 'sent' }), 'validation', { message: 'a quote created as sent' });
      let quote = parse(Quote, await quotes.create(client.id, { title: 'Bono', lines }), 'quotes.create');
      equal(quote.status, 'draft', 'status of a new quote');
      quote = parse(Quote, await quotes.update(client.id, quote.id, { status: 'sent' }, { expectedVersion: quote.version }), 'quotes.update');
      quote = parse(Quote, await quotes.update(client.id, quote.id, { notes: 'Llamar el lunes', status: 'sent' }, { expectedVersion: quote.version }), 'quotes.update');
      quote = parse(Quote, await quotes.update(client.id, quote.id, { status: 'accepted' }, { expectedVersion: quote.version }), 'quotes.update');
      deepEqual(quote.history.map((entry) => entry.status), ['draft', 'sent', 'accepted'], 'history');
      deepEqual((await quotes.get(client.id, quote.id)).history.map((entry) => entry.status), ['draft', 'sent', 'accepted'], 'stored history');
    });
  });
}
