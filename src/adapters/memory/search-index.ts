import {
  clientDisplayName,
  isDigitTerm,
  normalizeText,
  phoneDigits,
  type Client,
  type ClientSortField,
} from '../../model/index.js';

const SEPARATOR = '\u0000';
/** Digits a stored number must have for a longer query (with a country code) to end with it. */
const MIN_SUFFIX_DIGITS = 7;

type SortKey = string | number;

function sortKey(client: Client, field: ClientSortField): SortKey {
  switch (field) {
    case 'name':
      return normalizeText(clientDisplayName(client));
    case 'createdAt':
      return client.createdAt;
    case 'updatedAt':
      return client.updatedAt;
    case 'trashedAt':
      return client.trashedAt ?? '';
    case 'lastVisitAt':
      return client.stats.lastVisitAt ?? '';
    case 'totalSales':
      return client.stats.totalSales.amountMinor;
    case 'reviewCount':
      return client.stats.reviewCount;
    case 'averageRating':
      return client.stats.averageRating ?? -1;
  }
}

/**
 * Per-slot strings joined into one, so a term is found with `indexOf` over a single string (far faster
 * than 100,000 `includes` calls); each hit maps back to its slot by binary search over start offsets.
 * Rebuilt lazily after changes.
 */
class Corpus {
  private readonly parts: string[] = [];
  private joined = '';
  private offsets = new Int32Array(0);
  private dirty = true;

  set(slot: number, text: string): void {
    this.parts[slot] = text;
    this.dirty = true;
  }

  get(slot: number): string {
    return this.parts[slot] ?? '';
  }

  get size(): number {
    return this.parts.length;
  }

  /** Marks every slot whose text contains the term. */
  markHits(term: string, hits: Uint8Array): void {
    this.build();
    const { joined, offsets } = this;
    const last = offsets.length - 1;
    let slot = 0;
    let position = joined.indexOf(term);
    while (position !== -1) {
      // Hits come in corpus order, so the slot only ever moves forward.
      while (slot < last && offsets[slot + 1]! <= position) slot++;
      hits[slot] = 1;
      // One hit per slot is enough: continue from the next slot's text.
      position = slot < last ? joined.indexOf(term, offsets[slot + 1]!) : -1;
    }
  }

  /** Marks the candidate slots whose text contains the term (cheaper than a corpus scan when few). */
  filterHits(term: string, candidates: Uint8Array): void {
    for (let slot = 0; slot < candidates.length; slot++) {
      if (candidates[slot] && !(this.parts[slot] ?? '').includes(term)) candidates[slot] = 0;
    }
  }

  private build(): void {
    if (!this.dirty) return;
    const offsets = new Int32Array(this.parts.length);
    let length = 0;
    for (let slot = 0; slot < this.parts.length; slot++) {
      offsets[slot] = length;
      length += (this.parts[slot] ?? '').length + 1;
    }
    this.joined = this.parts.join(SEPARATOR);
    this.offsets = offsets;
    this.dirty = false;
  }

}

/**
 * Search and sort structures over the clients, by slot: a text corpus (normalized name and email),
 * a phone corpus (digits of every number), and sort orders built on first use and patched in place
 * as clients change, so an edit never re-sorts 100,000 rows.
 */
export class ClientSearchIndex {
  private readonly text = new Corpus();
  private readonly phones = new Corpus();
  /**
   * Columns read by scans over every client, so counting and metrics never touch client objects
   * (scattered across the heap, they cost a cache miss each): in the trash, sales, reviews, rating sum.
   */
  trashed = new Uint8Array(1024);
  salesMinor = new Float64Array(1024);
  reviewCount = new Int32Array(1024);
  ratingSum = new Float64Array(1024);
  private readonly orders = new Map<ClientSortField, { slots: Int32Array; length: number; keys: SortKey[] }>();
  private readonly ids: string[] = [];

  /** Adds or replaces the entry of a slot. */
  set(slot: number, client: Client): void {
    // Normalized part by part: names repeat, so each part is a cache hit (see normalizeText).
    const parts = [client.firstName, client.middleName, client.lastName, client.email].filter(Boolean) as string[];
    this.text.set(slot, parts.map(normalizeText).join(' '));
    this.phones.set(slot, client.phones.map((phone) => phoneDigits(phone.number)).join(' '));
    this.ids[slot] = client.id;
    if (slot >= this.trashed.length) this.growColumns(slot + 1);
    this.trashed[slot] = client.trashedAt ? 1 : 0;
    this.salesMinor[slot] = client.stats.totalSales.amountMinor;
    this.reviewCount[slot] = client.stats.reviewCount;
    this.ratingSum[slot] = (client.stats.averageRating ?? 0) * client.stats.reviewCount;
    for (const [field, order] of this.orders) {
      this.removeFromOrder(order, slot);
      order.keys[slot] = sortKey(client, field);
      this.insertIntoOrder(order, slot);
    }
  }

