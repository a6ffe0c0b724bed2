/**
 * Golden conversations through the real turn core: the table types, the shorthands that build
 * them, and the runner that plays one and checks each turn on keys — the topic of the messages,
 * the fact asked (or that none is), the decision's rule, outcome and values (with its sources),
 * the conversation's language, the facts it holds, and the content texts a turn must say.
 */
import { expect } from 'vitest';
import { createTurnCore } from '../../bot/core/turn.js';
import { MemoryStore } from '../../bot/core/store.js';
import type { BotMessage } from '../../content/types.js';
import type { Locale } from '../../content/topic-ids.js';

const NOW = new Date('2026-11-22T12:00:00');

/** What one turn must produce. `ask: null` means no question is asked (a decision). */
export type Expect = {
  /** The topic of every message of the turn that has one. */
  topic?: string;
  /** The topics of the turn's messages in order (when a turn speaks of two: a fallback, "you also asked"). */
  topics?: (string | undefined)[];
  ask?: string | null;
  decision?: { rule: string; outcome: string; values?: Record<string, unknown> };
  /** Several decisions in one turn (a question, then the what-ifs after it), in order. */
  decisions?: { rule: string; outcome: string }[];
  /** Clarifying question: the `topic:` choices offered. */
  offers?: string[];
  /** Rule choice: the `rule:` choices offered. */
  rules?: string[];
  /** Content texts (in the turn's language) that some message of the turn must contain. */
  says?: (locale: Locale) => string[];
  /** Content texts no message of the turn may contain. */
  never?: (locale: Locale) => string[];
  /** Facts the conversation holds for its rule after the turn. */
  facts?: Record<string, unknown>;
  /** Facts the conversation must not hold for its rule after the turn (by fact id). */
  absent?: string[];
  /** The turn's language, when it is not the conversation's. */
  locale?: Locale;
  /** The facts a review lists, in order (the answers checked before a document is made). */
  review?: string[];
  /** The question's place in a long flow ("3 of 11"); `null` when none is shown. */
  progress?: { step: number; of: number } | null;
};
/** One user turn: a text or a clicked choice, optionally with the language the user picked. */
export type Turn = { say?: string; pick?: string; locale?: Locale; expect: Expect };
export type Golden = { name: string; locale: Locale; turns: Turn[] };

/** The topic answered with its own text: no question asked, no decision. */
export const answersTopic = (topic: string, more: Partial<Expect> = {}): Expect => ({ topic, ask: null, ...more });
export const asks = (topic: string, fact: string, more: Partial<Expect> = {}): Expect => ({
  topic,
  ask: fact,
  ...more,
});
export const decides = (
  topic: string,
  rule: string,
  outcome: string,
  values?: Record<string, unknown>,
  more: Partial<Expect> = {},
): Expect => ({
  topic,
  ask: null,
  decision: { rule, outcome, ...(values ? { values } : {}) },
  ...more,
});
/** The answers of a sea-time confirmation for a D6, in the rule's order (what its review lists). */
export const SEA_TIME_D6_FACTS = [
  'targetCertificate',
  'seafarerName',
  'seafarerBirthDate',
  'position',
  'periodFrom',
  'periodTo',
  'days',
  'hoursPerDay',
  'vesselName',
  'callSign',
  'lengthOverall',
  'signerName',
  'signerRole',
  'signerIsSeafarer',
];

/** The answers are listed for review (these facts, in order) before the rule's document is made. */
export const reviews = (topic: string, facts: string[], more: Partial<Expect> = {}): Expect => ({
  topic,
  ask: null,
  review: facts,
  ...more,
});
export const say = (text: string, expect: Expect, locale?: Locale): Turn => ({
  say: text,
  expect,
  ...(locale ? { locale } : {}),
});
export const pick = (choice: string, expect: Expect, locale?: Locale): Turn => ({
  pick: choice,
  expect,
  ...(locale ? { locale } : {}),
});

