/**
 * Feedback and the editors' insights on the web (contract.md §2):
 *
 * - `POST /api/feedback` `{ conversationId, turn, rating: 'up' | 'down', comment? }` → 204; 400 when
 *   malformed, 404 `{ error }` for a conversation or turn Losen does not know (never seen, or
 *   forgotten with its conversation);
 * - `GET /api/insights[?days=&locale=]` → the report as JSON;
 * - `GET /staff/insights[?days=&locale=&lang=]` → the same as an HTML page (no script).
 *
 * The two insight routes require the staff token when `STAFF_TOKEN` is set: `Authorization:
 * Bearer <token>`, or — so a browser can open the page — HTTP Basic with the token as password.
 * (A tiny guard of its own, until the shared staff guard is in main.)
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Locale } from '../../content/topic-ids.js';
import { LOCALES } from '../../content/topic-ids.js';
import { isLocale } from '../../rules/index.js';
import type { Insights, TurnAnswered } from '../insights/recorder.js';
import { renderInsightsPage, renderUnauthorizedPage } from './insights-page.js';
import { hasStaffToken } from './staff-auth.js';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export type InsightsRoutesOptions = {
  insights: Insights;
  /** `STAFF_TOKEN`; unset leaves the insight routes open (local use). */
  staffToken?: string | undefined;
  /** The chat API's rate limit, for the feedback route. */
  rateLimit?: { max: number; timeWindow: number };
};

export const feedbackBody = z.strictObject({
  conversationId: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/),
  turn: z.number().int().min(1).max(100_000),
  rating: z.enum(['up', 'down']),
  comment: z.string().max(1000).optional(),
});

const days = z.coerce.number().int().min(1).max(366);
const insightsQuery = z.strictObject({ days: days.optional(), locale: z.enum(LOCALES).optional() });
/** The page takes what it understands and ignores the rest (a hand-edited address still shows). */
const pageQuery = z.object({
  days: days.optional().catch(undefined),
  locale: z.enum(LOCALES).optional().catch(undefined),
  lang: z.enum(LOCALES).optional().catch(undefined),
});

/** True when `payload` is a turn's response (the chat route's 200). */
function isTurnResponse(payload: unknown): payload is TurnAnswered {
  const p = payload as Partial<TurnAnswered> | null;
  return (
    typeof p?.conversationId === 'string' &&
    typeof p.turn === 'number' &&
    typeof p.locale === 'string' &&
    isLocale(p.locale) &&
    Array.isArray(p.messages)
  );
}

/**
 * The chat route's hook that counts its turns: it runs as the answer is serialised, only queues
 * the turn (see recorder.ts) and hands the answer on unchanged, so the turn waits for nothing.
 */
export function countTurn(insights: Insights) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode === 200 && isTurnResponse(payload)) {
      const body = (request.body ?? {}) as { text?: unknown; choice?: unknown };
      insights.recordTurn(
        {
          ...(typeof body.text === 'string' ? { text: body.text } : {}),
          ...(typeof body.choice === 'string' ? { choice: body.choice } : {}),
        },
        payload,
      );
    }
    return payload;
  };
}

const UNAVAILABLE = 'The insights store is temporarily unavailable; please try again in a moment.';

/** The feedback route, the insights API and the insights page. */
export async function insightsRoutes(app: FastifyInstance, options: InsightsRoutesOptions): Promise<void> {
  const { insights, staffToken } = options;
  const limited = options.rateLimit ? { config: { rateLimit: options.rateLimit } } : {};
  const daysFor = (asked: number | undefined) => Math.min(asked ?? insights.retentionDays, insights.retentionDays);
  const dayChoices = (period: number) =>
    [...new Set([1, 7, 14, insights.retentionDays, period])]
      .filter((d) => d <= insights.retentionDays)
      .sort((a, b) => a - b);

  app.addHook('onClose', () => insights.close());

  app.post('/api/feedback', limited, async (request, reply) => {
    const body = feedbackBody.safeParse(request.body ?? {});
    if (!body.success) {
      const detail = body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return reply.code(400).send({ error: `Invalid request: ${detail}` });
    }
    const { comment, ...rest } = body.data;
    const result = await insights.feedback({ ...rest, ...(comment ? { comment } : {}) }).catch(() => 'unavailable');
    if (result === 'unavailable') return reply.code(503).header('retry-after', '5').send({ error: UNAVAILABLE });
    if (result === 'unknown')
      return reply.code(404).send({ error: 'Unknown conversation or turn (it may have been forgotten)' });
    return reply.code(204).send();
  });

  app.get('/api/insights', limited, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!hasStaffToken(staffToken, request))
      return (
        reply
          .code(401)
          // Basic too, so a browser signed in to the page follows its link to the JSON.
          .header('www-authenticate', ['Bearer realm="Losen staff"', 'Basic realm="Losen staff", charset="UTF-8"'])
          .send({ error: 'Staff token required (Authorization: Bearer …)' })
      );
    const query = insightsQuery.safeParse(request.query ?? {});
    if (!query.success) {
      const detail = query.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
      return reply.code(400).send({ error: `Invalid request: ${detail}` });
    }
    const report = await insights
      .report({ days: daysFor(query.data.days), ...(query.data.locale ? { locale: query.data.locale } : {}) })
      .catch(() => undefined);
    if (!report) return reply.code(503).header('retry-after', '5').send({ error: UNAVAILABLE });
    return reply.send(report);
  });

  app.get('/staff/insights', limited, async (request: FastifyRequest, reply: FastifyReply) => {
    const query = pageQuery.parse(request.query ?? {});
    const ui: Locale = query.lang ?? 'nb';
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    if (!hasStaffToken(staffToken, request))
      return reply
        .code(401)
        .header('www-authenticate', 'Basic realm="Losen staff", charset="UTF-8"')
        .send(renderUnauthorizedPage(ui));
    const period = daysFor(query.days);
    const report = await insights
      .report({ days: period, ...(query.locale ? { locale: query.locale } : {}) })
      .catch(() => undefined);
    if (!report)
      return reply.code(503).header('retry-after', '5').type('application/json').send({ error: UNAVAILABLE });
    return reply.send(renderInsightsPage(report, { ui, days: period, dayChoices: dayChoices(period) }));
  });

  app.get('/staff/insights.css', async (_request, reply) => {
    const css = await readFile(join(PAGES, 'insights.css')).catch(() => undefined);
    if (css === undefined) return reply.code(404).send({ error: 'Not found' });
    return reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(css);
  });
}
