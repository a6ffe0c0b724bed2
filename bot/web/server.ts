/**
 * The web adapter (contract.md §2): the chat, rules and triage APIs, the widget's files, the demo
 * page and the staff page, on Fastify — chosen for its maintained plugin set (rate limiting,
 * CORS, helmet), built-in body limits and JSON handling, and speed.
 *
 * Every body is validated with zod. Bad input gets `{ error }` with 400 (malformed), 404, 413 (too
 * large), 415 or 429 (rate limited); nothing a client sends can produce a 500 or stop the process.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { decide, isRuleId, LOCALES, toIsoDate } from '../../rules/index.js';
import type { Config } from '../config.js';
import { loadConfig } from '../config.js';
import type { ConversationStore } from '../core/store.js';
import { RedisStore } from '../core/redis-store.js';
import { MemoryStore, StoreUnavailableError } from '../core/store.js';
import type { TurnCore } from '../core/turn.js';
import { createTurnCore } from '../core/turn.js';
import { documentRoutes } from '../documents/routes.js';
import type { Insights } from '../insights/index.js';
import { insightsFor, MemoryInsightsStore } from '../insights/index.js';
import { countTurn, insightsRoutes } from './insights-routes.js';
import { triageRoutes } from './triage-routes.js';
import { slackPlugin } from '../slack/index.js';
import { teamsPlugin } from '../teams/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGES = join(ROOT, 'bot', 'web', 'pages');
const DIST = join(ROOT, 'dist', 'web');

/** Largest request body accepted. */
export const BODY_LIMIT_BYTES = 16 * 1024;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const conversationId = z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/);

export const chatBody = z.strictObject({
  conversationId: conversationId.optional(),
  text: z.string().max(2000).optional(),
  choice: z.string().max(200).optional(),
  locale: z.enum(LOCALES).optional(),
});
const rulesBody = z.strictObject({ facts: z.record(z.string(), z.unknown()), today: isoDate.optional() });

/** Static files: name → [directory, content type, may other sites load it]. */
const ASSETS: Record<string, [string, string, boolean]> = {
  'widget.js': [DIST, 'text/javascript; charset=utf-8', true],
  'widget.css': [DIST, 'text/css; charset=utf-8', true],
  'staff.js': [DIST, 'text/javascript; charset=utf-8', false],
  'staff.css': [DIST, 'text/css; charset=utf-8', false],
  'site.css': [DIST, 'text/css; charset=utf-8', false],
};

export type ServerOptions = {
  config?: Partial<Config>;
  core?: TurnCore;
  store?: ConversationStore;
  /** The editors' insights every turn is counted in (default: kept in memory). */
  insights?: Insights;
  /** Log requests as JSON lines (method, path, status, time — never bodies or message text). Off by default in tests. */
  logger?: boolean | { stream: NodeJS.WritableStream };
  /** Today's date for the rules API when the body gives none (tests); default: the clock. */
  today?: () => string;
};

const localToday = () => toIsoDate(new Date());

function badRequest(reply: FastifyReply, error: z.ZodError) {
  const detail = error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  return reply.code(400).send({ error: `Invalid request: ${detail}` });
}

