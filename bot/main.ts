/**
 * The composition root. `buildApp` makes the store's clients, the conversation ids, the turn core
 * and the triage pool, and mounts on one Fastify server the web adapter (chat, rules, triage,
 * pages), the document routes, and — when configured — Slack and Teams. No adapter imports
 * another; they meet here.
 *
 * Run as a program (`npm start`), it serves on HOST:PORT with the embedded durable store, or Redis
 * when REDIS_URL is set. SIGTERM and SIGINT stop accepting requests, finish the turns in flight,
 * and close the store.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { toIsoDate } from '../rules/index.js';
import type { Config } from './config.js';
import { loadConfig } from './config.js';
import { conversationIds, randomProcessSecret } from './core/conversation-ids.js';
import { FileStore } from './core/file-store.js';
import type { ConversationStore } from './core/store.js';
import type { Insights } from './insights/index.js';
import { insightsFor, MemoryInsightsStore, openInsightsStore } from './insights/index.js';
import type { TurnCore } from './core/turn.js';
import { createTurnCore, webConversationPath } from './core/turn.js';
import { conversationFiles } from './documents/conversation-files.js';
import { documentRoutes } from './documents/routes.js';
import { slackEnabled, slackPlugin } from './slack/index.js';
import { teamsEnabled, teamsPlugin } from './teams/index.js';
import type { ServerOptions } from './web/server.js';
import { buildServer, inProcessTriage, LISTEN_BACKLOG, logTurnError } from './web/server.js';
import type { TriageRunner } from './web/triage-pool.js';
import { triagePool } from './web/triage-pool.js';

/** What `buildApp` needs: the configuration and the store; the rest has defaults. */
export type AppOptions = {
  config: Config;
  store: ConversationStore;
  logger?: ServerOptions['logger'];
  /** Where triage runs (default: a pool of worker threads). */
  triage?: TriageRunner | 'in-process';
  /** The clock of the turn core (tests). */
  now?: () => Date;
  /** Today's date for the rules and documents APIs when a body gives none (tests). */
  today?: () => string;
  /** The editors' insights every turn is counted in (default: kept in memory). */
  insights?: Insights;
};

/** The whole server with every adapter that is configured mounted on it (see the module comment). */
export async function buildApp(options: AppOptions): Promise<{ app: FastifyInstance; core: TurnCore }> {
  const { config, store } = options;
  const ids = conversationIds(config.LOSEN_SECRET ?? randomProcessSecret());
  const logs: { log?: FastifyBaseLogger } = {};
  const core = createTurnCore({
    store,
    ttlSeconds: config.CONVERSATION_TTL_MINUTES * 60,
    ...(options.now ? { now: options.now } : {}),
    // A web conversation's files hang off its id; a channel conversation's off a download token.
    filesPath: (id) => (ids.isIssued(id) ? webConversationPath(id) : `/api/files/${ids.fileToken(id)}`),
    onError: logTurnError(() => logs.log),
  });
  const today = options.today ?? (() => toIsoDate(new Date()));
  const triage = options.triage === 'in-process' ? inProcessTriage : (options.triage ?? triagePool());
  // One recorder for every channel, so Slack and Teams turns and ratings are counted with the web's.
  const insights = options.insights ?? insightsFor(config, new MemoryInsightsStore());
  const app = await buildServer({
    config,
    store,
    core,
    ids,
    triage,
    today,
    insights,
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
  });
  logs.log = app.log;
  if (!config.LOSEN_SECRET)
    app.log.warn(
      'LOSEN_SECRET is not set: conversation ids are signed with a random key of this process, so conversations end at a restart and are not shared between instances',
    );
  const publicBaseUrl = config.PUBLIC_BASE_URL ? { publicBaseUrl: config.PUBLIC_BASE_URL } : {};
  await app.register(documentRoutes, { core, ids, today });
  const channel = { config, core, ids, insights, documents: conversationFiles(core), ...publicBaseUrl };
  if (slackEnabled(config)) await app.register(slackPlugin, channel);
  if (teamsEnabled(config)) await app.register(teamsPlugin, channel);
  return { app, core };
}

async function createStore(config: Config): Promise<ConversationStore> {
  if (config.REDIS_URL) {
    const { RedisStore } = await import('./core/redis-store.js');
    return RedisStore.connect(config.REDIS_URL, { maxConversations: config.MAX_CONVERSATIONS });
  }
  return new FileStore(config.LOSEN_DATA_DIR, { maxConversations: config.MAX_CONVERSATIONS });
}

/** `npm start`: serve until SIGTERM or SIGINT. */
async function start() {
  const config = loadConfig();
  const store = await createStore(config);
  const logs: { log?: FastifyBaseLogger } = {};
  const insights = insightsFor(config, await openInsightsStore(config), (error) =>
    logs.log?.warn({ err: { name: (error as Error).name } }, 'insights: a batch was not stored'),
  );
  const { app } = await buildApp({ config, store, insights, logger: true });
  logs.log = app.log;

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

  await app.listen({ host: config.HOST, port: config.PORT, backlog: LISTEN_BACKLOG });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  app.log.info({ url: `http://${config.HOST}:${port}` }, 'Losen is listening');
}

/** True when this module is the program run (`tsx bot/main.ts`), not imported (tests). */
function isProgram(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isProgram()) await start();
