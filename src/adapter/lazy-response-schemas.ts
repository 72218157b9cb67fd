import type * as z from 'zod/mini';

/** Response schemas by namespace and operation, as withValidation looks them up. */
export type SchemaLookup = Readonly<Record<string, Readonly<Record<string, z.ZodMiniType>>>>;

/**
 * Loads once and shares the result; a failed load is forgotten, so the next call retries instead
 * of failing forever after one dropped connection.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** The record namespaces' schemas, out of the elements' initial bundles (response-schemas-records.ts). */
export const loadRecordSchemas: () => Promise<SchemaLookup> = loadOnce(() =>
  import('./response-schemas-records.js').then((module) => module.RECORD_RESPONSE_SCHEMAS),
);
