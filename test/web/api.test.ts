/**
 * The HTTP API (contract.md §2) over a real server on loopback: every status code, security
 * headers, CORS, and that no input produces a 500.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../bot/core/store.js';
import { buildServer, BODY_LIMIT_BYTES } from '../../bot/web/server.js';

let app: FastifyInstance;
let base: string;

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json: json as Record<string, unknown> };
}

beforeAll(async () => {
  app = await buildServer({
    store: new MemoryStore(),
    config: { RATE_LIMIT_PER_MINUTE: 1000, CORS_ORIGINS: ['https://www.example.no'] },
    today: () => '2026-11-22',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await app.close();
});

describe('POST /api/chat', () => {
  it('starts a conversation with a greeting when nothing is said', async () => {
    const r = await post('/api/chat', {});
    expect(r.status).toBe(200);
    expect(typeof r.json.conversationId).toBe('string');
    expect(r.json.locale).toBe('nb');
    expect((r.json.messages as unknown[]).length).toBeGreaterThan(0);
  });

  it('answers a guided question with the topic and the fact it asks for, and continues by id', async () => {
    const first = await post('/api/chat', { text: 'Trenger båten min bemanningssertifikat?' });
    const messages = first.json.messages as { topic?: string; ask?: { fact: string }; choices?: { id: string }[] }[];
    expect(messages.every((m) => m.topic === 'manning.which-vessels')).toBe(true);
    expect(messages.at(-1)?.ask?.fact).toBe('flag');
    const second = await post('/api/chat', { conversationId: first.json.conversationId, choice: 'answer:NO' });
    expect((second.json.messages as { ask?: { fact: string } }[]).at(-1)?.ask?.fact).toBe('vesselType');
    const third = await post('/api/chat', { conversationId: first.json.conversationId, text: 'cargo ship' });
    expect((third.json.messages as { ask?: { fact: string } }[]).at(-1)?.ask?.fact).toBe('grossTonnage');
    const fourth = await post('/api/chat', { conversationId: first.json.conversationId, text: '45 BT' });
    const decision = (fourth.json.messages as { decision?: { status: string; outcome?: string } }[]).find(
      (m) => m.decision,
    )?.decision;
    expect(decision).toMatchObject({ status: 'decided', outcome: 'not-required' });
  });

  it('follows the language of the text unless a locale is given', async () => {
    expect((await post('/api/chat', { text: 'How much sea time do 20 days at 12 hours give?' })).json.locale).toBe(
      'en',
    );
    expect(
      (await post('/api/chat', { text: 'How much sea time do 20 days at 12 hours give?', locale: 'nb' })).json.locale,
    ).toBe('nb');
  });

  it('rejects malformed JSON with 400 and a JSON error', async () => {
    const r = await post('/api/chat', '{"text": ');
    expect(r.status).toBe(400);
    expect(typeof r.json.error).toBe('string');
  });

  it.each([
    ['a number as text', { text: 42 }],
    ['an unknown locale', { locale: 'de' }],
    ['an unknown field', { text: 'hei', admin: true }],
    ['a conversation id with a path', { conversationId: '../../etc/passwd' }],
    ['an array body', [1, 2, 3]],
  ])('rejects %s with 400', async (_name, body) => {
    const r = await post('/api/chat', body);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatch(/Invalid request/);
  });

  it('rejects a body over the limit with 413', async () => {
    const r = await post('/api/chat', { text: 'x'.repeat(BODY_LIMIT_BYTES + 10) });
    expect(r.status).toBe(413);
    expect(typeof r.json.error).toBe('string');
  });

  it('rejects another content type with 415', async () => {
    const r = await post('/api/chat', 'text=hei', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(r.status).toBe(415);
    expect(typeof r.json.error).toBe('string');
  });

  it('never answers 500 for any JSON body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            { text: fc.string(), choice: fc.string(), locale: fc.constantFrom('nb', 'en') },
            { requiredKeys: [] },
          ),
        ),
        async (body) => {
          const r = await post('/api/chat', body);
          expect(r.status).toBeLessThan(500);
          expect([200, 400]).toContain(r.status);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('DELETE /api/chat/:conversationId', () => {
  it('forgets a conversation (204), then reports it gone (404)', async () => {
    const { json } = await post('/api/chat', { text: 'hei' });
    const del = await fetch(`${base}/api/chat/${json.conversationId as string}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    const again = await fetch(`${base}/api/chat/${json.conversationId as string}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect((await again.json()).error).toBeTypeOf('string');
  });
});

describe('POST /api/rules/:ruleId', () => {
  it('decides a rule', async () => {
    const r = await post('/api/rules/sea-time', { facts: { totalHours: 42 } });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 'decided', outcome: 'calculated', values: { seaTimeDays: 8.21 } });
  });

  it('uses the given date', async () => {
    const r = await post('/api/rules/health-certificate', {
      facts: { issueDate: '2024-01-10', ageAtIssue: 30 },
      today: '2026-01-11',
    });
    expect(r.json).toMatchObject({ status: 'decided', outcome: 'expired' });
  });

  it("answers invalid facts with the rule's invalid decision (200)", async () => {
    const r = await post('/api/rules/manning-certificate', { facts: { grossTonnage: 'big' } });
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('invalid');
  });

  it('gives 404 for an unknown rule', async () => {
    const r = await post('/api/rules/no-such-rule', { facts: {} });
    expect(r.status).toBe(404);
    expect(r.json.error).toMatch(/no-such-rule/);
  });

  it('gives 400 without facts', async () => {
    expect((await post('/api/rules/sea-time', {})).status).toBe(400);
    expect((await post('/api/rules/sea-time', { facts: {}, today: 'tomorrow' })).status).toBe(400);
  });
});

describe('POST /api/triage', () => {
  it("ranks topics and drafts a reply in the enquiry's language", async () => {
    const r = await post('/api/triage', {
      text: 'Hei. Vi har et lasteskip på 45 BT. Trenger vi bemanningssertifikat? Mvh Ola',
    });
    expect(r.status).toBe(200);
    expect(r.json.locale).toBe('nb');
    const topics = r.json.topics as { topic: string; score: number }[];
    expect(topics[0]?.topic).toBe('manning.which-vessels');
    expect(typeof r.json.reply).toBe('string');
    expect((r.json.citations as unknown[]).length).toBeGreaterThan(0);
  });

  it('rejects an empty enquiry with 400', async () => {
    expect((await post('/api/triage', { text: '   ' })).status).toBe(400);
  });
});

describe('pages, health and headers', () => {
  it('reports health', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown path with a JSON 404', async () => {
    const res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toBeTypeOf('string');
  });

  it('sends a strict content security policy and security headers', async () => {
    const res = await fetch(`${base}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('allows a listed origin to call the API, and no other', async () => {
    const allowed = await post('/api/chat', {}, { origin: 'https://www.example.no' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.example.no');
    const other = await post('/api/chat', {}, { origin: 'https://evil.example.com' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${base}/api/chat`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.example.no',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.example.no');
  });
});

describe('rate limiting', () => {
  it('answers 429 with a JSON error when one client sends too many requests', async () => {
    const limited = await buildServer({ store: new MemoryStore(), config: { RATE_LIMIT_PER_MINUTE: 3 } });
    await limited.listen({ port: 0, host: '127.0.0.1' });
    const address = limited.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/rules/sea-time`;
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 5; i += 1) {
        last = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ facts: { totalHours: 1 } }),
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect((await last!.json()).error).toMatch(/Too many requests/);
    } finally {
      await limited.close();
    }
  });
});
