// Per-client collections: the generic rules every collection shares (CRUD for the editable ones,
// paging and get for all of them) and the specific ones (quote workflow, filters, active counts).
import * as z from 'zod/mini';
import {
  Alert,
  Allergy,
  Appointment,
  ClientFile,
  Comment,
  DislikedService,
  FormAssignment,
  GiftCard,
  Invoice,
  Membership,
  Note,
  Procedure,
  QUOTE_STATUSES,
  QUOTE_TRANSITIONS,
  Quote,
  Review,
  SkinTest,
  Transaction,
  type QuoteStatus,
} from '../../model/index.js';
import type { ClientCollectionName, ClientDataAdapter, EditableCollection, ListQuery, ReadCollection } from '../contract.js';
import type { Harness, TestEnv } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, fail, ok, rejectsWithKind, sameMembers, show } from './assert.js';
import {
  checkPageShape,
  createClient,
  getClient,
  idsOf,
  listAllItems,
  parse,
  refsOf,
  sleep,
  time,
  unknownId,
  type Refs,
} from './support.js';

interface RecordLike {
  id: string;
  clientId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}
type AnyRead = ReadCollection<RecordLike, unknown>;
type AnyEditable = EditableCollection<RecordLike, unknown, unknown, unknown>;

type EditableName = 'procedures' | 'quotes' | 'notes' | 'comments' | 'allergies' | 'skinTests' | 'alerts' | 'dislikedServices';

interface EditableSpec {
  name: EditableName;
  schema: z.ZodMiniType;
  /** A valid input; `n` varies it. */
  input(refs: Refs, n: number): Record<string, unknown>;
  /** Keys of the input stored as given. */
  storedKeys: string[];
  patch: Record<string, unknown>;
  invalid: { label: string; input(refs: Refs): Record<string, unknown>; path: (string | number)[] }[];
}

const at = (n: number) => new Date(Date.UTC(2025, 0, 10 + n, 10, 0, 0)).toISOString();

const quoteLine = (refs: Refs, amountMinor = 2500) => ({
  itemId: null,
  description: 'Corte y peinado',
  quantity: 1,
  unitPrice: { amountMinor, currency: refs.currency },
  discountPercent: 0,
  taxPercent: 21,
});

