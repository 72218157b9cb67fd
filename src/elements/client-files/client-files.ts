import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { OptimisticMutation } from '../../controllers/optimistic-mutation.js';
import { ResourceController } from '../../controllers/resource-controller.js';
import { fileStrings } from '../../i18n/groups/file.js';
import { recordStrings } from '../../i18n/groups/records.js';
import type { StringsSource } from '../../i18n/strings.js';
import type { CatalogOption } from '../../model/catalog.js';
import { FILE_LIMITS, type ClientFile } from '../../model/files.js';
import { ClientTabElement } from '../client-file/client-tab.js';
import { abortable, catalogOf } from '../client-file/lookups.js';
import { formStyles, tabFrameStyles } from '../client-file/tab-styles.js';
import { ACCEPTED_TYPES, formatBytes } from '../records/file-checks.js';
import { recordStyles } from '../records/record-styles.js';
import { replaceById } from '../records/record-save.js';
import { ConfirmDialogController, confirmDialogStyles, deepActiveElement, returnFocus } from '../shared/confirm-dialog.js';
import { safeUrl } from '../shared/safe-url.js';
import { errorMessage, isNotFound, renderState, rollbackMessage, stateStyles } from '../shared/state-view.js';
import { tokens } from '../shared/tokens.js';
import { FileUploads, type Upload } from './file-uploads.js';

/** `client-files-change`: a file was uploaded, shown to / hidden from the client, or deleted. */
export interface ClientFilesChangeDetail {
  clientId: string;
  action: 'upload' | 'visibility' | 'remove';
  file: ClientFile;
}

declare global {
  interface HTMLElementEventMap {
    'client-files-change': CustomEvent<ClientFilesChangeDetail>;
  }
}

interface Data {
  files: ClientFile[];
  documentTypes: CatalogOption[];
}

/**
 * The client's photos and documents: upload by drag and drop or by choosing files (limits checked
 * before anything is sent, progress, cancel, retry without storing twice); images in a gallery with
 * a keyboard viewer; documents grouped by type with "show to client"; view, download, delete.
 * Seeing the tab needs `files.view`; changing anything `files.manage`.
 *
 * @tagname client-files
 * @summary Files: drag-and-drop upload with progress, image gallery and viewer, documents by type.
 *
 * @fires client-files-change - A file was uploaded, shown or hidden, or deleted. `detail: { clientId, action, file }`.
 *
 * @cssprop --client-color-surface - Background of files.
 * @cssprop --client-color-border - Borders and the drop zone.
 * @cssprop --client-color-accent - Primary buttons, progress and the drop zone while dragging.
 * @cssprop --client-color-danger - Errors and the delete button.
 * @cssprop --client-radius - Corner radius.
 * @cssprop --client-spacing - Base spacing unit.
 *
 * @csspart dropzone - The upload area.
 * @csspart uploads - Uploads in progress or failed.
 * @csspart gallery - The images.
 * @csspart image - One image.
 * @csspart documents - The documents, by type.
 * @csspart document - One document.
 * @csspart viewer - The image viewer dialog.
 * @csspart button - A button (also `button-primary`).
 * @csspart message - The message after a change that was undone.
 * @csspart confirm-dialog - The confirmation before deleting (also `confirm-title`, `confirm-message`, `confirm-cancel`, `confirm-accept`).
 * @csspart state - A loading, empty, error or not-found state (also `state-loading`, `state-empty`, `state-error`, `state-not-found`).
 * @csspart state-action - The button of a state.
 * @csspart skeleton - A placeholder bar of the loading state.
 */
export class ClientFiles extends ClientTabElement {
  static override strings: readonly StringsSource[] = [fileStrings, recordStrings];

