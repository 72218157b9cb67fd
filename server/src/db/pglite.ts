// Embedded PostgreSQL (PGlite, WASM) with the contrib extensions the search needs. PGlite is one
// connection: its own queue serialises statements, and a transaction holds it until it ends.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, Sql } from './database.js';

const sqlOf = (target: Pick<PGlite, 'query'>): Sql => ({
  async query<Row>(text: string, params: readonly unknown[] = []) {
    return (await target.query<Row>(text, params as unknown[])).rows;
  },
});

export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true }); // PGlite makes the last folder only
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { btree_gin, pg_trgm, unaccent } });
  await db.exec("SET TIME ZONE 'UTC'");
  return {
    kind: 'pglite',
    ...sqlOf(db),
    transaction: (work) => db.transaction((tx) => work(sqlOf(tx))),
    exec: async (script) => void (await db.exec(script)),
    close: () => db.close(),
  };
}
