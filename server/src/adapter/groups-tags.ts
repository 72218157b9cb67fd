// Groups and tags in SQL: one shape (name, color, version), stored in client_groups / client_tags and
// referenced from the clients' group_ids / tag_ids arrays. A group's memberCount is counted on read.
import * as z from 'zod/mini';
import type { GroupsApi, TagsApi } from '../../../src/adapter/contract.js';
import { checkVersion, throwIfAborted } from '../../../src/adapters/memory/parse.js';
import { newId } from '../../../src/adapters/memory/store.js';
import { GroupInput, GroupPatch, TagInput, TagPatch, UpdateOptions, type BulkResult, type Group, type Tag } from '../../../src/model/index.js';
import type { Sql } from '../db/database.js';
import type { TenantContext } from './context.js';
import { notFound, parseInput } from './input.js';

const DEFAULT_COLOR = '#64748b';
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

interface LabelSpec {
  table: 'client_groups' | 'client_tags';
  /** The clients' array column that references it. */
  column: 'group_ids' | 'tag_ids';
  resource: 'groups' | 'tags';
  prefix: string;
  /** Extra columns of the select list (memberCount); `$1` is the tenant (a constant lets the planner use its statistics). */
  extra: string;
  /** Columns beyond name and color (description). */
  fields: readonly { column: string; key: string }[];
}

const GROUPS: LabelSpec = {
  table: 'client_groups',
  column: 'group_ids',
  resource: 'groups',
  prefix: 'grp',
  extra: `, (SELECT count(*)::int FROM clients c WHERE c.tenant_id = $1 AND c.group_ids @> ARRAY[l.id] AND c.trashed_at IS NULL) AS "memberCount"`,
  fields: [{ column: 'description', key: 'description' }],
};
const TAGS: LabelSpec = { table: 'client_tags', column: 'tag_ids', resource: 'tags', prefix: 'tag', extra: '', fields: [] };

function labelApi<T extends { id: string; version: number }>(context: TenantContext, spec: LabelSpec, input: z.ZodMiniType, patchSchema: z.ZodMiniType) {
  const { db, tenant } = context;
  const extraColumns = spec.fields.map((field) => `, l.${field.column} AS "${field.key}"`).join('');
  const columns = `l.id, l.version, clientela_iso(l.created_at) AS "createdAt", clientela_iso(l.updated_at) AS "updatedAt", l.name, l.color${extraColumns}${spec.extra}`;

  async function load(sql: Sql, id: string, lock = false): Promise<T> {
    const rows = await sql.query<T>(`SELECT ${columns} FROM ${spec.table} l WHERE l.tenant_id = $1 AND l.id = $2${lock ? ' FOR UPDATE' : ''}`, [tenant, id]);
    if (!rows[0]) throw notFound(spec.resource, id);
    return rows[0];
  }

  async function write(sql: Sql, id: string, values: Record<string, unknown>, version: number, createdAt: string | null): Promise<T> {
    const names = ['name', 'color', ...spec.fields.map((field) => field.column)];
    const data = [values.name, values.color ?? DEFAULT_COLOR, ...spec.fields.map((field) => values[field.key] ?? null)];
    const now = context.now();
    await sql.query(
      `INSERT INTO ${spec.table} (tenant_id, id, version, created_at, updated_at, ${names.join(', ')})
       VALUES ($1, $2, $3, $4, $5, ${names.map((_, i) => `$${i + 6}`).join(', ')})
       ON CONFLICT (tenant_id, id) DO UPDATE SET version = EXCLUDED.version, updated_at = EXCLUDED.updated_at,
         ${names.map((name) => `${name} = EXCLUDED.${name}`).join(', ')}`,
      [tenant, id, version, createdAt ?? now, now, ...data],
    );
    return load(sql, id);
  }

  return {
    load,
    async list(options?: { signal?: AbortSignal }): Promise<T[]> {
      throwIfAborted(options?.signal);
      return (await db.query<T & { name: string }>(`SELECT ${columns} FROM ${spec.table} l WHERE l.tenant_id = $1`, [tenant])).sort(byName);
    },
    create: (raw: unknown) =>
      db.transaction((sql) => write(sql, newId(spec.prefix), parseInput(input, raw, spec.resource) as Record<string, unknown>, 1, null)),
    update: (id: string, rawPatch: unknown, rawOptions: unknown) =>
      db.transaction(async (sql) => {
        const patch = parseInput(patchSchema, rawPatch, spec.resource) as Record<string, unknown>;
        const { expectedVersion } = parseInput(UpdateOptions, rawOptions, spec.resource);
        const current = await load(sql, id, true);
        checkVersion(current, expectedVersion, spec.resource);
        return write(sql, id, { ...current, ...patch }, current.version + 1, (current as unknown as { createdAt: string }).createdAt);
      }),
    remove: (id: string) =>
      db.transaction(async (sql) => {
        await load(sql, id, true);
        await sql.query(`DELETE FROM ${spec.table} WHERE tenant_id = $1 AND id = $2`, [tenant, id]);
        await sql.query(`UPDATE clients SET ${spec.column} = array_remove(${spec.column}, $2) WHERE tenant_id = $1 AND ${spec.column} @> ARRAY[$2]`, [tenant, id]);
      }),
  };
}

export function createTagsApi(context: TenantContext): TagsApi {
  const { load: _load, ...api } = labelApi<Tag>(context, TAGS, TagInput, TagPatch);
  return api;
}

export function createGroupsApi(context: TenantContext): GroupsApi {
  const { load, ...api } = labelApi<Group>(context, GROUPS, GroupInput, GroupPatch);
  const { db, tenant } = context;

  /** Adds or removes the group on each client (a user edit: bumps the client's version). */
  const membership = (add: boolean) => async (groupId: string, rawIds: unknown): Promise<BulkResult> => {
    await load(db, groupId);
    const ids = parseInput(z.array(z.string()), rawIds, 'groups');
    const result: BulkResult = { succeeded: [], failed: [] };
    for (const id of ids) {
      const change = add ? `array_append(group_ids, $3)` : `array_remove(group_ids, $3)`;
      const has = add ? 'NOT (group_ids @> ARRAY[$3])' : 'group_ids @> ARRAY[$3]';
      const found = await db.query(`SELECT 1 FROM clients WHERE tenant_id = $1 AND id = $2`, [tenant, id]);
      if (!found.length) {
        result.failed.push({ id, kind: 'not-found', message: `No client with id ${id}` });
        continue;
      }
      await db.query(`UPDATE clients SET group_ids = ${change}, version = version + 1, updated_at = $4 WHERE tenant_id = $1 AND id = $2 AND ${has}`, [tenant, id, groupId, context.now()]);
      result.succeeded.push(id);
    }
    return result;
  };
  return { ...api, addMembers: membership(true), removeMembers: membership(false) };
}
