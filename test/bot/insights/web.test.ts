/**
 * Feedback and the editors' insights over a real loopback server: a scripted set of chat turns
 * (a guided flow to a decision, a catalogue answer, a menu and its pick, a fallback, a hand-off, a
 * question decided at once) is counted per topic, day and language; ratings count and can be
 * changed; bad feedback gets 400 and unknown turns 404; comments and questions are kept redacted.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Insights, InsightsReport } from '../../../bot/insights/index.js';
import { createInsights, MemoryInsightsStore } from '../../../bot/insights/index.js';
import { buildServer } from '../../../bot/web/server.js';

/** The insights' clock (the turns' own dates come from the server's clock; only the counting day matters here). */
const clock = { now: new Date(2026, 2, 10, 12, 0) };
let insights: Insights;
let app: FastifyInstance;
let base: string;

async function post(path: string, body: unknown) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> | undefined };
}

type Msg = { topic?: string; ask?: unknown; decision?: { outcome: string }; choices?: { id: string }[] };
type Turn = { conversationId: string; turn: number; locale: string; messages: Msg[] };

async function chat(body: Record<string, unknown>): Promise<Turn> {
  const r = await post('/api/chat', body);
  expect(r.status).toBe(200);
  return r.json as unknown as Turn;
}

async function report(query = ''): Promise<InsightsReport> {
  const res = await fetch(`${base}/api/insights${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as InsightsReport;
}

const topicRow = (r: InsightsReport, topic: string) => r.topics.find((t) => t.topic === topic);

/** The scripted conversations, kept for the feedback tests. */
const script: Record<string, Turn> = {};

beforeAll(async () => {
  insights = createInsights({
    store: new MemoryInsightsStore(() => clock.now.getTime()),
    retentionDays: 21,
    // Long enough that the script's first day can still be rated after the clock moved on.
    turnTtlSeconds: 3 * 86_400,
    now: () => clock.now,
    flushMs: 5,
  });
  app = await buildServer({ insights, config: { RATE_LIMIT_PER_MINUTE: 10_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  // A guided flow in bokmål: a question, three answers, a decision.
  const flow = await chat({ text: 'Trenger båten min bemanningssertifikat?', locale: 'nb' });
  expect(flow.messages.at(-1)?.ask).toBeDefined();
  await chat({ conversationId: flow.conversationId, choice: 'answer:NO' });
  await chat({ conversationId: flow.conversationId, text: 'lasteskip' });
  script.decision = await chat({ conversationId: flow.conversationId, text: '45 BT' });
  expect(script.decision.messages.some((m) => m.decision)).toBe(true);
  // A catalogue answer in English.
  script.answer = await chat({ text: 'Does the manning certificate expire?', locale: 'en' });
  expect(script.answer.messages.map((m) => m.topic)).toEqual(['manning.expiry']);
  // A menu, and the pick from it.
  const menu = await chat({ text: 'sertifikat', locale: 'nb' });
  const picked = menu.messages.flatMap((m) => m.choices ?? []).find((c) => c.id.startsWith('topic:'));
  expect(picked?.id).toBe('topic:manning.accepted-certificates');
  await chat({ conversationId: menu.conversationId, choice: picked?.id });
  // A fallback in nynorsk (with a phone number and a name), then the hand-off.
  script.fallback = await chat({ text: 'Korleis bakar eg brød? Ring Kari Nordmann på 912 34 567', locale: 'nn' });
  expect(script.fallback.messages.some((m) => m.topic === 'fallback')).toBe(true);
  await chat({ conversationId: script.fallback.conversationId, choice: 'cmd:handoff' });
  // The next day: a question decided at once.
  clock.now = new Date(2026, 2, 11, 9, 0);
  script.seaTime = await chat({ text: 'How much sea time for 20 days at 12 hours?', locale: 'en' });
  expect(script.seaTime.messages.some((m) => m.decision)).toBe(true);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('GET /api/insights after a scripted set of turns', () => {
  it('counts questions, direct answers, menus, fallbacks and hand-offs per topic', async () => {
    const r = await report();
    const counts = (topic: string) => {
      const row = topicRow(r, topic);
      return row && [row.questions, row.answers, row.menus, row.fallbacks, row.handoffs];
    };
    expect(counts('manning.which-vessels')).toEqual([1, 1, 0, 0, 0]);
    expect(counts('manning.expiry')).toEqual([1, 1, 0, 0, 0]);
    expect(counts('manning.accepted-certificates')).toEqual([1, 1, 1, 0, 0]);
    expect(counts('fallback')).toEqual([1, 0, 0, 1, 0]);
    expect(counts('contact')).toEqual([0, 0, 0, 0, 1]);
    expect(counts('seatime.calculate')).toEqual([1, 1, 0, 0, 0]);
    expect(r.totals).toMatchObject({ questions: 5, answers: 4, menus: 1, fallbacks: 1, handoffs: 1 });
    expect(r.totals.fallbackRate).toBeCloseTo(0.2);
    expect(r.totals.clarifyRate).toBeCloseTo(0.2);
  });

  it('counts per day and per language', async () => {
    const r = await report();
    expect(r.until).toBe('2026-03-11');
    const day = (d: string) => r.days.find((x) => x.day === d)?.questions;
    expect([day('2026-03-10'), day('2026-03-11')]).toEqual([4, 1]);
    expect(r.days).toHaveLength(21);
    const lang = (l: string) => r.locales.find((x) => x.locale === l)?.questions;
    expect([lang('nb'), lang('nn'), lang('en')]).toEqual([2, 1, 2]);
    const english = await report('?locale=en&days=1');
    expect(english.totals.questions).toBe(1);
    expect(english.topics.map((t) => t.topic)).toEqual(['seatime.calculate']);
  });

  it('lists the unanswered question, redacted', async () => {
    const { recent } = await report();
    const unanswered = recent.filter((i) => i.kind === 'unanswered');
    expect(unanswered).toHaveLength(1);
    expect(unanswered[0]).toMatchObject({ topic: 'fallback', locale: 'nn', day: '2026-03-10' });
    expect(unanswered[0]?.text).toContain('brød');
    expect(unanswered[0]?.text).not.toMatch(/912|Kari|Nordmann/);
  });

  it('rejects a bad filter with 400', async () => {
    for (const query of ['?days=0', '?days=x', '?locale=sv', '?other=1']) {
      const res = await fetch(`${base}/api/insights${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/Invalid/);
    }
  });
});

