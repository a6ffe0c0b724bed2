/**
 * The web adapter (contract.md §2): the chat, rules and triage APIs, the widget's files, the demo
 * page and the staff page, on Fastify — chosen for its maintained plugin set (rate limiting,
 * CORS; helmet for the security headers), built-in body limits and JSON handling, and speed. The documents, Slack and
 * Teams are mounted beside it by the composition root (bot/main.ts), not here.
 *
 * Every body is validated with zod. Bad input gets `{ error }` with 400 (malformed), 401 (staff
 * only), 404, 413 (too large), 415 or 429 (rate limited); 503 when the store is unreachable or
 * full, triage is busy, or more chat turns are under way than the instance takes at once
 * (`maxTurnsInFlight`, with `Retry-After`). Nothing a client sends can produce a 500 or stop the process.
 *
 * Conversation ids are issued here (see core/conversation-ids.ts): a turn continues a conversation
 * only under an id this server issued; any other id starts a new one under a fresh id.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cors from '@fastify/cors';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { triage } from '../../machines/triage.js';
import { decide, isRuleId, LOCALES, toIsoDate } from '../../rules/index.js';
import type { Config } from '../config.js';
import { loadConfig } from '../config.js';
import type { ConversationIds } from '../core/conversation-ids.js';
import { conversationIds, randomProcessSecret } from '../core/conversation-ids.js';
import { errorFields } from '../core/errors.js';
import type { ConversationStore } from '../core/store.js';
import { RedisStore } from '../core/redis-store.js';
import { MemoryStore, StoreFullError, StoreUnavailableError } from '../core/store.js';
import type { TurnCore } from '../core/turn.js';
import { createTurnCore, MAX_CHOICE_LENGTH, MAX_TEXT_LENGTH } from '../core/turn.js';
import { Admission, BUSY_RETRY_AFTER_SECONDS } from './admission.js';
import { rateLimitOptions, UNLIMITED } from './rate-limit.js';
import type { TriageRunner } from './triage-pool.js';
import { TriageBusyError } from './triage-pool.js';
import type { Insights } from '../insights/index.js';
import { insightsFor, MemoryInsightsStore } from '../insights/index.js';
import { countTurn, insightsRoutes } from './insights-routes.js';
import { triageRoutes } from './triage-routes.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGES = join(ROOT, 'bot', 'web', 'pages');
const DIST = join(ROOT, 'dist', 'web');

/** Largest request body accepted. */
export const BODY_LIMIT_BYTES = 16 * 1024;
/** Longest staff enquiry triaged. */
export { MAX_TRIAGE_LENGTH } from './triage-routes.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** What a conversation id may look like (the ids issued are 45 characters; this bounds what is read). */
export const conversationIdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/);

