// The rules the clinical and forms tabs rely on: skin tests move only along SKIN_TEST_TRANSITIONS,
// records with an invalid date are refused with a field issue and never stored, and a form the
// client has filled cannot be removed.
import { Allergy, SKIN_TEST_STATUSES, SKIN_TEST_TRANSITIONS, SkinTest, type SkinTestStatus } from '../../model/index.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { equal, rejectsWithKind } from './assert.js';
import { catalogOf, createClient, parse } from './support.js';

/** The statuses reached from `pending` along allowed transitions, each with the path to it. */
function pathsFromPending(): Map<SkinTestStatus, SkinTestStatus[]> {
  const paths = new Map<SkinTestStatus, SkinTestStatus[]>([['pending', []]]);
  const queue: SkinTestStatus[] = ['pending'];
  while (queue.length) {
    const from = queue.shift()!;
    for (const to of SKIN_TEST_TRANSITIONS[from]) {
      if (paths.has(to)) continue;
      paths.set(to, [...paths.get(from)!, to]);
      queue.push(to);
    }
  }
  return paths;
}

export function registerClinicalRules(harness: Harness): void {
  area(harness, 'clinical records and forms: rules', 'test', (test) => {
    test('a skin test moves pending → in-progress → satisfactory; every other status change → validation on status, nothing stored', async ({ adapter, need, Marker }) => {
      const skinTests = need('skinTests');
      const client = await createClient(adapter, { firstName: 'Skn', lastName: `Flow ${Marker}` });
      let current = parse(SkinTest, await skinTests.create(client.id, { subject: 'Tinte', status: 'pending' }), 'skinTests.create');
      for (const to of ['in-progress', 'satisfactory'] as const) {
        current = parse(SkinTest, await skinTests.update(client.id, current.id, { status: to }, { expectedVersion: current.version }), 'skinTests.update');
        equal(current.status, to, `status after the change to ${to}`);
      }
      // From every reachable status, each status not listed as a next one is refused.
      for (const [from, path] of pathsFromPending()) {
        let record = parse(SkinTest, await skinTests.create(client.id, { subject: `From ${from}`, status: 'pending' }), 'skinTests.create');
        for (const step of path) record = await skinTests.update(client.id, record.id, { status: step }, { expectedVersion: record.version });
        for (const to of SKIN_TEST_STATUSES) {
          if (to === from || SKIN_TEST_TRANSITIONS[from].includes(to)) continue;
          await rejectsWithKind(skinTests.update(client.id, record.id, { status: to }, { expectedVersion: record.version }), 'validation', { path: ['status'], message: `${from} → ${to}` });
          const stored = await skinTests.get(client.id, record.id);
          equal(stored.status, from, `status kept after the refused ${from} → ${to}`);
          equal(stored.version, record.version, `version kept after the refused ${from} → ${to}`);
        }
      }
    });

    test('a skin test keeping its status may change its other fields', async ({ adapter, need, Marker }) => {
      const skinTests = need('skinTests');
      const client = await createClient(adapter, { firstName: 'Skn', lastName: `Same ${Marker}` });
      const created = await skinTests.create(client.id, { subject: 'Lifting de pestañas', status: 'pending' });
      const saved = parse(SkinTest, await skinTests.update(client.id, created.id, { status: 'pending', description: 'Patch behind the ear' }, { expectedVersion: created.version }), 'skinTests.update');
      equal(saved.description, 'Patch behind the ear', 'description');
    });

    test('invalid or out-of-order skin test dates → validation with the field, nothing stored', async ({ adapter, need, Marker }) => {
      const skinTests = need('skinTests');
      const client = await createClient(adapter, { firstName: 'Skn', lastName: `Dates ${Marker}` });
      await rejectsWithKind(skinTests.create(client.id, { subject: 'Tinte', performedAt: '2025-02-30' }), 'validation', { path: ['performedAt'], message: 'performedAt 2025-02-30' });
      await rejectsWithKind(skinTests.create(client.id, { subject: 'Tinte', performedAt: '2025-06-10', expiresAt: '2025-06-01' }), 'validation', { path: ['expiresAt'], message: 'expiresAt before performedAt' });
      const created = await skinTests.create(client.id, { subject: 'Tinte', performedAt: '2025-06-10', expiresAt: '2025-12-10' });
      await rejectsWithKind(skinTests.update(client.id, created.id, { expiresAt: '2025-01-01' }, { expectedVersion: created.version }), 'validation', { path: ['expiresAt'], message: 'update to an expiry before performedAt' });
      equal((await skinTests.get(client.id, created.id)).expiresAt, '2025-12-10', 'expiresAt kept');
      equal((await skinTests.list(client.id)).total, 1, 'skin tests stored');
    });

    test('an allergy with an invalid diagnosis date → validation on diagnosedAt, nothing stored', async ({ adapter, need, Marker }) => {
      const allergies = need('allergies');
      const client = await createClient(adapter, { firstName: 'Alg', lastName: `Dates ${Marker}` });
      for (const diagnosedAt of ['2024-13-01', '31/12/2024', '2023-02-29']) {
        await rejectsWithKind(allergies.create(client.id, { allergen: 'Níquel', severity: 'mild', type: 'environmental', diagnosedAt }), 'validation', { path: ['diagnosedAt'], message: `diagnosedAt ${diagnosedAt}` });
      }
      const created = parse(Allergy, await allergies.create(client.id, { allergen: 'Níquel', severity: 'mild', type: 'environmental', diagnosedAt: '2024-02-29' }), 'allergies.create');
      await rejectsWithKind(allergies.update(client.id, created.id, { diagnosedAt: 'soon' }, { expectedVersion: created.version }), 'validation', { path: ['diagnosedAt'] });
      equal((await allergies.get(client.id, created.id)).diagnosedAt, '2024-02-29', 'diagnosedAt kept');
      equal((await allergies.list(client.id)).total, 1, 'allergies stored');
    });

    test('removing a form twice: the second time → not-found', async ({ adapter, need, Marker, skip }) => {
      const forms = need('forms');
      need('catalog');
      const template = (await catalogOf(adapter))!.formTemplates[0];
      if (!template) return skip('the catalog has no form templates');
      const client = await createClient(adapter, { firstName: 'Frm', lastName: `Twice ${Marker}` });
      const assigned = await forms.assign(client.id, { formId: template.id });
      await forms.remove(client.id, assigned.id);
      await rejectsWithKind(forms.remove(client.id, assigned.id), 'not-found', { message: 'second remove' });
    });
  });
}
