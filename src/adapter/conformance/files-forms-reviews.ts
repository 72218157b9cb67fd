import { ClientFile, FILE_LIMITS, FormAssignment, Review } from '../../model/index.js';
import type { Harness } from './harness.js';
import { area } from './harness.js';
import { deepEqual, equal, ok, rejectsWithAbort, rejectsWithKind, show, fieldsEqual } from './assert.js';
import { catalogOf, createClient, existingClients, parse, sleep, time, unknownId } from './support.js';

/** A named Blob (a File where the platform has one). */
export function namedBlob(parts: BlobPart[], name: string, type: string): Blob & { name: string } {
  if (typeof File === 'function') return new File(parts, name, { type });
  return Object.assign(new Blob(parts, { type }), { name });
}

// A 1×1 transparent PNG (decoded when a test needs it: nothing runs at module scope).
function pngBytes(): Uint8Array<ArrayBuffer> {
  const base64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

export function registerFilesFormsReviews(harness: Harness): void {
  area(harness, 'files', 'test', (test) => {
    test('upload reports progress (final loaded = total), then list, get, setVisibleToClient, update, remove', async ({ adapter, need, Marker }) => {
      const files = need('files');
      const client = await createClient(adapter, { firstName: 'Fil', lastName: `Upload ${Marker}` });
      const text = 'Consentimiento informado — conformance';
      const blob = namedBlob([text], 'consent.txt', 'text/plain');
      const progress: [number, number][] = [];
      const uploaded = parse(
        ClientFile,
        await files.upload(client.id, blob, { description: 'Signed consent', visibleToClient: false }, { onProgress: (loaded, total) => progress.push([loaded, total]) }),
        'files.upload',
      );
      ok(progress.length > 0, 'onProgress was called');
      const [loaded, total] = progress.at(-1)!;
      equal(loaded, total, `the last progress report is complete (${show(progress)})`);
      for (let index = 1; index < progress.length; index += 1) ok(progress[index]![0] >= progress[index - 1]![0], `progress never goes back (${show(progress)})`);
      fieldsEqual(
        uploaded,
        { clientId: client.id, name: 'consent.txt', mimeType: 'text/plain', size: blob.size, kind: 'document', visibleToClient: false, description: 'Signed consent', version: 1 },
        'uploaded file',
      );
      const page = await files.list(client.id);
      deepEqual(page.items.map((item) => item.id), [uploaded.id], 'listed files');
      deepEqual(parse(ClientFile, await files.get(client.id, uploaded.id), 'files.get'), uploaded, 'get');

      const visible = parse(ClientFile, await files.setVisibleToClient(client.id, uploaded.id, true), 'files.setVisibleToClient');
      equal(visible.visibleToClient, true, 'visibleToClient after setVisibleToClient(true)');
      equal((await files.get(client.id, uploaded.id)).visibleToClient, true, 'visibleToClient as stored');
      await sleep(5);
      const renamed = parse(ClientFile, await files.update(client.id, uploaded.id, { name: 'consent-2025.txt', description: 'Renamed' }, { expectedVersion: visible.version }), 'files.update');
      fieldsEqual(renamed, { name: 'consent-2025.txt', description: 'Renamed', version: visible.version + 1 }, 'updated file');
      ok(time(renamed.updatedAt) > time(uploaded.updatedAt), 'updatedAt moves forward');
      await rejectsWithKind(files.update(client.id, uploaded.id, { description: 'Stale' }, { expectedVersion: visible.version }), 'conflict', { message: 'stale update' });

      await files.remove(client.id, uploaded.id);
      await rejectsWithKind(files.get(client.id, uploaded.id), 'not-found', { message: 'get after remove' });
      equal((await files.list(client.id)).total, 0, 'files after remove');
    });

    test('an image upload is kind image; the kind filter separates images and documents', async ({ adapter, need, Marker }) => {
      const files = need('files');
      const client = await createClient(adapter, { firstName: 'Fil', lastName: `Image ${Marker}` });
      const png = pngBytes();
      const image = parse(ClientFile, await files.upload(client.id, namedBlob([png], 'before.png', 'image/png'), {}), 'files.upload');
      fieldsEqual(image, { kind: 'image', mimeType: 'image/png', size: png.length }, 'uploaded image');
      const document = parse(ClientFile, await files.upload(client.id, namedBlob(['%PDF-1.4'], 'report.pdf', 'application/pdf'), {}), 'files.upload');
      equal(document.kind, 'document', 'a PDF is a document');
      deepEqual((await files.list(client.id, { filter: { kind: 'image' } })).items.map((item) => item.id), [image.id], "filter kind 'image'");
      deepEqual((await files.list(client.id, { filter: { kind: 'document' } })).items.map((item) => item.id), [document.id], "filter kind 'document'");
    });

    test('a file over FILE_LIMITS.maxBytes or of a disallowed type → validation, nothing stored', async ({ adapter, need, Marker }) => {
      const files = need('files');
      const client = await createClient(adapter, { firstName: 'Fil', lastName: `Limits ${Marker}` });
      const big = namedBlob([new Uint8Array(FILE_LIMITS.maxBytes + 1)], 'huge.pdf', 'application/pdf');
      await rejectsWithKind(files.upload(client.id, big, {}), 'validation', { message: `a file of ${FILE_LIMITS.maxBytes + 1} bytes` });
      await rejectsWithKind(files.upload(client.id, namedBlob(['MZ'], 'setup.exe', 'application/x-msdownload'), {}), 'validation', { message: 'an .exe file' });
      await rejectsWithKind(files.upload(client.id, namedBlob(['<svg onload="alert(1)"/>'], 'x.svg', 'image/svg+xml'), {}), 'validation', { message: 'an SVG file' });
      equal((await files.list(client.id)).total, 0, 'files stored after the refused uploads');
    });

    test('upload with an already-aborted signal rejects with AbortError and stores nothing; unknown client → not-found', async ({ adapter, need, Marker, marker }) => {
      const files = need('files');
      const client = await createClient(adapter, { firstName: 'Fil', lastName: `Abort ${Marker}` });
      const controller = new AbortController();
      controller.abort();
      await rejectsWithAbort(files.upload(client.id, namedBlob(['x'], 'x.txt', 'text/plain'), {}, { signal: controller.signal }), 'upload with an aborted signal');
      equal((await files.list(client.id)).total, 0, 'files after the aborted upload');
      await rejectsWithKind(files.upload(unknownId(marker), namedBlob(['x'], 'x.txt', 'text/plain'), {}), 'not-found', { message: 'upload for an unknown client' });
    });
  });

  area(harness, 'forms', 'test', (test) => {
    test('assign from catalog formTemplates; remove while pending; unknown form → validation or not-found', async ({ adapter, need, Marker, marker, skip }) => {
      const forms = need('forms');
      need('catalog');
      const template = (await catalogOf(adapter))!.formTemplates[0];
      if (!template) return skip('the catalog has no form templates');
      const client = await createClient(adapter, { firstName: 'Frm', lastName: `Assign ${Marker}` });
      const assigned = parse(FormAssignment, await forms.assign(client.id, { formId: template.id }), 'forms.assign');
      fieldsEqual(
        assigned,
        { clientId: client.id, formId: template.id, formName: template.name, status: 'pending', source: 'manual', completedAt: null, responseUrl: null },
        'assigned form',
      );
      const listed = await forms.list(client.id);
      ok(listed.items.some((item) => item.id === assigned.id), 'the assigned form is listed');
      deepEqual(parse(FormAssignment, await forms.get(client.id, assigned.id), 'forms.get'), assigned, 'get');
      await forms.remove(client.id, assigned.id);
      await rejectsWithKind(forms.get(client.id, assigned.id), 'not-found', { message: 'get after remove' });
      await rejectsWithKind(forms.assign(client.id, { formId: unknownId(marker) }), ['validation', 'not-found'], { message: 'assign of an unknown form' });
    });

    test('a filled form cannot be removed (conflict), where existing data has one', async ({ adapter, need, skip }) => {
      const forms = need('forms');
      for (const row of await existingClients(adapter, 20)) {
        const completed = (await forms.list(row.id, { limit: 100 })).items.find((item) => item.status === 'completed' || item.status === 'in-progress');
        if (!completed) continue;
        await rejectsWithKind(forms.remove(row.id, completed.id), 'conflict', { message: `remove of a ${completed.status} form` });
        equal((await forms.get(row.id, completed.id)).status, completed.status, 'the form is kept');
        return;
      }
      skip('no completed or in-progress form among the first 20 clients');
    });
  });

  area(harness, 'reviews', 'test', (test) => {
    test('reply with version (+1), stale version conflict; minRating filter', async ({ adapter, need, skip }) => {
      const reviews = need('reviews');
      for (const row of await existingClients(adapter, 20)) {
        if (row.stats.reviewCount === 0) continue;
        const page = await reviews.list(row.id, { limit: 100 });
        const review = page.items[0];
        if (!review) continue;
        parse(Review, review, 'reviews.list items[0]');
        const original = review.reply;
        const replied = parse(Review, await reviews.reply(row.id, review.id, { reply: 'Thank you for your visit!' }, { expectedVersion: review.version }), 'reviews.reply');
        fieldsEqual(replied, { reply: 'Thank you for your visit!', version: review.version + 1, rating: review.rating }, 'replied review');
        await rejectsWithKind(reviews.reply(row.id, review.id, { reply: 'Stale' }, { expectedVersion: review.version }), 'conflict', { message: 'stale reply' });
        const restored = parse(Review, await reviews.reply(row.id, review.id, { reply: original }, { expectedVersion: replied.version }), 'reviews.reply');
        equal(restored.reply, original, 'the original reply is restored');
        const minRating = Math.max(...page.items.map((item) => item.rating));
        const filtered = await reviews.list(row.id, { filter: { minRating }, limit: 100 });
        ok(filtered.items.length > 0 && filtered.items.every((item) => item.rating >= minRating), `minRating ${minRating}: ${show(filtered.items.map((item) => item.rating))}`);
        if (page.nextCursor === null) equal(filtered.total, page.items.filter((item) => item.rating >= minRating).length, 'total with minRating');
        return;
      }
      skip('no review among the first 20 clients');
    });
  });
}
