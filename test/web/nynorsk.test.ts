/**
 * Nynorsk end to end through the HTTP API (contract.md §2, språklova §§ 14–15): with `locale: 'nn'`
 * every topic, question, decision, hand-off and staff draft comes in nynorsk; and a message written
 * in nynorsk is answered in nynorsk without a choice, once the language detector tells nynorsk
 * (understanding/language.ts, another engineer's work: those tests run as soon as it does).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../bot/core/store.js';
import { buildServer } from '../../bot/web/server.js';
import { TOPIC_IDS, texts } from '../../content/index.js';
import type { BotMessage } from '../../content/types.js';
import { LETTER_TEXTS } from '../../content/letters.js';

let app: FastifyInstance;
let base: string;
const nn = texts('nn');

type Reply = { conversationId: string; locale: string; messages: BotMessage[] };

async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}
const chat = async (body: Record<string, unknown>) => (await post('/api/chat', body)) as unknown as Reply;

beforeAll(async () => {
  app = await buildServer({
    store: new MemoryStore(),
    config: { RATE_LIMIT_PER_MINUTE: 10_000 },
    today: () => '2026-11-22',
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await app.close();
});

describe('the API in nynorsk when asked for it', () => {
  // 'fallback' is no topic a user picks (a `topic:fallback` choice is a stale or forged button).
  it.each(TOPIC_IDS.filter((t) => t !== 'fallback'))('answers the topic %s in nynorsk', async (topic) => {
    const r = await chat({ choice: `topic:${topic}`, locale: 'nn' });
    expect(r.locale).toBe('nn');
    const [first] = r.messages;
    // A topic with two rules asks which to work out; every other opens with its nynorsk answer.
    const opening = first?.text.startsWith(nn.topics[topic].answer) || first?.text === nn.ui.chooseRule;
    expect(opening, first?.text).toBe(true);
  });

  it('answers a question outside the catalogue with the nynorsk fallback', async () => {
    const r = await chat({ text: 'Kva kostar det å registrere ein fritidsbåt?', locale: 'nn' });
    expect(r.locale).toBe('nn');
    expect(r.messages.some((m) => m.topic === 'fallback')).toBe(true);
  });

  it('answers a free-text question, and asks the next question with its choices, in nynorsk', async () => {
    const r = await chat({ text: 'Treng båten min bemanningssertifikat?', locale: 'nn' });
    expect(r.locale).toBe('nn');
    expect(r.messages[0]?.text.startsWith(nn.topics['manning.which-vessels'].answer)).toBe(true);
    const asked = r.messages.at(-1);
    expect(asked?.ask).toEqual({ fact: 'flag' });
    expect(asked?.choices?.map((c) => c.label)).toEqual([nn.facts.flag.choices.NO, nn.facts.flag.choices.foreign]);
  });

  it('gives a decision in nynorsk: its headline and its sources line', async () => {
    const start = await chat({ choice: 'topic:cook.required', locale: 'nn' });
    expect(start.messages.at(-1)?.ask).toEqual({ fact: 'safetyManning' });
    const r = await chat({ conversationId: start.conversationId, text: '12', locale: 'nn' });
    const decision = r.messages.find((m) => m.decision);
    expect(decision?.decision).toMatchObject({ rule: 'ship-cook', outcome: 'required' });
    expect(decision?.text.startsWith(nn.outcomes['ship-cook:required'])).toBe(true);
    expect(decision?.text).toContain(`\n\n${nn.ui.sources}: `);
  });

  it('hands over to a person in nynorsk', async () => {
    const r = await chat({ choice: 'cmd:handoff', locale: 'nn' });
    expect(r.messages[0]?.text.startsWith(nn.ui.handoff)).toBe(true);
    expect(r.messages[0]?.text).toContain(nn.ui.handoffSummaryHeading);
  });

  it('drafts the staff reply in nynorsk', async () => {
    const r = await post('/api/triage', { text: 'Treng vi skipskokk når vi er 12 om bord?', locale: 'nn' });
    expect(r.locale).toBe('nn');
    expect(String(r.reply).startsWith(LETTER_TEXTS.greeting.nn)).toBe(true);
    expect(String(r.reply).endsWith(LETTER_TEXTS.closing.nn)).toBe(true);
  });
});

const QUESTION = 'Kor mykje fartstid får eg når eg har arbeidd 20 dagar med 12 timar kvar dag?';
const FOLLOW_UP = 'Kva treng eg eigentleg for å bli skipskokk?';
describe('the API in nynorsk without being asked', () => {
  it('answers a question written in nynorsk in nynorsk, and stays in nynorsk', async () => {
    const first = await chat({ text: QUESTION });
    expect(first.locale).toBe('nn');
    const next = await chat({ conversationId: first.conversationId, text: FOLLOW_UP });
    expect(next.locale).toBe('nn');
    // A bare number says nothing about the language: the conversation keeps nynorsk.
    const answer = await chat({ conversationId: first.conversationId, text: '12' });
    expect(answer.locale).toBe('nn');
  });
});
