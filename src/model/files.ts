import * as z from 'zod';
import { ClientRecordMeta, Id, IsoDateTime, PersonRef, SafeUrl } from './primitives.js';

/** Metadata of a file attached to the client's profile (the bytes live wherever the host keeps them). */
export const ClientFile = ClientRecordMeta.extend({
  name: z.string().min(1).max(255),
  mimeType: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  kind: z.enum(['image', 'document']),
  /** Catalog document type id (consent, ID, medical report, before/after photo, …). */
  documentTypeId: Id.nullable(),
  url: SafeUrl,
  thumbnailUrl: SafeUrl.nullable(),
  /** Shown to the client in their portal. */
  visibleToClient: z.boolean(),
  uploadedAt: IsoDateTime,
  uploadedBy: PersonRef,
  description: z.string().max(1000),
});
export type ClientFile = z.infer<typeof ClientFile>;

/** What accompanies the bytes of an upload. */
export const FileUploadMeta = z.object({
  documentTypeId: Id.nullable().optional(),
  visibleToClient: z.boolean().optional(),
  description: z.string().max(1000).optional(),
});
export type FileUploadMeta = z.infer<typeof FileUploadMeta>;
export const FilePatch = FileUploadMeta.extend({ name: z.string().trim().min(1).max(255).optional() });
export type FilePatch = z.infer<typeof FilePatch>;
export const FileFilter = z.object({ kind: z.enum(['image', 'document']).optional(), documentTypeId: Id.optional() });

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
export const FormAssignment = ClientRecordMeta.extend({
  formId: Id,
  formName: z.string().min(1).max(200),
  status: z.enum(FORM_STATUSES),
  assignedAt: IsoDateTime,
  completedAt: IsoDateTime.nullable(),
  /** Assigned by a person, or automatically by a booking rule. */
  source: z.enum(['manual', 'automatic']),
  /** Link to see the filled form, when completed. */
  responseUrl: SafeUrl.nullable(),
});
export type FormAssignment = z.infer<typeof FormAssignment>;
export const FormAssignmentInput = z.object({ formId: Id });
export type FormAssignmentInput = z.infer<typeof FormAssignmentInput>;

export function canRemoveForm(form: Pick<FormAssignment, 'status'>): boolean {
  return form.status === 'pending' || form.status === 'expired';
}
