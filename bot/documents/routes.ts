/**
 * The web adapter's document and calendar routes (contract.md §2):
 *
 * - `POST /api/documents/sea-time-confirmation` `{ facts, locale?, format?: 'pdf' | 'html', today? }`
 *   → the confirmation as `application/pdf` or a printable `text/html` page;
 * - `POST /api/calendar/:ruleId` `{ facts, locale?, today? }` → `text/calendar` reminders
 *   (issc-validity, issc-renewal, health-certificate);
 * - `GET /api/chat/:conversationId/attachments/:file` → a file the conversation's decision offers,
 *   re-decided from the facts the conversation holds (never from the URL); only for ids the web
 *   API issued;
 * - `GET /api/files/:token/attachments/:file` → the same for a Slack or Teams conversation, by the
 *   signed download token its messages link to (its conversation id is no key to the web API);
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
import { isRuleId, LOCALES } from '../../rules/index.js';
import type { ConversationIds } from '../core/conversation-ids.js';
import type { TurnCore } from '../core/turn.js';
import { PRINT_CSS, PRINT_CSS_PATH } from './html.js';
import type { DocumentResult } from './service.js';
import { makeDocument } from './service.js';

/** What the document routes need: the turn core, the conversation ids, and today's date. */
export type DocumentRoutesOptions = { core: TurnCore; ids: ConversationIds; today: () => string };

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
const attachmentFile = z.enum(Object.keys(ATTACHMENT_KINDS) as [AttachmentFile, ...AttachmentFile[]]);
const attachmentParams = z.strictObject({
  conversationId: z.string().regex(/^[A-Za-z0-9_.:-]{1,128}$/),
  file: attachmentFile,
});
const fileTokenParams = z.strictObject({ token: z.string().max(300), file: attachmentFile });
const attachmentQuery = z.object({ locale: locale.optional() });

function badRequest(reply: FastifyReply, error: z.ZodError, where = 'body') {
  const detail = error.issues.map((i) => `${i.path.join('.') || where}: ${i.message}`).join('; ');
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
  const { core, ids, today } = opts;

  /** The file `file` of conversation `conversationId` (already known to be one the caller may reach). */
  async function conversationFile(
    reply: FastifyReply,
    conversationId: string,
    file: AttachmentFile,
    query: unknown,
  ): Promise<FastifyReply> {
    const parsed = attachmentQuery.safeParse(query ?? {});
    if (!parsed.success) return badRequest(reply, parsed.error, 'query');
    const conversation = await core.conversationRule(conversationId);
    if (!conversation) return reply.code(404).send({ error: 'No such conversation, or it has expired' });
    return send(
      reply,
      await makeDocument({
        file,
        ruleId: conversation.ruleId,
        facts: conversation.facts,
        locale: parsed.data.locale ?? conversation.locale,
        today: conversation.today,
      }),
    );
  }

  app.post('/api/documents/sea-time-confirmation', async (request, reply) => {
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

  app.post<{ Params: { ruleId: string } }>('/api/calendar/:ruleId', async (request, reply) => {
    const { ruleId } = request.params;
    if (!isRuleId(ruleId)) return reply.code(404).send({ error: `Unknown rule: ${ruleId}` });
    const body = calendarBody.safeParse(request.body ?? {});
    if (!body.success) return badRequest(reply, body.error);
    return send(
      reply,
      await makeDocument({
        file: 'calendar.ics',
        ruleId,
        facts: body.data.facts,
        locale: body.data.locale ?? 'nb',
        today: body.data.today ?? today(),
      }),
    );
  });

  app.get('/api/chat/:conversationId/attachments/:file', async (request, reply) => {
    const params = attachmentParams.safeParse(request.params);
    // Only ids the web API issued: a Slack or Teams conversation is not reachable here.
    if (!params.success || !ids.isIssued(params.data.conversationId))
      return reply.code(404).send({ error: 'No such conversation, or it has expired' });
    return conversationFile(reply, params.data.conversationId, params.data.file, request.query);
  });

  app.get('/api/files/:token/attachments/:file', async (request, reply) => {
    const params = fileTokenParams.safeParse(request.params);
    const conversationId = params.success ? ids.fromFileToken(params.data.token) : undefined;
    if (!params.success || conversationId === undefined)
      return reply.code(404).send({ error: 'No such conversation, or it has expired' });
    return conversationFile(reply, conversationId, params.data.file, request.query);
  });

  app.get(PRINT_CSS_PATH, { config: { rateLimit: false } }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PRINT_CSS),
  );
}
