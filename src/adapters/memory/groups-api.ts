import * as z from 'zod/mini';
import { AdapterError } from '../../adapter/adapter-error.js';
import type { GroupsApi, TagsApi } from '../../adapter/contract.js';
import { GroupInput, GroupPatch, TagInput, TagPatch, UpdateOptions, type BulkResult, type Group, type Tag } from '../../model/index.js';
import { checkVersion, parseInput, throwIfAborted } from './parse.js';
import { newId, type MemoryStore } from './store.js';

const DEFAULT_COLOR = '#64748b';

function requireIn<T>(map: Map<string, T>, id: string, resource: string): T {
  const value = map.get(id);
  if (!value) throw new AdapterError('not-found', `No ${resource} with id ${id}`, { resource });
  return value;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function createGroupsApi(store: MemoryStore): GroupsApi {
  /** Adds or removes the group on each client (a user edit: bumps the client's version). */
  function membership(groupId: string, rawIds: unknown, add: boolean): BulkResult {
    requireIn(store.groups, groupId, 'groups');
    const ids = parseInput(z.array(z.string()), rawIds, 'groups');
    const result: BulkResult = { succeeded: [], failed: [] };
    const now = store.nowIso();
    for (const id of ids) {
      const client = store.findClient(id);
      if (!client) {
        result.failed.push({ id, kind: 'not-found', message: `No client with id ${id}` });
        continue;
      }
      const has = client.groupIds.includes(groupId);
      if (has !== add) {
        const groupIds = add ? [...client.groupIds, groupId] : client.groupIds.filter((other) => other !== groupId);
        store.putClient({ ...client, groupIds, version: client.version + 1, updatedAt: now });
      }
      result.succeeded.push(id);
    }
    store.recountGroups();
    return result;
  }

  return {
    async list(options) {
      throwIfAborted(options?.signal);
      return [...store.groups.values()].sort(byName);
    },
    async create(rawInput) {
      const input = parseInput(GroupInput, rawInput, 'groups');
      const now = store.nowIso();
      const group: Group = { color: DEFAULT_COLOR, description: null, ...input, id: newId('grp'), version: 1, createdAt: now, updatedAt: now, memberCount: 0 };
      store.groups.set(group.id, group);
      store.emit({ kind: 'group', id: group.id, value: group });
      return group;
    },
    async update(id, rawPatch, rawOptions) {
      const patch = parseInput(GroupPatch, rawPatch, 'groups');
      const { expectedVersion } = parseInput(UpdateOptions, rawOptions, 'groups');
      const current = requireIn(store.groups, id, 'groups');
      checkVersion(current, expectedVersion, 'groups');
      const next = { ...current, ...patch, version: current.version + 1, updatedAt: store.nowIso() };
      store.groups.set(id, next);
      store.emit({ kind: 'group', id, value: next });
      return next;
    },
    async remove(id) {
      requireIn(store.groups, id, 'groups');
      store.groups.delete(id);
      for (let slot = 0; slot < store.slotCount; slot++) {
        const client = store.clientAt(slot);
        if (client?.groupIds.includes(id)) store.putClient({ ...client, groupIds: client.groupIds.filter((other) => other !== id) });
      }
      store.emit({ kind: 'group', id, value: undefined });
    },
    async addMembers(groupId, clientIds) {
      return membership(groupId, clientIds, true);
    },
    async removeMembers(groupId, clientIds) {
      return membership(groupId, clientIds, false);
    },
  };
}

export function createTagsApi(store: MemoryStore): TagsApi {
  return {
    async list(options) {
      throwIfAborted(options?.signal);
      return [...store.tags.values()].sort(byName);
    },
    async create(rawInput) {
      const input = parseInput(TagInput, rawInput, 'tags');
      const now = store.nowIso();
      const tag: Tag = { color: DEFAULT_COLOR, ...input, id: newId('tag'), version: 1, createdAt: now, updatedAt: now };
      store.tags.set(tag.id, tag);
      store.emit({ kind: 'tag', id: tag.id, value: tag });
      return tag;
    },
    async update(id, rawPatch, rawOptions) {
      const patch = parseInput(TagPatch, rawPatch, 'tags');
      const { expectedVersion } = parseInput(UpdateOptions, rawOptions, 'tags');
      const current = requireIn(store.tags, id, 'tags');
      checkVersion(current, expectedVersion, 'tags');
      const next = { ...current, ...patch, version: current.version + 1, updatedAt: store.nowIso() };
      store.tags.set(id, next);
      store.emit({ kind: 'tag', id, value: next });
      return next;
    },
    async remove(id) {
      requireIn(store.tags, id, 'tags');
      store.tags.delete(id);
      for (let slot = 0; slot < store.slotCount; slot++) {
        const client = store.clientAt(slot);
        if (client?.tagIds.includes(id)) store.putClient({ ...client, tagIds: client.tagIds.filter((other) => other !== id) });
      }
      store.emit({ kind: 'tag', id, value: undefined });
    },
  };
}
