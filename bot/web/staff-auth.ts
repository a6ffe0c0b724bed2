/**
 * The staff token: `/staff`, `/api/triage` (and later the insights pages) require
 * `Authorization: Bearer $STAFF_TOKEN` when `STAFF_TOKEN` is set. Without it they are open, as on a
 * developer's machine.
 *
 * Tokens are compared as SHA-256 digests with `timingSafeEqual`, so neither the comparison time
 * nor a length check tells an attacker how much of a guess was right. The token is never logged
 * (the server's logger redacts the authorization header).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The `WWW-Authenticate` challenge of a 401 from a staff route. */
export const STAFF_CHALLENGE = 'Bearer realm="Losen staff"';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Whether the request carries the staff token (always true when no token is configured). */
export function hasStaffAccess(token: string | undefined, request: Pick<FastifyRequest, 'headers'>): boolean {
  if (!token) return true;
  const header = request.headers.authorization;
  const m = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m?.[1] !== undefined && timingSafeEqual(digest(m[1]), digest(token));
}

/**
 * A Fastify `onRequest` hook for staff API routes: answers 401 `{ error }` with a Bearer challenge
 * unless the request carries the token.
 */
export function requireStaffToken(token: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (hasStaffAccess(token, request)) return;
    return reply
      .code(401)
      .header('www-authenticate', STAFF_CHALLENGE)
      .header('cache-control', 'no-store')
      .send({ error: 'Staff token required (Authorization: Bearer …)' });
  };
}
