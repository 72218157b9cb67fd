// One test per permission: a session with every permission but that one is refused what it guards
// (AdapterError 'forbidden', nothing changed) and never sees the data behind it. The data is made
// by the test's own adapter (createAdapter), the refused calls go through an adapter on the same
// backend signed in as another user (createAdapterWithPermissions).
import * as z from 'zod/mini';
import {
  ClientFile,
  ClientPage,
  Comment,
  CommunicationPreferences,
  FormAssignment,
  Group,
  Membership,
  Note,
  PERMISSIONS,
  Quote,
  Session,
  Tag,
  WalletSummary,
  type Permission,
} from '../../model/index.js';
import type { ClientDataAdapter, EditableCollection } from '../contract.js';
import type { Harness, TestEnv } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, excludes, notEqual, rejectsWithKind, sameMembers } from './assert.js';
import { namedBlob } from './files-forms-reviews.js';
import { membershipInput } from './memberships.js';
import { catalogOf, createClient, getClient, idsOf, markedIds, newKey, parse, refsOf, type Refs } from './support.js';

interface Case {
  /** What the permission guards, as the test title says it. */
  guards: string;
  check(env: TestEnv, restricted: ClientDataAdapter): Promise<void>;
}

const refused = (call: Promise<unknown>, label: string) => rejectsWithKind(call, 'forbidden', { message: `${label} without the permission` });

async function markedClient(env: TestEnv, label: string) {
  return createClient(env.adapter, { firstName: 'Perm', lastName: `${label} ${env.Marker}` });
}

/** A trashed client the refused call (restore or purge) must leave in the trash. */
async function refusedInTrash(env: TestEnv, operation: string, call: (ids: string[]) => Promise<unknown>): Promise<void> {
  const client = await markedClient(env, operation);
  await env.adapter.clients.trash([client.id]);
  await refused(call([client.id]), `clients.${operation}`);
  sameMembers(await markedIds(env.adapter, env.marker, { view: 'trash' }), [client.id], `the trash after the refused ${operation}`);
}

type AnyEditable = EditableCollection<{ id: string; version: number }, unknown, unknown, unknown>;
const CLINICAL = ['allergies', 'skinTests', 'alerts'] as const;
const clinicalInput = (name: (typeof CLINICAL)[number], refs: Refs): Record<string, unknown> =>
  name === 'allergies'
    ? { allergen: 'Latex', severity: 'mild', type: 'latex', active: true }
    : name === 'skinTests'
      ? { subject: 'Hair dye', status: 'pending' }
      : { typeId: refs.alertTypeId, priority: 'high', description: 'Check blood pressure', active: true };

/** The clinical namespaces the adapter has, or skip. */
function clinicalOf(env: TestEnv): { name: (typeof CLINICAL)[number]; api: AnyEditable }[] {
  const present = CLINICAL.filter((name) => env.adapter[name]).map((name) => ({ name, api: env.adapter[name] as unknown as AnyEditable }));
  if (present.length === 0) env.skip('the adapter has none of allergies, skinTests, alerts');
  return present;
}

const restrictedOf = <T>(restricted: ClientDataAdapter, name: keyof ClientDataAdapter) => restricted[name] as unknown as T;

