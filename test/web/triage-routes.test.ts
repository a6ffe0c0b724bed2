/**
 * Staff triage over HTTP: `POST /api/triage` and `/staff` with and without `STAFF_TOKEN`, the
 * response shape of contract.md §2, body limits, and that the e-mail text reaches no log.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../bot/core/store.js';
import { buildServer } from '../../bot/web/server.js';
import { EMAILS, PERSONAL, TODAY } from '../machines/triage-emails.js';

const TOKEN = 'staff-token-for-tests-0123456789';
const logLines: string[] = [];
let open: FastifyInstance;
let guarded: FastifyInstance;

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  [open, guarded] = await Promise.all([
    buildServer({ store: new MemoryStore(), config: { RATE_LIMIT_PER_MINUTE: 1000 }, today: () => TODAY }),
    buildServer({
      store: new MemoryStore(),
      config: { RATE_LIMIT_PER_MINUTE: 1000, STAFF_TOKEN: TOKEN, LOG_LEVEL: 'info' },
      today: () => TODAY,
      logger: { stream: logStream },
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([open.close(), guarded.close()]);
});

const triage = (app: FastifyInstance, payload: unknown, authorization?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/triage',
    payload: payload as Record<string, unknown>,
    headers: authorization ? { authorization } : {},
  });

describe('POST /api/triage', () => {
  it('answers with topics, the draft, citations, decisions, questions and urgency (contract §2)', async () => {
    const res = await triage(open, { text: EMAILS.healthMinor });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.locale).toBe('nb');
    expect(body.topics[0]).toMatchObject({ topic: 'health.certificate', score: expect.any(Number) });
    expect(typeof body.reply).toBe('string');
    expect(body.citations.length).toBeGreaterThan(0);
    expect(body.decisions[0]).toMatchObject({ status: 'decided', rule: 'health-certificate' });
    expect(body.questions).toEqual([]);
    expect(body.urgent).toMatchObject({ reason: expect.any(String), date: '2026-04-02' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('keeps the optional locale', async () => {
    const res = await triage(open, { text: EMAILS.healthMinor, locale: 'en' });
    expect(res.json().locale).toBe('en');
  });

  it.each([
    { name: 'an empty text', payload: { text: '   ' } },
    { name: 'a missing text', payload: {} },
    { name: 'an unknown locale', payload: { text: 'Hei', locale: 'sv' } },
    { name: 'an unknown field', payload: { text: 'Hei', extra: 1 } },
    { name: 'a text over 10 000 characters', payload: { text: 'ø'.repeat(10_001) } },
  ])('rejects $name with 400', async ({ payload }) => {
    const res = await triage(open, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatch(/Invalid request/);
  });

  it('accepts 10 000 characters of Norwegian text (above the server-wide body limit in bytes)', async () => {
    const text = `Hvor lenge gjelder helseerklæringen? ${'æøå '.repeat(2400)}`.slice(0, 10_000);
    expect((await triage(open, { text })).statusCode).toBe(200);
  });
});

describe('the staff token', () => {
  const basic = (password: string) => `Basic ${Buffer.from(`kari:${password}`).toString('base64')}`;

  it.each([
    { name: 'no header', authorization: undefined },
    { name: 'a wrong token', authorization: 'Bearer wrong-token-of-some-length' },
    { name: 'the token without a scheme', authorization: TOKEN },
    { name: 'a token that only starts right', authorization: `Bearer ${TOKEN}x` },
    { name: 'a wrong sign-in password', authorization: basic('wrong') },
  ])('refuses the API with 401 and a sign-in challenge for $name', async ({ authorization }) => {
    const res = await triage(guarded, { text: EMAILS.manningCargo }, authorization);
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/realm="Losen staff"/);
    expect(res.json()).toEqual({ error: expect.stringMatching(/token/i) });
  });

  it.each([
    { name: 'a bearer token (the page after asking)', authorization: `Bearer ${TOKEN}` },
    { name: "a browser's sign-in", authorization: basic(TOKEN) },
  ])('lets the API through with $name', async ({ authorization }) => {
    const res = await triage(guarded, { text: EMAILS.manningCargo }, authorization);
    expect(res.statusCode).toBe(200);
    expect(res.json().topics[0].topic).toBe('manning.which-vessels');
  });

  it('refuses /staff without the token, and serves it with the token or openly when none is set', async () => {
    const refused = await guarded.inject({ method: 'GET', url: '/staff' });
    expect(refused.statusCode).toBe(401);
    expect(refused.body).not.toContain('triage-form');
    const signedIn = await guarded.inject({ method: 'GET', url: '/staff', headers: { authorization: basic(TOKEN) } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.body).toContain('id="token-form"');
    expect((await open.inject({ method: 'GET', url: '/staff' })).statusCode).toBe(200);
  });

  it('logs neither the e-mail, its personal data nor the token', async () => {
    await triage(guarded, { text: EMAILS.healthMinor }, `Bearer ${TOKEN}`);
    await triage(guarded, { text: EMAILS.healthMinor }, 'Bearer wrong-token-of-some-length');
    const log = logLines.join('');
    expect(log).toContain('/api/triage');
    for (const secret of [TOKEN, PERSONAL.minorId, PERSONAL.phones[0], PERSONAL.emails[0], 'Helseerklæringen min'])
      expect(log).not.toContain(secret);
  });
});