describe('POST /api/feedback', () => {
  it('counts a thumbs-down under the rated answer, keeping the opening question and the comment redacted', async () => {
    const { conversationId, turn } = script.decision as Turn;
    const r = await post('/api/feedback', {
      conversationId,
      turn,
      rating: 'down',
      comment: 'Feil svar, skriv til ola@example.no eller ring 912 34 567',
    });
    expect(r.status).toBe(204);
    const after = await report();
    expect(topicRow(after, 'manning.which-vessels')).toMatchObject({ up: 0, down: 1 });
    const down = after.recent.find((i) => i.kind === 'thumbs-down');
    expect(down).toMatchObject({ topic: 'manning.which-vessels', locale: 'nb' });
    expect(down?.text).toBe('Trenger båten min bemanningssertifikat?');
    expect(down?.comment).toContain('Feil svar');
    expect(down?.comment).not.toMatch(/example|912/);
  });

  it('counts a thumbs-up, and a changed rating replaces the earlier one', async () => {
    const { conversationId, turn } = script.answer as Turn;
    expect((await post('/api/feedback', { conversationId, turn, rating: 'down' })).status).toBe(204);
    expect((await post('/api/feedback', { conversationId, turn, rating: 'up' })).status).toBe(204);
    expect((await post('/api/feedback', { conversationId, turn, rating: 'up' })).status).toBe(204);
    const r = await report();
    expect(topicRow(r, 'manning.expiry')).toMatchObject({ up: 1, down: 0 });
    expect(r.recent.filter((i) => i.topic === 'manning.expiry')).toEqual([]);
  });

  it('answers 404 with an error for a conversation or turn it does not know', async () => {
    for (const body of [
      { conversationId: 'never-issued', turn: 1, rating: 'up' },
      { conversationId: script.answer?.conversationId, turn: 7, rating: 'up' },
    ]) {
      const r = await post('/api/feedback', body);
      expect(r.status).toBe(404);
      expect(typeof r.json?.error).toBe('string');
    }
  });

  it.each([
    ['no rating', { conversationId: 'x', turn: 1 }],
    ['an unknown rating', { conversationId: 'x', turn: 1, rating: 'meh' }],
    ['turn 0', { conversationId: 'x', turn: 0, rating: 'up' }],
    ['a turn as text', { conversationId: 'x', turn: '1', rating: 'up' }],
    ['a bad conversation id', { conversationId: '../etc', turn: 1, rating: 'up' }],
    ['an extra field', { conversationId: 'x', turn: 1, rating: 'up', score: 5 }],
    ['a comment too long', { conversationId: 'x', turn: 1, rating: 'down', comment: 'x'.repeat(1001) }],
    ['malformed JSON', '{"conversationId":'],
  ])('answers 400 to %s', async (_name, body) => {
    const r = await post('/api/feedback', body);
    expect(r.status).toBe(400);
    expect(typeof r.json?.error).toBe('string');
  });
});
