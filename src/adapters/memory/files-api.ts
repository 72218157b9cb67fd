import * as z from 'zod/mini';
import { AdapterError } from '../../adapter/adapter-error.js';
import type { FilesApi, FormsApi, ReviewsApi, UploadOptions } from '../../adapter/contract.js';
import {
  FILE_LIMITS,
  FileFilter,
  FilePatch,
  FileUploadMeta,
  FormAssignmentInput,
  IdempotencyKey,
  ReviewFilter,
  ReviewPatch,
  UpdateOptions,
  canRemoveForm,
  type ClientFile,
  type FormAssignment,
  type PersonRef,
} from '../../model/index.js';
import { createReadCollection, newRecordMeta, replaceItem, requireItem, saveChanges } from './collection-api.js';
import { checkVersion, parseInput, throwIfAborted } from './parse.js';
import type { MemoryStore } from './store.js';

const PROGRESS_STEPS = 4;

function fileError(path: string, message: string): AdapterError {
  return new AdapterError('validation', message, { resource: 'files', issues: [{ path: [path], message }] });
}

export function createFilesApi(store: MemoryStore, user: PersonRef): FilesApi {
  const save = (clientId: string, current: ClientFile, changes: Partial<ClientFile>) => saveChanges(store, clientId, 'files', current, changes);
  /** Uploads by client and idempotency key: a retry with the key gets the file stored the first time. */
  const uploadsByKey = new Map<string, Promise<ClientFile>>();

  async function storeUpload(clientId: string, file: Blob & { name?: string }, rawMeta: unknown, options: UploadOptions | undefined): Promise<ClientFile> {
    store.requireClient(clientId);
    const meta = parseInput(FileUploadMeta, rawMeta ?? {}, 'files');
    if (!(file instanceof Blob)) throw fileError('file', 'Expected a file');
    if (file.size > FILE_LIMITS.maxBytes) throw fileError('size', `The file is larger than ${FILE_LIMITS.maxBytes} bytes`);
    if (!(FILE_LIMITS.mimeTypes as readonly string[]).includes(file.type)) throw fileError('type', `Files of type ${file.type || 'unknown'} are not accepted`);
    // Report progress in steps, as a real upload would, and honour cancellation between them.
    for (let step = 1; step <= PROGRESS_STEPS; step++) {
      throwIfAborted(options?.signal);
      await new Promise((resolve) => setTimeout(resolve, 0));
      options?.onProgress?.(Math.round((file.size * step) / PROGRESS_STEPS), file.size);
    }
    throwIfAborted(options?.signal);
    const recordMeta = newRecordMeta(store, clientId, 'file');
    const url = URL.createObjectURL(file);
    const image = file.type.startsWith('image/');
    const record: ClientFile = {
      ...recordMeta,
      name: file.name || 'file',
      mimeType: file.type,
      size: file.size,
      kind: image ? 'image' : 'document',
      documentTypeId: meta.documentTypeId ?? null,
      url,
      thumbnailUrl: image ? url : null,
      visibleToClient: meta.visibleToClient ?? false,
      uploadedAt: recordMeta.createdAt,
      uploadedBy: user,
      description: meta.description ?? '',
    };
    store.fileBlobs.set(record.id, file);
    replaceItem(store, clientId, 'files', record);
    return record;
  }

  return {
    ...createReadCollection(store, {
      key: 'files',
      resource: 'files',
      filterSchema: FileFilter,
      dateOf: (item) => item.uploadedAt,
      matches: (item, filter) => (!filter.kind || item.kind === filter.kind) && (!filter.documentTypeId || item.documentTypeId === filter.documentTypeId),
    }),
    async upload(clientId, file, rawMeta, options) {
      if (options?.idempotencyKey === undefined) return storeUpload(clientId, file, rawMeta, options);
      const key = `${clientId}\u0000${parseInput(IdempotencyKey, options.idempotencyKey, 'files')}`;
      const earlier = uploadsByKey.get(key);
      if (earlier) {
        const stored = await earlier.catch(() => undefined);
        const current = stored && store.collection(clientId, 'files').find((item) => item.id === stored.id);
        if (current) return current;
      }
      const upload = storeUpload(clientId, file, rawMeta, options);
      uploadsByKey.set(key, upload);
      // A failed upload stored nothing: forget it, so the retry uploads.
      upload.catch(() => uploadsByKey.get(key) === upload && uploadsByKey.delete(key));
      return upload;
    },
    async update(clientId, id, rawPatch, rawOptions) {
      const patch = parseInput(FilePatch, rawPatch, 'files');
      const { expectedVersion } = parseInput(UpdateOptions, rawOptions, 'files');
      const current = requireItem(store, clientId, 'files', id, 'files');
      checkVersion(current, expectedVersion, 'files');
      return save(clientId, current, patch);
    },
    async setVisibleToClient(clientId, id, visible) {
      const flag = parseInput(z.boolean(), visible, 'files');
      return save(clientId, requireItem(store, clientId, 'files', id, 'files'), { visibleToClient: flag });
    },
    async remove(clientId, id) {
      const item = requireItem(store, clientId, 'files', id, 'files');
      const items = store.collection(clientId, 'files');
      items.splice(items.indexOf(item), 1);
      store.fileBlobs.delete(id);
      store.relatedChanged(clientId);
    },
  };
}

export function createFormsApi(store: MemoryStore): FormsApi {
  return {
    ...createReadCollection(store, {
      key: 'forms',
      resource: 'forms',
      filterSchema: z.object({}),
      dateOf: (item) => item.assignedAt,
    }),
    async assign(clientId, rawInput) {
      store.requireClient(clientId);
      const { formId } = parseInput(FormAssignmentInput, rawInput, 'forms');
      const template = store.catalog.formTemplates.find((candidate) => candidate.id === formId);
      if (!template) {
        throw new AdapterError('validation', `Unknown form ${formId}`, { resource: 'forms', issues: [{ path: ['formId'], message: 'Unknown form' }] });
      }
      const recordMeta = newRecordMeta(store, clientId, 'frm');
      const assignment: FormAssignment = {
        ...recordMeta,
        formId,
        formName: template.name,
        status: 'pending',
        assignedAt: recordMeta.createdAt,
        completedAt: null,
        source: 'manual',
        responseUrl: null,
      };
      replaceItem(store, clientId, 'forms', assignment);
      return assignment;
    },
    async remove(clientId, id) {
      const item = requireItem(store, clientId, 'forms', id, 'forms');
      if (!canRemoveForm(item)) {
        throw new AdapterError('conflict', 'A form the client has started or completed cannot be removed', { resource: 'forms', current: item });
      }
      const items = store.collection(clientId, 'forms');
      items.splice(items.indexOf(item), 1);
      store.relatedChanged(clientId);
    },
  };
}

export function createReviewsApi(store: MemoryStore): ReviewsApi {
  return {
    ...createReadCollection(store, {
      key: 'reviews',
      resource: 'reviews',
      filterSchema: ReviewFilter,
      dateOf: (item) => item.submittedAt,
      matches: (item, filter) => filter.minRating === undefined || item.rating >= filter.minRating,
    }),
    async reply(clientId, id, rawPatch, rawOptions) {
      const patch = parseInput(ReviewPatch, rawPatch, 'reviews');
      const { expectedVersion } = parseInput(UpdateOptions, rawOptions, 'reviews');
      const current = requireItem(store, clientId, 'reviews', id, 'reviews');
      checkVersion(current, expectedVersion, 'reviews');
      return saveChanges(store, clientId, 'reviews', current, { reply: patch.reply });
    },
  };
}
