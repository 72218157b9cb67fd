/*
 * Saving a record from a form: the saved record, or — when the record changed elsewhere (a stale
 * expectedVersion) — the latest version from the conflict, so the form keeps the user's draft and
 * offers to overwrite or to use the latest; or the error, for the form to say why.
 */
import type * as z from 'zod/mini';
import { isAdapterError } from '../../adapter/adapter-error.js';

export type SaveOutcome<T> = { kind: 'saved'; record: T } | { kind: 'conflict'; latest: T } | { kind: 'failed'; error: unknown };

export async function saveRecord<T>(save: () => Promise<T>, schema: z.ZodMiniType<T>): Promise<SaveOutcome<T>> {
  try {
    return { kind: 'saved', record: await save() };
  } catch (error) {
    if (isAdapterError(error) && error.kind === 'conflict') {
      const latest = schema.safeParse(error.current);
      if (latest.success) return { kind: 'conflict', latest: latest.data };
    }
    return { kind: 'failed', error };
  }
}

/** Replaces a record in a list by id (or leaves the list as it is). */
export function replaceById<T extends { id: string }>(items: readonly T[], record: T): T[] {
  return items.map((item) => (item.id === record.id ? record : item));
}
