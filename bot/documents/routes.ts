/**
 * The web adapter's document and calendar routes (contract.md §2):
 *
 * - `POST /api/documents/sea-time-confirmation` `{ facts, locale?, format?: 'pdf' | 'html', today? }`
 *   → the confirmation as `application/pdf` or a printable `text/html` page;
 * - `POST /api/calendar/:ruleId` `{ facts, locale?, today? }` → `text/calendar` reminders
 *   (issc-validity, issc-renewal, health-certificate);
 * - `GET /api/chat/:conversationId/attachments/:file` → a file the conversation's decision offers,
 *   re-decided from the facts the conversation holds (never from the URL);
 * - `GET /documents/print.css` → the printable page's stylesheet (the site's CSP forbids inline style).
 *
 * Unknown rules, rules without such a file and unknown or expired conversations give 404; facts the
 * rule finds invalid or incomplete give 422 `{ error, decision }`. Files are made on request and
 * never stored.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AttachmentFile } from '../../content/documents/index.js';
import { ATTACHMENT_KINDS } from '../../content/documents/index.js';
import { LOCALES } from '../../rules/index.js';
import type { TurnCore } from '../core/turn.js';
import { PRINT_CSS, PRINT_CSS_PATH } from './html.js';
import type { DocumentResult } from './service.js';
import { makeDocument } from './service.js';

export type DocumentRoutesOptions = { core: TurnCore; today: () => string };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const locale = z.enum(LOCALES);
const facts = z.record(z.string(), z.unknown());
const documentBody = z.strictObject({
  facts,
  locale: locale.optional(),
  format: z.enum(['pdf', 'html']).optional(),
  today: isoDate.optional(),
});
const calendarBody = z.strictObject({ facts, locale: locale.optional(), today: isoDate.optional() });
const attachmentParams = z.strictObject({
  conversationId: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/),
  file: z.enum(Object.keys(ATTACHMENT_KINDS) as [AttachmentFile, ...AttachmentFile[]]),
});
const attachmentQuery = z.object({ locale: locale.optional() });

/** Limited like the chat: the rate-limit plugin fills in its own maximum and window. */
const limited = { config: { rateLimit: {} } };

function badRequest(reply: FastifyReply, error: z.ZodError) {
  const detail = error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
  return reply.code(400).send({ error: `Invalid request: ${detail}` });
}

function send(reply: FastifyReply, result: DocumentResult) {
  if (!result.ok) {
    const { status, error, decision } = result.failure;
    return reply.code(status).send({ error, ...(decision ? { decision } : {}) });
  }
  const { body, contentType, fileName, disposition } = result.file;
  // Personal data (names, birth dates): never cached by the browser or a proxy.
  reply
    .header('cache-control', 'no-store')
    .header('content-disposition', `${disposition}; filename="${fileName}"`)
    .type(contentType);
  return reply.send(typeof body === 'string' ? body : Buffer.from(body));
}

/** Registers the document and calendar routes on `app` (see the module comment). */
export async function documentRoutes(app: FastifyInstance, opts: DocumentRoutesOptions): Promise<void> {
  const { core, today } = opts;

  app.post('/api/documents/sea-time-confirmation', limited, async (request, reply) => {
    const body = documentBody.safeParse(request.body ?? {});
    if (!body.success) return badRequest(reply, body.error);
    const file: AttachmentFile =
      body.data.format === 'html' ? 'sea-time-confirmation.html' : 'sea-time-confirmation.pdf';
    return send(
      reply,
      await makeDocument({
        file,
        ruleId: 'sea-time-confirmation',
        facts: body.data.facts,
        locale: body.data.locale ?? 'nb',
        today: body.data.today ?? today(),
      }),
    );
  });

  app.post<{ Params: { ruleId: string } }>('/api/calendar/:ruleId', limited, async (request, reply) => {
    const body = calendarBody.safeParse(request.body ?? {});
    if (!body.success) return badRequest(reply, body.error);
    return send(
      reply,
      await makeDocument({
        file: 'calendar.ics',
        ruleId: request.params.ruleId,
        facts: body.data.facts,
        locale: body.data.locale ?? 'nb',
        today: body.data.today ?? today(),
      }),
    );
  });

  app.get('/api/chat/:conversationId/attachments/:file', limited, async (request, reply) => {
    const params = attachmentParams.safeParse(request.params);
    if (!params.success) return reply.code(404).send({ error: 'Not found' });
    const query = attachmentQuery.safeParse(request.query ?? {});
    if (!query.success) return badRequest(reply, query.error);
    const conversation = await core.conversationRule(params.data.conversationId);
    if (!conversation) return reply.code(404).send({ error: 'No such conversation, or it has expired' });
    return send(
      reply,
      await makeDocument({
        file: params.data.file,
        ruleId: conversation.ruleId,
        facts: conversation.facts,
        locale: query.data.locale ?? conversation.locale,
        today: conversation.today,
      }),
    );
  });

  app.get(PRINT_CSS_PATH, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PRINT_CSS),
  );
}
