// Entry of `npm run api` (bundled and run by scripts/server.mjs): the reference backend on PGlite in
// a data directory, or on the PostgreSQL server DATABASE_URL names. Prints what it migrated and
// seeded, then "listening <url>" (the tests wait for that line), then how to connect.
import { startClientelaServer } from './server.js';

const numberFrom = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(parsed) ? parsed : fallback;
};

export async function main(env: Record<string, string | undefined>): Promise<void> {
  const tenant = env.TENANT ?? 'demo';
  const server = await startClientelaServer({
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR ?? '.clientela-data/pglite' }),
    port: numberFrom(env.PORT, 8787),
    hostname: env.HOST ?? '127.0.0.1',
    currency: env.CURRENCY ?? 'EUR',
    reapplyMigrations: env.CLIENTELA_REAPPLY_MIGRATIONS === '1',
    ...(env.PUBLIC_ORIGIN ? { publicOrigin: env.PUBLIC_ORIGIN } : {}),
    ...(env.COUNT_AHEAD ? { countAhead: numberFrom(env.COUNT_AHEAD, 1000) } : {}),
    ...(env.SEED === 'none' ? {} : { seedTenant: { tenant, clientCount: numberFrom(env.CLIENTS, 500), seed: numberFrom(env.SEED, 1) } }),
  });
  const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${env.DATA_DIR ?? '.clientela-data/pglite'}`;
  const notes = [
    server.migrations.length ? `migrated: ${server.migrations.join('; ')}` : 'schema up to date',
    ...(server.reapplied.length ? [`migrations run again: ${server.reapplied.join('; ')}`] : []),
    ...(server.seeded ? [`seeded ${server.seeded} clients into tenant "${tenant}"`] : []),
  ];
  console.log(`clientela server on ${where}: ${notes.join(', ')}`);
  console.log(`listening ${server.tenantUrl(tenant)}`);
  console.log(`  try: curl '${server.tenantUrl(tenant)}/clients?limit=2&sort=-totalSales'`);
  console.log(`  REST adapter: createRestAdapter({ baseUrl: '${server.tenantUrl(tenant)}' })`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
