// Entry of `npm run api:mock` (bundled by scripts/api.mjs): starts the mock backend and prints its URL.
import { startApiServer } from '../mocks/server/node-server.js';

const numberFrom = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(parsed) ? parsed : fallback;
};

export async function main(env: Record<string, string | undefined>): Promise<void> {
  const server = await startApiServer({
    port: numberFrom(env.PORT, 8787),
    hostname: env.HOST ?? '127.0.0.1',
    latency: numberFrom(env.LATENCY, 0),
    control: true,
    memory: { clientCount: numberFrom(env.CLIENTS, 500), seed: numberFrom(env.SEED, 1) },
  });
  console.log(`clientela mock API listening on ${server.url}`);
  console.log(`  try: curl '${server.url}/clients?limit=2&sort=-totalSales'`);
  console.log(`  REST adapter: createRestAdapter({ baseUrl: '${server.url}' })`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
