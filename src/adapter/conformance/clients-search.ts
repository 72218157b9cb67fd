import { ClientPage, type Client } from '../../model/index.js';
import type { ClientDataAdapter } from '../contract.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { equal, fail, sameMembers } from './assert.js';
import { createClients, idsOf, listAllClients, markedIds, parse } from './support.js';

interface SearchFixture {
  /** José Muñoz, email <m>garcia@example.com, phone '+34 612 34 56 78'. */
  jose: Client;
  /** João Silva, email <m>.silva@example.org, phone '(11) 98765-4321'. */
  joao: Client;
  /** Ana munoz (no accent, lower case), no email, phone '612 99 88 77'. */
  ana: Client;
  /** Bruno Pérez, email <m>.perez@example.net, phone '699-000-111' (no country code). */
  bruno: Client;
}

async function createFixture(adapter: ClientDataAdapter, marker: string, Marker: string): Promise<SearchFixture> {
  const [jose, joao, ana, bruno] = await createClients(adapter, [
    {
      firstName: 'José',
      lastName: `Muñoz ${Marker}`,
      email: `${marker}garcia@example.com`,
      phones: [{ number: '+34 612 34 56 78', type: 'mobile', whatsapp: true, primary: true }],
    },
    {
      firstName: 'João',
      lastName: `Silva ${Marker}`,
      email: `${marker}.silva@example.org`,
      phones: [{ number: '(11) 98765-4321', type: 'mobile', whatsapp: false, primary: true }],
    },
    {
      firstName: 'Ana',
      lastName: `munoz ${marker}`,
      email: null,
      phones: [{ number: '612 99 88 77', type: 'home', whatsapp: false, primary: true }],
    },
    {
      firstName: 'Bruno',
      lastName: `Pérez ${Marker}`,
      email: `${marker}.perez@example.net`,
      phones: [{ number: '699-000-111', type: 'work', whatsapp: false, primary: true }],
    },
  ]);
  return { jose: jose!, joao: joao!, ana: ana!, bruno: bruno! };
}

type Expectation = [query: string, expected: (keyof SearchFixture)[]];

/** Runs every case and reports every mismatch at once. */
async function expectCases(cases: Expectation[], fixture: SearchFixture, run: (query: string) => Promise<string[]>, show: (query: string) => string): Promise<void> {
  const failures: string[] = [];
  for (const [query, expected] of cases) {
    const ids = await run(query);
    try {
      sameMembers(ids, expected.map((key) => fixture[key].id));
    } catch {
      const names = (Object.keys(fixture) as (keyof SearchFixture)[]).filter((key) => ids.includes(fixture[key].id));
      failures.push(`${show(query)} found [${names.join(', ')}]${ids.length > names.length ? ' and others' : ''}, expected [${expected.join(', ')}]`);
    }
  }
  if (failures.length) fail(`${failures.length} of ${cases.length} searches gave the wrong clients: ${failures.join('; ')}`);
}

async function expectSearch(adapter: ClientDataAdapter, fixture: SearchFixture, marker: string, cases: Expectation[]): Promise<void> {
  await expectCases(
    cases,
    fixture,
    (query) => markedIds(adapter, marker, { search: query.replace('{m}', marker) }),
    (query) => `search ${JSON.stringify(query.replace('{m}', '<marker>'))}`,
  );
}

/** The query alone, scoped to the fixture with filter.ids (no marker word in the search). */
async function expectSearchWithin(adapter: ClientDataAdapter, fixture: SearchFixture, cases: Expectation[]): Promise<void> {
  const ids = Object.values(fixture).map((client) => client.id);
  await expectCases(
    cases,
    fixture,
    async (search) => idsOf(await listAllClients(adapter, { search, filter: { ids } })),
    (search) => `search ${JSON.stringify(search)} (within the fixture)`,
  );
}

/** The query matches this one client (scoped with filter.ids, so other data cannot interfere). */
async function expectMatches(adapter: ClientDataAdapter, client: Client, search: string, label: string): Promise<void> {
  const page = parse(ClientPage, await adapter.clients.list({ search, filter: { ids: [client.id] } }), 'clients.list');
  equal(page.total, 1, `search ${JSON.stringify(search)} should find ${label}`);
}

