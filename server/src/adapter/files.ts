// The files namespace in SQL, with the memory adapter's rules (src/adapters/memory/files-api.ts): the
// same metadata, size and type checks, the same idempotent upload, versioned updates. Metadata lives
// in client_files, the bytes in file_blobs (schema.ts says why); a record's `url` is the server's
// content route (file-content.ts), made from the request's origin, so no URL is ever stored.
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { AdapterError } from '../../../src/adapter/adapter-error.js';
import type { FilesApi, UploadOptions } from '../../../src/adapter/contract.js';
import { checkVersion, encodeCursor, startOffset, throwIfAborted } from '../../../src/adapters/memory/parse.js';
import { newId } from '../../../src/adapters/memory/store.js';
import { CollectionQuery, FILE_LIMITS, FileFilter, FilePatch, FileUploadMeta, IdempotencyKey, UpdateOptions, type ClientFile } from '../../../src/model/index.js';
import type { Sql } from '../db/database.js';
import { loadClient } from './clients.js';
import type { TenantContext } from './context.js';
import { notFound, parseInput } from './input.js';

/** The absolute URL of a file's bytes (SafeUrl accepts http(s) only, so never a relative one). */
export type FileUrl = (clientId: string, fileId: string) => string;

const FILE_COLUMNS = `id, version, client_id AS "clientId", clientela_iso(created_at) AS "createdAt", clientela_iso(updated_at) AS "updatedAt",
  clientela_iso(uploaded_at) AS "uploadedAt", name, mime_type AS "mimeType", size::float8 AS size, kind, document_type_id AS "documentTypeId",
  visible_to_client AS "visibleToClient", uploaded_by AS "uploadedBy", description`;

type FileRow = Omit<ClientFile, 'url' | 'thumbnailUrl'>;

const querySchema = z.extend(CollectionQuery, { filter: z.optional(FileFilter) });

/** A refused upload: 400 naming the part or property (`file`, `size`, `type`, `name`). */
export function fileError(path: string, message: string): AdapterError {
  return new AdapterError('validation', message, { resource: 'files', status: 400, issues: [{ path: [path], message }] });
}

/** The upload's bytes checked as the memory adapter checks them (then its name, which ClientFile limits). */
export function checkUpload(file: unknown): asserts file is Blob & { name?: string } {
  if (!(file instanceof Blob)) throw fileError('file', 'Expected a file');
  if (file.size > FILE_LIMITS.maxBytes) throw fileError('size', `The file is larger than ${FILE_LIMITS.maxBytes} bytes`);
  if (!(FILE_LIMITS.mimeTypes as readonly string[]).includes(file.type)) throw fileError('type', `Files of type ${file.type || 'unknown'} are not accepted`);
  if (((file as { name?: string }).name ?? '').length > 255) throw fileError('name', 'The file name is longer than 255 characters');
}

/** A cursor this server did not make is a 400 at `cursor` (as for clients). */
function pageStart(query: z.infer<typeof querySchema>): number {
  try {
    return startOffset(query, 'files');
  } catch (error) {
    if (error instanceof AdapterError) throw new AdapterError('validation', error.message, { resource: 'files', issues: error.issues, status: 400 });
    throw error;
  }
}

/** Stores one file's metadata and bytes (inside the caller's transaction). */
export async function insertFile(sql: Sql, tenant: string, record: FileRow, bytes: Uint8Array): Promise<void> {
  await sql.query(
    `INSERT INTO client_files (tenant_id, id, client_id, version, created_at, updated_at, uploaded_at, name, mime_type, size, kind,
       document_type_id, visible_to_client, uploaded_by, description)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15)`,
    [
      tenant, record.id, record.clientId, record.version, record.createdAt, record.updatedAt, record.uploadedAt, record.name, record.mimeType,
      record.size, record.kind, record.documentTypeId, record.visibleToClient, JSON.stringify(record.uploadedBy), record.description,
    ],
  );
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await sql.query('INSERT INTO file_blobs (tenant_id, file_id, sha256, bytes) VALUES ($1, $2, $3, $4::bytea)', [tenant, record.id, sha256, bytes]);
}

