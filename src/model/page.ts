import * as z from 'zod';

/** Paging for per-client collections: opaque cursor or absolute offset, plus a page size. */
export const CollectionQuery = z.object({
  cursor: z.string().max(500).optional(),
  offset: z.number().int().nonnegative().optional(),
  limit: z.number().int().min(1).max(500).optional(),
  /** Newest first by default. */
  order: z.enum(['asc', 'desc']).optional(),
});
export type CollectionQuery = z.infer<typeof CollectionQuery>;

/** One page of results: the items, the total number that match, and the cursor to the next page. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    nextCursor: z.string().nullable(),
  });
export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  nextCursor: string | null;
}

/** Outcome of an operation applied to many ids: which succeeded, which failed and why. */
export const BulkResult = z.object({
  succeeded: z.array(z.string()),
  failed: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      message: z.string(),
    }),
  ),
});
export type BulkResult = z.infer<typeof BulkResult>;
