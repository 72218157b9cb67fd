/*
 * Strings of the record-keeping tabs of the client file (<client-notes>, <client-comments>,
 * <client-files>) and the pieces they share (attachments, appointment links, conflicts): the
 * interface here, one module per locale beside it (records.en.ts, records.es.ts, records.pt-BR.ts).
 * They load with those tabs only. See ../translation.ts for the kinds of leaves and how areas load.
 */
import type { COMMENT_PRIORITIES } from '../../model/notes.js';
import type { Labels, PluralForms, Values } from '../translation.js';
import { stringsSource } from '../strings.js';
import { recordsEn } from './records.en.js';

export interface RecordStrings {
  /** "Ana Ruiz · 3 Mar 2026, 10:30". */
  byline: (author: string, date: string) => string;
  /** Shown after the byline of a record changed after it was written. */
  edited: string;
  /** The form after a stale save: the record changed elsewhere, the draft is kept. */
  conflict: string;
  /** Saves the draft over the other change. */
  overwrite: string;
  /** Drops the draft and edits the latest version. */
  useLatest: string;
  saveFailed: string;
  /** A required text left empty. */
  required: string;
  tooLong: (max: number) => string;
  appointment: {
    label: string;
    /** The choice "not linked to an appointment". */
    none: string;
    /** An appointment in a picker or a link: "3 Mar 2026 · Corte y peinado". */
    describe: (date: string, service: string) => string;
    /** "About the appointment of 3 Mar 2026 · Corte". */
    linked: (appointment: string) => string;
    /** An appointment the list no longer has. */
    unknown: string;
    required: string;
  };
  attachments: {
    label: string;
    /** The button that picks files to attach. */
    add: string;
    /** Visually hidden after "Remove": the file's name. */
    remove: (name: string) => string;
    uploading: (name: string) => string;
    failed: (name: string, reason: string) => string;
    /** Attaching needs permission to upload files. */
    needsFiles: string;
    tooMany: (max: number) => string;
  };
  limits: {
    tooLarge: (name: string, max: string) => string;
    wrongType: (name: string) => string;
    /** What may be uploaded: "Images and documents (PDF, Word, text) up to 25 MB." */
    accepted: (max: string) => string;
  };
  notes: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    add: string;
    emptyTitle: string;
    emptyMessage: string;
    noMatchesTitle: string;
    noMatchesMessage: string;
    clearFilters: string;
    count: PluralForms;
    search: string;
    category: string;
    allCategories: string;
    noCategory: string;
    keyword: string;
    allKeywords: string;
    kindFilter: string;
    allKinds: string;
    kind: Labels<'general' | 'attention'>;
    addTitle: string;
    editTitle: string;
    titleField: string;
    body: string;
    keywords: string;
    keywordsHint: string;
    removeKeyword: (keyword: string) => string;
    tooManyKeywords: (max: number) => string;
    /** A keyword chip's button that filters by it. */
    filterBy: (keyword: string) => string;
    removeTitle: string;
    removeMessage: (title: string) => string;
    /** Heading of an attention note: the appointment it is about. */
    attentionFor: (appointment: string) => string;
  };
  comments: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    add: string;
    emptyTitle: string;
    emptyMessage: string;
    count: PluralForms;
    priority: string;
    priorities: Labels<Values<typeof COMMENT_PRIORITIES>>;
    body: string;
    private: string;
    privateHint: string;
    pinned: string;
    pin: string;
    unpin: string;
    privateBadge: string;
    pinnedBadge: string;
    addTitle: string;
    editTitle: string;
    removeTitle: string;
    removeMessage: string;
    /** Why some actions are missing: only the author or a manager edits a comment. */
    authorOnly: string;
  };
  files: {
    title: string;
    intro: string;
    loading: string;
    unavailable: string;
    emptyTitle: string;
    emptyMessage: string;
    dropzone: string;
    browse: string;
    documentType: string;
    noDocumentType: string;
    visibleToClient: string;
    visibleHint: string;
    uploading: (name: string) => string;
    uploaded: (name: string) => string;
    cancelUpload: (name: string) => string;
    cancelled: (name: string) => string;
    failed: (name: string, reason: string) => string;
    retryUpload: (name: string) => string;
    dismiss: (name: string) => string;
    images: string;
    documents: string;
    otherDocuments: string;
    count: PluralForms;
    view: (name: string) => string;
    download: (name: string) => string;
    removeTitle: string;
    removeMessage: (name: string) => string;
    /** "Uploaded by Ana · 3 Mar 2026 · 1.2 MB". */
    details: (by: string, date: string, size: string) => string;
    viewer: {
      label: string;
      /** "Image 2 of 5". */
      position: (index: number, total: number) => string;
      previous: string;
      next: string;
      close: string;
      hint: string;
    };
    readOnly: string;
  };
}

/** The records area's strings: English bundled, the other locales loaded on first use. */
export const recordStrings = stringsSource('records', recordsEn, {
  es: () => import('./records.es.js').then((m) => m.recordsEs),
  'pt-BR': () => import('./records.pt-BR.js').then((m) => m.recordsPtBR),
});
