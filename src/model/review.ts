import * as z from 'zod/mini';
import { ClientRecordMeta, Id, IsoDateTime, PersonRef } from './primitives.js';

/** A rating and opinion the client left; reviews feed the list's metrics. */
export const Review = z.extend(ClientRecordMeta, {
  rating: z.number().check(z.int(), z.gte(1), z.lte(5)),
  comment: z.string().check(z.maxLength(4000)),
  submittedAt: IsoDateTime,
  appointmentId: z.nullable(Id),
  service: z.nullable(PersonRef),
  staff: z.nullable(PersonRef),
  source: z.enum(['booking-page', 'email', 'google', 'in-person', 'other']),
  /** The business's public answer. */
  reply: z.nullable(z.string().check(z.maxLength(4000))),
});
export type Review = z.infer<typeof Review>;
export const ReviewPatch = z.object({ reply: z.nullable(z.string().check(z.trim(), z.maxLength(4000))) });
export type ReviewPatch = z.infer<typeof ReviewPatch>;
export const ReviewFilter = z.object({ minRating: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))) });
