// What every namespace of the SQL adapter works with: the database, the tenant it is scoped to, the
// tenant's currency and who is signed in (the author of what it creates).
import type { PersonRef } from '../../../src/model/index.js';
import type { Database } from '../db/database.js';

export interface TenantContext {
  db: Database;
  tenant: string;
  currency: string;
  user: PersonRef;
  /** ISO timestamp of now (a clock for tests). */
  now(): string;
  /**
   * How many matches past a page a list counts when no counter answers (a search): beyond it the
   * page says `totalExact: false` and metrics give the exact number. Default COUNT_AHEAD.
   */
  countAhead?: number;
}

/**
 * The default of `countAhead`. A broad search over 1,000,000 clients ("ferna": 53,000 matches)
 * takes ~150 ms to count exactly; counting 1,000 past the page takes ~20 ms (npm run bench:server).
 */
export const COUNT_AHEAD = 1000;
