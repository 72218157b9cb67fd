import { ClientPage } from '../../model/index.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, includes, ok, rejectsWithKind, sameMembers } from './assert.js';
import { createClients, getClient, markedIds, parse, parseBulk, unknownId } from './support.js';

export function registerClientsTrash(harness: Harness): void {
  area(harness, 'clients: trash, restore, purge', 'test', (test) => {
    test('trash → trash view → restore → trash → purge → not-found', async ({ adapter, marker, Marker }) => {
      const [client, other] = await createClients(adapter, [
        { firstName: 'Tomás', lastName: `Trash ${Marker}` },
        { firstName: 'Olga', lastName: `Stays ${Marker}` },
      ]);
      const id = client!.id;
      const trashed = parseBulk(await adapter.clients.trash([id]), 'clients.trash');
      deepEqual(trashed, { succeeded: [id], failed: [] }, 'trash result');
      sameMembers(await markedIds(adapter, marker), [other!.id], 'default view after trash');
      const trashPage = parse(ClientPage, await adapter.clients.list({ search: marker, view: 'trash' }), 'clients.list');
      sameMembers(trashPage.items.map((row) => row.id), [id], 'trash view after trash');
      equal(trashPage.total, 1, 'trash view total');
      ok(trashPage.items[0]!.trashedAt !== null, 'trashedAt is set in the trash view');
      const inTrash = await getClient(adapter, id);
      ok(inTrash.trashedAt !== null, 'get of a trashed client shows trashedAt');

      deepEqual(parseBulk(await adapter.clients.restore([id]), 'clients.restore'), { succeeded: [id], failed: [] }, 'restore result');
      sameMembers(await markedIds(adapter, marker), [id, other!.id], 'default view after restore');
      sameMembers(await markedIds(adapter, marker, { view: 'trash' }), [], 'trash view after restore');
      equal((await getClient(adapter, id)).trashedAt, null, 'trashedAt after restore');

      await adapter.clients.trash([id]);
      deepEqual(parseBulk(await adapter.clients.purge([id]), 'clients.purge'), { succeeded: [id], failed: [] }, 'purge result');
      await rejectsWithKind(adapter.clients.get(id), 'not-found', { message: 'get after purge' });
      sameMembers(await markedIds(adapter, marker, { view: 'trash' }), [], 'trash view after purge');
      sameMembers(await markedIds(adapter, marker), [other!.id], 'default view after purge');
    });

    test('purge of a client that is not in the trash fails for that id and keeps it', async ({ adapter, marker, Marker }) => {
      const [kept, trashed] = await createClients(adapter, [
        { firstName: 'Kept', lastName: `Purge ${Marker}` },
        { firstName: 'Gone', lastName: `Purge ${Marker}` },
      ]);
      await adapter.clients.trash([trashed!.id]);
      const result = parseBulk(await adapter.clients.purge([kept!.id, trashed!.id]), 'clients.purge');
      deepEqual(result.succeeded, [trashed!.id], 'purge succeeded');
      deepEqual(result.failed.map((failure) => failure.id), [kept!.id], 'purge failed ids');
      ok(result.failed[0]!.message.length > 0, 'a failure carries a message');
      equal((await getClient(adapter, kept!.id)).trashedAt, null, 'the client outside the trash is untouched');
      sameMembers(await markedIds(adapter, marker), [kept!.id], 'default view');
    });

    test('bulk results list succeeded ids and unknown ids as failed (not-found)', async ({ adapter, marker, Marker }) => {
      const [a, b] = await createClients(adapter, [
        { firstName: 'Bulk', lastName: `A ${Marker}` },
        { firstName: 'Bulk', lastName: `B ${Marker}` },
      ]);
      const missing = unknownId(marker);
      const trashed = parseBulk(await adapter.clients.trash([a!.id, missing, b!.id]), 'clients.trash');
      sameMembers(trashed.succeeded, [a!.id, b!.id], 'trash succeeded');
      deepEqual(trashed.failed.map((failure) => [failure.id, failure.kind]), [[missing, 'not-found']], 'trash failed');
      const restored = parseBulk(await adapter.clients.restore([missing, a!.id]), 'clients.restore');
      sameMembers(restored.succeeded, [a!.id], 'restore succeeded');
      deepEqual(restored.failed.map((failure) => [failure.id, failure.kind]), [[missing, 'not-found']], 'restore failed');
      const purged = parseBulk(await adapter.clients.purge([b!.id, missing]), 'clients.purge');
      sameMembers(purged.succeeded, [b!.id], 'purge succeeded');
      deepEqual(purged.failed.map((failure) => [failure.id, failure.kind]), [[missing, 'not-found']], 'purge failed');
      sameMembers(await markedIds(adapter, marker), [a!.id], 'default view at the end');
      deepEqual(parseBulk(await adapter.clients.trash([]), 'clients.trash'), { succeeded: [], failed: [] }, 'trash of no ids');
    });

    test('trashed clients keep their data and leave the default view, metrics and the trash view apart', async ({ adapter, marker, Marker }) => {
      const [a, b, c] = await createClients(adapter, [
        { firstName: 'Met', lastName: `A ${Marker}` },
        { firstName: 'Met', lastName: `B ${Marker}` },
        { firstName: 'Met', lastName: `C ${Marker}`, email: `${marker}.c@example.com` },
      ]);
      const before = await getClient(adapter, c!.id);
      await adapter.clients.trash([c!.id]);
      const after = await getClient(adapter, c!.id);
      equal(after.email, before.email, 'email kept in the trash');
      const active = await adapter.clients.metrics({ search: marker });
      equal(active.totalClients, 2, 'metrics of the default view');
      const trash = await adapter.clients.metrics({ search: marker, view: 'trash' });
      equal(trash.totalClients, 1, 'metrics of the trash view');
      includes(await markedIds(adapter, marker), a!.id, 'default view');
      includes(await markedIds(adapter, marker), b!.id, 'default view');
    });
  });
}