  static override styles = [
    tokens,
    stateStyles,
    formStyles,
    tabFrameStyles,
    confirmDialogStyles,
    recordStyles,
    css`
      .dropzone {
        display: grid;
        gap: var(--_space);
        padding: calc(var(--_space) * 2);
        margin-bottom: calc(var(--_space) * 2);
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
        background: var(--_bg-subtle);
      }
      .dropzone.dragging {
        border-color: var(--_accent);
        background: var(--_accent-subtle);
      }
      .dropzone .pick {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: center;
      }
      .browse {
        cursor: pointer;
      }
      .browse:has(+ input:focus-visible) {
        outline: 2px solid var(--_focus);
        outline-offset: 2px;
      }
      .upload-options {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space) calc(var(--_space) * 2);
        align-items: end;
      }
      .uploads {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 6px;
      }
      .upload {
        display: flex;
        flex-wrap: wrap;
        gap: 6px var(--_space);
        align-items: center;
      }
      .upload progress {
        flex: 1 1 8rem;
        accent-color: var(--_accent);
      }
      .upload .field-error {
        flex-basis: 100%;
      }
      h4 {
        margin: calc(var(--_space) * 2) 0 var(--_space);
        font-size: var(--_font-size);
      }
      .gallery {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
        gap: var(--_space);
      }
      .thumb {
        display: block;
        width: 100%;
        aspect-ratio: 4 / 3;
        padding: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius-small);
        background: var(--_bg-subtle);
        cursor: zoom-in;
        overflow: hidden;
      }
      .thumb img {
        width: 100%;
        height: 100%;
        object-fit: cover;
      }
      .file-name {
        margin: 0;
        overflow-wrap: anywhere;
        font-weight: 600;
      }
      .viewer {
        max-width: min(56rem, calc(100vw - 2rem));
      }
      .viewer img {
        display: block;
        max-width: 100%;
        max-height: 70vh;
        margin: 0 auto var(--_space);
      }
      .viewer-bar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space);
        align-items: center;
        justify-content: space-between;
      }
    `,
  ];

  /** Dragging files over the drop zone. @internal */
  @state() private dragging = false;
  /** The document type and visibility the next uploads get. @internal */
  @state() private uploadMeta: { documentTypeId: string | null; visibleToClient: boolean } = { documentTypeId: null, visibleToClient: false };
  /** The image open in the viewer. @internal */
  @state() private viewing: ClientFile | undefined;
  /** Announced after an upload. @internal */
  @state() private status = '';

  private viewerReturn: Element | null = null;
  private readonly confirm = new ConfirmDialogController(this);
  private readonly mutation = new OptimisticMutation(this, { describeFailure: (error) => rollbackMessage(error, this.localize.t) });
  private readonly uploads = new FileUploads(this, this.localize, (file) => {
    this.setFiles([file, ...(this.data.value?.files ?? [])]);
    this.status = this.localize.t.records.files.uploaded(file.name);
    this.emit('client-files-change', { clientId: this.clientId, action: 'upload', file });
  });

  private readonly data = new ResourceController(this, {
    args: () => (this.adapter?.files && this.clientId && this.can('files.view') ? ([this.adapter, this.clientId] as const) : undefined),
    load: async ([adapter, id], { signal }): Promise<Data> => {
      const [page, catalog] = await Promise.all([adapter.files!.list(id, { limit: 500 }, { signal }), abortable(catalogOf(adapter), signal)]);
      return { files: page.items, documentTypes: catalog?.documentTypes ?? [] };
    },
  });

  /** The files, once loaded (newest first). */
  get files(): readonly ClientFile[] {
    return this.data.value?.files ?? [];
  }

  private get canManage(): boolean {
    return this.can('files.manage');
  }

  private setFiles(files: ClientFile[]): void {
    const data = this.data.value;
    if (data) this.data.set({ ...data, files });
  }

  /** Checks and uploads files (as dropped or chosen). */
  addFiles(files: Iterable<File>): void {
    const adapter = this.adapter;
    if (!adapter?.files || !this.canManage) return;
    this.status = '';
    this.uploads.add(adapter, this.clientId, files, { documentTypeId: this.uploadMeta.documentTypeId, visibleToClient: this.uploadMeta.visibleToClient });
  }

