import type { Client, Group, Tag } from '../../model/index.js';
import type { RelatedRecords } from './related-records.js';
import type { MemoryStore, StoreChange } from './store.js';

const RECORDS = 'records';
const BLOBS = 'blobs';

interface PersistedRecord {
  key: string;
  kind: StoreChange['kind'];
  id: string;
  /** null marks a deletion of a generated record. */
  value: unknown;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDatabase(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(RECORDS, { keyPath: 'key' });
    open.result.createObjectStore(BLOBS);
  };
  return request(open);
}

function changeId(change: StoreChange): string {
  return change.kind === 'related' ? change.clientId : change.id;
}

/** Files keep blob: URLs, which die with the page: make new ones from the stored bytes. */
function reviveFileUrls(records: RelatedRecords, blobs: Map<string, Blob>): void {
  for (const file of records.files) {
    const blob = blobs.get(file.id);
    if (!blob) continue;
    const url = URL.createObjectURL(blob);
    file.url = url;
    if (file.thumbnailUrl) file.thumbnailUrl = url;
  }
}

/**
 * Keeps demo edits across reloads: the seed regenerates the base data, and IndexedDB holds only
 * what changed since (records written through, deletions as tombstones, file bytes).
 */
export async function attachPersistence(store: MemoryStore, databaseName: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const db = await openDatabase(databaseName);
  // Let "reset demo data" (deleteDatabase) and newer tabs proceed: writes after that are dropped.
  let closed = false;
  db.onversionchange = () => {
    closed = true;
    db.close();
  };
  const tx = db.transaction([RECORDS, BLOBS], 'readonly');
  const [saved, blobKeys, blobValues] = await Promise.all([
    request(tx.objectStore(RECORDS).getAll() as IDBRequest<PersistedRecord[]>),
    request(tx.objectStore(BLOBS).getAllKeys()),
    request(tx.objectStore(BLOBS).getAll() as IDBRequest<Blob[]>),
  ]);
  blobKeys.forEach((key, index) => store.fileBlobs.set(String(key), blobValues[index]!));
  const order: StoreChange['kind'][] = ['group', 'tag', 'client', 'related', 'idempotency'];
  saved.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const record of saved) {
    switch (record.kind) {
      case 'client':
        if (record.value) store.putClient(record.value as Client, false);
        else store.deleteClient(record.id);
        break;
      case 'related':
        if (record.value && store.findClient(record.id)) {
          reviveFileUrls(record.value as RelatedRecords, store.fileBlobs);
          store.restoreRelated(record.id, record.value as RelatedRecords);
        }
        break;
      case 'group':
        if (record.value) store.groups.set(record.id, record.value as Group);
        else store.groups.delete(record.id);
        break;
      case 'tag':
        if (record.value) store.tags.set(record.id, record.value as Tag);
        else store.tags.delete(record.id);
        break;
      case 'idempotency':
        store.idempotency.set(record.id, record.value);
        break;
    }
  }
  store.recountGroups();

  // Write changes through, a batch per task, last change of a record winning.
  const pending = new Map<string, StoreChange>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (closed) return;
    const changes = [...pending.values()];
    pending.clear();
    const write = db.transaction([RECORDS, BLOBS], 'readwrite');
    for (const change of changes) {
      const id = changeId(change);
      write.objectStore(RECORDS).put({ key: `${change.kind}:${id}`, kind: change.kind, id, value: change.value ?? null } satisfies PersistedRecord);
      if (change.kind === 'related' && change.value) {
        for (const file of change.value.files) {
          const blob = store.fileBlobs.get(file.id);
          if (blob) write.objectStore(BLOBS).put(blob, file.id);
        }
      }
    }
  };
  store.onChange((change) => {
    pending.set(`${change.kind}:${changeId(change)}`, change);
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 0);
    }
  });
}

/** Removes the saved demo edits of a database (the demo's "reset data" button). */
export async function clearPersistence(databaseName: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await request(indexedDB.deleteDatabase(databaseName));
}
