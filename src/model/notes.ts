import * as z from 'zod';
import { Attachment, ClientRecordMeta, Id, PersonRef } from './primitives.js';

/** General notes about the client, or attention notes tied to one appointment. */
export const NoteEditable = z.object({
  kind: z.enum(['general', 'attention']),
  appointmentId: Id.nullable(),
  /** Catalog note category id. */
  categoryId: Id.nullable(),
  title: z.string().trim().max(200),
  body: z.string().trim().min(1, 'A note cannot be empty').max(10000),
  keywords: z.array(z.string().trim().min(1).max(40)).max(20),
  attachments: z.array(Attachment).max(20),
});
export const Note = ClientRecordMeta.extend(NoteEditable.shape).extend({ author: PersonRef });
export type Note = z.infer<typeof Note>;
export const NoteInput = NoteEditable.partial().required({ body: true });
export type NoteInput = z.infer<typeof NoteInput>;
export const NotePatch = NoteEditable.partial();
export type NotePatch = z.infer<typeof NotePatch>;
export const NoteFilter = z.object({
  kind: z.enum(['general', 'attention']).optional(),
  categoryId: Id.optional(),
  keyword: z.string().optional(),
  appointmentId: Id.optional(),
});

export const COMMENT_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const CommentEditable = z.object({
  body: z.string().trim().min(1, 'A comment cannot be empty').max(5000),
  appointmentId: Id.nullable(),
  priority: z.enum(COMMENT_PRIORITIES),
  /** Visible only to users allowed to read private comments. */
  private: z.boolean(),
  pinned: z.boolean(),
  attachments: z.array(Attachment).max(20),
});
export const Comment = ClientRecordMeta.extend(CommentEditable.shape).extend({ author: PersonRef });
export type Comment = z.infer<typeof Comment>;
export const CommentInput = CommentEditable.partial().required({ body: true });
export type CommentInput = z.infer<typeof CommentInput>;
export const CommentPatch = CommentEditable.partial();
export type CommentPatch = z.infer<typeof CommentPatch>;
export const CommentFilter = z.object({
  pinned: z.boolean().optional(),
  appointmentId: Id.optional(),
  priority: z.enum(COMMENT_PRIORITIES).optional(),
});