const EDITABLE: EditableSpec[] = [
  {
    name: 'procedures',
    schema: Procedure,
    input: (refs, n) => ({ performedAt: at(n), service: refs.service, staff: refs.staff, center: refs.center, appointmentId: null, details: `Zone ${n}`, products: [{ name: 'Serum', batch: 'B-12' }], notes: '' }),
    storedKeys: ['performedAt', 'service', 'staff', 'center', 'details', 'products'],
    patch: { notes: 'Changed by the conformance suite', details: 'Zone B' },
    invalid: [
      { label: "performedAt 'yesterday'", input: (refs) => ({ performedAt: 'yesterday', service: refs.service, staff: refs.staff, center: refs.center }), path: ['performedAt'] },
      { label: 'service without a name', input: (refs) => ({ performedAt: at(0), service: { id: refs.service.id, name: '' }, staff: refs.staff, center: refs.center }), path: ['service', 'name'] },
    ],
  },
  {
    name: 'quotes',
    schema: Quote,
    input: (refs, n) => ({ title: `Presupuesto ${n}`, lines: [quoteLine(refs, 2500 + n)], notes: '', validUntil: null }),
    storedKeys: ['title', 'notes', 'validUntil'],
    patch: { title: 'Presupuesto revisado', notes: 'Second version' },
    invalid: [
      { label: 'no lines', input: () => ({ title: 'Empty', lines: [] }), path: ['lines'] },
      { label: 'empty title', input: (refs) => ({ title: ' ', lines: [quoteLine(refs)] }), path: ['title'] },
    ],
  },
  {
    name: 'notes',
    schema: Note,
    input: (_refs, n) => ({ body: `Prefers the morning (${n})`, title: `Note ${n}`, kind: 'general', keywords: ['agenda'], appointmentId: null, categoryId: null, attachments: [] }),
    storedKeys: ['body', 'title', 'kind', 'keywords'],
    patch: { body: 'Prefers the afternoon', keywords: ['agenda', 'afternoon'] },
    invalid: [
      { label: 'empty body', input: () => ({ body: '' }), path: ['body'] },
      { label: "kind 'secret'", input: () => ({ body: 'x', kind: 'secret' }), path: ['kind'] },
    ],
  },
  {
    name: 'comments',
    schema: Comment,
    input: (_refs, n) => ({ body: `Comment ${n}`, priority: 'normal', private: false, pinned: false, appointmentId: null, attachments: [] }),
    storedKeys: ['body', 'priority', 'private', 'pinned'],
    patch: { pinned: true, priority: 'high' },
    invalid: [
      { label: 'blank body', input: () => ({ body: '   ' }), path: ['body'] },
      { label: "priority 'asap'", input: () => ({ body: 'x', priority: 'asap' }), path: ['priority'] },
    ],
  },
  {
    name: 'allergies',
    schema: Allergy,
    input: (_refs, n) => ({ allergen: `Latex ${n}`, severity: 'severe', type: 'latex', symptoms: ['rash'], notes: '', diagnosedAt: '2020-05-01', active: true }),
    storedKeys: ['allergen', 'severity', 'type', 'symptoms', 'diagnosedAt', 'active'],
    patch: { active: false, notes: 'Outgrown' },
    invalid: [
      { label: 'empty allergen', input: () => ({ allergen: '', severity: 'mild', type: 'food' }), path: ['allergen'] },
      { label: "severity 'extreme'", input: () => ({ allergen: 'Nuts', severity: 'extreme', type: 'food' }), path: ['severity'] },
    ],
  },
  {
    name: 'skinTests',
    schema: SkinTest,
    input: (_refs, n) => ({ subject: `Hair dye ${n}`, serviceId: null, status: 'pending', performedAt: null, expiresAt: null, responsible: null, description: '' }),
    storedKeys: ['subject', 'status', 'performedAt', 'expiresAt'],
    patch: { status: 'in-progress', performedAt: '2025-06-01', expiresAt: '2025-12-01' },
    invalid: [
      { label: "status 'passed'", input: () => ({ subject: 'Dye', status: 'passed' }), path: ['status'] },
      { label: "expiresAt '2025-13-01'", input: () => ({ subject: 'Dye', expiresAt: '2025-13-01' }), path: ['expiresAt'] },
    ],
  },
  {
    name: 'alerts',
    schema: Alert,
    input: (refs, n) => ({ typeId: refs.alertTypeId, priority: 'high', description: `Check blood pressure (${n})`, active: true }),
    storedKeys: ['typeId', 'priority', 'description', 'active'],
    patch: { active: false, priority: 'low' },
    invalid: [
      { label: 'empty description', input: (refs) => ({ typeId: refs.alertTypeId, priority: 'high', description: '' }), path: ['description'] },
      { label: "priority 'urgent'", input: (refs) => ({ typeId: refs.alertTypeId, priority: 'urgent', description: 'x' }), path: ['priority'] },
    ],
  },
  {
    name: 'dislikedServices',
    schema: DislikedService,
    input: (refs, n) => ({ service: refs.service, comment: `Too long (${n})` }),
    storedKeys: ['service', 'comment'],
    patch: { comment: 'Changed comment' },
    invalid: [{ label: 'service without an id', input: () => ({ service: { id: '', name: 'Massage' }, comment: '' }), path: ['service', 'id'] }],
  },
];

/** Item schema and the date that orders each collection ("newest first" by default). */
export const COLLECTION_SPECS: Record<ClientCollectionName, { schema: z.ZodMiniType; date: (item: Record<string, unknown>) => string }> = {
  appointments: { schema: Appointment, date: (item) => item.startAt as string },
  procedures: { schema: Procedure, date: (item) => item.performedAt as string },
  invoices: { schema: Invoice, date: (item) => item.issuedAt as string },
  quotes: { schema: Quote, date: (item) => item.createdAt as string },
  transactions: { schema: Transaction, date: (item) => item.occurredAt as string },
  notes: { schema: Note, date: (item) => item.createdAt as string },
  comments: { schema: Comment, date: (item) => item.createdAt as string },
  allergies: { schema: Allergy, date: (item) => item.createdAt as string },
  skinTests: { schema: SkinTest, date: (item) => item.createdAt as string },
  alerts: { schema: Alert, date: (item) => item.createdAt as string },
  files: { schema: ClientFile, date: (item) => item.uploadedAt as string },
  forms: { schema: FormAssignment, date: (item) => item.assignedAt as string },
  reviews: { schema: Review, date: (item) => item.submittedAt as string },
  memberships: { schema: Membership, date: (item) => item.startedAt as string },
  giftCards: { schema: GiftCard, date: (item) => item.purchasedAt as string },
  dislikedServices: { schema: DislikedService, date: (item) => item.createdAt as string },
};

