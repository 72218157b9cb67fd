import * as z from 'zod/mini';
import { Attachment, ClientRecordMeta, Id, PersonRef } from './primitives.js';

/** General notes about the client, or attention notes tied to one appointment. */
export const NoteEditable = z.object({
  kind: z.enum(['general', 'attention']),
  appointmentId: z.nullable(Id),
  /** Catalog note category id. */
  categoryId: z.nullable(Id),
  title: z.string().check(z.trim(), z.maxLength(200)),
  body: z.string().check(z.trim(), z.minLength(1, 'A note cannot be empty'), z.maxLength(10000)),
  keywords: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))).check(z.maxLength(20)),
  attachments: z.array(Attachment).check(z.maxLength(20)),
});
export const Note = z.extend(ClientRecordMeta, { ...NoteEditable.shape, author: PersonRef });
export type Note = z.infer<typeof Note>;
export const NoteInput = z.required(z.partial(NoteEditable), { body: true });
export type NoteInput = z.infer<typeof NoteInput>;
export const NotePatch = z.partial(NoteEditable);
export type NotePatch = z.infer<typeof NotePatch>;
export const NoteFilter = z.object({
  kind: z.optional(z.enum(['general', 'attention'])),
  categoryId: z.optional(Id),
  keyword: z.optional(z.string()),
  appointmentId: z.optional(Id),
});

export const COMMENT_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const CommentEditable = z.object({
  body: z.string().check(z.trim(), z.minLength(1, 'A comment cannot be empty'), z.maxLength(5000)),
  appointmentId: z.nullable(Id),
  priority: z.enum(COMMENT_PRIORITIES),
  /** Visible only to users allowed to read private comments. */
  private: z.boolean(),
  pinned: z.boolean(),
  attachments: z.array(Attachment).check(z.maxLength(20)),
});
export const Comment = z.extend(ClientRecordMeta, { ...CommentEditable.shape, author: PersonRef });
export type Comment = z.infer<typeof Comment>;
export const CommentInput = z.required(z.partial(CommentEditable), { body: true });
export type CommentInput = z.infer<typeof CommentInput>;
export const CommentPatch = z.partial(CommentEditable);
export type CommentPatch = z.infer<typeof CommentPatch>;
export const CommentFilter = z.object({
  pinned: z.optional(z.boolean()),
  appointmentId: z.optional(Id),
  priority: z.optional(z.enum(COMMENT_PRIORITIES)),
});
