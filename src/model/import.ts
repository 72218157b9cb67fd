import * as z from 'zod';
import { Id } from './primitives.js';

/** One row of an import, already mapped to client fields (validated by the adapter with ClientInput). */
export const ImportRow = z.object({
  /** 1-based row number in the source file, for the error report. */
  rowNumber: z.number().int().positive(),
  data: z.record(z.string(), z.unknown()),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportOptions = z.object({
  /** An id the wizard makes once per import: rows already stored under it are never stored twice. */
  importId: z.string().min(8).max(200),
  /** Fields that identify an existing client. */
  dedupeBy: z.array(z.enum(['email', 'phone'])),
  /** What to do when a row matches an existing client. */
  onConflict: z.enum(['skip', 'update', 'create']),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ImportRowResult = z.object({
  rowNumber: z.number().int().positive(),
  outcome: z.enum(['created', 'updated', 'skipped', 'failed']),
  clientId: Id.nullable(),
  /** Why it failed or was skipped: field path and message. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type ImportRowResult = z.infer<typeof ImportRowResult>;

export const ImportResult = z.object({
  rows: z.array(ImportRowResult),
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});
export type ImportResult = z.infer<typeof ImportResult>;
