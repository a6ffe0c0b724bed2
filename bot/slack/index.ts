/**
 * The Slack adapter (contract.md §3) as a Fastify plugin: `POST /slack/events` receives events,
 * button clicks (interactivity) and the `/losen` command, all signed by Slack.
 *
 * Mount it with `await app.register(slackPlugin, { config, core, ids, insights, documents, publicBaseUrl })`;
 * it registers nothing unless `slackEnabled(config)`. Set up the Slack side with `bot/slack/manifest.yml`.
 */
import type { Logger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { ConversationIds } from '../core/conversation-ids.js';
import type { TurnCore } from '../core/turn.js';
import type { ConversationFiles } from '../documents/conversation-files.js';
import type { Insights } from '../insights/index.js';
import { createSlackApp } from './app.js';
import { FastifyReceiver } from './receiver.js';
import { recentlySeen } from '../core/recently-seen.js';

export { slackConversationId } from './app.js';

/** Options of `slackPlugin`. */
export type SlackPluginOptions = {
  config: Config;
  core: TurnCore;
  /** Keys Slack threads to conversation ids. */
  ids: ConversationIds;
  /** The server's public base URL, to link files (PDF, calendar) that messages offer. */
  publicBaseUrl?: string;
  /** The clock for Slack's 5-minute staleness check (tests). */
  now?: () => number;
  /** The editors' insights: every turn is counted, and answers get 👍/👎. */
  insights?: Insights;
  /** Makes the documents uploaded into a thread when there is no public base URL. */
  documents?: ConversationFiles;
};

/** Largest Slack request accepted: interactivity payloads carry the whole clicked message. */
const SLACK_BODY_LIMIT_BYTES = 512 * 1024;

/** The endpoint's own budget per sending address (the rate-limit plugin reads it). */
const channelLimit = (config: Config) => ({
  config: { rateLimit: { max: config.CHANNEL_RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } },
});

/** Whether the Slack adapter is configured (both the signing secret and the bot token are set). */
export function slackEnabled(config: Config): boolean {
  return Boolean(config.SLACK_SIGNING_SECRET && config.SLACK_BOT_TOKEN);
}

/**
 * Bolt's logger over the server's. Bolt's debug output is dropped: it includes whole request
 * bodies, and message text is never logged.
 */
function boltLogger(log: FastifyBaseLogger): Logger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ');
  return {
    debug: () => {},
    info: (...parts) => log.info({ channel: 'slack' }, line(parts)),
    warn: (...parts) => log.warn({ channel: 'slack' }, line(parts)),
    error: (...parts) => log.error({ channel: 'slack' }, line(parts)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** Registers `POST /slack/events` when Slack is configured. */
export async function slackPlugin(app: FastifyInstance, opts: SlackPluginOptions): Promise<void> {
  const { config, core, ids, publicBaseUrl } = opts;
  if (!config.SLACK_SIGNING_SECRET || !config.SLACK_BOT_TOKEN) return;
  const logger = boltLogger(app.log);
  const seen = recentlySeen({ ttlMs: 10 * 60_000, max: 10_000 });
  const receiver = new FastifyReceiver({
    signingSecret: config.SLACK_SIGNING_SECRET,
    seen,
    onError: (error) => logger.error('Slack request failed:', error),
    ...(opts.now ? { now: opts.now } : {}),
  });
  const slackApiUrl = config.SLACK_API_URL ? config.SLACK_API_URL.replace(/\/*$/, '/') : undefined;
  createSlackApp({
    botToken: config.SLACK_BOT_TOKEN,
    ids,
    ...(slackApiUrl ? { slackApiUrl } : {}),
    core,
    receiver,
    logger,
    seen,
    ...(publicBaseUrl ? { publicBaseUrl } : {}),
    ...(opts.insights ? { insights: opts.insights } : {}),
    ...(opts.documents ? { documents: opts.documents } : {}),
  });

  // Slack signs the exact bytes it sends, so in this plugin's (encapsulated) context JSON and form
  // bodies are read as text and parsed by the receiver after the signature check. Other routes keep
  // the server's JSON parser.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    ['application/json', 'application/x-www-form-urlencoded'],
    { parseAs: 'string' },
    (_request, body, done) => done(null, body),
  );
  app.post('/slack/events', { bodyLimit: SLACK_BODY_LIMIT_BYTES, ...channelLimit(config) }, (request, reply) =>
    receiver.handle(request, reply),
  );
  app.addHook('onClose', () => receiver.stop());
}
