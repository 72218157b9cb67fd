import type * as z from 'zod/mini';
import { loadOnce } from './load-once.js';

/** Response schemas by namespace and operation, as withValidation looks them up. */
export type SchemaLookup = Readonly<Record<string, Readonly<Record<string, z.ZodMiniType>>>>;

/** The record namespaces' schemas, out of the elements' initial bundles (response-schemas-records.ts). */
export const loadRecordSchemas: () => Promise<SchemaLookup> = loadOnce(() =>
  import('./response-schemas-records.js').then((module) => module.RECORD_RESPONSE_SCHEMAS),
);
