/**
 * The staff pages and APIs (/staff, /api/triage) are for Sdir's case officers: with `STAFF_TOKEN`
 * set, a request must carry it, as `Authorization: Bearer <token>` (scripts) or as the password of
 * HTTP Basic authentication (browsers: the staff page asks once, and the browser then sends it with
 * the page's own API calls). Without `STAFF_TOKEN` they are open, for local use.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** The token an `Authorization` header carries (Bearer, or Basic's password), if any. */
function presented(header: string | undefined): string | undefined {
  const m = /^(Bearer|Basic)\s+(\S+)\s*$/i.exec(header ?? '');
  if (!m?.[1] || !m[2]) return undefined;
  if (m[1].toLowerCase() === 'bearer') return m[2];
  const decoded = Buffer.from(m[2], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : undefined;
}

/** True when no token is configured or the request carries it (compared as digests, in constant time). */
export function hasStaffToken(token: string | undefined, request: Pick<FastifyRequest, 'headers'>): boolean {
  if (!token) return true;
  const given = presented(request.headers.authorization);
  // Comparing digests keeps the time independent of where a wrong token differs.
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

/** An `onRequest` hook that admits only requests carrying `token`; `undefined` when there is no token. */
export function staffOnly(token: string | undefined) {
  if (!token) return undefined;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (hasStaffToken(token, request)) return;
    return reply
      .code(401)
      .header('www-authenticate', 'Basic realm="Losen staff", charset="UTF-8"')
      .header('cache-control', 'no-store')
      .send({ error: 'Staff only: sign in with the staff token' });
  };
}