function check(messages: BotMessage[], expected: Expect, locale: Locale, where: string) {
  expect(messages.length, where).toBeGreaterThan(0);
  const last = messages.at(-1);
  if (expected.topic !== undefined) {
    expect(last?.topic, `${where}: topic`).toBe(expected.topic);
    for (const m of messages)
      if (m.topic !== undefined) expect(m.topic, `${where}: every message's topic`).toBe(expected.topic);
  }
  if (expected.topics)
    expect(
      messages.map((m) => m.topic),
      `${where}: topics`,
    ).toEqual(expected.topics);
  if (expected.ask !== undefined) {
    if (expected.ask === null)
      expect(
        messages.filter((m) => m.ask),
        `${where}: asks nothing`,
      ).toEqual([]);
    else expect(last?.ask?.fact, `${where}: fact asked`).toBe(expected.ask);
  }
  const decided = messages.filter((m) => m.decision);
  if (expected.decisions) {
    expect(
      decided.map((m) => ({
        rule: m.decision?.rule,
        outcome: m.decision?.status === 'decided' ? m.decision.outcome : undefined,
      })),
      `${where}: decisions`,
    ).toEqual(expected.decisions);
    // The buttons after the last answer only.
    expect(messages.filter((m) => m.choices?.length).length, `${where}: one set of buttons`).toBe(1);
  } else if (expected.decision) {
    expect(decided, `${where}: one decision`).toHaveLength(1);
    const { decision, citations } = decided[0] ?? {};
    expect(decision, `${where}: decision`).toMatchObject({
      status: 'decided',
      rule: expected.decision.rule,
      outcome: expected.decision.outcome,
    });
    if (expected.decision.values)
      expect(decision?.status === 'decided' ? decision.values : undefined, `${where}: values`).toMatchObject(
        expected.decision.values,
      );
    expect(citations?.length ?? 0, `${where}: citations`).toBeGreaterThan(0);
  } else if (!expected.topics) {
    expect(decided, `${where}: no decision yet`).toEqual([]);
  }
  if (expected.offers) {
    const ids = last?.choices?.map((c) => c.id) ?? [];
    for (const id of expected.offers) expect(ids, `${where}: offers`).toContain(id);
    const topics = ids.filter((id) => id.startsWith('topic:'));
    expect(topics.length, `${where}: 2–3 topics`).toBeGreaterThanOrEqual(2);
    expect(topics.length, `${where}: 2–3 topics`).toBeLessThanOrEqual(3);
  }
  if (expected.rules)
    expect(
      last?.choices?.map((c) => c.id).filter((id) => id.startsWith('rule:')),
      `${where}: rule choices`,
    ).toEqual(expected.rules);
  if (expected.review) {
    expect(
      last?.review?.items.map((i) => i.fact),
      `${where}: the answers reviewed`,
    ).toEqual(expected.review);
    const ids = last?.choices?.map((c) => c.id) ?? [];
    expect(ids, `${where}: go on, or change any answer`).toEqual([
      'review:ok',
      ...expected.review.map((f) => `change:${f}`),
    ]);
  }
  if (expected.progress !== undefined) expect(last?.progress ?? null, `${where}: progress`).toEqual(expected.progress);
  const all = messages.map((m) => m.text).join('\n');
  for (const text of expected.says?.(locale) ?? []) expect(all, `${where}: says`).toContain(text);
  for (const text of expected.never?.(locale) ?? []) expect(all, `${where}: never says`).not.toContain(text);
}

/** A reply's messages as JSON, with the conversation's id (in attachment links) made neutral. */
const comparable = (messages: readonly BotMessage[], conversationId: string) =>
  JSON.stringify(messages).split(encodeURIComponent(conversationId)).join('<id>');

/**
 * Play `golden` through a new turn core and check every turn. Each turn also goes to a second core
 * that keeps no conversation running between turns (it restores every turn from the store's JSON):
 * both must say exactly the same, so the machine kept running and the machine restored never differ.
 */
export async function playGolden({ locale, turns }: Golden): Promise<void> {
  const core = createTurnCore({ store: new MemoryStore(() => NOW.getTime()), ttlSeconds: 3600, now: () => NOW });
  const restoring = createTurnCore({
    store: new MemoryStore(() => NOW.getTime()),
    ttlSeconds: 3600,
    now: () => NOW,
    maxLiveConversations: 0,
  });
  let conversationId: string | undefined;
  let restoredId: string | undefined;
  for (const [i, turn] of turns.entries()) {
    const request = {
      ...(turn.pick ? { choice: turn.pick } : { text: turn.say ?? '' }),
      ...(turn.locale ? { locale: turn.locale } : {}),
    };
    const reply = await core.handleTurn({ ...(conversationId ? { conversationId } : {}), ...request });
    const restored = await restoring.handleTurn({ ...(restoredId ? { conversationId: restoredId } : {}), ...request });
    conversationId = reply.conversationId;
    restoredId = restored.conversationId;
    const where = `turn ${i + 1} (${turn.pick ?? turn.say})`;
    expect(comparable(restored.messages, restoredId), `${where}: the same when restored from the store`).toBe(
      comparable(reply.messages, conversationId),
    );
    const expected = turn.expect.locale ?? locale;
    expect(reply.locale, `${where}: language`).toBe(expected);
    check(reply.messages, turn.expect, expected, where);
    if (turn.expect.facts) {
      const held = await core.conversationRule(conversationId);
      expect(held?.facts, `${where}: facts held`).toMatchObject(turn.expect.facts);
    }
    if (turn.expect.absent) {
      const held = await core.conversationRule(conversationId);
      for (const id of turn.expect.absent)
        expect(Object.hasOwn(held?.facts ?? {}, id), `${where}: ${id} held`).toBe(false);
    }
  }
}
