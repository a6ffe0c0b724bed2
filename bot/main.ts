/**
 * `npm start`: serve the web chat (and the Slack and Teams adapters when configured) on
 * HOST:PORT with the embedded durable store, or Redis when REDIS_URL is set. SIGTERM and SIGINT
 * stop accepting requests, finish the turns in flight, and close the store.
 */
import { loadConfig } from './config.js';
import { FileStore } from './core/file-store.js';
import type { ConversationStore } from './core/store.js';
import { insightsFor, openInsightsStore } from './insights/index.js';
import { buildServer } from './web/server.js';

async function createStore(config: ReturnType<typeof loadConfig>): Promise<ConversationStore> {
  if (config.REDIS_URL) {
    const { RedisStore } = await import('./core/redis-store.js');
    return RedisStore.connect(config.REDIS_URL);
  }
  return new FileStore(config.LOSEN_DATA_DIR);
}

const config = loadConfig();
const store = await createStore(config);
const insights = insightsFor(config, await openInsightsStore(config), (error) =>
  app.log.warn({ err: { name: (error as Error).name } }, 'insights: a batch was not stored'),
);
const app = await buildServer({ config, store, insights, logger: true });

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  await app.close(); // waits for in-flight requests
  await store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

await app.listen({ host: config.HOST, port: config.PORT });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
app.log.info({ url: `http://${config.HOST}:${port}` }, 'Losen is listening');
