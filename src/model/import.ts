import * as z from 'zod/mini';
import { Id } from './primitives.js';

/** One row of an import, already mapped to client fields (validated by the adapter with ClientInput). */
export const ImportRow = z.object({
  /** 1-based row number in the source file, for the error report. */
  rowNumber: z.number().check(z.int(), z.positive()),
  data: z.record(z.string(), z.unknown()),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportOptions = z.object({
  /** An id the wizard makes once per import: rows already stored under it are never stored twice. */
  importId: z.string().check(z.minLength(8), z.maxLength(200)),
  /** Fields that identify an existing client. */
  dedupeBy: z.array(z.enum(['email', 'phone'])),
  /** What to do when a row matches an existing client. */
  onConflict: z.enum(['skip', 'update', 'create']),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ImportRowResult = z.object({
  rowNumber: z.number().check(z.int(), z.positive()),
  outcome: z.enum(['created', 'updated', 'skipped', 'failed']),
  clientId: z.nullable(Id),
  /** Why it failed or was skipped: field path and message. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type ImportRowResult = z.infer<typeof ImportRowResult>;

export const ImportResult = z.object({
  rows: z.array(ImportRowResult),
  created: z.number().check(z.int(), z.nonnegative()),
  updated: z.number().check(z.int(), z.nonnegative()),
  skipped: z.number().check(z.int(), z.nonnegative()),
  failed: z.number().check(z.int(), z.nonnegative()),
});
export type ImportResult = z.infer<typeof ImportResult>;
