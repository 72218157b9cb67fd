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
}
