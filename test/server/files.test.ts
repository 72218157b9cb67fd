// The reference server's files on PGlite and on PostgreSQL, at its HTTP edge: the bytes a client
// downloads from a file's `url` are the bytes uploaded (type, name and length in the headers), another
// tenant sees neither the record nor the bytes, removing a file removes its bytes, and a malformed
// upload is a 400 problem+json naming the part or property, storing nothing.
import { expect } from '@open-wc/testing';
import { isAdapterError, type AdapterError } from '../../src/adapter/adapter-error.js';
import { namedBlob } from '../../src/adapter/conformance/files-forms-reviews.js';
import { newMarker } from '../../src/adapter/conformance/support.js';
import { FILE_LIMITS } from '../../src/model/index.js';
import { rejection } from '../support/rejection.js';
import { serverAdapter, tenantUrlOf, useServer, type ServerKind } from './pg-servers.js';

async function adapterError(promise: Promise<unknown>): Promise<AdapterError> {
  const error = await rejection(promise);
  expect(isAdapterError(error), `expected an AdapterError, got ${String(error)}`).to.equal(true);
  return error as AdapterError;
}

interface Problem {
  status: number;
  kind: string;
  errors?: { path: (string | number)[] }[];
}

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('Content-Type')).to.contain('application/problem+json');
  return (await response.json()) as Problem;
}

const paths = (problem: Problem) => (problem.errors ?? []).map((error) => error.path.join('.'));

