/* Reads a collection page after page (cursor, or offset where the adapter gives none) until `enough` says so. */
import type { CollectionQuery, Page } from '../../model/page.js';

/** Pages of this size, and never more than MAX_ITEMS items in all. */
const PAGE_SIZE = 100;
const MAX_ITEMS = 5000;

/**
 * The items of `list`, in its order, up to the first page whose last item satisfies `enough`
 * (for a newest-first list: one older than the window a chart needs), or to the end.
 */
export async function collectPages<T>(list: (range: Pick<CollectionQuery, 'cursor' | 'offset' | 'limit'>) => Promise<Page<T>>, enough: (last: T) => boolean): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await list({ limit: PAGE_SIZE, ...(cursor ? { cursor } : { offset: items.length }) });
    items.push(...page.items);
    cursor = page.nextCursor;
    const last = page.items.at(-1);
    if (!last || enough(last) || items.length >= page.total || items.length >= MAX_ITEMS) return items;
  }
}
