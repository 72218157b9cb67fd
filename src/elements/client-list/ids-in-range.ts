import type { ClientsApi } from '../../adapter/contract.js';
import type { ClientListQuery } from '../../model/query.js';

/** The largest `limit` the contract allows for a page of clients. */
const PAGE = 500;

/**
 * The ids of the clients at positions `from`…`to` (inclusive; to the end when `to` is omitted) of a
 * query, in order, fetched in pages of 500. For what the list needs without loading rows into view:
 * a Shift range over rows never loaded, "all matching" turned into ids.
 */
export async function idsInRange(clients: Pick<ClientsApi, 'list'>, query: ClientListQuery, from: number, to = Number.POSITIVE_INFINITY): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = from; offset <= to; offset += PAGE) {
    const limit = Math.min(PAGE, to - offset + 1);
    const page = await clients.list({ ...query, offset, limit });
    ids.push(...page.items.map((item) => item.id));
    if (page.items.length < limit || offset + limit >= page.total) break;
  }
  return ids;
}
