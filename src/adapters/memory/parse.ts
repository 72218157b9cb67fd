import type * as z from 'zod/mini';
import { AdapterError, validationError } from '../../adapter/adapter-error.js';

/** Parses input with its schema or throws AdapterError('validation') with the field paths. */
export function parseInput<S extends z.ZodMiniType>(schema: S, value: unknown, resource: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(resource, result.error);
  return result.data;
}

/** Throws AdapterError('conflict') carrying the current record when the version is stale. */
export function checkVersion<T extends { version: number }>(current: T, expectedVersion: number, resource: string): void {
  if (current.version !== expectedVersion) {
    throw new AdapterError(
      'conflict',
      `The ${resource} record changed since it was loaded (version ${expectedVersion}, now ${current.version})`,
      { resource, current },
    );
  }
}

export { throwIfAborted } from '../../adapter/abort.js';

/** Cursors are opaque to callers; here they are the next offset. */
export function encodeCursor(offset: number): string {
  return `o${offset.toString(36)}`;
}

export function decodeCursor(cursor: string, resource: string): number {
  const match = /^o([0-9a-z]+)$/.exec(cursor);
  if (!match) {
    throw new AdapterError('validation', `Invalid ${resource} cursor`, { resource, issues: [{ path: ['cursor'], message: 'Unknown cursor' }] });
  }
  return parseInt(match[1]!, 36);
}

/** The start offset of a paged query: its cursor, else its offset, else 0. */
export function startOffset(query: { cursor?: string | undefined; offset?: number | undefined }, resource: string): number {
  return query.cursor ? decodeCursor(query.cursor, resource) : (query.offset ?? 0);
}
