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
  it.each([
    { name: 'no header', authorization: undefined },
    { name: 'a wrong token', authorization: 'Bearer wrong' },
    { name: 'the token without "Bearer"', authorization: TOKEN },
    { name: 'a token that only starts right', authorization: `Bearer ${TOKEN}x` },
  ])('refuses the API with 401 and a Bearer challenge for $name', async ({ authorization }) => {
    const res = await triage(guarded, { text: EMAILS.manningCargo }, authorization);
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(res.json()).toEqual({ error: expect.stringMatching(/token/i) });
  });

  it('lets the API through with the token', async () => {
    const res = await triage(guarded, { text: EMAILS.manningCargo }, `Bearer ${TOKEN}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().topics[0].topic).toBe('manning.which-vessels');
  });

  it('answers /staff without the token with 401 and the page, which asks for the token', async () => {
    const res = await guarded.inject({ method: 'GET', url: '/staff' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/id="token-form"/);
  });

  it('serves /staff with the token, and openly when no token is set', async () => {
    const withToken = await guarded.inject({
      method: 'GET',
      url: '/staff',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(withToken.statusCode).toBe(200);
    expect((await open.inject({ method: 'GET', url: '/staff' })).statusCode).toBe(200);
  });

  it('logs neither the e-mail, its personal data nor the token', async () => {
    await triage(guarded, { text: EMAILS.healthMinor }, `Bearer ${TOKEN}`);
    await triage(guarded, { text: EMAILS.healthMinor }, 'Bearer wrong');
    const log = logLines.join('');
    expect(log).toContain('/api/triage');
    for (const secret of [TOKEN, PERSONAL.minorId, PERSONAL.phones[0], PERSONAL.emails[0], 'Helseerklæringen min'])
      expect(log).not.toContain(secret);
  });
});
