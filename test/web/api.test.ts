/**
 * The HTTP API (contract.md §2) over a real server on loopback: every status code, security
 * headers, CORS, and that no input produces a 500.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../bot/config.js';
import { loadConfig } from '../../bot/config.js';
import { conversationIds } from '../../bot/core/conversation-ids.js';
import { FileStore } from '../../bot/core/file-store.js';
import type { ConversationStore } from '../../bot/core/store.js';
import { MemoryStore } from '../../bot/core/store.js';
import { buildServer, BODY_LIMIT_BYTES } from '../../bot/web/server.js';

let app: FastifyInstance;
let base: string;
const LOSEN_SECRET = 'a-test-key-for-losen-conversation-ids';
const ids = conversationIds(LOSEN_SECRET);

/** Another server on loopback for one test; closed by the caller. */
async function serve(config: Partial<Config> = {}, store: ConversationStore = new MemoryStore()) {
  const server = await buildServer({ store, config: { LOSEN_SECRET, ...config } });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

async function request(url: string, init: RequestInit = {}) {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json };
}

const jsonPost = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

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
    config: { RATE_LIMIT_PER_MINUTE: 1000, CORS_ORIGINS: ['https://www.example.no'], LOSEN_SECRET },
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
  it('forgets a conversation (204), and answers 204 again: it is gone either way', async () => {
    const { json } = await post('/api/chat', { text: 'Trenger båten min bemanningssertifikat?' });
    const id = json.conversationId as string;
    const del = await fetch(`${base}/api/chat/${id}`, { method: 'DELETE' });
    expect(del.status).toBe(204);
    const after = await post('/api/chat', { conversationId: id, choice: 'answer:NO' });
    expect((after.json.messages as { ask?: { fact: string } }[]).at(-1)?.ask?.fact).not.toBe('vesselType');
    expect((await fetch(`${base}/api/chat/${id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('answers 404 for an id it never issued', async () => {
    const r = await fetch(`${base}/api/chat/not-an-issued-id`, { method: 'DELETE' });
    expect(r.status).toBe(404);
    expect((await r.json()).error).toBeTypeOf('string');
  });
});

describe('conversation ids', () => {
  const question = { text: 'Trenger båten min bemanningssertifikat?' };
  const lastAsk = (json: Record<string, unknown>) => (json.messages as { ask?: { fact: string } }[]).at(-1)?.ask?.fact;

  it.each([
    ['an id of its own choosing', 'my-own-conversation'],
    ['a channel conversation id', ids.channel('slack', 'T1', 'C1', '1700000000.000100')],
    ['an id signed with another key', conversationIds('another key of sixteen+').issue()],
  ])('gives a client that names %s a new conversation under a fresh id', async (_name, id) => {
    const r = await post('/api/chat', { conversationId: id, ...question });
    expect(r.status).toBe(200);
    expect(r.json.conversationId).not.toBe(id);
    expect(ids.isIssued(r.json.conversationId as string)).toBe(true);
  });

  it('continues only under the id it issued: an altered id reaches nothing', async () => {
    const first = await post('/api/chat', question);
    const id = first.json.conversationId as string;
    const altered = `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`;
    const other = await post('/api/chat', { conversationId: altered, choice: 'answer:NO' });
    expect(other.json.conversationId).not.toBe(id);
    expect(lastAsk(other.json)).not.toBe('vesselType');
    expect((await fetch(`${base}/api/chat/${altered}`, { method: 'DELETE' })).status).toBe(404);
    const own = await post('/api/chat', { conversationId: id, choice: 'answer:NO' });
    expect(own.json.conversationId).toBe(id);
    expect(lastAsk(own.json)).toBe('vesselType');
  });

  it('continues a conversation whose greeting stored nothing under the id it gave', async () => {
    const greeting = await post('/api/chat', {});
    const next = await post('/api/chat', { conversationId: greeting.json.conversationId, ...question });
    expect(next.json.conversationId).toBe(greeting.json.conversationId);
    expect(lastAsk(next.json)).toBe('flag');
  });

  it.each([
    [101, 404],
    [128, 404],
    [129, 400],
    [300, 400],
  ])('answers a deletion of a %i-character id with %i, naming the id when it is malformed', async (length, status) => {
    const r = await request(`${base}/api/chat/${'a'.repeat(length)}`, { method: 'DELETE' });
    expect(r.status).toBe(status);
    expect(r.json?.error).toBeTypeOf('string');
    if (status === 400) {
      expect(r.json?.error).toContain('conversationId');
      expect(r.json?.error).not.toContain('body');
    }
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
    // The older header says the same as frame-ancestors 'none'.
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('tells browsers and proxies not to keep any API answer, and names each request', async () => {
    for (const r of [
      await post('/api/chat', {}),
      await post('/api/chat', { text: 42 }),
      await post('/api/rules/sea-time', { facts: { totalHours: 42 } }),
      await post('/api/triage', { text: 'Trenger vi bemanningssertifikat?' }),
    ]) {
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it.each([
    ['an unknown path', () => request(`${base}/nope`)],
    ['an unknown method', () => request(`${base}/api/chat`, { method: 'PUT' })],
    [
      'an empty JSON body',
      () => request(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' } }),
    ],
    ['malformed JSON', () => post('/api/chat', '{"text": ')],
    ['a prototype key', () => post('/api/rules/sea-time', '{"facts": {"__proto__": {"x": 1}}}')],
    ['another content type', () => post('/api/chat', 'x', { 'content-type': 'text/plain' })],
    ['a body over the limit', () => post('/api/triage', { text: 'x'.repeat(BODY_LIMIT_BYTES) })],
    ['a malformed conversation id', () => request(`${base}/api/chat/..%2F..%2Fetc`, { method: 'DELETE' })],
    ['an unknown rule', () => post('/api/rules/constructor', { facts: {} })],
    ['a path far too long', () => request(`${base}/api/chat/${'a'.repeat(5000)}`, { method: 'DELETE' })],
    ['a malformed URL', () => request(`${base}/api/chat/%E0%A4%A`, { method: 'DELETE' })],
  ])('answers %s with a JSON { error } and no 500', async (_name, send) => {
    const r = await send();
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(Object.keys(r.json ?? {})).toEqual(['error']);
    expect(r.json?.error).toBeTypeOf('string');
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
  const rules = (url: string, headers: Record<string, string> = {}) =>
    jsonPost(`${url}/api/rules/sea-time`, { facts: { totalHours: 1 } }, headers);

  it('answers 429 with a JSON error when one client sends too many requests', async () => {
    const { server, url } = await serve({ RATE_LIMIT_PER_MINUTE: 3 });
    try {
      const statuses: number[] = [];
      let last: Awaited<ReturnType<typeof rules>> | undefined;
      for (let i = 0; i < 5; i += 1) {
        last = await rules(url);
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(last?.json?.error).toMatch(/Too many requests/);
    } finally {
      await server.close();
    }
  });

  it('gives a client one budget across every API route and unknown paths, and none to pages or health', async () => {
    const { server, url } = await serve({ RATE_LIMIT_PER_MINUTE: 4 });
    try {
      const statuses = [
        (await jsonPost(`${url}/api/chat`, {})).status,
        (await rules(url)).status,
        (await jsonPost(`${url}/api/triage`, { text: 'Trenger vi bemanningssertifikat?' })).status,
        (await request(`${url}/no-such-page`)).status,
        (await jsonPost(`${url}/api/chat`, {})).status,
        (await request(`${url}/api/chat/x`, { method: 'DELETE' })).status,
      ];
      expect(statuses).toEqual([200, 200, 200, 404, 429, 429]);
      for (let i = 0; i < 6; i += 1) {
        expect((await request(`${url}/healthz`)).status).toBe(200);
        expect((await request(`${url}/`)).status).not.toBe(429);
      }
    } finally {
      await server.close();
    }
  });

  it.each([
    ['a hop count', '1'],
    ['a proxy address', '127.0.0.1'],
    ['a CIDR range', '127.0.0.0/8, ::1/128'],
  ])('with TRUST_PROXY as %s, counts each client behind the proxy on its own', async (_name, trust) => {
    const { server, url } = await serve({
      RATE_LIMIT_PER_MINUTE: 2,
      TRUST_PROXY: loadConfig({ TRUST_PROXY: trust }).TRUST_PROXY,
    });
    try {
      const from = (client: string) => rules(url, { 'x-forwarded-for': client });
      expect([(await from('203.0.113.1')).status, (await from('203.0.113.1')).status]).toEqual([200, 200]);
      expect((await from('203.0.113.1')).status).toBe(429);
      expect((await from('203.0.113.2')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('without TRUST_PROXY, believes no X-Forwarded-For: a client cannot name itself a fresh budget', async () => {
    const { server, url } = await serve({ RATE_LIMIT_PER_MINUTE: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await rules(url, { 'x-forwarded-for': `203.0.113.${i}` })).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['a hop count', '2', 2],
    ['an address list', '10.0.0.1, 192.168.0.0/16, ::1', ['10.0.0.1', '192.168.0.0/16', '::1']],
    ['nothing', '', false],
  ])('reads TRUST_PROXY as %s', (_name, value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it('refuses a TRUST_PROXY that is neither', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });
});

describe('disk', () => {
  it('writes nothing for greetings, one file once a conversation holds something, and 503 when full', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'losen-api-'));
    const store = new FileStore(dir, { sweepSeconds: 0, maxConversations: 2 });
    const { server, url } = await serve({ RATE_LIMIT_PER_MINUTE: 1000 }, store);
    try {
      for (let i = 0; i < 20; i += 1) expect((await jsonPost(`${url}/api/chat`, {})).status).toBe(200);
      expect(await readdir(dir)).toEqual([]);
      const question = { text: 'Trenger båten min bemanningssertifikat?' };
      const kept = await jsonPost(`${url}/api/chat`, question);
      expect(await readdir(dir)).toHaveLength(1);
      await jsonPost(`${url}/api/chat`, question);
      const full = await jsonPost(`${url}/api/chat`, question);
      expect(full.status).toBe(503);
      expect(full.json?.error).toBeTypeOf('string');
      expect(full.headers.get('retry-after')).toBeTruthy();
      // The conversations it holds go on.
      const next = await jsonPost(`${url}/api/chat`, {
        conversationId: kept.json?.conversationId,
        choice: 'answer:NO',
      });
      expect(next.status).toBe(200);
    } finally {
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('staff pages and APIs with STAFF_TOKEN', () => {
  const TOKEN = 'a-staff-token-long-enough';
  const enquiry = { text: 'Trenger vi bemanningssertifikat for et lasteskip på 45 BT?' };
  const basic = (password: string) => `Basic ${Buffer.from(`kari:${password}`).toString('base64')}`;

  it('refuses /staff and /api/triage without the token, with a sign-in challenge', async () => {
    const { server, url } = await serve({ STAFF_TOKEN: TOKEN });
    try {
      for (const r of [
        await request(`${url}/staff`),
        await jsonPost(`${url}/api/triage`, enquiry),
        await jsonPost(`${url}/api/triage`, enquiry, { authorization: 'Bearer wrong-token' }),
        await jsonPost(`${url}/api/triage`, enquiry, { authorization: basic('wrong') }),
      ]) {
        expect(r.status).toBe(401);
        expect(r.json?.error).toBeTypeOf('string');
        expect(r.headers.get('www-authenticate')).toMatch(/^Basic realm=/);
      }
      // The public chat is not a staff API.
      expect((await jsonPost(`${url}/api/chat`, {})).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('admits the token as a bearer token or as the password of a browser sign-in', async () => {
    const { server, url } = await serve({ STAFF_TOKEN: TOKEN });
    try {
      expect((await jsonPost(`${url}/api/triage`, enquiry, { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
      expect((await jsonPost(`${url}/api/triage`, enquiry, { authorization: basic(TOKEN) })).status).toBe(200);
      expect((await request(`${url}/staff`, { headers: { authorization: basic(TOKEN) } })).status).not.toBe(401);
    } finally {
      await server.close();
    }
  });

  it('leaves them open without STAFF_TOKEN (local use), and refuses a short token', async () => {
    expect((await post('/api/triage', enquiry)).status).toBe(200);
    expect(() => loadConfig({ STAFF_TOKEN: 'short' })).toThrow(/STAFF_TOKEN/);
  });
});
