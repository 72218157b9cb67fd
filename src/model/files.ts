import * as z from 'zod/mini';
import { ClientRecordMeta, Id, IsoDateTime, PersonRef, SafeUrl } from './primitives.js';

/** Metadata of a file attached to the client's profile (the bytes live wherever the host keeps them). */
export const ClientFile = z.extend(ClientRecordMeta, {
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  mimeType: z.string().check(z.minLength(1), z.maxLength(255)),
  size: z.number().check(z.int(), z.nonnegative()),
  kind: z.enum(['image', 'document']),
  /** Catalog document type id (consent, ID, medical report, before/after photo, …). */
  documentTypeId: z.nullable(Id),
  url: SafeUrl,
  thumbnailUrl: z.nullable(SafeUrl),
  /** Shown to the client in their portal. */
  visibleToClient: z.boolean(),
  uploadedAt: IsoDateTime,
  uploadedBy: PersonRef,
  description: z.string().check(z.maxLength(1000)),
});
export type ClientFile = z.infer<typeof ClientFile>;

/** What accompanies the bytes of an upload. */
export const FileUploadMeta = z.object({
  documentTypeId: z.optional(z.nullable(Id)),
  visibleToClient: z.optional(z.boolean()),
  description: z.optional(z.string().check(z.maxLength(1000))),
});
export type FileUploadMeta = z.infer<typeof FileUploadMeta>;
export const FilePatch = z.extend(FileUploadMeta, { name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(255))) });
export type FilePatch = z.infer<typeof FilePatch>;
export const FileFilter = z.object({ kind: z.optional(z.enum(['image', 'document'])), documentTypeId: z.optional(Id) });

/** Upload limits every adapter enforces (and the UI checks first). */
export const FILE_LIMITS = {
  maxBytes: 25 * 1024 * 1024,
  mimeTypes: [
    'image/jpeg',
    'image/png',
    'image/webp',
    'image/heic',
    'application/pdf',
    'text/plain',
    'application/msword',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
} as const;

export const FORM_STATUSES = ['pending', 'in-progress', 'completed', 'expired'] as const;
/** An intake form assigned to the client. It may be removed only while nobody has filled it. */
export const FormAssignment = z.extend(ClientRecordMeta, {
  formId: Id,
  formName: z.string().check(z.minLength(1), z.maxLength(200)),
  status: z.enum(FORM_STATUSES),
  assignedAt: IsoDateTime,
  completedAt: z.nullable(IsoDateTime),
  /** Assigned by a person, or automatically by a booking rule. */
  source: z.enum(['manual', 'automatic']),
  /** Link to see the filled form, when completed. */
  responseUrl: z.nullable(SafeUrl),
});
export type FormAssignment = z.infer<typeof FormAssignment>;
export const FormAssignmentInput = z.object({ formId: Id });
export type FormAssignmentInput = z.infer<typeof FormAssignmentInput>;

export function canRemoveForm(form: Pick<FormAssignment, 'status'>): boolean {
  return form.status === 'pending' || form.status === 'expired';
}
