// A PostgreSQL server through node-postgres: a small pool, every session in UTC and without JIT
// (compiling a plan costs more than these short queries take).
import pg from 'pg';
import type { Database, Sql } from './database.js';

const sqlOf = (target: pg.Pool | pg.PoolClient): Sql => ({
  async query<Row>(text: string, params: readonly unknown[] = []) {
    return (await target.query(text, params as unknown[])).rows as Row[];
  },
});

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 8, options: '-c TimeZone=UTC -c jit=off' });
  await pool.query('SELECT 1'); // fail now, with the driver's message, when the server is not there
  return {
    kind: 'postgres',
    ...sqlOf(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(sqlOf(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (script) => void (await pool.query(script)),
    close: () => pool.end(),
  };
}