  private readonly onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = false;
    this.addFiles([...(event.dataTransfer?.files ?? [])]);
  };

  /** Opens the viewer on an image. */
  async view(file: ClientFile): Promise<void> {
    this.viewerReturn = deepActiveElement();
    this.viewing = file;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.viewer');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private step(by: number): void {
    const images = this.files.filter((file) => file.kind === 'image');
    const at = images.findIndex((file) => file.id === this.viewing?.id);
    if (at === -1 || !images.length) return;
    this.viewing = images[(at + by + images.length) % images.length];
  }

  private readonly onViewerKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowRight') this.step(1);
    else if (event.key === 'ArrowLeft') this.step(-1);
    else return;
    event.preventDefault();
  };

  private readonly onViewerClose = (): void => {
    const image = this.viewing;
    this.viewing = undefined;
    // Back to the thumbnail of the image last shown (the one opened, or where the arrows led).
    const thumb = image && this.renderRoot.querySelector(`[data-view="${CSS.escape(image.id)}"]`);
    returnFocus(thumb ?? this.viewerReturn);
  };

  /** Shows or hides a file in the client's portal at once (undone if saving fails). */
  async setVisible(file: ClientFile, visible: boolean): Promise<void> {
    const adapter = this.adapter;
    if (!adapter?.files) return;
    const clientId = this.clientId;
    const outcome = await this.mutation.run({
      key: file.id,
      apply: () => {
        const before = this.files;
        this.setFiles(replaceById(before, { ...file, visibleToClient: visible }));
        return () => this.setFiles([...before]);
      },
      commit: () => adapter.files!.setVisibleToClient(clientId, file.id, visible),
      onCommitted: (saved) => this.setFiles(replaceById(this.files, saved)),
    });
    if (outcome.ok) this.emit('client-files-change', { clientId, action: 'visibility', file: outcome.value });
  }

  /** Asks to confirm, then deletes a file (at once; restored if deleting fails). */
  async askRemove(file: ClientFile): Promise<void> {
    const { t } = this.localize;
    const f = t.records.files;
    const confirmed = await this.confirm.ask({ title: f.removeTitle, message: f.removeMessage(file.name), confirmLabel: t.common.delete, cancelLabel: t.common.cancel, danger: true });
    const adapter = this.adapter;
    if (!confirmed || !adapter?.files) return;
    const clientId = this.clientId;
    const outcome = await this.mutation.run({
      apply: () => {
        const before = this.files;
        this.setFiles(before.filter((entry) => entry.id !== file.id));
        return () => this.setFiles([...before]);
      },
      commit: () =>
        adapter.files!.remove(clientId, file.id).catch((error: unknown) => {
          if (!isNotFound(error)) throw error;
        }),
    });
    if (outcome.ok) this.emit('client-files-change', { clientId, action: 'remove', file });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  override render() {
    const { t } = this.localize;
    const f = t.records.files;
    if (!this.adapter) return renderState({ kind: 'error', error: new Error(t.provider.noAdapter), title: t.provider.noAdapter }, t);
    if (!this.adapter.files) return renderState({ kind: 'empty', title: f.unavailable }, t);
    if (!this.clientId) return renderState({ kind: 'empty', title: t.file.noClientTitle, message: t.file.noClientMessage }, t);
    if (this.permissionsPending) return renderState({ kind: 'loading', shape: 'rows', lines: 3, label: f.loading }, t);
    if (!this.can('files.view')) return renderState({ kind: 'forbidden' }, t);
    return html`${this.data.render({
      loading: () => renderState({ kind: 'loading', shape: 'rows', lines: 3, label: f.loading }, t),
      error: (error) =>
        isNotFound(error) ? renderState({ kind: 'not-found' }, t) : renderState({ kind: 'error', error, retry: () => void this.data.reload() }, t),
      ready: (data) => this.renderFiles(data),
    })}
    ${this.renderViewer()} ${this.confirm.render()}`;
  }

  private renderFiles(data: Data): TemplateResult {
    const { t } = this.localize;
    const f = t.records.files;
    const images = data.files.filter((file) => file.kind === 'image');
    const documents = data.files.filter((file) => file.kind === 'document');
    return html`<div class="header"><h3 tabindex="-1">${f.title}</h3></div>
      <p class="intro">${this.canManage ? f.intro : f.readOnly}</p>
      ${this.canManage ? this.renderDropzone(data) : nothing}
      <p class="visually-hidden" role="status">${this.status}</p>
      ${data.files.length
        ? html`<p class="count">${this.localize.plural(data.files.length, f.count)}</p>
            ${images.length
              ? html`<h4 id="files-images">${f.images}</h4>
                  <ul class="gallery" part="gallery" aria-labelledby="files-images">
                    ${images.map((file) => this.renderImage(file))}
                  </ul>`
              : nothing}
            ${documents.length ? this.renderDocuments(documents, data.documentTypes) : nothing}`
        : renderState({ kind: 'empty', title: f.emptyTitle, message: f.emptyMessage }, t)}
      <p class="message" part="message" role="alert">${this.mutation.message ?? ''}</p>`;
  }

  private renderDropzone(data: Data): TemplateResult {
    const f = this.localize.t.records.files;
    return html`<div
      class="dropzone ${this.dragging ? 'dragging' : ''}"
      part="dropzone"
      @dragenter=${this.onDragOver}
      @dragover=${this.onDragOver}
      @dragleave=${() => (this.dragging = false)}
      @drop=${this.onDrop}
    >
      <div class="pick">
        <span>${f.dropzone}</span>
        <label class="button primary browse" part="button button-primary" for="files-input">${f.browse}</label>
        <input
          id="files-input"
          class="visually-hidden"
          type="file"
          multiple
          accept=${ACCEPTED_TYPES}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            this.addFiles([...(input.files ?? [])]);
            input.value = '';
          }}
        />
      </div>
      <p class="hint">${this.localize.t.records.limits.accepted(formatBytes(FILE_LIMITS.maxBytes, this.localize))}</p>
      <div class="upload-options">
        <div class="field">
          <label for="files-type">${f.documentType}</label>
          <select id="files-type" @change=${(event: Event) => (this.uploadMeta = { ...this.uploadMeta, documentTypeId: (event.target as HTMLSelectElement).value || null })}>
            <option value="" ?selected=${!this.uploadMeta.documentTypeId}>${f.noDocumentType}</option>
            ${data.documentTypes.map((option) => html`<option value=${option.id} ?selected=${this.uploadMeta.documentTypeId === option.id}>${option.label}</option>`)}
          </select>
        </div>
        <label class="inline-check"
          ><input type="checkbox" id="files-visible" .checked=${this.uploadMeta.visibleToClient} @change=${(event: Event) => (this.uploadMeta = { ...this.uploadMeta, visibleToClient: (event.target as HTMLInputElement).checked })} />
          ${f.visibleToClient}</label
        >
      </div>
      ${this.uploads.items.length ? html`<ul class="uploads" part="uploads">${this.uploads.items.map((upload) => this.renderUpload(upload))}</ul>` : nothing}
    </div>`;
  }

  private renderUpload(upload: Upload): TemplateResult {
    const { t } = this.localize;
    const f = t.records.files;
    const name = upload.file.name;
    const adapter = this.adapter!;
    if (upload.status === 'uploading') {
      return html`<li class="upload" data-upload=${upload.id}>
        <span>${f.uploading(name)}</span>
        <progress max=${upload.file.size || 1} .value=${upload.loaded} aria-label=${f.uploading(name)}></progress>
        <button type="button" class="button small" part="button" aria-label=${f.cancelUpload(name)} @click=${() => this.uploads.cancel(upload.id)}>${t.common.cancel}</button>
      </li>`;
    }
    const message = upload.status === 'cancelled' ? f.cancelled(name) : upload.status === 'refused' ? String(upload.error) : f.failed(name, errorMessage(upload.error, t));
    return html`<li class="upload ${upload.status}" data-upload=${upload.id}>
      <span class=${upload.status === 'cancelled' ? 'hint' : 'field-error'} role="alert">${message}</span>
      ${upload.status !== 'refused'
        ? html`<button type="button" class="button small" part="button" aria-label=${f.retryUpload(name)} @click=${() => this.uploads.retry(adapter, this.clientId, upload.id)}>${t.common.retry}</button>`
        : nothing}
      <button type="button" class="button small" part="button" aria-label=${f.dismiss(name)} @click=${() => this.uploads.dismiss(upload.id)}>${t.common.close}</button>
    </li>`;
  }

  private renderFileActions(file: ClientFile): TemplateResult {
    const { t } = this.localize;
    const f = t.records.files;
    const href = safeUrl(file.url);
    return html`<div class="record-actions">
      ${href
        ? html`<a class="button small" part="button" href=${href} target="_blank" rel="noopener noreferrer">${f.view(file.name)}</a>
            <a class="button small" part="button" href=${href} download=${file.name}>${f.download(file.name)}</a>`
        : nothing}
      ${this.canManage
        ? html`<label class="inline-check"
              ><input type="checkbox" class="visible-toggle" .checked=${file.visibleToClient} ?disabled=${this.mutation.isPending(file.id)} @change=${(event: Event) => void this.setVisible(file, (event.target as HTMLInputElement).checked)} />
              ${f.visibleToClient}<span class="visually-hidden"> ${file.name}</span></label
            >
            <button type="button" class="button small danger" part="button" @click=${() => void this.askRemove(file)}>${t.common.delete}<span class="visually-hidden"> ${file.name}</span></button>`
        : file.visibleToClient
          ? html`<span class="badge">${f.visibleToClient}</span>`
          : nothing}
    </div>`;
  }

  private details(file: ClientFile): string {
    return this.localize.t.records.files.details(file.uploadedBy.name, this.localize.date(file.uploadedAt), formatBytes(file.size, this.localize));
  }

  private renderImage(file: ClientFile): TemplateResult {
    const thumb = safeUrl(file.thumbnailUrl ?? file.url);
    return html`<li class="record" part="image" data-id=${file.id}>
      <button type="button" class="thumb" data-view=${file.id} aria-label=${this.localize.t.records.files.view(file.name)} @click=${() => void this.view(file)}>
        ${thumb ? html`<img src=${thumb} alt="" loading="lazy" referrerpolicy="no-referrer" />` : nothing}
      </button>
      <p class="file-name">${file.name}</p>
      <p class="byline">${this.details(file)}</p>
      ${this.renderFileActions(file)}
    </li>`;
  }

  private renderDocuments(documents: ClientFile[], types: CatalogOption[]): TemplateResult {
    const f = this.localize.t.records.files;
    const groups = new Map<string, ClientFile[]>();
    for (const file of documents) {
      const label = types.find((option) => option.id === file.documentTypeId)?.label ?? f.otherDocuments;
      groups.set(label, [...(groups.get(label) ?? []), file]);
    }
    return html`<h4>${f.documents}</h4>
      <div part="documents">
        ${[...groups].map(
          ([label, files], index) => html`<h5 class="byline" id="files-docs-${index}">${label}</h5>
            <ul class="records" aria-labelledby="files-docs-${index}">
              ${files.map(
                (file) => html`<li class="record" part="document" data-id=${file.id}>
                  <p class="file-name">${file.name}</p>
                  ${file.description ? html`<p class="record-body">${file.description}</p>` : nothing}
                  <p class="byline">${this.details(file)}</p>
                  ${this.renderFileActions(file)}
                </li>`,
              )}
            </ul>`,
        )}
      </div>`;
  }

  private renderViewer(): TemplateResult {
    const { t } = this.localize;
    const v = t.records.files.viewer;
    const file = this.viewing;
    const images = this.files.filter((entry) => entry.kind === 'image');
    const at = file ? images.findIndex((entry) => entry.id === file.id) : -1;
    const src = file && safeUrl(file.url);
    return html`<dialog class="viewer" part="viewer" aria-label=${v.label} aria-describedby="files-viewer-hint" @keydown=${this.onViewerKey} @close=${this.onViewerClose}>
      ${file
        ? html`${src ? html`<img src=${src} alt=${file.name} referrerpolicy="no-referrer" />` : nothing}
            <p class="file-name">${file.name}</p>
            <p class="hint" id="files-viewer-hint">${v.hint}</p>
            <div class="viewer-bar">
              <span aria-live="polite">${v.position(at + 1, images.length)}</span>
              <span>
                <button type="button" class="button small" part="button" aria-label=${v.previous} @click=${() => this.step(-1)}>←</button>
                <button type="button" class="button small" part="button" aria-label=${v.next} @click=${() => this.step(1)}>→</button>
                <button type="button" class="button small" part="button" autofocus @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}>
                  ${t.common.close}<span class="visually-hidden"> ${v.label}</span>
                </button>
              </span>
            </div>`
        : nothing}
    </dialog>`;
  }
}