export function registerClientsSearch(harness: Harness): void {
  area(harness, 'clients: search', 'test', (test) => {
    test('the marker alone finds exactly the clients created with it', async ({ adapter, marker, Marker }) => {
      const fixture = await createFixture(adapter, marker, Marker);
      await expectSearch(adapter, fixture, marker, [
        ['{m}', ['jose', 'joao', 'ana', 'bruno']],
        [Marker, ['jose', 'joao', 'ana', 'bruno']],
        [marker.toUpperCase(), ['jose', 'joao', 'ana', 'bruno']],
      ]);
    });

    test('names match partially, accent- and case-insensitively', async ({ adapter, marker, Marker }) => {
      const fixture = await createFixture(adapter, marker, Marker);
      await expectSearch(adapter, fixture, marker, [
        ['jose {m}', ['jose']],
        ['JOSÉ {m}', ['jose']],
        ['josé {m}', ['jose']],
        ['joao {m}', ['joao']],
        ['João {m}', ['joao']],
        ['munoz {m}', ['jose', 'ana']],
        ['MUÑOZ {m}', ['jose', 'ana']],
        ['Muñoz {m}', ['jose', 'ana']],
        ['perez {m}', ['bruno']],
        ['jos {m}', ['jose']],
        ['{m} uñ', ['jose', 'ana', 'bruno']],
        ['{m} un', ['jose', 'ana', 'bruno']],
        ['{m} ao', ['joao']],
        ['{m} silv', ['joao']],
      ]);
    });

    test('multi-word queries require every word to match (name, email or phone)', async ({ adapter, marker, Marker }) => {
      const fixture = await createFixture(adapter, marker, Marker);
      await expectSearch(adapter, fixture, marker, [
        ['jose munoz {m}', ['jose']],
        ['{m} ana munoz', ['ana']],
        ['munoz jose {m}', ['jose']],
        ['jose silva {m}', []],
        ['{m} munoz garcia@', ['jose']],
        ['{m} ana 612', ['ana']],
        ['  {m}   jose   ', ['jose']],
      ]);
    });

    test('phone queries match on digits whatever spaces, dashes, dots, parentheses or country code', async ({ adapter, marker, Marker }) => {
      const fixture = await createFixture(adapter, marker, Marker);
      // The query is only the phone; filter.ids scopes it to the fixture.
      await expectSearchWithin(adapter, fixture, [
        // Stored '+34 612 34 56 78'.
        ['612345678', ['jose']],
        ['612-34-56', ['jose']],
        ['+34612345678', ['jose']],
        ['34612345678', ['jose']],
        ['+34 612 34 56 78', ['jose']],
        ['612 34 56 78', ['jose']],
        ['612.345.678', ['jose']],
        ['(612) 345 678', ['jose']],
        // Stored '(11) 98765-4321'.
        ['987654321', ['joao']],
        ['(11) 98765-4321', ['joao']],
        ['11987654321', ['joao']],
        ['+55 11 98765 4321', ['joao']],
        // Stored '699-000-111' (no country code): a query with one still finds it.
        ['699000111', ['bruno']],
        ['699 000 111', ['bruno']],
        ['+34699000111', ['bruno']],
        ['+34 699 000 111', ['bruno']],
        // Both '612 34 56 78' and '612 99 88 77' contain 612.
        ['612', ['jose', 'ana']],
        ['612345679', []],
        ['555000', []],
      ]);
      await expectMatches(adapter, fixture.jose, '612345678', "'+34 612 34 56 78'");
      await expectMatches(adapter, fixture.bruno, '+34699000111', "'699-000-111'");
    });

    test('a phone word combined with a name word: each word matches, the phone one on its digits', async ({ adapter, marker, Marker }) => {
      const fixture = await createFixture(adapter, marker, Marker);
      await expectSearch(adapter, fixture, marker, [
        ['612345678 {m}', ['jose']],
        ['{m} 612', ['jose', 'ana']],
        ['{m} 699000111', ['bruno']],
        ['{m} 34612345678', ['jose']],
        ['612-34-56 {m}', ['jose']],
        ['+34612345678 {m}', ['jose']],
        ['{m} (612)345678', ['jose']],
        ['{m} +5511987654321', ['joao']],
      ]);
    });

    test('emails match partially and case-insensitively', async ({ adapter, marker, Marker }) => {
      const fixture = await createFixture(adapter, marker, Marker);
      await expectSearch(adapter, fixture, marker, [
        ['{m} garcia@', ['jose']],
        ['{m} GARCIA@', ['jose']],
        ['{m} example.com', ['jose']],
        ['{m} example.org', ['joao']],
        ['{m} @example', ['jose', 'joao', 'bruno']],
        [`${marker}.silva@example.org`, ['joao']],
      ]);
      await expectMatches(adapter, fixture.jose, 'garcia@', 'the garcia@ email');
    });

    test('no false positives: unrelated words, digits and domains match nothing', async ({ adapter, marker, Marker }) => {
      const fixture = await createFixture(adapter, marker, Marker);
      await expectSearch(adapter, fixture, marker, [
        ['{m} pedro', []],
        ['{m} joana', []],
        ['{m} josefina', []],
        ['{m} 555000', []],
        ['{m} 612345679', []],
        ['{m} example.edu', []],
        ['{m} abc', []],
      ]);
    });
  });
}