export const chatBody = z.strictObject({
  conversationId: conversationIdSchema.optional(),
  text: z.string().max(MAX_TEXT_LENGTH).optional(),
  choice: z.string().max(MAX_CHOICE_LENGTH).optional(),
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
  /** Issues and checks conversation ids (default: keyed with LOSEN_SECRET, else a per-process key). */
  ids?: ConversationIds;
  /** Where triage runs (default: in this thread; `npm start` passes a worker pool). */
  triage?: TriageRunner;
  /** Log requests as JSON lines (method, path, status, time — never bodies or message text). Off by default in tests. */
  logger?: boolean | { stream: NodeJS.WritableStream };
  /** Today's date for the rules API when the body gives none (tests); default: the clock. */
  today?: () => string;
  /**
   * Most chat turns this instance runs at once before it answers 503 (admission control, see
   * admission.ts: the limit goes down while turns take longer than `turnTargetMs`).
   */
  maxTurnsInFlight?: number;
  /** How long a turn may take before admission control lowers the limit (ms). */
  turnTargetMs?: number;
};

/**
 * Most chat turns an instance runs at once, however fast they go; beyond the limit (lower while
 * turns are slow) a turn is refused at once with 503 and `Retry-After` (nothing of the conversation
 * has changed, so it is sent again as it was).
 */
export const DEFAULT_MAX_TURNS_IN_FLIGHT = 100;
/**
 * The limit never falls below this many turns at once: a machine slowed by something else (not by
 * a crowd of users) does not turn a handful of users away.
 */
export const MIN_TURNS_IN_FLIGHT = 16;
/**
 * A turn taking longer than this (ms) lowers the limit, so admitted turns stay under 200 ms as the
 * client sees them (its wait before the handler runs comes on top; 100 ms gave a p99 of 243 ms in
 * the bench, 50 ms 187 ms: bench/PROFILE.md).
 */
export const DEFAULT_TURN_TARGET_MS = 50;
/**
 * Connections the kernel may hold for the server before it accepts them (capped by the kernel's
 * somaxconn). Node's default of 511 overflows when hundreds of users connect while the server is
 * busy, and each dropped handshake costs the user a second or more (TCP's SYN retry).
 */
export const LISTEN_BACKLOG = 4096;

const localToday = () => toIsoDate(new Date());

/** Triage in this thread (tests, and when no pool is given). */
export const inProcessTriage: TriageRunner = {
  run: async (text, today, locale) => triage(text, today, locale),
  close: async () => undefined,
};

/** A 400 with what is wrong; `where` names the input when the issue has no path (the body, a parameter). */
export function badRequest(reply: FastifyReply, error: z.ZodError, where = 'body') {
  const detail = error.issues.map((i) => `${i.path.join('.') || where}: ${i.message}`).join('; ');
  return reply.code(400).send({ error: `Invalid request: ${detail}` });
}

/** The turn core's error reporter over `log` (the request id, the error; never the message text). */
export const logTurnError =
  (log: () => FastifyBaseLogger | undefined) => (error: unknown, context: { requestId: string }) =>
    log()?.error({ reqId: context.requestId, err: errorFields(error) }, 'turn failed');

/** `TRUST_PROXY` as Fastify takes it: a hop count becomes "trust the nearest n hops". */
const trustProxyOption = (trust: Config['TRUST_PROXY']) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;

const UNAVAILABLE =
  'The service is temporarily unavailable. Your message was not lost: please send it again in a moment.';
const BUSY = 'Losen is busy right now. Please try again in a few minutes.';
const TURNS_BUSY =
  'Losen has too many messages to answer right now. Your message was not processed and your conversation is unchanged: please send it again in a moment.';

export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const config: Config = { ...loadConfig({}), ...options.config };
  const store = options.store ?? new MemoryStore();
  const ids = options.ids ?? conversationIds(config.LOSEN_SECRET ?? randomProcessSecret());
  const runTriage = options.triage ?? inProcessTriage;
  const today = options.today ?? localToday;
  const insights = options.insights ?? insightsFor(config, new MemoryInsightsStore());
  const logs: { log?: FastifyBaseLogger } = {};
  const core =
    options.core ??
    createTurnCore({
      store,
      ttlSeconds: config.CONVERSATION_TTL_MINUTES * 60,
      onError: logTurnError(() => logs.log),
    });

  const server = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    // Long enough for any conversation id the API accepts: a longer one is a 400, never a 414.
    routerOptions: { maxParamLength: 512 },
    // Errors the router raises before any route (a bad URL, a parameter longer still) keep the { error } shape.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const status = typeof error.statusCode === 'number' && error.statusCode < 500 ? error.statusCode : 400;
      reply.code(status).send({ error: status === 414 ? 'Path too long' : 'Bad request' });
    },
    genReqId: () => randomUUID(),
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
    trustProxy: trustProxyOption(config.TRUST_PROXY),
  });
  logs.log = server.log;

  server.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    if (error instanceof StoreUnavailableError) {
      request.log.warn('conversation store unavailable');
      return reply.code(503).header('retry-after', '5').send({ error: UNAVAILABLE });
    }
    if (error instanceof StoreFullError || error instanceof TriageBusyError) {
      request.log.warn({ err: { name: error.name, message: error.message } }, 'refused: busy');
      return reply.code(503).header('retry-after', '60').send({ error: BUSY });
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: errorFields(error) }, 'request failed');
    const limit = request.routeOptions.bodyLimit ?? BODY_LIMIT_BYTES;
    const message =
      status === 413
        ? `Request body too large (limit ${limit} bytes)`
        : status === 400 && /JSON/i.test(error.message)
          ? 'Malformed JSON body'
          : status === 500
            ? 'Internal error'
            : error.message;
    return reply.code(status).send({ error: message });
  });

  // Security headers, built once: helmet's middleware computes its headers (the CSP text among
  // them) when it is made, so making it per request (as @fastify/helmet does) costs on every turn.
  const securityHeaders = helmet({
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
    // Agrees with frame-ancestors 'none' for browsers that only read the older header.
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  server.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, () => done());
  });
  await server.register(cors, {
    origin: (origin, cb) => cb(null, origin !== undefined && config.CORS_ORIGINS.includes(origin)),
    methods: ['POST', 'DELETE', 'GET'],
  });
  await server.register(
    rateLimit,
    rateLimitOptions(config, store instanceof RedisStore ? { redis: store.redis, prefix: store.prefix } : undefined),
  );
  // Unknown paths count against the client's budget too (probing costs like any other request).
  server.setNotFoundHandler({ preHandler: server.rateLimit() }, (_request, reply) =>
    reply.code(404).send({ error: 'Not found' }),
  );
  // Answers of the API may hold personal data: never kept by a browser or a proxy.
  server.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  server.get('/healthz', UNLIMITED, async (_request, reply) => {
    const ready = await store.ready().catch(() => false);
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ok' : 'unavailable' });
  });

  const admission = new Admission({
    maxInFlight: options.maxTurnsInFlight ?? DEFAULT_MAX_TURNS_IN_FLIGHT,
    minInFlight: Math.min(MIN_TURNS_IN_FLIGHT, options.maxTurnsInFlight ?? MIN_TURNS_IN_FLIGHT),
    targetMs: options.turnTargetMs ?? DEFAULT_TURN_TARGET_MS,
  });
  server.post('/api/chat', { preSerialization: countTurn(insights) }, async (request, reply) => {
    const body = chatBody.safeParse(request.body ?? {});
    if (!body.success) return badRequest(reply, body.error);
    const leave = admission.enter();
    if (!leave) {
      return reply.code(503).header('retry-after', String(BUSY_RETRY_AFTER_SECONDS)).send({ error: TURNS_BUSY });
    }
    const { conversationId: id, text, choice, locale } = body.data;
    // Only an id this server issued continues a conversation; any other starts a new one.
    const conversationId = id !== undefined && ids.isIssued(id) ? id : ids.issue();
    try {
      return await core.handleTurn({
        conversationId,
        requestId: request.id,
        ...(text !== undefined ? { text } : {}),
        ...(choice ? { choice } : {}),
        ...(locale ? { locale } : {}),
      });
    } finally {
      leave();
    }
  });

  server.delete(
    '/api/chat/:conversationId',
    async (request: FastifyRequest<{ Params: { conversationId: string } }>, reply) => {
      const id = conversationIdSchema.safeParse(request.params.conversationId);
      if (!id.success) return badRequest(reply, id.error, 'conversationId');
      // Only an id this server issued names a conversation; forgetting one is done once it is gone,
      // whether it was stored or not (a greeting stores nothing; "start over" empties it).
      if (!ids.isIssued(id.data)) return reply.code(404).send({ error: 'No such conversation' });
      await core.forget(id.data);
      return reply.code(204).send();
    },
  );

  server.post('/api/rules/:ruleId', async (request: FastifyRequest<{ Params: { ruleId: string } }>, reply) => {
    if (!isRuleId(request.params.ruleId))
      return reply.code(404).send({ error: `Unknown rule: ${request.params.ruleId}` });
    const body = rulesBody.safeParse(request.body ?? {});
    if (!body.success) return badRequest(reply, body.error);
    return decide(request.params.ruleId, body.data.facts, { today: body.data.today ?? today() });
  });

  await server.register(triageRoutes, {
    staffToken: config.STAFF_TOKEN,
    today,
    run: (text, day, locale) => runTriage.run(text, day, locale),
    pages: PAGES,
  });
  server.addHook('onClose', () => runTriage.close());

  /** A page of `PAGES`, with `{{NAME}}` filled in from `values`. */
  const page =
    (file: string, values: Record<string, string | number> = {}) =>
    async (_request: FastifyRequest, reply: FastifyReply) => {
      const html = await readFile(join(PAGES, file), 'utf8').catch(() => undefined);
      if (html === undefined) return reply.code(404).send({ error: 'Not found' });
      const filled = html.replace(/\{\{([A-Z_]+)\}\}/g, (m, name: string) =>
        Object.hasOwn(values, name) ? String(values[name]) : m,
      );
      return reply.type('text/html; charset=utf-8').send(filled);
    };
  server.get('/', UNLIMITED, page('index.html'));
  // What the widget links to: how Losen works (with its rulebook) and privacy, in nb, nn and en.
  server.get('/om-losen', UNLIMITED, page('om-losen.html'));
  server.get(
    '/personvern',
    UNLIMITED,
    page('personvern.html', {
      TTL_MINUTES: config.CONVERSATION_TTL_MINUTES,
      RETENTION_DAYS: config.INSIGHTS_RETENTION_DAYS,
    }),
  );
  server.get('/regelbok', UNLIMITED, async (_request, reply) => {
    const text = await readFile(join(ROOT, 'docs', 'rulebook.md'), 'utf8').catch(() => undefined);
    if (text === undefined) return reply.code(404).send({ error: 'Not found' });
    return reply.type('text/plain; charset=utf-8').header('cache-control', 'no-cache').send(text);
  });

  for (const [name, [dir, type, crossOrigin]] of Object.entries(ASSETS)) {
    server.get(`/${name}`, UNLIMITED, async (_request, reply) => {
      const body = await readFile(join(dir, name)).catch(() => undefined);
      if (body === undefined) return reply.code(404).send({ error: `Not built: ${name} (run npm run build)` });
      if (crossOrigin)
        reply.header('cross-origin-resource-policy', 'cross-origin').header('access-control-allow-origin', '*');
      return reply.type(type).header('cache-control', 'no-cache').send(body);
    });
  }

  await server.register(insightsRoutes, { insights, staffToken: config.STAFF_TOKEN });

  return server;
}
