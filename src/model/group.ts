import * as z from 'zod/mini';
import { HexColor, RecordMeta } from './primitives.js';

export const GroupEditable = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'A group needs a name'), z.maxLength(80)),
  color: HexColor,
  description: z.nullable(z.string().check(z.trim(), z.maxLength(500))),
});
export const Group = z.extend(RecordMeta, {
  ...GroupEditable.shape,
  /** Clients (not in the trash) that belong to the group. */
  memberCount: z.number().check(z.int(), z.nonnegative()),
});
export type Group = z.infer<typeof Group>;
export const GroupInput = z.required(z.partial(GroupEditable), { name: true });
export type GroupInput = z.infer<typeof GroupInput>;
export const GroupPatch = z.partial(GroupEditable);
export type GroupPatch = z.infer<typeof GroupPatch>;

export const TagEditable = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'A tag needs a name'), z.maxLength(60)),
  color: HexColor,
});
export const Tag = z.extend(RecordMeta, TagEditable.shape);
export type Tag = z.infer<typeof Tag>;
export const TagInput = z.required(z.partial(TagEditable), { name: true });
export type TagInput = z.infer<typeof TagInput>;
export const TagPatch = z.partial(TagEditable);
export type TagPatch = z.infer<typeof TagPatch>;
