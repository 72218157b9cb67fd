// Rules the record tabs rely on: an upload retried with its idempotency key stores the file once,
// and notes carry what the notes tab filters by (kind, category, keyword).
import { ClientFile, Note } from '../../model/index.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, ok } from './assert.js';
import { createClient, parse } from './support.js';
import { namedBlob } from './files-forms-reviews.js';

export function registerRecordsRules(harness: Harness): void {
  area(harness, 'record rules (notes, files)', 'test', (test) => {
    test('files.upload with the same idempotency key stores the file once; another key stores another', async ({ adapter, need, Marker }) => {
      const files = need('files');
      const client = await createClient(adapter, { firstName: 'Idem', lastName: `Upload ${Marker}` });
      const key = `conformance-upload-${Marker}`;
      const first = parse(ClientFile, await files.upload(client.id, namedBlob(['one'], 'report.txt', 'text/plain'), {}, { idempotencyKey: key }), 'files.upload');
      const retried = parse(ClientFile, await files.upload(client.id, namedBlob(['one'], 'report.txt', 'text/plain'), {}, { idempotencyKey: key }), 'files.upload (retry)');
      equal(retried.id, first.id, 'the retry returns the file stored the first time');
      const listed = (await files.list(client.id, { limit: 50 })).items;
      deepEqual(listed.map((file) => file.id), [first.id], 'one file is stored');
      const other = await files.upload(client.id, namedBlob(['two'], 'report.txt', 'text/plain'), {}, { idempotencyKey: `${key}-2` });
      ok(other.id !== first.id, 'another key stores another file');
      equal((await files.list(client.id, { limit: 50 })).items.length, 2, 'two files after two submissions');
    });

    test('notes: attention notes keep their appointment; list filters by kind, category and keyword', async ({ adapter, need, Marker }) => {
      const notes = need('notes');
      const client = await createClient(adapter, { firstName: 'Nota', lastName: `Filtros ${Marker}` });
      const general = parse(Note, await notes.create(client.id, { body: 'Prefiere café', categoryId: 'cat-a', keywords: ['Café', 'mañana'] }), 'notes.create');
      const attention = parse(Note, await notes.create(client.id, { kind: 'attention', appointmentId: 'apt-conformance', body: 'Reacción leve' }), 'notes.create');
      equal(attention.appointmentId, 'apt-conformance', 'the attention note keeps its appointment');
      deepEqual(general.keywords, ['Café', 'mañana'], 'keywords are stored as written');
      const ids = async (filter: object) => (await notes.list(client.id, { filter })).items.map((note) => note.id);
      deepEqual(await ids({ kind: 'attention' }), [attention.id], 'filter by kind');
      deepEqual(await ids({ categoryId: 'cat-a' }), [general.id], 'filter by category');
      deepEqual(await ids({ keyword: 'café' }), [general.id], 'filter by keyword (any case)');
    });
  });
}
