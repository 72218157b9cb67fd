import {
  Catalog,
  ClientInsights,
  CommunicationPreferences,
  PREFERENCE_CHANNELS,
  PREFERENCE_TOPICS,
  Session,
  VISIT_STATUSES,
  Appointment,
  type Appointment as AppointmentRecord,
} from '../../model/index.js';
import type { ReadCollection } from '../contract.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { approxEqual, deepEqual, equal, ok, rejectsWithKind, fieldsEqual } from './assert.js';
import { createClient, getClient, listAllItems, parse, sleep, time, unknownId } from './support.js';

export function registerPreferencesInsightsCatalogSession(harness: Harness): void {
  area(harness, 'preferences', 'test', (test) => {
    test('get returns the whole topic × channel matrix', async ({ adapter, need, Marker, marker }) => {
      const preferences = need('preferences');
      const client = await createClient(adapter, { firstName: 'Pre', lastName: `Get ${Marker}` });
      const prefs = parse(CommunicationPreferences, await preferences.get(client.id), 'preferences.get');
      equal(prefs.clientId, client.id, 'clientId');
      for (const topic of PREFERENCE_TOPICS) for (const channel of PREFERENCE_CHANNELS) equal(typeof prefs.matrix[topic][channel], 'boolean', `${topic}.${channel}`);
      await rejectsWithKind(preferences.get(unknownId(marker)), 'not-found', { message: 'preferences of an unknown client' });
    });

    test('update of one switch changes only it, bumps the version; a stale version → conflict', async ({ adapter, need, Marker }) => {
      const preferences = need('preferences');
      const client = await createClient(adapter, { firstName: 'Pre', lastName: `Update ${Marker}` });
      const before = parse(CommunicationPreferences, await preferences.get(client.id), 'preferences.get');
      await sleep(5);
      const flipped = !before.matrix.marketing.sms;
      const after = parse(CommunicationPreferences, await preferences.update(client.id, { marketing: { sms: flipped } }, { expectedVersion: before.version }), 'preferences.update');
      equal(after.version, before.version + 1, 'version after update');
      ok(time(after.updatedAt) > time(before.updatedAt), 'updatedAt moves forward');
      deepEqual(after.matrix, { ...before.matrix, marketing: { ...before.matrix.marketing, sms: flipped } }, 'matrix after flipping marketing.sms');
      deepEqual(parse(CommunicationPreferences, await preferences.get(client.id), 'preferences.get'), after, 'get after update');
      await rejectsWithKind(preferences.update(client.id, { marketing: { email: false } }, { expectedVersion: before.version }), 'conflict', { message: 'stale update' });
      deepEqual(await preferences.get(client.id), after, 'preferences after the conflict');
    });
  });

  area(harness, 'insights', 'test', (test) => {
    test('a new client: no visits, no spend, null rates', async ({ adapter, need, Marker }) => {
      const insights = need('insights');
      const client = await createClient(adapter, { firstName: 'Ins', lastName: `New ${Marker}` });
      const figures = parse(ClientInsights, await insights.get(client.id), 'insights.get');
      fieldsEqual(
        figures,
        {
          clientId: client.id,
          visitCount: 0,
          noShowCount: 0,
          lateCancellationCount: 0,
          'lifetimeSpend.amountMinor': 0,
          showRate: null,
          averageTicket: null,
          lastVisitAt: null,
          daysSinceLastVisit: null,
          lapsed: false,
          averageVisitIntervalDays: null,
          favouriteServices: [],
        },
        'insights of a new client',
      );
    });

    test("existing clients: figures agree with stats and appointments", async ({ adapter, need, existing }) => {
      const insights = need('insights');
      const appointments = adapter.appointments as ReadCollection<AppointmentRecord, unknown> | undefined;
      for (const row of await existing(10)) {
        const client = await getClient(adapter, row.id);
        const figures = parse(ClientInsights, await insights.get(row.id), 'insights.get');
        const label = `client ${row.id}`;
        equal(figures.clientId, row.id, `${label}: clientId`);
        deepEqual(figures.lifetimeSpend, client.stats.totalSales, `${label}: lifetimeSpend = stats.totalSales`);
        equal(figures.lastVisitAt, client.stats.lastVisitAt, `${label}: lastVisitAt = stats.lastVisitAt`);
        if (!appointments) continue;
        const all = await listAllItems(appointments, row.id, {}, Appointment, 'appointments');
        const visits = all.filter((item) => VISIT_STATUSES.includes(item.status)).length;
        const noShows = all.filter((item) => item.status === 'no-show').length;
        const late = all.filter((item) => item.status === 'late-cancelled').length;
        equal(figures.visitCount, visits, `${label}: visitCount = appointments with a VISIT_STATUSES status`);
        equal(figures.noShowCount, noShows, `${label}: noShowCount`);
        equal(figures.lateCancellationCount, late, `${label}: lateCancellationCount`);
        const denominator = visits + noShows + late;
        if (denominator > 0) approxEqual(figures.showRate ?? Number.NaN, visits / denominator, 1e-6, `${label}: showRate = visits / (visits + no-shows + late cancellations)`);
        if (all.length === 0) equal(figures.showRate, null, `${label}: showRate without appointments`);
        if (visits === 0) equal(figures.lastVisitAt, null, `${label}: lastVisitAt without visits`);
        if (visits < 2) equal(figures.averageVisitIntervalDays, null, `${label}: averageVisitIntervalDays with fewer than two visits`);
        for (const favourite of figures.favouriteServices) ok(favourite.count <= all.length, `${label}: favourite ${favourite.name} counted ${favourite.count} times`);
      }
    });
  });

  area(harness, 'catalog and session', 'area', (test) => {
    test('catalog parses and its references hold together', async ({ need }) => {
      const catalog = parse(Catalog, await need('catalog').get(), 'catalog.get');
      const centerIds = new Set(catalog.centers.map((center) => center.id));
      for (const staff of catalog.staff) for (const id of staff.centerIds) ok(centerIds.has(id), `staff ${staff.id} works at unknown center ${id}`);
      for (const [name, list] of Object.entries({ services: catalog.services, staff: catalog.staff, centers: catalog.centers, origins: catalog.origins, formTemplates: catalog.formTemplates, membershipPlans: catalog.membershipPlans })) {
        equal(new Set(list.map((item) => item.id)).size, list.length, `catalog.${name} ids are unique`);
      }
    });

    test('session parses: a user and known permissions', async ({ need }) => {
      const session = parse(Session, await need('session').get(), 'session.get');
      equal(new Set(session.permissions).size, session.permissions.length, 'permissions are listed once');
    });
  });
}
