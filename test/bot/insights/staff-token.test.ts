/**
 * With STAFF_TOKEN set, the insights API and page answer 401 without the token and 200 with it —
 * as a Bearer token, or (so a browser can open the page) as the password of HTTP Basic. Feedback
 * stays open: it comes from the public widget.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../bot/web/server.js';

const TOKEN = 'a-long-staff-token-for-tests-only';
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = await buildServer({ config: { STAFF_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: 10_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await app?.close();
});

const basic = (password: string) => `Basic ${Buffer.from(`staff:${password}`).toString('base64')}`;

describe.each(['/api/insights', '/staff/insights'])('GET %s with STAFF_TOKEN set', (path) => {
  it.each([
    ['no token', undefined, 401],
    ['a wrong token', `Bearer ${TOKEN}x`, 401],
    ['a token of another length', 'Bearer short', 401],
    ['an empty Basic password', basic(''), 401],
    ['the Bearer token', `Bearer ${TOKEN}`, 200],
    ['the token as Basic password', basic(TOKEN), 200],
  ])('answers %s with the right status', async (_name, authorization, status) => {
    const res = await fetch(`${base}${path}`, { headers: authorization ? { authorization } : {} });
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe('no-store');
    if (status === 401) {
      expect(res.headers.get('www-authenticate')).toMatch(/^(Bearer|Basic) realm="Losen staff"/);
      const body = await res.text();
      // The refusal holds nothing of the insights.
      expect(body).not.toMatch(/questions|fallback/);
    }
  });
});

describe('with STAFF_TOKEN set', () => {
  it('feedback needs no token (404 for an unknown conversation, not 401)', async () => {
    const res = await fetch(`${base}/api/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId: 'unknown', turn: 1, rating: 'up' }),
    });
    expect(res.status).toBe(404);
  });
});
