import * as z from 'zod';
import { HexColor, RecordMeta } from './primitives.js';

export const GroupEditable = z.object({
  name: z.string().trim().min(1, 'A group needs a name').max(80),
  color: HexColor,
  description: z.string().trim().max(500).nullable(),
});
export const Group = RecordMeta.extend(GroupEditable.shape).extend({
  /** Clients (not in the trash) that belong to the group. */
  memberCount: z.number().int().nonnegative(),
});
export type Group = z.infer<typeof Group>;
export const GroupInput = GroupEditable.partial().required({ name: true });
export type GroupInput = z.infer<typeof GroupInput>;
export const GroupPatch = GroupEditable.partial();
export type GroupPatch = z.infer<typeof GroupPatch>;

export const TagEditable = z.object({
  name: z.string().trim().min(1, 'A tag needs a name').max(60),
  color: HexColor,
});
export const Tag = RecordMeta.extend(TagEditable.shape);
export type Tag = z.infer<typeof Tag>;
export const TagInput = TagEditable.partial().required({ name: true });
export type TagInput = z.infer<typeof TagInput>;
export const TagPatch = TagEditable.partial();
export type TagPatch = z.infer<typeof TagPatch>;
