import { Client, ClientPage, DuplicateMatch, toClientSummary, type ClientEditable, type ClientInput } from '../../model/index.js';
import * as z from 'zod/mini';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, includes, excludes, ok, rejectsWithKind } from './assert.js';
import {
  assertEmptyStats,
  catalogOf,
  clientDefaults,
  createClient,
  getClient,
  markedIds,
  parse,
  sleep,
  time,
  unknownId,
} from './support.js';

const EDITABLE_KEYS = Object.keys(clientDefaults()) as (keyof ReturnType<typeof clientDefaults>)[];

function editablePart(client: Client): Partial<ClientEditable> {
  const part: Partial<Record<keyof ClientEditable, unknown>> = { firstName: client.firstName };
  for (const key of EDITABLE_KEYS) part[key] = client[key];
  return part as Partial<ClientEditable>;
}

export function registerClientsCrud(harness: Harness): void {
  area(harness, 'clients: create, get, update', 'test', (test) => {
    test('create with only firstName applies the documented defaults', async ({ adapter, Marker }) => {
      const created = await createClient(adapter, { firstName: `Ada ${Marker}` });
      equal(created.firstName, `Ada ${Marker}`, 'firstName');
      equal(created.version, 1, 'a new record starts at version 1');
      equal(created.trashedAt, null, 'trashedAt');
      const defaults = clientDefaults();
      for (const key of EDITABLE_KEYS) deepEqual(created[key], defaults[key], `default of ${key}`);
      assertEmptyStats(created, 'new client');
      ok(time(created.updatedAt) >= time(created.createdAt), 'updatedAt is not before createdAt');
    });

    test('get returns exactly what create stored, and the list row matches the record', async ({ adapter, marker, Marker }) => {
      const catalog = await catalogOf(adapter);
      const textField = catalog?.customFields.find((field) => field.type === 'text');
      const input: ClientInput = {
        firstName: 'María',
        middleName: 'José',
        lastName: `Fernández ${Marker}`,
        status: 'vip',
        weightKg: 62.5,
        bookingBlacklisted: true,
        birthDate: '1988-04-23',
        gender: 'female',
        nationalId: '12345678Z',
        phones: [
          { number: '+34 600 11 22 33', type: 'mobile', whatsapp: true, primary: true },
          { number: '91 555 01 02', type: 'home', whatsapp: false, primary: false },
        ],
        email: `${marker}.maria@example.com`,
        preferredLanguage: 'es',
        address: { line1: 'Calle Mayor 1', line2: null, city: 'Madrid', region: 'Madrid', postalCode: '28013', country: 'ES' },
        customFields: textField ? { [textField.key]: 'conformance' } : {},
        origin: catalog?.origins[0]?.id ?? null,
        centerId: catalog?.centers[0]?.id ?? null,
      };
      const created = await createClient(adapter, input);
      const expected = { ...clientDefaults(), ...input };
      deepEqual(editablePart(created), expected, 'create response');
      const fetched = await getClient(adapter, created.id);
      deepEqual(fetched, created, 'get after create');
      const page = parse(ClientPage, await adapter.clients.list({ search: marker }), 'clients.list');
      equal(page.total, 1, 'list total for the marker');
      deepEqual(page.items[0], toClientSummary(fetched), 'list row vs toClientSummary(record)');
    });

    test('update changes only the patched fields, bumps version by one and moves updatedAt', async ({ adapter, Marker }) => {
      const created = await createClient(adapter, { firstName: 'Lucía', lastName: `Gómez ${Marker}`, email: null });
      await sleep(15);
      const updated = parse(Client, await adapter.clients.update(created.id, { status: 'vip', weightKg: 58 }, { expectedVersion: created.version }), 'clients.update');
      equal(updated.version, created.version + 1, 'version after update');
      ok(time(updated.updatedAt) > time(created.updatedAt), `updatedAt must move forward (${created.updatedAt} → ${updated.updatedAt})`);
      equal(updated.createdAt, created.createdAt, 'createdAt is unchanged');
      deepEqual(editablePart(updated), { ...editablePart(created), status: 'vip', weightKg: 58 }, 'fields after update');
      deepEqual(await getClient(adapter, created.id), updated, 'get after update');
    });

    test('a stale or future expectedVersion fails with conflict and leaves the record unchanged', async ({ adapter, Marker }) => {
      const created = await createClient(adapter, { firstName: 'Pablo', lastName: `Ruiz ${Marker}` });
      const v2 = parse(Client, await adapter.clients.update(created.id, { status: 'inactive' }, { expectedVersion: 1 }), 'clients.update');
      equal(v2.version, 2, 'version after the first update');
      const error = await rejectsWithKind(adapter.clients.update(created.id, { status: 'vip' }, { expectedVersion: 1 }), 'conflict', {
        message: 'update with a stale version',
      });
      ok(error.current !== undefined && error.current !== null, 'a conflict carries the current record (AdapterError.current)');
      equal(parse(Client, error.current, 'conflict current').version, 2, 'conflict current.version');
      await rejectsWithKind(adapter.clients.update(created.id, { status: 'vip' }, { expectedVersion: 99 }), 'conflict', {
        message: 'update with a version from the future',
      });
      deepEqual(await getClient(adapter, created.id), v2, 'the record after the rejected updates');
    });

    test('get and update of an unknown id fail with not-found', async ({ adapter, marker }) => {
      const id = unknownId(marker);
      await rejectsWithKind(adapter.clients.get(id), 'not-found', { message: 'get' });
      await rejectsWithKind(adapter.clients.update(id, { status: 'vip' }, { expectedVersion: 1 }), 'not-found', { message: 'update' });
    });

    const invalidInputs: { label: string; input: (marker: string, Marker: string) => ClientInput; path: (string | number)[] }[] = [
      { label: "email 'nope'", input: (_m, M) => ({ firstName: 'Eva', lastName: M, email: 'nope' }), path: ['email'] },
      {
        label: "phone 'abc'",
        input: (_m, M) => ({ firstName: 'Eva', lastName: M, phones: [{ number: 'abc', type: 'mobile', whatsapp: false, primary: true }] }),
        path: ['phones', 0, 'number'],
      },
      { label: 'empty firstName', input: (_m, M) => ({ firstName: '', lastName: M }), path: ['firstName'] },
      { label: 'blank firstName', input: (_m, M) => ({ firstName: '   ', lastName: M }), path: ['firstName'] },
      { label: "status 'gold'", input: (_m, M) => ({ firstName: 'Eva', lastName: M, status: 'gold' as never }), path: ['status'] },
      { label: "birthDate '31/12/1990'", input: (_m, M) => ({ firstName: 'Eva', lastName: M, birthDate: '31/12/1990' }), path: ['birthDate'] },
    ];
    for (const { label, input, path } of invalidInputs) {
      test(`create rejects ${label} with validation at ${JSON.stringify(path)} and stores nothing`, async ({ adapter, marker, Marker }) => {
        await rejectsWithKind(adapter.clients.create(input(marker, Marker)), 'validation', { path });
        deepEqual(await markedIds(adapter, marker), [], 'clients stored for the marker');
      });
    }

    test('update rejects an invalid patch with validation and leaves the record unchanged', async ({ adapter, Marker }) => {
      const created = await createClient(adapter, { firstName: 'Iván', lastName: `Soto ${Marker}` });
      await rejectsWithKind(adapter.clients.update(created.id, { email: 'nope' }, { expectedVersion: 1 }), 'validation', { path: ['email'] });
      await rejectsWithKind(
        adapter.clients.update(created.id, { phones: [{ number: '12', type: 'mobile', whatsapp: false, primary: true }] }, { expectedVersion: 1 }),
        'validation',
        { path: ['phones', 0, 'number'] },
      );
      await rejectsWithKind(adapter.clients.update(created.id, { firstName: '' }, { expectedVersion: 1 }), 'validation', { path: ['firstName'] });
      deepEqual(await getClient(adapter, created.id), created, 'record after rejected updates');
    });

    test('findDuplicates matches email, phone digits whatever the formatting, and full name; excludeId excludes', async ({ adapter, marker, Marker }) => {
      const client = await createClient(adapter, {
        firstName: 'Rocío',
        lastName: `Navarro ${Marker}`,
        email: `${marker}.rocio@example.com`,
        phones: [{ number: '+34 655 44 33 22', type: 'mobile', whatsapp: true, primary: true }],
      });
      const Matches = z.array(DuplicateMatch);
      const byEmail = parse(Matches, await adapter.clients.findDuplicates({ email: `${marker}.rocio@example.com` }), 'clients.findDuplicates');
      const emailMatch = byEmail.find((match) => match.client.id === client.id);
      ok(emailMatch, 'a probe with the same email finds the client');
      includes(emailMatch.reasons, 'email', 'reasons of the email match');
      const byPhone = parse(Matches, await adapter.clients.findDuplicates({ phones: ['655-44-33-22'] }), 'clients.findDuplicates');
      const phoneMatch = byPhone.find((match) => match.client.id === client.id);
      ok(phoneMatch, "a probe with '655-44-33-22' finds the client stored with '+34 655 44 33 22'");
      includes(phoneMatch.reasons, 'phone', 'reasons of the phone match');
      const byName = parse(Matches, await adapter.clients.findDuplicates({ firstName: 'Rocío', lastName: `Navarro ${Marker}` }), 'clients.findDuplicates');
      const nameMatch = byName.find((match) => match.client.id === client.id);
      ok(nameMatch, 'a probe with the same full name finds the client');
      includes(nameMatch.reasons, 'name', 'reasons of the name match');
      const excluded = parse(
        Matches,
        await adapter.clients.findDuplicates({ email: `${marker}.rocio@example.com`, excludeId: client.id }),
        'clients.findDuplicates',
      );
      excludes(excluded.map((match) => match.client.id), client.id, 'excludeId');
      const none = parse(Matches, await adapter.clients.findDuplicates({ email: `${marker}.nobody@example.com` }), 'clients.findDuplicates');
      deepEqual(none, [], 'an email nobody has');
    });
  });
}
