import * as z from 'zod/mini';

/** Paging for per-client collections: opaque cursor or absolute offset, plus a page size. */
export const CollectionQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(500))),
  offset: z.optional(z.number().check(z.int(), z.nonnegative())),
  limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(500))),
  /** Newest first by default. */
  order: z.optional(z.enum(['asc', 'desc'])),
});
export type CollectionQuery = z.infer<typeof CollectionQuery>;

/** One page of results: the items, the total number that match, and the cursor to the next page. */
export const pageOf = <T extends z.core.$ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().check(z.int(), z.nonnegative()),
    offset: z.number().check(z.int(), z.nonnegative()),
    nextCursor: z.nullable(z.string()),
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