const ALL_COLLECTIONS = Object.keys(COLLECTION_SPECS) as ClientCollectionName[];

function assertDateOrder(items: readonly RecordLike[], name: ClientCollectionName, direction: 'asc' | 'desc', label: string): void {
  const dates = items.map((item) => time(COLLECTION_SPECS[name].date(item as unknown as Record<string, unknown>)));
  for (let index = 1; index < dates.length; index += 1) {
    const inOrder = direction === 'asc' ? dates[index - 1]! <= dates[index]! : dates[index - 1]! >= dates[index]!;
    if (!inOrder) {
      fail(`${label}: ${name} not ${direction === 'desc' ? 'newest' : 'oldest'} first at position ${index} (${show(items.map((item) => COLLECTION_SPECS[name].date(item as unknown as Record<string, unknown>)), 500)})`);
    }
  }
}

/** Cursor walk with `limit`, checking total, offset, item schema and clientId on every page. */
async function walkItems(collection: AnyRead, name: ClientCollectionName, clientId: string, limit: number, query: ListQuery<unknown> = {}): Promise<RecordLike[]> {
  const items: RecordLike[] = [];
  let cursor: string | undefined;
  let total: number | undefined;
  for (let pageIndex = 0; pageIndex < 500; pageIndex += 1) {
    const page = await collection.list(clientId, { ...query, limit, cursor });
    checkPageShape(page, `${name}.list`);
    if (total === undefined) total = page.total;
    equal(page.total, total, `${name}: total on page ${pageIndex + 1}`);
    equal(page.offset, items.length, `${name}: offset of page ${pageIndex + 1}`);
    ok(page.items.length <= limit, `${name}: page ${pageIndex + 1} over the limit`);
    for (const [index, item] of page.items.entries()) {
      parse(COLLECTION_SPECS[name].schema, item, `${name}.list items[${index}]`);
      equal(item.clientId, clientId, `${name}: clientId of item ${item.id}`);
    }
    items.push(...page.items);
    if (page.nextCursor === null) {
      equal(items.length, total, `${name}: items visited vs total`);
      equal(new Set(idsOf(items)).size, items.length, `${name}: an item was visited twice`);
      return items;
    }
    ok(page.items.length > 0, `${name}: an empty page with a nextCursor`);
    cursor = page.nextCursor;
  }
  return fail(`${name}: nextCursor never became null`);
}

async function walkOffsets(collection: AnyRead, name: ClientCollectionName, clientId: string, limit: number, total: number, query: ListQuery<unknown> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset < total; offset += limit) {
    const page = await collection.list(clientId, { ...query, limit, offset });
    equal(page.offset, offset, `${name}: page.offset for offset ${offset}`);
    equal(page.total, total, `${name}: total at offset ${offset}`);
    ids.push(...idsOf(page.items));
  }
  return ids;
}

/** The existing client (of the first 10) with the most items in the collection, or skip when none has any. */
async function richestClient(env: TestEnv, collection: AnyRead, name: ClientCollectionName): Promise<string> {
  let best: { id: string; total: number } | undefined;
  for (const row of await env.existing(10)) {
    const { total } = await collection.list(row.id, { limit: 1 });
    if (total > 0 && (!best || total > best.total)) best = { id: row.id, total };
  }
  return best?.id ?? env.skip(`none of the first 10 clients has ${name}`);
}

