import * as z from 'zod';
import { ClientRecordMeta, Id, IsoDateTime, PersonRef } from './primitives.js';

/** A rating and opinion the client left; reviews feed the list's metrics. */
export const Review = ClientRecordMeta.extend({
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(4000),
  submittedAt: IsoDateTime,
  appointmentId: Id.nullable(),
  service: PersonRef.nullable(),
  staff: PersonRef.nullable(),
  source: z.enum(['booking-page', 'email', 'google', 'in-person', 'other']),
  /** The business's public answer. */
  reply: z.string().max(4000).nullable(),
});
export type Review = z.infer<typeof Review>;
export const ReviewPatch = z.object({ reply: z.string().trim().max(4000).nullable() });
export type ReviewPatch = z.infer<typeof ReviewPatch>;
export const ReviewFilter = z.object({ minRating: z.number().int().min(1).max(5).optional() });
