/*
 * Attachments of notes and comments. Each is a file of the client (files.upload), referenced by the
 * record ({ id, name, mimeType, size, url }). Files picked in a form are checked against the upload
 * limits at once and uploaded when the form is saved, each with a key made when it was picked: a
 * save that fails and is tried again never stores a file twice.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ClientDataAdapter } from '../../adapter/contract.js';
import type { LocalizeController } from '../../i18n/localize-controller.js';
import type { Attachment } from '../../model/primitives.js';
import { safeUrl } from '../shared/safe-url.js';
import { submissionKey } from '../shared/submission-key.js';
import { ACCEPTED_TYPES, fileProblem, formatBytes } from './file-checks.js';

/** The most attachments a note or comment holds (the model's limit). */
export const MAX_ATTACHMENTS = 20;

/** A file picked in a form, to upload on save. */
export interface PendingAttachment {
  file: File;
  /** Made when the file was picked: every upload attempt of it carries the same key. */
  key: string;
}

/** What a form holds: the attachments kept, the files to add, and files refused with the reason. */
export interface AttachmentDraft {
  kept: Attachment[];
  pending: PendingAttachment[];
  refused: string[];
}

export const attachmentDraft = (kept: readonly Attachment[] = []): AttachmentDraft => ({ kept: [...kept], pending: [], refused: [] });

/** Adds picked files to a draft: the ones over the limits (or the count) are refused with the reason. */
export function addFiles(draft: AttachmentDraft, files: Iterable<File>, localize: LocalizeController): AttachmentDraft {
  const pending = [...draft.pending];
  const refused: string[] = [];
  for (const file of files) {
    const problem = fileProblem(file, localize);
    if (problem) refused.push(problem);
    else if (draft.kept.length + pending.length >= MAX_ATTACHMENTS) refused.push(localize.t.records.attachments.tooMany(MAX_ATTACHMENTS));
    else pending.push({ file, key: submissionKey('upl') });
  }
  return { ...draft, pending, refused };
}

/**
 * Uploads the draft's pending files (as the client's files) and returns every attachment of the
 * record. `onUploading` names the file on its way. A failure rejects; the keys make the retry safe.
 */
export async function uploadAttachments(
  adapter: ClientDataAdapter,
  clientId: string,
  draft: AttachmentDraft,
  onUploading: (name: string) => void,
): Promise<Attachment[]> {
  const uploaded: Attachment[] = [];
  for (const { file, key } of draft.pending) {
    onUploading(file.name);
    const stored = await adapter.files!.upload(clientId, file, {}, { idempotencyKey: key });
    uploaded.push({ id: stored.id, name: stored.name, mimeType: stored.mimeType, size: stored.size, url: stored.url });
  }
  return [...draft.kept, ...uploaded];
}

/** A record's attachments as links (safe URLs only; anything else is shown as text). */
export function renderAttachmentList(attachments: readonly Attachment[], localize: LocalizeController): TemplateResult | typeof nothing {
  if (!attachments.length) return nothing;
  return html`<ul class="attachments" part="attachments" aria-label=${localize.t.records.attachments.label}>
    ${attachments.map((attachment) => {
      const href = safeUrl(attachment.url);
      const size = html`<span class="attachment-size">${formatBytes(attachment.size, localize)}</span>`;
      return html`<li class="attachment">
        ${href
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer" download=${attachment.name}>${attachment.name}</a>`
          : html`<span>${attachment.name}</span>`}
        ${size}
      </li>`;
    })}
  </ul>`;
}

export interface AttachmentFieldOptions {
  id: string;
  draft: AttachmentDraft;
  /** The session may upload files (the adapter has files and the user files.manage). */
  canUpload: boolean;
  /** While saving: the file on its way. */
  uploading: string | undefined;
  /** Applies a change to the attachments as they are now. */
  onChange: (update: (draft: AttachmentDraft) => AttachmentDraft) => void;
}

/** The attachments of a form: the kept ones and the picked ones (removable), and the picker. */
export function renderAttachmentField(options: AttachmentFieldOptions, localize: LocalizeController): TemplateResult {
  const a = localize.t.records.attachments;
  const { draft } = options;
  const removeButton = (name: string, onClick: () => void) =>
    html`<button type="button" class="button small" part="button" @click=${onClick}>${localize.t.common.delete}<span class="visually-hidden"> ${name}</span></button>`;
  return html`<fieldset class="field attachment-field" part="field">
    <legend class="label">${a.label}</legend>
    ${draft.kept.length || draft.pending.length
      ? html`<ul class="attachments editing">
          ${draft.kept.map(
            (attachment) =>
              html`<li class="attachment">
                <span>${attachment.name}</span><span class="attachment-size">${formatBytes(attachment.size, localize)}</span>
                ${removeButton(attachment.name, () => options.onChange((current) => ({ ...current, kept: current.kept.filter((kept) => kept !== attachment) })))}
              </li>`,
          )}
          ${draft.pending.map(
            (pending) =>
              html`<li class="attachment pending">
                <span>${pending.file.name}</span><span class="attachment-size">${formatBytes(pending.file.size, localize)}</span>
                ${removeButton(pending.file.name, () => options.onChange((current) => ({ ...current, pending: current.pending.filter((entry) => entry !== pending) })))}
              </li>`,
          )}
        </ul>`
      : nothing}
    ${options.canUpload
      ? html`<label class="button small attach-button" part="button" for=${options.id}>${a.add}</label>
          <input
            id=${options.id}
            class="visually-hidden"
            type="file"
            multiple
            accept=${ACCEPTED_TYPES}
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const files = [...(input.files ?? [])];
              options.onChange((current) => addFiles(current, files, localize));
              input.value = '';
            }}
          />`
      : html`<p class="hint">${a.needsFiles}</p>`}
    ${options.uploading ? html`<p class="hint" role="status">${a.uploading(options.uploading)}</p>` : nothing}
    ${draft.refused.length ? html`<ul class="field-error refused" role="alert">${draft.refused.map((reason) => html`<li>${reason}</li>`)}</ul>` : nothing}
  </fieldset>`;
}

export const attachmentStyles = css`
  .attachments {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px calc(var(--_space) * 1.5);
    font-size: var(--_font-size-small);
  }
  .attachments.editing {
    flex-direction: column;
  }
  .attachment {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .attachment a {
    color: var(--_accent);
  }
  .attachment-size {
    color: var(--_fg-muted);
  }
  .attachment-field {
    border: 0;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 6px;
    justify-items: start;
  }
  .attachment-field legend {
    padding: 0;
    margin-bottom: 4px;
  }
  .attach-button {
    cursor: pointer;
  }
  input[type='file']:focus-visible + .attach-button,
  .attach-button:has(+ input[type='file']:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .refused {
    margin: 0;
    padding-inline-start: 1.2em;
  }
`;
