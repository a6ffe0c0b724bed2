/**
 * Staff triage on the web (contract.md §2): `POST /api/triage` `{ text, locale? }` → the triage
 * of a pasted e-mail (topics, draft letter, decisions, questions, urgency), and `GET /staff`, the
 * page that uses it. Both require the staff token when `STAFF_TOKEN` is set (`staff-auth.ts`):
 * a browser signs in once (the token as the password) and sends it with the page's own calls;
 * should the API still answer 401, the page asks for the token and sends it as a bearer token.
 *
 * Triage runs where the server says (`run`: a worker pool under `npm start`, in-process in tests).
 * The e-mail text is analysed in memory and is neither stored nor logged.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Locale } from '../../content/topic-ids.js';
import type { TriageResult } from '../../machines/triage.js';
import { LOCALES } from '../../rules/index.js';
import { UNLIMITED } from './rate-limit.js';
import { staffOnly } from './staff-auth.js';

export type TriageRoutesOptions = {
  /** `STAFF_TOKEN`; unset leaves the routes open. */
  staffToken?: string | undefined;
  /** Today's ISO date (the server's clock, or a test's). */
  today: () => string;
  /** Triage one enquiry (the server's runner). */
  run: (text: string, today: string, locale?: Locale) => Promise<TriageResult>;
  /** Directory of the HTML pages. */
  pages: string;
};

/** Longest e-mail analysed, in characters. */
export const MAX_TRIAGE_LENGTH = 10_000;

const triageBody = z.strictObject({
  text: z.string().trim().min(1).max(MAX_TRIAGE_LENGTH),
  locale: z.enum(LOCALES).optional(),
});

/** The triage API and the staff page. */
export async function triageRoutes(app: FastifyInstance, options: TriageRoutesOptions): Promise<void> {
  const staff = staffOnly(options.staffToken);
  const guarded = staff ? { onRequest: staff } : {};

  app.post(
    '/api/triage',
    // 10 000 characters of Norwegian text are up to ~20 KB of UTF-8: above the server's default limit.
    { ...guarded, bodyLimit: 4 * MAX_TRIAGE_LENGTH + 1024 },
    async (request, reply) => {
      const body = triageBody.safeParse(request.body ?? {});
      if (!body.success) {
        const detail = body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
        return reply.code(400).send({ error: `Invalid request: ${detail}` });
      }
      reply.header('cache-control', 'no-store');
      return options.run(body.data.text, options.today(), body.data.locale);
    },
  );

  app.get('/staff', { ...UNLIMITED, ...guarded }, async (_request, reply) => {
    const html = await readFile(join(options.pages, 'staff.html'), 'utf8').catch(() => undefined);
    if (html === undefined) return reply.code(404).send({ error: 'Not found' });
    return reply.type('text/html; charset=utf-8').send(html);
  });
}
