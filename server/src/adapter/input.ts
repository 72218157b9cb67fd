// Input checks of the SQL adapter: the model's zod schemas decide; a request that fails them is a
// 400 problem+json naming each field (the mock backend answers 422 for the same AdapterError kind).
import type * as z from 'zod/mini';
import { AdapterError, validationError } from '../../../src/adapter/adapter-error.js';

export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, resource: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const error = validationError(resource, result.error);
  throw new AdapterError('validation', error.message, { resource, issues: error.issues, status: 400 });
}

export const notFound = (resource: string, id: string): AdapterError =>
  new AdapterError('not-found', `No ${resource} record with id ${id}`, { resource });

/** Pattern for LIKE '%term%' (the term's own % _ \ taken literally). */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