export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const config: Config = { ...loadConfig({}), ...options.config };
  const store = options.store ?? new MemoryStore();
  const core = options.core ?? createTurnCore({ store, ttlSeconds: config.CONVERSATION_TTL_MINUTES * 60 });
  const today = options.today ?? localToday;
  const insights = options.insights ?? insightsFor(config, new MemoryInsightsStore());

  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: options.logger
      ? {
          level: config.LOG_LEVEL,
          ...(typeof options.logger === 'object' ? { stream: options.logger.stream } : {}),
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          serializers: {
            // Only what operations need; query strings and bodies may hold personal data.
            req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
          },
        }
      : false,
    trustProxy: false,
  });

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (error instanceof StoreUnavailableError) {
      request.log.warn('conversation store unavailable');
      return reply.code(503).header('retry-after', '5').send({
        error: 'The service is temporarily unavailable. Your message was not lost: please send it again in a moment.',
      });
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: { name: error.name, message: error.message } }, 'request failed');
    const message =
      status === 413
        ? `Request body too large (limit ${BODY_LIMIT_BYTES} bytes)`
        : status === 400 && /JSON/i.test(error.message)
          ? 'Malformed JSON body'
          : status === 500
            ? 'Internal error'
            : error.message;
    return reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'Not found' }));

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && config.CORS_ORIGINS.includes(origin)),
    methods: ['POST', 'DELETE', 'GET'],
  });
  await app.register(rateLimit, {
    global: false,
    // Shared across instances when the store is Redis; a Redis outage never blocks requests here.
    ...(store instanceof RedisStore ? { redis: store.redis, nameSpace: `${store.prefix}rl:`, skipOnError: true } : {}),
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    errorResponseBuilder: (_req, ctx) =>
      Object.assign(new Error(`Too many requests; try again in ${Math.ceil(ctx.ttl / 1000)} s`), { statusCode: 429 }),
  });
  const limited = { config: { rateLimit: { max: config.RATE_LIMIT_PER_MINUTE, timeWindow: 60_000 } } };

  app.get('/healthz', async (_request, reply) => {
    const ready = await store.ready().catch(() => false);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable' });
  });

  app.post('/api/chat', { ...limited, preSerialization: countTurn(insights) }, async (request, reply) => {
    const body = chatBody.safeParse(request.body ?? {});
    if (!body.success) return badRequest(reply, body.error);
    const { conversationId: id, text, choice, locale } = body.data;
    return core.handleTurn({
      ...(id ? { conversationId: id } : {}),
      ...(text !== undefined ? { text } : {}),
      ...(choice ? { choice } : {}),
      ...(locale ? { locale } : {}),
    });
  });

  app.delete(
    '/api/chat/:conversationId',
    limited,
    async (request: FastifyRequest<{ Params: { conversationId: string } }>, reply) => {
      const id = conversationId.safeParse(request.params.conversationId);
      if (!id.success) return badRequest(reply, id.error);
      const existed = await core.forget(id.data);
      return existed ? reply.code(204).send() : reply.code(404).send({ error: 'No such conversation' });
    },
  );

  app.post('/api/rules/:ruleId', limited, async (request: FastifyRequest<{ Params: { ruleId: string } }>, reply) => {
    if (!isRuleId(request.params.ruleId))
      return reply.code(404).send({ error: `Unknown rule: ${request.params.ruleId}` });
    const body = rulesBody.safeParse(request.body ?? {});
    if (!body.success) return badRequest(reply, body.error);
    return decide(request.params.ruleId, body.data.facts, { today: body.data.today ?? today() });
  });

  const page = (file: string) => async (_request: FastifyRequest, reply: FastifyReply) => {
    const html = await readFile(join(PAGES, file), 'utf8').catch(() => undefined);
    if (html === undefined) return reply.code(404).send({ error: 'Not found' });
    return reply.type('text/html; charset=utf-8').send(html);
  };
  app.get('/', page('index.html'));
  await app.register(triageRoutes, { staffToken: config.STAFF_TOKEN, today, pages: PAGES });

  for (const [name, [dir, type, crossOrigin]] of Object.entries(ASSETS)) {
    app.get(`/${name}`, async (_request, reply) => {
      const body = await readFile(join(dir, name)).catch(() => undefined);
      if (body === undefined) return reply.code(404).send({ error: `Not built: ${name} (run npm run build)` });
      if (crossOrigin)
        reply.header('cross-origin-resource-policy', 'cross-origin').header('access-control-allow-origin', '*');
      return reply.type(type).header('cache-control', 'no-cache').send(body);
    });
  }

  await app.register(insightsRoutes, { insights, staffToken: config.STAFF_TOKEN, rateLimit: limited.config.rateLimit });
  await app.register(documentRoutes, { core, today });
  await app.register(slackPlugin, {
    config,
    core,
    ...(config.PUBLIC_BASE_URL ? { publicBaseUrl: config.PUBLIC_BASE_URL } : {}),
  });
  await app.register(teamsPlugin, {
    config,
    core,
    ...(config.PUBLIC_BASE_URL ? { publicBaseUrl: config.PUBLIC_BASE_URL } : {}),
  });

  return app;
}
