import { ImportResult, type ImportOptions, type ImportRow, type ImportRowResult, type Phone } from '../../model/index.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, fail, notEqual, ok, sameMembers, show, fieldsEqual } from './assert.js';
import { createClient, getClient, listAllClients, markedIds, newKey, parse } from './support.js';

const phone = (number: string): Phone => ({ number, type: 'mobile', whatsapp: false, primary: true });

function rowResult(result: ImportResult, rowNumber: number): ImportRowResult {
  const row = result.rows.find((candidate) => candidate.rowNumber === rowNumber);
  return row ?? fail(`importBatch reported no result for row ${rowNumber} (rows ${show(result.rows.map((r) => r.rowNumber))})`);
}

function assertCounts(result: ImportResult, counts: Partial<Record<ImportRowResult['outcome'], number>>, label: string): void {
  const tally = { created: 0, updated: 0, skipped: 0, failed: 0 };
  for (const row of result.rows) tally[row.outcome] += 1;
  deepEqual({ created: result.created, updated: result.updated, skipped: result.skipped, failed: result.failed }, tally, `${label}: totals vs rows`);
  for (const [outcome, count] of Object.entries(counts)) equal(tally[outcome as keyof typeof tally], count, `${label}: ${outcome} rows`);
}

export function registerClientsImport(harness: Harness): void {
  area(harness, 'clients: import', 'test', (test) => {
    test('creates valid rows and reports failed rows with issue paths, storing nothing for them', async ({ adapter, marker, Marker }) => {
      const rows: ImportRow[] = [
        { rowNumber: 1, data: { firstName: 'Imp', lastName: `One ${Marker}`, email: `${marker}.one@example.com`, phones: [phone('600 111 222')] } },
        { rowNumber: 2, data: { firstName: '', lastName: `Two ${Marker}` } },
        { rowNumber: 3, data: { firstName: 'Imp', lastName: `Three ${Marker}`, email: 'nope' } },
        { rowNumber: 4, data: { firstName: 'Imp', lastName: `Four ${Marker}`, phones: [phone('abc')] } },
        { rowNumber: 5, data: { firstName: 'Imp', lastName: `Five ${Marker}`, status: 'vip', birthDate: '1990-02-03' } },
      ];
      const options: ImportOptions = { importId: newKey(marker, 'import'), dedupeBy: ['email', 'phone'], onConflict: 'skip' };
      const result = parse(ImportResult, await adapter.clients.importBatch(rows, options), 'clients.importBatch');
      equal(result.rows.length, 5, 'one result per row');
      assertCounts(result, { created: 2, failed: 3 }, 'import');
      for (const [rowNumber, path] of [[2, 'firstName'], [3, 'email'], [4, 'phones.0.number']] as const) {
        const row = rowResult(result, rowNumber);
        equal(row.outcome, 'failed', `row ${rowNumber} outcome`);
        equal(row.clientId, null, `row ${rowNumber} clientId`);
        ok(row.issues.some((issue) => issue.path === path || issue.path.startsWith(`${path}.`)), `row ${rowNumber} should report an issue at '${path}', got ${show(row.issues)}`);
      }
      const one = rowResult(result, 1);
      const five = rowResult(result, 5);
      equal(one.outcome, 'created', 'row 1 outcome');
      ok(one.clientId && five.clientId, 'created rows carry the client id');
      sameMembers(await markedIds(adapter, marker), [one.clientId, five.clientId], 'clients stored');
      const stored = await getClient(adapter, five.clientId);
      fieldsEqual(stored, { firstName: 'Imp', status: 'vip', birthDate: '1990-02-03' }, 'imported client');
    });

    test("dedupe by email: onConflict 'skip' keeps the existing client", async ({ adapter, marker, Marker }) => {
      const existing = await createClient(adapter, { firstName: 'Eva', lastName: `Dup ${Marker}`, email: `${marker}.eva@example.com` });
      const result = parse(
        ImportResult,
        await adapter.clients.importBatch(
          [{ rowNumber: 1, data: { firstName: 'Eva', lastName: `Other ${Marker}`, email: `${marker}.eva@example.com`, status: 'vip' } }],
          { importId: newKey(marker, 'skip'), dedupeBy: ['email'], onConflict: 'skip' },
        ),
        'clients.importBatch',
      );
      assertCounts(result, { skipped: 1 }, 'skip');
      equal(rowResult(result, 1).clientId, existing.id, 'a skipped row names the existing client');
      sameMembers(await markedIds(adapter, marker), [existing.id], 'clients after the import');
      deepEqual(await getClient(adapter, existing.id), existing, 'the existing client is unchanged');
    });

    test("dedupe by email: onConflict 'update' updates the existing client", async ({ adapter, marker, Marker }) => {
      const existing = await createClient(adapter, { firstName: 'Eva', lastName: `Dup ${Marker}`, email: `${marker}.eva@example.com`, status: 'active' });
      const result = parse(
        ImportResult,
        await adapter.clients.importBatch(
          [{ rowNumber: 7, data: { firstName: 'Eva', lastName: `Updated ${Marker}`, email: `${marker}.eva@example.com`, status: 'vip' } }],
          { importId: newKey(marker, 'update'), dedupeBy: ['email'], onConflict: 'update' },
        ),
        'clients.importBatch',
      );
      assertCounts(result, { updated: 1 }, 'update');
      equal(rowResult(result, 7).clientId, existing.id, 'an updated row names the existing client');
      sameMembers(await markedIds(adapter, marker), [existing.id], 'clients after the import');
      const updated = await getClient(adapter, existing.id);
      fieldsEqual(updated, { lastName: `Updated ${Marker}`, status: 'vip' }, 'client after the import update');
      equal(updated.version, existing.version + 1, 'version after an import update');
    });

    test("dedupe by email: onConflict 'create' creates another client", async ({ adapter, marker, Marker }) => {
      const existing = await createClient(adapter, { firstName: 'Eva', lastName: `Dup ${Marker}`, email: `${marker}.eva@example.com` });
      const result = parse(
        ImportResult,
        await adapter.clients.importBatch(
          [{ rowNumber: 1, data: { firstName: 'Eva', lastName: `Twin ${Marker}`, email: `${marker}.eva@example.com` } }],
          { importId: newKey(marker, 'create'), dedupeBy: ['email'], onConflict: 'create' },
        ),
        'clients.importBatch',
      );
      assertCounts(result, { created: 1 }, 'create');
      const createdId = rowResult(result, 1).clientId;
      ok(createdId, 'the created row names the new client');
      notEqual(createdId, existing.id, 'a new client, not the existing one');
      sameMembers(await markedIds(adapter, marker), [existing.id, createdId], 'clients after the import');
    });

    test('dedupe by phone compares digits whatever the formatting; fields not in dedupeBy never match', async ({ adapter, marker, Marker }) => {
      const existing = await createClient(adapter, { firstName: 'Fon', lastName: `Dup ${Marker}`, phones: [phone('+34 611 22 33 44')] });
      const byPhone = parse(
        ImportResult,
        await adapter.clients.importBatch(
          [{ rowNumber: 1, data: { firstName: 'Fon', lastName: `Row ${Marker}`, phones: [phone('611-22-33-44')] } }],
          { importId: newKey(marker, 'phone'), dedupeBy: ['phone'], onConflict: 'skip' },
        ),
        'clients.importBatch',
      );
      assertCounts(byPhone, { skipped: 1 }, 'dedupe by phone');
      equal(rowResult(byPhone, 1).clientId, existing.id, 'the skipped row names the client with that phone');
      const byEmailOnly = parse(
        ImportResult,
        await adapter.clients.importBatch(
          [{ rowNumber: 1, data: { firstName: 'Fon', lastName: `Row ${Marker}`, phones: [phone('611-22-33-44')] } }],
          { importId: newKey(marker, 'email-only'), dedupeBy: ['email'], onConflict: 'skip' },
        ),
        'clients.importBatch',
      );
      assertCounts(byEmailOnly, { created: 1 }, "dedupeBy ['email'] with only a phone in common");
      equal((await markedIds(adapter, marker)).length, 2, 'clients after both imports');
    });

    test('the same importId and rowNumbers never store a row twice', async ({ adapter, marker, Marker }) => {
      const importId = newKey(marker, 'retry');
      const rows: ImportRow[] = [
        { rowNumber: 1, data: { firstName: 'Ret', lastName: `One ${Marker}` } },
        { rowNumber: 2, data: { firstName: 'Ret', lastName: `Two ${Marker}` } },
      ];
      const options: ImportOptions = { importId, dedupeBy: [], onConflict: 'create' };
      const first = parse(ImportResult, await adapter.clients.importBatch(rows, options), 'clients.importBatch');
      assertCounts(first, { created: 2 }, 'first import');
      const again = parse(ImportResult, await adapter.clients.importBatch(rows, options), 'clients.importBatch');
      equal(again.rows.length, 2, 'one result per row of the retry');
      for (const rowNumber of [1, 2]) {
        const clientId = rowResult(again, rowNumber).clientId;
        if (clientId !== null) equal(clientId, rowResult(first, rowNumber).clientId, `row ${rowNumber} of the retry names the client stored the first time`);
      }
      equal((await markedIds(adapter, marker)).length, 2, 'clients after the retry (the outcome reported for a replayed row is not specified)');
      // A resumed import: rows 1–2 again plus a new row 3.
      const resumed = parse(
        ImportResult,
        await adapter.clients.importBatch([...rows, { rowNumber: 3, data: { firstName: 'Ret', lastName: `Three ${Marker}` } }], options),
        'clients.importBatch',
      );
      equal(rowResult(resumed, 3).outcome, 'created', 'the new row 3 of the resumed batch');
      equal((await markedIds(adapter, marker)).length, 3, 'clients after the resumed import');
      // Another import id is another import: the same rows are stored again (dedupe is off).
      const other = parse(ImportResult, await adapter.clients.importBatch(rows, { ...options, importId: newKey(marker, 'other') }), 'clients.importBatch');
      equal(other.created, 2, 'rows created under another importId');
      equal((await listAllClients(adapter, { search: marker })).length, 5, 'clients at the end');
    });
  });
}
