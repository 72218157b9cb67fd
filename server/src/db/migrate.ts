// Brings a database from nothing (or from any earlier migration) to the current schema. Safe to run
// again, and from two servers at once: one transaction under an advisory lock.
import type { Database } from './database.js';
import { MIGRATIONS } from './schema.js';

const LOCK_KEY = 72_614_015; // any constant: serialises concurrent migrators

export interface MigrationReport {
  applied: string[];
  /** Migrations run again although recorded (`reapply`): they must change nothing. */
  reapplied: string[];
}

/** `reapply` runs recorded migrations again too (the test that a second run is harmless). */
export async function migrate(db: Database, { reapply = false } = {}): Promise<MigrationReport> {
  return db.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await sql.query(`CREATE TABLE IF NOT EXISTS clientela_migrations (
      id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await sql.query<{ id: number }>('SELECT id FROM clientela_migrations')).map((row) => row.id));
    const applied: string[] = [];
    const reapplied: string[] = [];
    for (const migration of MIGRATIONS) {
      const recorded = done.has(migration.id);
      if (recorded && !reapply) continue;
      for (const statement of splitStatements(migration.sql)) await sql.query(statement);
      if (recorded) reapplied.push(migration.name);
      else {
        await sql.query('INSERT INTO clientela_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
        applied.push(migration.name);
      }
    }
    return { applied, reapplied };
  });
}

/** Statements of a script, split at `;` at line ends outside $$ bodies (the scripts above are written so). */
function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inBody = false;
  for (const line of script.split('\n')) {
    if (line.trim().startsWith('--')) continue;
    current += `${line}\n`;
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && line.trimEnd().endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
