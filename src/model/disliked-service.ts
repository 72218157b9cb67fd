import * as z from 'zod/mini';
import { ClientRecordMeta, PersonRef } from './primitives.js';

/** A service the client does not want; booking refuses it (the host checks it before booking). */
export const DislikedServiceEditable = z.object({
  service: PersonRef,
  comment: z.string().check(z.trim(), z.maxLength(1000)),
});
export const DislikedService = z.extend(ClientRecordMeta, DislikedServiceEditable.shape);
export type DislikedService = z.infer<typeof DislikedService>;
export const DislikedServiceInput = z.required(z.partial(DislikedServiceEditable), { service: true });
export type DislikedServiceInput = z.infer<typeof DislikedServiceInput>;
export const DislikedServicePatch = z.partial(DislikedServiceEditable);
export type DislikedServicePatch = z.infer<typeof DislikedServicePatch>;