export function registerCollections(harness: Harness): void {
  area(harness, 'per-client collections: create, get, update, remove', 'test', (test) => {
    for (const spec of EDITABLE) {
      test(`${spec.name}: create → list → get → update (+1) → stale conflict → remove → not-found`, async ({ adapter, need, Marker }) => {
        const collection = need(spec.name) as unknown as AnyEditable;
        const refs = await refsOf(adapter);
        const client = await createClient(adapter, { firstName: 'Col', lastName: `${spec.name} ${Marker}` });
        const other = await createClient(adapter, { firstName: 'Other', lastName: `${spec.name} ${Marker}` });
        const input = spec.input(refs, 1);
        const created = parse(spec.schema, await collection.create(client.id, input), `${spec.name}.create`) as RecordLike & Record<string, unknown>;
        equal(created.clientId, client.id, 'clientId');
        equal(created.version, 1, 'version of a new item');
        for (const key of spec.storedKeys) deepEqual(created[key], input[key], `stored ${key}`);

        const page = await collection.list(client.id);
        checkPageShape(page, `${spec.name}.list`);
        equal(page.total, 1, 'list total');
        deepEqual(page.items[0], created, 'listed item');
        deepEqual(parse(spec.schema, await collection.get(client.id, created.id), `${spec.name}.get`), created, 'get');
        await rejectsWithKind(collection.get(other.id, created.id), 'not-found', { message: "get through another client's id" });

        await sleep(5);
        const updated = parse(spec.schema, await collection.update(client.id, created.id, spec.patch, { expectedVersion: 1 }), `${spec.name}.update`) as RecordLike &
          Record<string, unknown>;
        equal(updated.version, 2, 'version after update');
        for (const [key, value] of Object.entries(spec.patch)) deepEqual(updated[key], value, `patched ${key}`);
        ok(time(updated.updatedAt) > time(created.updatedAt), `updatedAt moves forward (${created.updatedAt} → ${updated.updatedAt})`);
        equal(updated.createdAt, created.createdAt, 'createdAt unchanged');
        await rejectsWithKind(collection.update(client.id, created.id, spec.patch, { expectedVersion: 1 }), 'conflict', { message: 'stale update' });
        deepEqual(await collection.get(client.id, created.id), updated, 'item after the conflict');

        await collection.remove(client.id, created.id);
        await rejectsWithKind(collection.get(client.id, created.id), 'not-found', { message: 'get after remove' });
        equal((await collection.list(client.id)).total, 0, 'list total after remove');
        await rejectsWithKind(collection.remove(client.id, created.id), 'not-found', { message: 'remove twice' });
        await rejectsWithKind(collection.update(client.id, created.id, spec.patch, { expectedVersion: 2 }), 'not-found', { message: 'update after remove' });
      });

      test(`${spec.name}: invalid input → validation at the field, nothing stored; unknown client → not-found`, async ({ adapter, need, Marker, marker }) => {
        const collection = need(spec.name) as unknown as AnyEditable;
        const refs = await refsOf(adapter);
        const client = await createClient(adapter, { firstName: 'Inv', lastName: `${spec.name} ${Marker}` });
        for (const invalid of spec.invalid) {
          await rejectsWithKind(collection.create(client.id, invalid.input(refs)), 'validation', { path: invalid.path, message: invalid.label });
        }
        equal((await collection.list(client.id)).total, 0, 'items stored after invalid input');
        const created = parse(spec.schema, await collection.create(client.id, spec.input(refs, 2)), `${spec.name}.create`) as RecordLike;
        await rejectsWithKind(collection.update(client.id, created.id, spec.invalid[0]!.input(refs), { expectedVersion: 1 }), 'validation', {
          path: spec.invalid[0]!.path,
          message: `update with ${spec.invalid[0]!.label}`,
        });
        equal((await collection.get(client.id, created.id)).version, 1, 'version after a rejected update');
        const missing = unknownId(marker);
        await rejectsWithKind(collection.list(missing), 'not-found', { message: 'list of an unknown client' });
        await rejectsWithKind(collection.create(missing, spec.input(refs, 3)), 'not-found', { message: 'create for an unknown client' });
        await rejectsWithKind(collection.get(client.id, unknownId(marker)), 'not-found', { message: 'get of an unknown item' });
      });

      test(`${spec.name}: paging (limit 2) and order over five items`, async ({ adapter, need, Marker }) => {
        const collection = need(spec.name) as unknown as AnyEditable;
        const refs = await refsOf(adapter);
        const client = await createClient(adapter, { firstName: 'Pag', lastName: `${spec.name} ${Marker}` });
        const created: RecordLike[] = [];
        for (let n = 1; n <= 5; n += 1) {
          created.push((await collection.create(client.id, spec.input(refs, n))) as RecordLike);
          await sleep(3);
        }
        const byCursor = await walkItems(collection, spec.name, client.id, 2);
        sameMembers(idsOf(byCursor), idsOf(created), 'items visited');
        assertDateOrder(byCursor, spec.name, 'desc', 'default order');
        deepEqual(await walkOffsets(collection, spec.name, client.id, 2, 5), idsOf(byCursor), 'offset paging vs cursor paging');
        const ascending = await walkItems(collection, spec.name, client.id, 2, { order: 'asc' });
        assertDateOrder(ascending, spec.name, 'asc', "order 'asc'");
        sameMembers(idsOf(ascending), idsOf(created), "items visited with order 'asc'");
      });
    }

    test('quotes: QUOTE_TRANSITIONS allowed changes succeed, the others fail with validation', async ({ adapter, need, Marker }) => {
      const quotes = need('quotes');
      const refs = await refsOf(adapter);
      const client = await createClient(adapter, { firstName: 'Quo', lastName: `Workflow ${Marker}` });
      // A path of allowed transitions from draft to each status.
      const pathTo: Record<QuoteStatus, QuoteStatus[]> = {
        draft: [],
        sent: ['sent'],
        accepted: ['sent', 'accepted'],
        rejected: ['rejected'],
        expired: ['sent', 'expired'],
        converted: ['sent', 'accepted', 'converted'],
      };
      const failures: string[] = [];
      for (const from of QUOTE_STATUSES) {
        for (const to of QUOTE_STATUSES) {
          if (from === to) continue;
          let quote = parse(Quote, await quotes.create(client.id, { title: `${from} → ${to}`, lines: [quoteLine(refs)] }), 'quotes.create');
          if (quote.status !== 'draft') fail(`a new quote starts as draft, got ${quote.status}`);
          for (const step of pathTo[from]) {
            quote = parse(Quote, await quotes.update(client.id, quote.id, { status: step }, { expectedVersion: quote.version }), 'quotes.update');
          }
          const allowed = QUOTE_TRANSITIONS[from].includes(to);
          try {
            const moved = parse(Quote, await quotes.update(client.id, quote.id, { status: to }, { expectedVersion: quote.version }), 'quotes.update');
            if (!allowed) failures.push(`${from} → ${to} was accepted`);
            else {
              equal(moved.status, to, `${from} → ${to}`);
              equal(moved.history.at(-1)?.status, to, `${from} → ${to}: last history entry`);
              equal(moved.history.length, pathTo[from].length + 2, `${from} → ${to}: history length (every status, oldest first)`);
            }
          } catch (error) {
            const kind = (error as { kind?: unknown }).kind;
            if (allowed) failures.push(`${from} → ${to} was refused (${String(error)})`);
            else if (kind !== 'validation') failures.push(`${from} → ${to} failed with ${String(kind)} instead of validation`);
            else equal((await quotes.get(client.id, quote.id)).status, from, `status after the refused ${from} → ${to}`);
          }
        }
      }
      deepEqual(failures, [], 'quote workflow');
    });

    test('quotes: total is the sum of the line totals; a status filter lists only those statuses', async ({ adapter, need, Marker }) => {
      const quotes = need('quotes');
      const refs = await refsOf(adapter);
      const client = await createClient(adapter, { firstName: 'Quo', lastName: `Total ${Marker}` });
      const quote = parse(Quote, await quotes.create(client.id, { title: 'Two lines', lines: [quoteLine(refs, 1000), { ...quoteLine(refs, 500), quantity: 3 }] }), 'quotes.create');
      equal(quote.total.amountMinor, quote.lines.reduce((sum, line) => sum + line.total.amountMinor, 0), 'total vs Σ line totals');
      equal(quote.lines.length, 2, 'lines');
      const sent = parse(Quote, await quotes.update(client.id, quote.id, { status: 'sent' }, { expectedVersion: quote.version }), 'quotes.update');
      await quotes.create(client.id, { title: 'Draft', lines: [quoteLine(refs)] });
      const page = await quotes.list(client.id, { filter: { statuses: ['sent'] } });
      deepEqual(idsOf(page.items), [sent.id], 'statuses [sent]');
      equal(page.total, 1, 'total with the filter');
    });

    test('collection filters: notes kind, comments pinned, allergies/alerts active, skin test statuses', async ({ adapter, Marker, skip }) => {
      const refs = await refsOf(adapter);
      const client = await createClient(adapter, { firstName: 'Flt', lastName: `Filters ${Marker}` });
      let checked = 0;
      if (adapter.notes) {
        const general = await adapter.notes.create(client.id, { body: 'General', kind: 'general' });
        await adapter.notes.create(client.id, { body: 'Attention', kind: 'attention' });
        deepEqual(idsOf((await adapter.notes.list(client.id, { filter: { kind: 'general' } })).items), [general.id], 'notes kind general');
        checked += 1;
      }
      if (adapter.comments) {
        const pinned = await adapter.comments.create(client.id, { body: 'Pinned', pinned: true });
        await adapter.comments.create(client.id, { body: 'Loose', pinned: false });
        deepEqual(idsOf((await adapter.comments.list(client.id, { filter: { pinned: true } })).items), [pinned.id], 'comments pinned');
        checked += 1;
      }
      if (adapter.allergies) {
        const active = await adapter.allergies.create(client.id, { allergen: 'Nickel', severity: 'mild', type: 'environmental', active: true });
        const inactive = await adapter.allergies.create(client.id, { allergen: 'Pollen', severity: 'mild', type: 'environmental', active: false });
        deepEqual(idsOf((await adapter.allergies.list(client.id, { filter: { active: true } })).items), [active.id], 'allergies active');
        deepEqual(idsOf((await adapter.allergies.list(client.id, { filter: { active: false } })).items), [inactive.id], 'allergies inactive');
        checked += 1;
      }
      if (adapter.alerts) {
        const active = await adapter.alerts.create(client.id, { typeId: refs.alertTypeId, priority: 'low', description: 'On', active: true });
        await adapter.alerts.create(client.id, { typeId: refs.alertTypeId, priority: 'low', description: 'Off', active: false });
        deepEqual(idsOf((await adapter.alerts.list(client.id, { filter: { active: true } })).items), [active.id], 'alerts active');
        checked += 1;
      }
      if (adapter.skinTests) {
        await adapter.skinTests.create(client.id, { subject: 'Pending test', status: 'pending' });
        const done = await adapter.skinTests.create(client.id, { subject: 'Done test', status: 'satisfactory', performedAt: '2025-01-01' });
        deepEqual(idsOf((await adapter.skinTests.list(client.id, { filter: { statuses: ['satisfactory', 'unsatisfactory'] } })).items), [done.id], 'skin test statuses');
        checked += 1;
      }
      if (checked === 0) skip('the adapter has none of notes, comments, allergies, alerts, skinTests');
    });

    test("alerts and allergies feed the client's activeAlertCount / activeAllergyCount", async ({ adapter, Marker, skip }) => {
      if (!adapter.alerts && !adapter.allergies) skip('the adapter has neither alerts nor allergies');
      const refs = await refsOf(adapter);
      const client = await createClient(adapter, { firstName: 'Cnt', lastName: `Counts ${Marker}` });
      if (adapter.alerts) {
        const a1 = await adapter.alerts.create(client.id, { typeId: refs.alertTypeId, priority: 'high', description: 'One', active: true });
        await adapter.alerts.create(client.id, { typeId: refs.alertTypeId, priority: 'high', description: 'Two', active: true });
        await adapter.alerts.create(client.id, { typeId: refs.alertTypeId, priority: 'high', description: 'Three', active: false });
        equal((await getClient(adapter, client.id)).stats.activeAlertCount, 2, 'activeAlertCount with two active alerts');
        await adapter.alerts.update(client.id, a1.id, { active: false }, { expectedVersion: a1.version });
        equal((await getClient(adapter, client.id)).stats.activeAlertCount, 1, 'activeAlertCount after deactivating one');
      }
      if (adapter.allergies) {
        const allergy = await adapter.allergies.create(client.id, { allergen: 'Penicillin', severity: 'life-threatening', type: 'drug', active: true });
        equal((await getClient(adapter, client.id)).stats.activeAllergyCount, 1, 'activeAllergyCount with one active allergy');
        await adapter.allergies.remove(client.id, allergy.id);
        equal((await getClient(adapter, client.id)).stats.activeAllergyCount, 0, 'activeAllergyCount after removing it');
      }
      const row = (await adapter.clients.list({ filter: { ids: [client.id] } })).items[0];
      deepEqual(row?.stats, (await getClient(adapter, client.id)).stats, 'list row stats vs get');
    });
  });

  area(harness, 'per-client collections: list, get and paging over existing data', 'area', (test) => {
    for (const name of ALL_COLLECTIONS) {
      test(`${name}: pages (limit 2) over the richest of the first 10 clients, newest first; get; not-found`, async (env) => {
        const { adapter, need, marker } = env;
        const collection = need(name) as unknown as AnyRead;
        const clientId = await richestClient(env, collection, name);
        const items = await walkItems(collection, name, clientId, 2);
        assertDateOrder(items, name, 'desc', 'default order');
        deepEqual(await walkOffsets(collection, name, clientId, 2, items.length), idsOf(items), 'offset paging vs cursor paging');
        const ascending = await walkItems(collection, name, clientId, 3, { order: 'asc' });
        assertDateOrder(ascending, name, 'asc', "order 'asc'");
        sameMembers(idsOf(ascending), idsOf(items), "items with order 'asc'");
        const first = items[0]!;
        deepEqual(parse(COLLECTION_SPECS[name].schema, await collection.get(clientId, first.id), `${name}.get`), first, 'get vs listed item');
        await rejectsWithKind(collection.get(clientId, unknownId(marker)), 'not-found', { message: 'get of an unknown item' });
        await rejectsWithKind(collection.list(unknownId(marker)), 'not-found', { message: 'list of an unknown client' });
      });
    }

    test('a new client has empty, well-formed pages in every collection', async ({ adapter, Marker }) => {
      const client = await createClient(adapter, { firstName: 'Fresh', lastName: `Empty ${Marker}` });
      for (const name of ALL_COLLECTIONS) {
        const collection = adapter[name] as unknown as AnyRead | undefined;
        if (!collection) continue;
        const items = await listAllItems(collection, client.id, {}, COLLECTION_SPECS[name].schema, name);
        const page = await collection.list(client.id, { limit: 5 });
        equal(page.total, items.length, `${name}: total`);
        if (name !== 'forms') equal(page.total, 0, `${name}: items of a new client`);
        if (page.total === 0) deepEqual({ items: page.items, nextCursor: page.nextCursor, offset: page.offset }, { items: [], nextCursor: null, offset: 0 }, `${name}: empty page`);
      }
    });

    test("appointments: filter when 'past' and 'upcoming' partition the client's appointments", async (env) => {
      const appointments = env.need('appointments') as unknown as ReadCollection<z.infer<typeof Appointment>, { when?: 'past' | 'upcoming' }>;
      const clientId = await richestClient(env, appointments as unknown as AnyRead, 'appointments');
      const all = await listAllItems(appointments, clientId, {}, Appointment, 'appointments');
      const now = Date.now();
      const past = await listAllItems(appointments, clientId, { filter: { when: 'past' } }, Appointment, 'appointments');
      const upcoming = await listAllItems(appointments, clientId, { filter: { when: 'upcoming' } }, Appointment, 'appointments');
      sameMembers([...idsOf(past), ...idsOf(upcoming)], idsOf(all), 'past ∪ upcoming = all, without overlap');
      for (const item of past) ok(time(item.startAt) < now + 60_000, `past appointment ${item.id} starts at ${item.startAt}`);
      for (const item of upcoming) ok(time(item.startAt) >= now - 60_000, `upcoming appointment ${item.id} starts at ${item.startAt}`);
      equal((await appointments.list(clientId, { filter: { when: 'past' }, limit: 1 })).total, past.length, 'total of past');
    });
  });
}