  private growColumns(minimum: number): void {
    const size = Math.max(minimum, this.trashed.length * 2);
    const grow = <T extends Uint8Array | Int32Array | Float64Array>(column: T, make: (n: number) => T): T => {
      const grown = make(size);
      grown.set(column);
      return grown;
    };
    this.trashed = grow(this.trashed, (n) => new Uint8Array(n));
    this.salesMinor = grow(this.salesMinor, (n) => new Float64Array(n));
    this.reviewCount = grow(this.reviewCount, (n) => new Int32Array(n));
    this.ratingSum = grow(this.ratingSum, (n) => new Float64Array(n));
  }

  /** Forgets a slot (a purged client). */
  delete(slot: number): void {
    this.text.set(slot, '');
    this.phones.set(slot, '');
    for (const order of this.orders.values()) this.removeFromOrder(order, slot);
  }

  get size(): number {
    return this.text.size;
  }

  /**
   * Slots matching every term: digit terms match phone digits (or text, for emails with digits),
   * other terms match the name and email text. Null when there are no terms (everything matches).
   */
  match(terms: readonly string[]): Uint8Array | null {
    if (!terms.length) return null;
    // The longest term is usually the most selective: scan the corpus for it, then check only its hits.
    const [first, ...rest] = [...terms].sort((a, b) => b.length - a.length) as [string, ...string[]];
    const hits = new Uint8Array(this.text.size);
    this.markTerm(first, hits);
    for (const term of rest) {
      if (isDigitTerm(term)) {
        const more = new Uint8Array(this.text.size);
        this.markTerm(term, more);
        for (let slot = 0; slot < hits.length; slot++) hits[slot]! &= more[slot]!;
      } else {
        this.text.filterHits(term, hits);
      }
    }
    return hits;
  }

  private markTerm(term: string, hits: Uint8Array): void {
    this.text.markHits(term, hits);
    if (isDigitTerm(term)) {
      this.phones.markHits(term, hits);
      if (term.length > MIN_SUFFIX_DIGITS) this.markCountryCodeHits(term, hits);
    }
  }

  /** A query with a country code ("34612345678") finds a number stored without it ("612 345 678"). */
  private markCountryCodeHits(term: string, hits: Uint8Array): void {
    for (let slot = 0; slot < this.phones.size; slot++) {
      if (hits[slot]) continue;
      for (const digits of this.phones.get(slot).split(' ')) {
        if (digits.length >= MIN_SUFFIX_DIGITS && term.endsWith(digits)) {
          hits[slot] = 1;
          break;
        }
      }
    }
  }

  /**
   * Slots in ascending order of a field (ties by id); `length` is how many entries are valid.
   * Built on first use for each field.
   */
  order(field: ClientSortField, clientAt: (slot: number) => Client | undefined): { slots: Int32Array; length: number } {
    let order = this.orders.get(field);
    if (!order) {
      const keys: SortKey[] = new Array(this.size);
      const live: number[] = [];
      for (let slot = 0; slot < this.size; slot++) {
        const client = clientAt(slot);
        if (!client) continue;
        keys[slot] = sortKey(client, field);
        live.push(slot);
      }
      const slots = Int32Array.from(live);
      slots.sort((a, b) => this.compare(keys, a, b));
      order = { slots, length: slots.length, keys };
      this.orders.set(field, order);
    }
    return order;
  }

  private compare(keys: SortKey[], a: number, b: number): number {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka < kb) return -1;
    if (ka > kb) return 1;
    const ia = this.ids[a]!;
    const ib = this.ids[b]!;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  }

  private removeFromOrder(order: { slots: Int32Array; length: number }, slot: number): void {
    const at = order.slots.subarray(0, order.length).indexOf(slot);
    if (at === -1) return;
    order.slots.copyWithin(at, at + 1, order.length);
    order.length--;
  }

  private insertIntoOrder(order: { slots: Int32Array; length: number; keys: SortKey[] }, slot: number): void {
    if (order.length === order.slots.length) {
      const grown = new Int32Array(Math.max(16, order.slots.length * 2));
      grown.set(order.slots);
      order.slots = grown;
    }
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(order.keys, order.slots[middle]!, slot) < 0) low = middle + 1;
      else high = middle;
    }
    order.slots.copyWithin(low + 1, low, order.length);
    order.slots[low] = slot;
    order.length++;
  }
}
