/* Every item of a per-client collection, following the adapter's cursor (offsets when it sends none). */
import type { ListQuery } from '../../adapter/contract.js';
import type { Page } from '../../model/page.js';

/** Items asked per request. */
const PAGE_SIZE = 200;

export async function allPages<T>(list: (query: ListQuery<never>) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await list({ limit: PAGE_SIZE, order: 'desc', ...(cursor ? { cursor } : { offset: items.length }) });
    items.push(...page.items);
    if (!page.items.length || items.length >= page.total) return items;
    cursor = page.nextCursor ?? undefined;
  }
}
