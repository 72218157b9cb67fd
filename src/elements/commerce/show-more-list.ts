/*
 * A per-client collection shown page by page with a "Show more" button: the first page loads with
 * the key (adapter, client, filter), the next pages append on demand, deduplicated by id. A failed
 * later page is kept as `moreError` (the rows shown stay) until the next try.
 */
import type { ReactiveControllerHost } from 'lit';
import { ResourceController } from '../../controllers/resource-controller.js';
import type { ResourceRenderers } from '../../controllers/resource-controller.js';
import type { Page } from '../../model/page.js';

export interface ShownPage<T> {
  items: T[];
  total: number;
  nextCursor: string | null;
}

export interface ShowMoreOptions<A extends readonly unknown[], T> {
  args: () => A | undefined;
  load: (args: A, range: { cursor?: string; offset?: number; limit: number }, signal?: AbortSignal) => Promise<Page<T>>;
  pageSize: number;
}

export class ShowMoreList<A extends readonly unknown[], T extends { id: string }> {
  private readonly resource: ResourceController<A, ShownPage<T>>;
  /** A later page is loading. */
  loadingMore = false;
  /** Why the last later page failed. */
  moreError: unknown = undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ShowMoreOptions<A, T>,
  ) {
    this.resource = new ResourceController(host, {
      args: options.args,
      load: async (args, { signal }) => {
        const page = await options.load(args, { limit: options.pageSize }, signal);
        return { items: page.items, total: page.total, nextCursor: page.nextCursor };
      },
    });
  }

  get value(): ShownPage<T> | undefined {
    return this.resource.value;
  }

  get hasMore(): boolean {
    const value = this.resource.value;
    return !!value && value.items.length < value.total;
  }

  reload(): Promise<void> {
    return this.resource.reload();
  }

  render<R>(renderers: ResourceRenderers<ShownPage<T>, R>): R | undefined {
    return this.resource.render(renderers);
  }

  /** Appends the next page. */
  async loadMore(): Promise<void> {
    const value = this.resource.value;
    const args = this.resource.args;
    if (!value || !args || this.loadingMore || !this.hasMore) return;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const range = value.nextCursor ? { cursor: value.nextCursor, limit: this.options.pageSize } : { offset: value.items.length, limit: this.options.pageSize };
      const page = await this.options.load(args, range);
      if (this.resource.args !== args) return; // the key changed meanwhile
      const current = this.resource.value ?? value;
      const seen = new Set(current.items.map((item) => item.id));
      this.resource.set({ items: [...current.items, ...page.items.filter((item) => !seen.has(item.id))], total: page.total, nextCursor: page.nextCursor });
    } catch (error) {
      this.moreError = error;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }
}
