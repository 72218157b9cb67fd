/*
 * The uploads of <client-files>: each picked or dropped file is checked against the limits first
 * (refused with the reason, nothing sent), then uploaded with progress and a cancel button. A
 * failed upload keeps its idempotency key, so trying it again never stores the file twice.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import { isAbortError } from '../../adapter/adapter-error.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { ClientFile, FileUploadMeta } from '../../model/files.js';
import { submissionKey } from '../shared/submission-key.js';
import { fileProblem } from '../records/file-checks.js';

export interface Upload {
  id: number;
  file: File;
  meta: FileUploadMeta;
  /** Made once when the file was picked: every attempt carries it. */
  key: string;
  loaded: number;
  status: 'uploading' | 'failed' | 'refused' | 'cancelled';
  /** Why it failed or was refused. */
  error: unknown;
  abort: AbortController;
}

let uploadCount = 0;

export class FileUploads {
  items: Upload[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly localize: LocalizeController,
    private readonly onUploaded: (file: ClientFile) => void,
  ) {}

  /** Checks and uploads files with the given metadata. */
  add(adapter: ClientDataAdapter, clientId: string, files: Iterable<File>, meta: FileUploadMeta): void {
    for (const file of files) {
      const problem = fileProblem(file, this.localize);
      const upload: Upload = { id: ++uploadCount, file, meta, key: submissionKey('upl'), loaded: 0, status: problem ? 'refused' : 'uploading', error: problem, abort: new AbortController() };
      this.items = [...this.items, upload];
      if (!problem) void this.send(adapter, clientId, upload);
    }
    this.host.requestUpdate();
  }

  /** Tries a failed or cancelled upload again (same key). */
  retry(adapter: ClientDataAdapter, clientId: string, id: number): void {
    const upload = this.items.find((item) => item.id === id);
    if (!upload || upload.status === 'uploading' || upload.status === 'refused') return;
    this.update(id, { status: 'uploading', loaded: 0, error: undefined, abort: new AbortController() });
    void this.send(adapter, clientId, this.items.find((item) => item.id === id)!);
  }

  cancel(id: number): void {
    this.items.find((item) => item.id === id)?.abort.abort();
  }

  dismiss(id: number): void {
    this.items = this.items.filter((item) => item.id !== id);
    this.host.requestUpdate();
  }

  private update(id: number, changes: Partial<Upload>): void {
    this.items = this.items.map((item) => (item.id === id ? { ...item, ...changes } : item));
    this.host.requestUpdate();
  }

  private async send(adapter: ClientDataAdapter, clientId: string, upload: Upload): Promise<void> {
    try {
      const stored = await adapter.files!.upload(clientId, upload.file, upload.meta, {
        signal: upload.abort.signal,
        idempotencyKey: upload.key,
        onProgress: (loaded) => this.update(upload.id, { loaded }),
      });
      this.dismiss(upload.id);
      this.onUploaded(stored);
    } catch (error) {
      this.update(upload.id, upload.abort.signal.aborted || isAbortError(error) ? { status: 'cancelled' } : { status: 'failed', error });
    }
  }
}