const CASES: Record<Permission, Case> = {
  'clients.view': {
    guards: 'clients.list, get and metrics are refused',
    async check(env, restricted) {
      const client = await markedClient(env, 'View');
      await refused(restricted.clients.list({ search: env.marker }), 'clients.list');
      await refused(restricted.clients.get(client.id), 'clients.get');
      await refused(restricted.clients.metrics({ search: env.marker }), 'clients.metrics');
    },
  },
  'clients.create': {
    guards: 'clients.create is refused and stores nothing',
    async check(env, restricted) {
      await refused(restricted.clients.create({ firstName: 'Perm', lastName: `Create ${env.Marker}` }), 'clients.create');
      sameMembers(await markedIds(env.adapter, env.marker), [], 'clients stored by the refused create');
    },
  },
  'clients.edit': {
    guards: 'clients.update is refused and changes nothing',
    async check(env, restricted) {
      const client = await markedClient(env, 'Edit');
      await refused(restricted.clients.update(client.id, { status: 'vip' }, { expectedVersion: client.version }), 'clients.update');
      deepEqual(await getClient(env.adapter, client.id), client, 'the client after the refused update');
    },
  },
  'clients.trash': {
    guards: 'clients.trash is refused',
    async check(env, restricted) {
      const client = await markedClient(env, 'Trash');
      await refused(restricted.clients.trash([client.id]), 'clients.trash');
      equal((await getClient(env.adapter, client.id)).trashedAt, null, 'trashedAt after the refused trash');
    },
  },
  'clients.restore': {
    guards: 'clients.restore is refused',
    check: (env, restricted) => refusedInTrash(env, 'restore', (ids) => restricted.clients.restore(ids)),
  },
  'clients.purge': {
    guards: 'clients.purge is refused',
    check: (env, restricted) => refusedInTrash(env, 'purge', (ids) => restricted.clients.purge(ids)),
  },
  'clients.import': {
    guards: 'clients.importBatch is refused and stores nothing',
    async check(env, restricted) {
      const rows = [{ rowNumber: 1, data: { firstName: 'Perm', lastName: `Import ${env.Marker}` } }];
      await refused(restricted.clients.importBatch(rows, { importId: newKey(env.marker, 'import'), dedupeBy: ['email'], onConflict: 'skip' }), 'clients.importBatch');
      sameMembers(await markedIds(env.adapter, env.marker), [], 'clients stored by the refused import');
    },
  },
  'clients.export': {
    guards: 'clients.exportAll is refused',
    async check(env, restricted) {
      await markedClient(env, 'Export');
      await refused(restricted.clients.exportAll({ search: env.marker }), 'clients.exportAll');
    },
  },
  'groups.manage': {
    guards: 'groups.create, update and remove are refused',
    async check(env, restricted) {
      const groups = env.need('groups');
      const group = parse(Group, await groups.create({ name: `Perm ${env.Marker}`, color: '#3b82f6', description: null }), 'groups.create');
      await refused(restricted.groups!.create({ name: `Other ${env.Marker}` }), 'groups.create');
      await refused(restricted.groups!.update(group.id, { name: `Renamed ${env.Marker}` }, { expectedVersion: group.version }), 'groups.update');
      await refused(restricted.groups!.remove(group.id), 'groups.remove');
      const listed = parse(z.array(Group), await groups.list(), 'groups.list').filter((candidate) => candidate.name.includes(env.Marker));
      deepEqual(listed, [group], 'groups after the refused calls');
    },
  },
  'tags.manage': {
    guards: 'tags.create, update and remove are refused',
    async check(env, restricted) {
      const tags = env.need('tags');
      const tag = parse(Tag, await tags.create({ name: `Perm ${env.Marker}`, color: '#22c55e' }), 'tags.create');
      await refused(restricted.tags!.create({ name: `Other ${env.Marker}`, color: '#22c55e' }), 'tags.create');
      await refused(restricted.tags!.update(tag.id, { name: `Renamed ${env.Marker}` }, { expectedVersion: tag.version }), 'tags.update');
      await refused(restricted.tags!.remove(tag.id), 'tags.remove');
      const listed = parse(z.array(Tag), await tags.list(), 'tags.list').filter((candidate) => candidate.name.includes(env.Marker));
      deepEqual(listed, [tag], 'tags after the refused calls');
    },
  },
  'wallet.view': {
    guards: "wallet.get and movements are refused, the client's balance reads zero",
    async check(env, restricted) {
      const wallet = env.need('wallet');
      const client = await markedClient(env, 'Wallet');
      const { currency } = parse(WalletSummary, await wallet.get(client.id), 'wallet.get').balance;
      await wallet.addFunds(client.id, { amount: { amountMinor: 700, currency }, idempotencyKey: newKey(env.marker, 'add') });
      await refused(restricted.wallet!.get(client.id), 'wallet.get');
      await refused(restricted.wallet!.movements(client.id), 'wallet.movements');
      equal((await getClient(restricted, client.id)).stats.walletBalance.amountMinor, 0, "the client's stats.walletBalance without the permission");
      equal((await getClient(env.adapter, client.id)).stats.walletBalance.amountMinor, 700, "the client's stats.walletBalance with it");
    },
  },
  'wallet.edit': {
    guards: 'wallet.addFunds, deductFunds and assignReward are refused and move nothing',
    async check(env, restricted) {
      const wallet = env.need('wallet');
      const client = await markedClient(env, 'Funds');
      const before = parse(WalletSummary, await wallet.get(client.id), 'wallet.get');
      const input = (label: string) => ({ amount: { amountMinor: 500, currency: before.balance.currency }, idempotencyKey: newKey(env.marker, label) });
      await refused(restricted.wallet!.addFunds(client.id, input('add')), 'wallet.addFunds');
      await refused(restricted.wallet!.deductFunds(client.id, input('deduct')), 'wallet.deductFunds');
      await refused(restricted.wallet!.assignReward(client.id, input('reward')), 'wallet.assignReward');
      deepEqual(parse(WalletSummary, await wallet.get(client.id), 'wallet.get'), before, 'the wallet after the refused operations');
      equal((await wallet.movements(client.id)).total, 0, 'movements after the refused operations');
    },
  },
  'invoices.view': {
    guards: 'invoices and transactions (sales records) are not readable',
    async check(env, restricted) {
      env.need('invoices');
      const client = await markedClient(env, 'Invoices');
      await refused(restricted.invoices!.list(client.id), 'invoices.list');
      if (restricted.transactions) await refused(restricted.transactions.list(client.id), 'transactions.list');
    },
  },
  'quotes.manage': {
    guards: 'quotes.create, update and remove are refused',
    async check(env, restricted) {
      const quotes = env.need('quotes');
      const refs = await refsOf(env.adapter);
      const client = await markedClient(env, 'Quotes');
      const line = { itemId: null, description: 'Corte', quantity: 1, unitPrice: { amountMinor: 2500, currency: refs.currency }, discountPercent: 0, taxPercent: 21 };
      const quote = parse(Quote, await quotes.create(client.id, { title: 'Kept', lines: [line] }), 'quotes.create');
      await refused(restricted.quotes!.create(client.id, { title: 'Refused', lines: [line] }), 'quotes.create');
      await refused(restricted.quotes!.update(client.id, quote.id, { title: 'Changed' }, { expectedVersion: quote.version }), 'quotes.update');
      await refused(restricted.quotes!.remove(client.id, quote.id), 'quotes.remove');
      deepEqual(idsOf((await quotes.list(client.id)).items), [quote.id], 'quotes after the refused calls');
      equal((await quotes.get(client.id, quote.id)).version, quote.version, 'version of the kept quote');
    },
  },
  'notes.manage': {
    guards: 'notes.create, update and remove are refused',
    async check(env, restricted) {
      const notes = env.need('notes');
      const client = await markedClient(env, 'Notes');
      const note = parse(Note, await notes.create(client.id, { body: 'Kept' }), 'notes.create');
      await refused(restricted.notes!.create(client.id, { body: 'Refused' }), 'notes.create');
      await refused(restricted.notes!.update(client.id, note.id, { body: 'Changed' }, { expectedVersion: note.version }), 'notes.update');
      await refused(restricted.notes!.remove(client.id, note.id), 'notes.remove');
      deepEqual(idsOf((await notes.list(client.id)).items), [note.id], 'notes after the refused calls');
    },
  },
  'comments.manage': {
    guards: "another author's comment cannot be changed or removed; the author's own can",
    async check(env, restricted) {
      const comments = env.need('comments');
      const client = await markedClient(env, 'Comments');
      if (env.adapter.session && restricted.session) {
        const [own, other] = [parse(Session, await env.adapter.session.get(), 'session.get'), parse(Session, await restricted.session.get(), 'session.get')];
        notEqual(other.user.id, own.user.id, 'createAdapterWithPermissions must sign in another user');
      }
      const theirs = parse(Comment, await comments.create(client.id, { body: 'By someone else' }), 'comments.create');
      await refused(restricted.comments!.update(client.id, theirs.id, { pinned: true }, { expectedVersion: theirs.version }), "comments.update of another author's comment");
      await refused(restricted.comments!.remove(client.id, theirs.id), "comments.remove of another author's comment");
      deepEqual(parse(Comment, await comments.get(client.id, theirs.id), 'comments.get'), theirs, "the other author's comment after the refused calls");
      const mine = parse(Comment, await restricted.comments!.create(client.id, { body: 'Mine' }), 'comments.create');
      const edited = parse(Comment, await restricted.comments!.update(client.id, mine.id, { pinned: true }, { expectedVersion: mine.version }), 'comments.update');
      equal(edited.version, mine.version + 1, "the author updates their own comment");
      await restricted.comments!.remove(client.id, mine.id);
      deepEqual(idsOf((await comments.list(client.id)).items), [theirs.id], 'comments after the author removed their own');
    },
  },
  'comments.private': {
    guards: 'private comments are never listed or returned, and none can be written',
    async check(env, restricted) {
      const comments = env.need('comments');
      const client = await markedClient(env, 'Private');
      const hidden = parse(Comment, await comments.create(client.id, { body: 'Private', private: true }), 'comments.create');
      const open = parse(Comment, await comments.create(client.id, { body: 'Open', private: false }), 'comments.create');
      const page = await restricted.comments!.list(client.id);
      deepEqual(idsOf(page.items), [open.id], 'comments listed without the permission');
      equal(page.total, 1, 'total without the permission');
      equal((await restricted.comments!.list(client.id, { filter: { pinned: false } })).total, 1, 'total with a filter');
      await rejectsWithKind(restricted.comments!.get(client.id, hidden.id), ['not-found', 'forbidden'], { message: 'get of a private comment' });
      await refused(restricted.comments!.create(client.id, { body: 'Secret', private: true }), 'comments.create of a private comment');
      await refused(restricted.comments!.update(client.id, open.id, { private: true }, { expectedVersion: open.version }), 'comments.update making a comment private');
      sameMembers(idsOf((await comments.list(client.id)).items), [hidden.id, open.id], 'comments with the permission');
    },
  },
  'clinical.view': {
    guards: 'allergies, skin tests and alerts are not readable, nor their counts in the client',
    async check(env, restricted) {
      const refs = await refsOf(env.adapter);
      const client = await markedClient(env, 'Clinical');
      for (const { name, api } of clinicalOf(env)) {
        const item = await api.create(client.id, clinicalInput(name, refs));
        const other = restrictedOf<AnyEditable>(restricted, name);
        await refused(other.list(client.id), `${name}.list`);
        await refused(other.get(client.id, item.id), `${name}.get`);
      }
      // The client's figures do not tell either: hidden counts are zero, and filters answer over them.
      const seen = await getClient(restricted, client.id);
      deepEqual([seen.stats.activeAlertCount, seen.stats.activeAllergyCount], [0, 0], 'active alert and allergy counts without the permission');
      for (const flag of ['hasActiveAlerts', 'hasActiveAllergies'] as const) {
        sameMembers(await markedIds(restricted, env.marker, { filter: { [flag]: true } }), [], `${flag}: true without the permission`);
        sameMembers(await markedIds(restricted, env.marker, { filter: { [flag]: false } }), [client.id], `${flag}: false without the permission`);
      }
    },
  },
  'clinical.manage': {
    guards: 'allergies, skin tests and alerts cannot be created, changed or removed',
    async check(env, restricted) {
      const refs = await refsOf(env.adapter);
      const client = await markedClient(env, 'Manage');
      for (const { name, api } of clinicalOf(env)) {
        const item = await api.create(client.id, clinicalInput(name, refs));
        const other = restrictedOf<AnyEditable>(restricted, name);
        await refused(other.create(client.id, clinicalInput(name, refs)), `${name}.create`);
        await refused(other.update(client.id, item.id, {}, { expectedVersion: item.version }), `${name}.update`);
        await refused(other.remove(client.id, item.id), `${name}.remove`);
        deepEqual(idsOf((await other.list(client.id)).items), [item.id], `${name} after the refused calls (clinical.view still reads them)`);
      }
    },
  },
  'files.view': {
    guards: 'files are not listed or returned',
    async check(env, restricted) {
      const files = env.need('files');
      const client = await markedClient(env, 'Files');
      const file = parse(ClientFile, await files.upload(client.id, namedBlob(['consent'], 'consent.txt', 'text/plain'), {}), 'files.upload');
      await refused(restricted.files!.list(client.id), 'files.list');
      await refused(restricted.files!.get(client.id, file.id), 'files.get');
    },
  },
  'files.manage': {
    guards: 'files.upload, update, setVisibleToClient and remove are refused',
    async check(env, restricted) {
      const files = env.need('files');
      const client = await markedClient(env, 'Uploads');
      const file = parse(ClientFile, await files.upload(client.id, namedBlob(['consent'], 'consent.txt', 'text/plain'), { visibleToClient: false }), 'files.upload');
      await refused(restricted.files!.upload(client.id, namedBlob(['other'], 'other.txt', 'text/plain'), {}), 'files.upload');
      await refused(restricted.files!.update(client.id, file.id, { description: 'Changed' }, { expectedVersion: file.version }), 'files.update');
      await refused(restricted.files!.setVisibleToClient(client.id, file.id, true), 'files.setVisibleToClient');
      await refused(restricted.files!.remove(client.id, file.id), 'files.remove');
      deepEqual(parse(ClientFile, await files.get(client.id, file.id), 'files.get'), file, 'the file after the refused calls');
      equal((await files.list(client.id)).total, 1, 'files after the refused upload');
    },
  },
  'forms.manage': {
    guards: 'forms.assign and remove are refused',
    async check(env, restricted) {
      const forms = env.need('forms');
      env.need('catalog');
      const template = (await catalogOf(env.adapter))!.formTemplates[0];
      if (!template) return env.skip('the catalog has no form templates');
      const client = await markedClient(env, 'Forms');
      const before = (await forms.list(client.id)).total;
      await refused(restricted.forms!.assign(client.id, { formId: template.id }), 'forms.assign');
      equal((await forms.list(client.id)).total, before, 'forms after the refused assign');
      const assigned = parse(FormAssignment, await forms.assign(client.id, { formId: template.id }), 'forms.assign');
      await refused(restricted.forms!.remove(client.id, assigned.id), 'forms.remove');
      deepEqual(parse(FormAssignment, await forms.get(client.id, assigned.id), 'forms.get'), assigned, 'the form after the refused remove');
    },
  },
  'memberships.manage': {
    guards: 'memberships.create, update, processPayment and cancel are refused',
    async check(env, restricted) {
      const memberships = env.need('memberships');
      const { input } = await membershipInput(env.adapter, env);
      const client = await markedClient(env, 'Memberships');
      await refused(restricted.memberships!.create(client.id, input), 'memberships.create');
      equal((await memberships.list(client.id)).total, 0, 'memberships after the refused create');
      const membership = parse(Membership, await memberships.create(client.id, input), 'memberships.create');
      await refused(restricted.memberships!.update(client.id, membership.id, { note: 'Changed' }, { expectedVersion: membership.version }), 'memberships.update');
      await refused(restricted.memberships!.processPayment(client.id, membership.id, { idempotencyKey: newKey(env.marker, 'pay') }), 'memberships.processPayment');
      await refused(restricted.memberships!.cancel(client.id, membership.id, { chargeFee: false, idempotencyKey: newKey(env.marker, 'cancel') }), 'memberships.cancel');
      deepEqual(parse(Membership, await memberships.get(client.id, membership.id), 'memberships.get'), membership, 'the membership after the refused calls');
    },
  },
  'preferences.edit': {
    guards: 'preferences.update is refused and changes nothing',
    async check(env, restricted) {
      const preferences = env.need('preferences');
      const client = await markedClient(env, 'Preferences');
      const before = parse(CommunicationPreferences, await preferences.get(client.id), 'preferences.get');
      await refused(restricted.preferences!.update(client.id, { marketing: { sms: !before.matrix.marketing.sms } }, { expectedVersion: before.version }), 'preferences.update');
      deepEqual(parse(CommunicationPreferences, await preferences.get(client.id), 'preferences.get'), before, 'preferences after the refused update');
    },
  },
};

/** The restricted session is what was asked for, and still does what its other permissions allow. */
async function checkRestrictedSession(env: TestEnv, restricted: ClientDataAdapter, missing: Permission, granted: Permission[]): Promise<void> {
  if (restricted.session) {
    const session = parse(Session, await restricted.session.get(), 'session.get of the restricted adapter');
    excludes(session.permissions, missing, 'permissions of the restricted session');
    sameMembers(session.permissions, granted, 'permissions of the restricted session');
  }
  if (missing !== 'clients.view') parse(ClientPage, await restricted.clients.list({ search: env.marker, limit: 1 }), 'clients.list of the restricted adapter');
}

export function registerPermissions(harness: Harness): void {
  area(harness, 'permissions', 'test', (test) => {
    for (const permission of PERMISSIONS) {
      const { guards, check } = CASES[permission];
      test(`${permission}: without it, ${guards}`, async (env) => {
        const granted = PERMISSIONS.filter((candidate) => candidate !== permission);
        const restricted = await env.withPermissions(granted);
        await checkRestrictedSession(env, restricted, permission, granted);
        await check(env, restricted);
      });
    }
  });
}