/** Bytes that are not text and span several of the content route's 1 MiB slices. */
function binaryBytes(length: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.byteLength === b.byteLength && a.every((value, index) => value === b[index]);

for (const kind of ['pglite', 'postgres'] as ServerKind[]) {
  describe(`reference server on ${kind}: files and their bytes`, function () {
    this.timeout(60_000);
    const server = useServer(kind);
    let marker: string;
    beforeEach(() => (marker = newMarker()));

    it('the bytes at a file’s url are the bytes uploaded, with their type, name and length', async () => {
      const adapter = serverAdapter(tenantUrlOf(server(), `f${marker}`));
      const client = await adapter.clients.create({ firstName: 'Bytes', lastName: marker });
      const bytes = binaryBytes(2_600_000, 7);
      const uploaded = await adapter.files!.upload(client.id, namedBlob([bytes], 'Informe médico.pdf', 'application/pdf'), { description: 'Scan' });
      expect(uploaded.size).to.equal(bytes.byteLength);
      expect(uploaded.url).to.match(/^http:\/\/.+\/clients\/[^/]+\/files\/[^/]+\/content$/);
      expect(uploaded.thumbnailUrl).to.equal(null);

      const response = await fetch(uploaded.url);
      expect(response.status).to.equal(200);
      expect(response.headers.get('Content-Type')).to.equal('application/pdf');
      expect(response.headers.get('Content-Length')).to.equal(String(bytes.byteLength));
      expect(response.headers.get('Content-Disposition')).to.equal(`inline; filename="Informe m_dico.pdf"; filename*=UTF-8''Informe%20m%C3%A9dico.pdf`);
      expect(sameBytes(new Uint8Array(await response.arrayBuffer()), bytes), 'downloaded bytes equal the uploaded ones').to.equal(true);

      const download = await fetch(`${uploaded.url}?download`);
      expect(download.headers.get('Content-Disposition')).to.match(/^attachment; /);
      expect((await download.arrayBuffer()).byteLength).to.equal(bytes.byteLength);

      // An image's thumbnail is its own bytes; the browser may reuse a copy it has (304 on its ETag).
      const png = binaryBytes(300, 3);
      const image = await adapter.files!.upload(client.id, namedBlob([png], 'before.png', 'image/png'), {});
      expect(image.thumbnailUrl).to.equal(image.url);
      const first = await fetch(image.thumbnailUrl!);
      expect(first.headers.get('Content-Type')).to.equal('image/png');
      expect(sameBytes(new Uint8Array(await first.arrayBuffer()), png)).to.equal(true);
      const again = await fetch(image.url, { headers: { 'If-None-Match': first.headers.get('ETag')! } });
      expect(again.status).to.equal(304);

      // A rename changes the name the bytes are sent under, not the bytes.
      const renamed = await adapter.files!.update(client.id, uploaded.id, { name: 'report.pdf' }, { expectedVersion: uploaded.version });
      const afterRename = await fetch(renamed.url);
      expect(afterRename.headers.get('Content-Disposition')).to.contain('filename="report.pdf"');
      expect(sameBytes(new Uint8Array(await afterRename.arrayBuffer()), bytes)).to.equal(true);
    });

    it("another tenant's file is a 404, its bytes too; a removed file's bytes are gone", async () => {
      const a = serverAdapter(tenantUrlOf(server(), `a${marker}`));
      const b = serverAdapter(tenantUrlOf(server(), `b${marker}`));
      const client = await a.clients.create({ firstName: 'Only', lastName: `In A ${marker}` });
      const file = await a.files!.upload(client.id, namedBlob(['consent of A'], 'consent.txt', 'text/plain'), { visibleToClient: false });

      expect((await adapterError(b.files!.list(client.id))).status, "B lists A's client's files").to.equal(404);
      expect((await adapterError(b.files!.get(client.id, file.id))).status, "B gets A's file").to.equal(404);
      expect((await adapterError(b.files!.update(client.id, file.id, { name: 'stolen.txt' }, { expectedVersion: file.version }))).status).to.equal(404);
      expect((await adapterError(b.files!.setVisibleToClient(client.id, file.id, true))).status).to.equal(404);
      expect((await adapterError(b.files!.remove(client.id, file.id))).status).to.equal(404);
      expect((await adapterError(b.files!.upload(client.id, namedBlob(['x'], 'x.txt', 'text/plain'), {}))).status, "B uploads to A's client").to.equal(404);

      // The bytes at B's own URL for A's file, and under another client of A.
      const foreignBytes = await fetch(file.url.replace(`/tenants/wtr-a${marker}/`, `/tenants/wtr-b${marker}/`));
      expect(foreignBytes.status).to.equal(404);
      expect((await problemOf(foreignBytes)).kind).to.equal('not-found');
      const other = await a.clients.create({ firstName: 'Other', lastName: marker });
      expect((await fetch(file.url.replace(`/clients/${client.id}/`, `/clients/${other.id}/`))).status).to.equal(404);

      // Nothing of A changed, and A still reads its bytes.
      expect(await a.files!.get(client.id, file.id)).to.deep.equal(file);
      expect(await (await fetch(file.url)).text()).to.equal('consent of A');

      await a.files!.remove(client.id, file.id);
      const removed = await fetch(file.url);
      expect(removed.status, 'bytes after remove').to.equal(404);
      expect((await problemOf(removed)).kind).to.equal('not-found');
    });

    it('a malformed upload is a 400 problem+json naming the field, and stores nothing', async () => {
      const base = tenantUrlOf(server(), `m${marker}`);
      const client = await serverAdapter(base).clients.create({ firstName: 'Malformed', lastName: marker });
      const upload = (parts: Record<string, string | Blob>) => {
        const form = new FormData();
        for (const [name, value] of Object.entries(parts)) form.append(name, value);
        return fetch(`${base}/clients/${client.id}/files`, { method: 'POST', body: form });
      };
      const text = () => namedBlob(['hello'], 'hello.txt', 'text/plain');
      const cases: [string, Record<string, string | Blob>, string[]][] = [
        ['no file part', { meta: '{}' }, ['file']],
        ['a file part that is text', { file: 'not a file', meta: '{}' }, ['file']],
        ['an executable', { file: namedBlob(['MZ'], 'setup.exe', 'application/x-msdownload') }, ['type']],
        ['an SVG', { file: namedBlob(['<svg onload="alert(1)"/>'], 'x.svg', 'image/svg+xml') }, ['type']],
        ['a name over 255 characters', { file: namedBlob(['x'], `${'n'.repeat(252)}.txt`, 'text/plain') }, ['name']],
        ['a description that is a number', { file: text(), meta: JSON.stringify({ description: 5 }) }, ['description']],
        ['visibleToClient as text', { file: text(), meta: JSON.stringify({ visibleToClient: 'yes', documentTypeId: '' }) }, ['visibleToClient', 'documentTypeId']],
      ];
      for (const [label, parts, expected] of cases) {
        const response = await upload(parts);
        expect(response.status, label).to.equal(400);
        expect(paths(await problemOf(response)), label).to.include.members(expected);
      }
      const notJson = await upload({ file: text(), meta: '{"description": ' });
      expect(notJson.status, 'meta that is not JSON').to.equal(400);
      const notJsonProblem = await problemOf(notJson);
      expect(notJsonProblem.kind).to.equal('validation');
      expect(paths(notJsonProblem), 'names the meta part').to.deep.equal(['meta']);

      // Over the size limit: refused (a declared length far over it, before the body is read).
      const huge = await upload({ file: namedBlob([new Uint8Array(FILE_LIMITS.maxBytes + 2 * 1024 * 1024)], 'huge.pdf', 'application/pdf') });
      expect(huge.status).to.equal(400);
      expect(paths(await problemOf(huge))).to.deep.equal(['size']);

      const stale = await serverAdapter(base).files!.upload(client.id, text(), {});
      const renamed = await fetch(`${base}/clients/${client.id}/files/${stale.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': `"${stale.version + 1}"` },
        body: JSON.stringify({ name: 'stale.txt' }),
      });
      expect(renamed.status, 'a stale If-Match').to.equal(412);
      const blank = await fetch(`${base}/clients/${client.id}/files/${stale.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'If-Match': `"${stale.version}"` },
        body: JSON.stringify({ name: '  ' }),
      });
      expect(blank.status).to.equal(400);
      expect(paths(await problemOf(blank))).to.deep.equal(['name']);

      // Only the valid upload was stored, unchanged.
      const page = await serverAdapter(base).files!.list(client.id);
      expect(page.items).to.deep.equal([stale]);
    });
  });
}
