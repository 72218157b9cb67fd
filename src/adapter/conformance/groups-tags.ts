import { Group, Tag } from '../../model/index.js';
import * as z from 'zod/mini';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { equal, excludes, includes, ok, rejectsWithKind, sameMembers, deepEqual, fieldsEqual } from './assert.js';
import { createClients, getClient, idsOf, markedIds, parse, parseBulk, sleep, time, unknownId } from './support.js';
import { isAdapterError } from '../adapter-error.js';

async function findGroup(groups: { list(): Promise<Group[]> }, id: string): Promise<Group | undefined> {
  return parse(z.array(Group), await groups.list(), 'groups.list').find((group) => group.id === id);
}

export function registerGroupsTags(harness: Harness): void {
  area(harness, 'groups and tags', 'test', (test) => {
    test('groups: create, list, update with version, conflict, invalid input, remove', async ({ need, Marker, marker }) => {
      const groups = need('groups');
      const created = parse(Group, await groups.create({ name: `Fieles ${Marker}`, color: '#3b82f6', description: 'Regulars' }), 'groups.create');
      fieldsEqual(created, { name: `Fieles ${Marker}`, color: '#3b82f6', description: 'Regulars', version: 1, memberCount: 0 }, 'created group');
      deepEqual(await findGroup(groups, created.id), created, 'listed group');
      const minimal = parse(Group, await groups.create({ name: `Minimal ${Marker}` }), 'groups.create');
      equal(minimal.memberCount, 0, 'a group created with only a name');
      await sleep(5);
      const updated = parse(Group, await groups.update(created.id, { name: `Leales ${Marker}` }, { expectedVersion: 1 }), 'groups.update');
      fieldsEqual(updated, { name: `Leales ${Marker}`, version: 2, color: '#3b82f6' }, 'updated group');
      ok(time(updated.updatedAt) > time(created.updatedAt), 'updatedAt moves forward');
      await rejectsWithKind(groups.update(created.id, { name: 'Stale' }, { expectedVersion: 1 }), 'conflict', { message: 'stale group update' });
      deepEqual(await findGroup(groups, created.id), updated, 'group after the conflict');
      await rejectsWithKind(groups.create({ name: '' }), 'validation', { path: ['name'] });
      await rejectsWithKind(groups.create({ name: `Bad ${Marker}`, color: 'blue' }), 'validation', { path: ['color'] });
      await groups.remove(created.id);
      equal(await findGroup(groups, created.id), undefined, 'a removed group is not listed');
      await rejectsWithKind(groups.update(created.id, { name: 'Gone' }, { expectedVersion: 2 }), 'not-found', { message: 'update of a removed group' });
      await rejectsWithKind(groups.remove(unknownId(marker)), 'not-found', { message: 'remove of an unknown group' });
    });

    test('groups: memberCount follows addMembers / removeMembers and leaves trashed clients out', async ({ adapter, need, Marker, marker }) => {
      const groups = need('groups');
      const group = parse(Group, await groups.create({ name: `Members ${Marker}`, color: '#10b981', description: null }), 'groups.create');
      const [a, b, c] = await createClients(adapter, [
        { firstName: 'Mem', lastName: `A ${Marker}` },
        { firstName: 'Mem', lastName: `B ${Marker}` },
        { firstName: 'Mem', lastName: `C ${Marker}` },
      ]);
      const missing = unknownId(marker);
      const added = parseBulk(await groups.addMembers(group.id, [a!.id, b!.id, c!.id, missing]), 'groups.addMembers');
      sameMembers(added.succeeded, idsOf([a!, b!, c!]), 'addMembers succeeded');
      deepEqual(added.failed.map((failure) => failure.id), [missing], 'addMembers failed (unknown client)');
      equal((await findGroup(groups, group.id))?.memberCount, 3, 'memberCount after adding three');
      includes((await getClient(adapter, a!.id)).groupIds, group.id, "a member's groupIds");
      sameMembers(await markedIds(adapter, marker, { filter: { groupIds: [group.id] } }), idsOf([a!, b!, c!]), 'groupIds filter');

      parseBulk(await groups.addMembers(group.id, [a!.id]), 'groups.addMembers');
      equal((await findGroup(groups, group.id))?.memberCount, 3, 'adding a member again does not count twice');
      deepEqual((await getClient(adapter, a!.id)).groupIds.filter((id) => id === group.id), [group.id], 'the group appears once in groupIds');

      const removed = parseBulk(await groups.removeMembers(group.id, [b!.id]), 'groups.removeMembers');
      deepEqual(removed.succeeded, [b!.id], 'removeMembers succeeded');
      equal((await findGroup(groups, group.id))?.memberCount, 2, 'memberCount after removing one');
      excludes((await getClient(adapter, b!.id)).groupIds, group.id, "a removed member's groupIds");

      await adapter.clients.trash([c!.id]);
      equal((await findGroup(groups, group.id))?.memberCount, 1, 'memberCount leaves trashed clients out');
      await adapter.clients.restore([c!.id]);
      equal((await findGroup(groups, group.id))?.memberCount, 2, 'memberCount after restoring the client');
    });

    test('groups: addMembers to an unknown group fails for every id or with not-found', async ({ adapter, need, Marker, marker }) => {
      const groups = need('groups');
      const [a] = await createClients(adapter, [{ firstName: 'Nog', lastName: `A ${Marker}` }]);
      let outcome: unknown;
      let thrown: unknown;
      try {
        outcome = await groups.addMembers(unknownId(marker), [a!.id]);
      } catch (error) {
        thrown = error;
      }
      if (thrown !== undefined) {
        ok(isAdapterError(thrown) && thrown.kind === 'not-found', `addMembers to an unknown group threw ${String(thrown)} instead of not-found`);
      } else {
        const result = parseBulk(outcome, 'groups.addMembers');
        deepEqual(result.succeeded, [], 'succeeded for an unknown group');
        deepEqual(result.failed.map((failure) => failure.id), [a!.id], 'failed for an unknown group');
      }
      deepEqual((await getClient(adapter, a!.id)).groupIds, [], 'the client has no group');
    });

    test("groups: a removed group disappears from its clients' groupIds", async ({ adapter, need, Marker, marker }) => {
      const groups = need('groups');
      const keep = parse(Group, await groups.create({ name: `Keep ${Marker}`, color: '#111111', description: null }), 'groups.create');
      const drop = parse(Group, await groups.create({ name: `Drop ${Marker}`, color: '#222222', description: null }), 'groups.create');
      const [a, b] = await createClients(adapter, [
        { firstName: 'Rem', lastName: `A ${Marker}`, groupIds: [keep.id, drop.id] },
        { firstName: 'Rem', lastName: `B ${Marker}`, groupIds: [drop.id] },
      ]);
      equal((await findGroup(groups, drop.id))?.memberCount, 2, 'memberCount of clients created with the group');
      await groups.remove(drop.id);
      deepEqual((await getClient(adapter, a!.id)).groupIds, [keep.id], 'groupIds of a client in both groups');
      deepEqual((await getClient(adapter, b!.id)).groupIds, [], 'groupIds of a client only in the removed group');
      const rows = await markedIds(adapter, marker, { filter: { groupIds: [drop.id] } });
      deepEqual(rows, [], 'filtering by the removed group');
      const listed = (await adapter.clients.list({ search: marker, filter: { ids: [a!.id] } })).items[0];
      deepEqual(listed?.groupIds, [keep.id], 'groupIds of the list row');
    });

    test('tags: create, list, update with version, conflict, invalid input, remove (and off the clients)', async ({ adapter, need, Marker, marker }) => {
      const tags = need('tags');
      const created = parse(Tag, await tags.create({ name: `VIP ${Marker}`, color: '#f59e0b' }), 'tags.create');
      fieldsEqual(created, { name: `VIP ${Marker}`, color: '#f59e0b', version: 1 }, 'created tag');
      const listed = parse(z.array(Tag), await tags.list(), 'tags.list');
      deepEqual(listed.find((tag) => tag.id === created.id), created, 'listed tag');
      const updated = parse(Tag, await tags.update(created.id, { color: '#ef4444' }, { expectedVersion: 1 }), 'tags.update');
      fieldsEqual(updated, { name: `VIP ${Marker}`, color: '#ef4444', version: 2 }, 'updated tag');
      await rejectsWithKind(tags.update(created.id, { name: 'Stale' }, { expectedVersion: 1 }), 'conflict', { message: 'stale tag update' });
      await rejectsWithKind(tags.create({ name: '' }), 'validation', { path: ['name'] });
      await rejectsWithKind(tags.create({ name: `Bad ${Marker}`, color: '#12' }), 'validation', { path: ['color'] });
      const [client] = await createClients(adapter, [{ firstName: 'Tgd', lastName: `A ${Marker}`, tagIds: [created.id] }]);
      await tags.remove(created.id);
      equal(parse(z.array(Tag), await tags.list(), 'tags.list').find((tag) => tag.id === created.id), undefined, 'a removed tag is not listed');
      deepEqual((await getClient(adapter, client!.id)).tagIds, [], "a removed tag disappears from its clients' tagIds");
      await rejectsWithKind(tags.update(created.id, { name: 'Gone' }, { expectedVersion: 2 }), 'not-found', { message: 'update of a removed tag' });
      await rejectsWithKind(tags.remove(unknownId(marker)), 'not-found', { message: 'remove of an unknown tag' });
    });
  });
}
