import * as z from 'zod';
import { ClientRecordMeta, PersonRef } from './primitives.js';

/** A service the client does not want; booking refuses it (the host checks it before booking). */
export const DislikedServiceEditable = z.object({
  service: PersonRef,
  comment: z.string().trim().max(1000),
});
export const DislikedService = ClientRecordMeta.extend(DislikedServiceEditable.shape);
export type DislikedService = z.infer<typeof DislikedService>;
export const DislikedServiceInput = DislikedServiceEditable.partial().required({ service: true });
export type DislikedServiceInput = z.infer<typeof DislikedServiceInput>;
export const DislikedServicePatch = DislikedServiceEditable.partial();
export type DislikedServicePatch = z.infer<typeof DislikedServicePatch>;