export function createFilesApi(context: TenantContext, fileUrl: FileUrl): FilesApi {
  const { db, tenant } = context;

  const toFile = (row: FileRow): ClientFile => {
    const url = fileUrl(row.clientId, row.id);
    return { ...row, url, thumbnailUrl: row.kind === 'image' ? url : null };
  };

  async function load(sql: Sql, clientId: string, id: string, lock = false): Promise<ClientFile> {
    const rows = await sql.query<FileRow>(
      `SELECT ${FILE_COLUMNS} FROM client_files WHERE tenant_id = $1 AND client_id = $2 AND id = $3${lock ? ' FOR UPDATE' : ''}`,
      [tenant, clientId, id],
    );
    if (!rows[0]) throw notFound('files', id);
    return toFile(rows[0]);
  }

  async function save(sql: Sql, current: ClientFile, changes: Partial<Pick<ClientFile, 'name' | 'description' | 'documentTypeId' | 'visibleToClient'>>): Promise<ClientFile> {
    const next = { ...current, ...changes };
    const [row] = await sql.query<FileRow>(
      `UPDATE client_files SET version = version + 1, updated_at = $4, name = $5, description = $6, document_type_id = $7, visible_to_client = $8
       WHERE tenant_id = $1 AND client_id = $2 AND id = $3 RETURNING ${FILE_COLUMNS}`,
      [tenant, current.clientId, current.id, context.now(), next.name, next.description, next.documentTypeId, next.visibleToClient],
    );
    return toFile(row!);
  }

  async function storeUpload(sql: Sql, clientId: string, file: Blob & { name?: string }, meta: FileUploadMeta): Promise<ClientFile> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const now = context.now();
    const image = file.type.startsWith('image/');
    const record: FileRow = {
      id: newId('file'),
      version: 1,
      clientId,
      createdAt: now,
      updatedAt: now,
      name: file.name || 'file',
      mimeType: file.type,
      size: bytes.byteLength,
      kind: image ? 'image' : 'document',
      documentTypeId: meta.documentTypeId ?? null,
      visibleToClient: meta.visibleToClient ?? false,
      uploadedAt: now,
      uploadedBy: context.user,
      description: meta.description ?? '',
    };
    await insertFile(sql, tenant, record, bytes);
    return toFile(record);
  }

  return {
    async list(clientId, rawQuery, options) {
      throwIfAborted(options?.signal);
      const query = parseInput(querySchema, rawQuery ?? {}, 'files');
      await loadClient(db, tenant, clientId);
      const offset = pageStart(query);
      const limit = query.limit ?? 50;
      const direction = query.order === 'asc' ? 'ASC' : 'DESC';
      const where = 'tenant_id = $1 AND client_id = $2 AND ($3::text IS NULL OR kind = $3) AND ($4::text IS NULL OR document_type_id = $4)';
      const params = [tenant, clientId, query.filter?.kind ?? null, query.filter?.documentTypeId ?? null];
      const [rows, counted] = await Promise.all([
        db.query<FileRow>(`SELECT ${FILE_COLUMNS} FROM client_files WHERE ${where} ORDER BY uploaded_at ${direction}, id ${direction} LIMIT $5 OFFSET $6`, [
          ...params,
          limit,
          offset,
        ]),
        db.query<{ total: number }>(`SELECT count(*)::int AS total FROM client_files WHERE ${where}`, params),
      ]);
      const total = counted[0]!.total;
      const end = offset + rows.length;
      return { items: rows.map(toFile), total, offset, nextCursor: end < total ? encodeCursor(end) : null };
    },
    async get(clientId, id, options) {
      throwIfAborted(options?.signal);
      return load(db, clientId, id);
    },
    upload: (clientId, file, rawMeta, options?: UploadOptions) =>
      db.transaction(async (sql) => {
        // The client's row lock serialises its uploads: two tries with one key never both store.
        await loadClient(sql, tenant, clientId, true);
        const meta = parseInput(FileUploadMeta, rawMeta ?? {}, 'files');
        checkUpload(file);
        throwIfAborted(options?.signal);
        if (options?.idempotencyKey === undefined) return storeUpload(sql, clientId, file, meta);
        const key = parseInput(IdempotencyKey, options.idempotencyKey, 'files');
        const scope = `files:${clientId}`;
        const [stored] = await sql.query<{ result: { fileId: string } }>('SELECT result FROM idempotency_keys WHERE tenant_id = $1 AND scope = $2 AND key = $3', [
          tenant,
          scope,
          key,
        ]);
        // The file stored the first time, while it exists (as the memory adapter: a removed one is uploaded again).
        const earlier = stored && (await load(sql, clientId, stored.result.fileId).catch(() => undefined));
        if (earlier) return earlier;
        const uploaded = await storeUpload(sql, clientId, file, meta);
        await sql.query(
          `INSERT INTO idempotency_keys (tenant_id, scope, key, result) VALUES ($1, $2, $3, $4::jsonb)
           ON CONFLICT (tenant_id, scope, key) DO UPDATE SET result = EXCLUDED.result, created_at = now()`,
          [tenant, scope, key, JSON.stringify({ fileId: uploaded.id })],
        );
        return uploaded;
      }),
    update: (clientId, id, rawPatch, rawOptions) =>
      db.transaction(async (sql) => {
        const patch = parseInput(FilePatch, rawPatch, 'files');
        const { expectedVersion } = parseInput(UpdateOptions, rawOptions, 'files');
        const current = await load(sql, clientId, id, true);
        checkVersion(current, expectedVersion, 'files');
        const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
        return save(sql, current, changes);
      }),
    setVisibleToClient: (clientId, id, visible) =>
      db.transaction(async (sql) => {
        const flag = parseInput(z.boolean(), visible, 'files');
        return save(sql, await load(sql, clientId, id, true), { visibleToClient: flag });
      }),
    async remove(clientId, id) {
      // The bytes go with the row (file_blobs references it ON DELETE CASCADE).
      const rows = await db.query('DELETE FROM client_files WHERE tenant_id = $1 AND client_id = $2 AND id = $3 RETURNING id', [tenant, clientId, id]);
      if (!rows.length) throw notFound('files', id);
    },
  };
}
