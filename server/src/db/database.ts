// One small interface over the two drivers: PGlite (Postgres in WASM, embedded, a data directory) and
// node-postgres (a PostgreSQL server by connection string). The SQL is the same for both.

/** Runs one statement with $1…$n parameters and returns its rows. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws). */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** Several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string (postgres://user:password@host:port/db): node-postgres. */
  url?: string;
  /** PGlite's data directory; omitted: an in-memory database. Ignored with `url`. */
  dataDir?: string;
}

/** Opens the database the options name: a server when there is a URL, else embedded PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(options.url);
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(options.dataDir);
}
