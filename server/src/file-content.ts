// The bytes of a file, at the URL its ClientFile carries (`url`, and `thumbnailUrl` for images):
//   GET|HEAD <basePath>/tenants/{tenant}/clients/{clientId}/files/{id}/content[?download]
// Not a contract route (the REST adapter never builds it: it follows `url`), so it is documented in
// docs/adapters.md rather than in docs/openapi.json. Streamed from file_blobs in slices, with the
// stored type, length and name; another tenant's or client's file is a 404 like any record.
// Also here: an upload whose declared length is far over FILE_LIMITS is refused before its body is
// read (the contract's upload route would buffer it whole first).
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { AdapterError } from '../../src/adapter/adapter-error.js';
import { FILE_LIMITS } from '../../src/model/index.js';
import { CORS_ALLOW_HEADERS, CORS_EXPOSE_HEADERS, type CorsOptions } from '../../mocks/server/handler.js';
import { problemForError, problemForStatus, problemResponse } from '../../mocks/server/problem-response.js';
import { fileError } from './adapter/files.js';
import type { Database } from './db/database.js';

/** Bytes read per query while streaming: small enough to keep memory flat, large enough to be few. */
const SLICE = 1024 * 1024;
/** Room for the multipart framing and the `meta` part above the file's own limit. */
const MULTIPART_ALLOWANCE = 1024 * 1024;
/** Types a browser shows in place (the others download); `?download` always downloads. */
const INLINE = /^(image\/|application\/pdf$|text\/plain$)/;

export interface FileContentOptions {
  db: Database;
  /** Where tenants live, e.g. '/api/tenants/:tenant'. */
  tenantPath: string;
  /** The tenant key of a request, or an AdapterError (400) when it is not valid. */
  tenantOf(c: Context): string;
  cors?: CorsOptions | false;
}

/** `inline; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback and the exact name. */
export function contentDisposition(name: string, download: boolean): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const exact = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${download ? 'attachment' : 'inline'}; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

interface ContentRow {
  name: string;
  mimeType: string;
  sha256: string;
  length: number;
}

/** The content route and the upload guard, or undefined for every other request (the contract's handler answers it). */
export function createFileContentRoutes(options: FileContentOptions): (request: Request) => Promise<Response | undefined> {
  const { db } = options;
  const app = new Hono();
  const contentPath = `${options.tenantPath}/clients/:clientId/files/:id/content`;
  const uploadPath = `${options.tenantPath}/clients/:clientId/files`;
  if (options.cors !== false) {
    const corsOptions = options.cors ?? {};
    const middleware = cors({
      origin: corsOptions.origin ?? '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      allowHeaders: [...CORS_ALLOW_HEADERS, 'If-None-Match'],
      exposeHeaders: [...CORS_EXPOSE_HEADERS, 'Content-Disposition', 'Content-Length'],
      credentials: corsOptions.credentials ?? false,
      maxAge: 600,
    });
    app.use(contentPath, middleware);
    app.use(uploadPath, middleware);
  }

  app.notFound(() => problemResponse(problemForStatus(404, { detail: 'No such route in the clientela HTTP contract', kind: 'not-found' })));

  app.post(uploadPath, async (c, next) => {
    const declared = Number(c.req.header('Content-Length'));
    if (Number.isFinite(declared) && declared > FILE_LIMITS.maxBytes + MULTIPART_ALLOWANCE) {
      return problemResponse(problemForError(fileError('size', `The file is larger than ${FILE_LIMITS.maxBytes} bytes`), false));
    }
    await next();
  });

  app.get(contentPath, async (c) => {
    let tenant: string;
    try {
      tenant = options.tenantOf(c);
    } catch (error) {
      return problemResponse(problemForError(error, false));
    }
    const { clientId, id } = c.req.param() as { clientId: string; id: string };
    const [file] = await db.query<ContentRow>(
      `SELECT f.name, f.mime_type AS "mimeType", b.sha256, octet_length(b.bytes)::float8 AS length
       FROM client_files f JOIN file_blobs b ON b.tenant_id = f.tenant_id AND b.file_id = f.id
       WHERE f.tenant_id = $1 AND f.client_id = $2 AND f.id = $3`,
      [tenant, clientId, id],
    );
    if (!file) return problemResponse(problemForError(new AdapterError('not-found', `No files record with id ${id}`, { resource: 'files' }), false));

    const etag = `"${file.sha256}"`;
    const headers = new Headers({
      'Content-Type': file.mimeType,
      'Content-Disposition': contentDisposition(file.name, c.req.query('download') !== undefined || !INLINE.test(file.mimeType)),
      ETag: etag,
      // Client files are private: kept by the browser only, and checked again (a 304) before reuse.
      'Cache-Control': 'private, no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    // Opened on the server's origin, a document never runs script there (PDFs keep the browser's viewer).
    if (file.mimeType !== 'application/pdf') headers.set('Content-Security-Policy', "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox");
    const candidates = c.req.header('If-None-Match');
    if (candidates && candidates.split(',').some((value) => value.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers });
    headers.set('Content-Length', String(file.length));

    let offset = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        async pull(controller) {
          if (offset >= file.length) return controller.close();
          const [slice] = await db.query<{ bytes: Uint8Array | null }>(
            'SELECT substring(bytes FROM $3 FOR $4) AS bytes FROM file_blobs WHERE tenant_id = $1 AND file_id = $2',
            [tenant, id, offset + 1, SLICE],
          );
          // Removed while it streamed: end the response short (the client sees a failed download).
          if (!slice?.bytes?.byteLength) return controller.error(new Error(`file ${id} was removed while it was read`));
          offset += slice.bytes.byteLength;
          controller.enqueue(new Uint8Array(slice.bytes));
        },
      },
      { highWaterMark: 0 }, // nothing is read before the client asks (a HEAD reads nothing)
    );
    return new Response(body, { status: 200, headers });
  });

  app.all(contentPath, () => problemResponse(problemForStatus(405, { detail: 'The content of a file is read with GET', kind: 'validation' }), { Allow: 'GET, HEAD' }));

  const content = /\/clients\/[^/]+\/files\/[^/]+\/content$/;
  const upload = /\/clients\/[^/]+\/files$/;
  return async (request) => {
    const { pathname } = new URL(request.url);
    if (!content.test(pathname) && !(upload.test(pathname) && request.method === 'POST')) return undefined;
    const response = await app.fetch(request);
    // The guard let the upload through (or the path was not a tenant's): the contract's handler answers.
    return response.status === 404 && !content.test(pathname) ? undefined : response;
  };
}
