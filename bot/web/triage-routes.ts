/**
 * Staff triage on the web (contract.md §2): `POST /api/triage` `{ text, locale? }` → the triage
 * of a pasted e-mail (topics, draft letter, decisions, questions, urgency), and `GET /staff`, the
 * page that uses it. Both require the staff token when `STAFF_TOKEN` is set (`staff-auth.ts`).
 *
 * The page itself holds no data, and a browser cannot send a header when it opens a page; so
 * without the token `/staff` answers 401 with the page, which asks for the token once, keeps it in
 * sessionStorage and sends it with every analysis. The e-mail text is analysed in memory and is
 * neither stored nor logged.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { triage } from '../../machines/triage.js';
import { LOCALES } from '../../rules/index.js';
import { hasStaffAccess, requireStaffToken, STAFF_CHALLENGE } from './staff-auth.js';

export type TriageRoutesOptions = {
  /** `STAFF_TOKEN`; unset leaves the routes open. */
  staffToken?: string | undefined;
  /** Today's ISO date (the server's clock, or a test's). */
  today: () => string;
  /** Directory of the HTML pages. */
  pages: string;
};

/** Longest e-mail analysed, in characters. */
export const TRIAGE_MAX_CHARS = 10_000;

const triageBody = z.strictObject({
  text: z.string().trim().min(1).max(TRIAGE_MAX_CHARS),
  locale: z.enum(LOCALES).optional(),
});

/** Limited like the chat: the rate-limit plugin fills in its own maximum and window. */
const limited = { config: { rateLimit: {} } };

/** The triage API and the staff page. */
export async function triageRoutes(app: FastifyInstance, options: TriageRoutesOptions): Promise<void> {
  const guard = requireStaffToken(options.staffToken);

  app.post(
    '/api/triage',
    // 10 000 characters of Norwegian text are up to ~20 KB of UTF-8: above the server's default limit.
    { ...limited, onRequest: guard, bodyLimit: 4 * TRIAGE_MAX_CHARS + 1024 },
    async (request, reply) => {
      const body = triageBody.safeParse(request.body ?? {});
      if (!body.success) {
        const detail = body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
        return reply.code(400).send({ error: `Invalid request: ${detail}` });
      }
      reply.header('cache-control', 'no-store');
      return triage(body.data.text, options.today(), body.data.locale);
    },
  );

  app.get('/staff', limited, async (request, reply) => {
    const html = await readFile(join(options.pages, 'staff.html'), 'utf8').catch(() => undefined);
    if (html === undefined) return reply.code(404).send({ error: 'Not found' });
    if (!hasStaffAccess(options.staffToken, request)) reply.code(401).header('www-authenticate', STAFF_CHALLENGE);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
  });
}
