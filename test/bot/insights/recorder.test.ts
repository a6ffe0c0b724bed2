/**
 * The recorder on its own, with an injected clock: retention (nothing older than
 * INSIGHTS_RETENTION_DAYS is reported or kept), ratings of forgotten turns, and a failing store
 * that never reaches the turn.
 */
import { describe, expect, it } from 'vitest';
import type { TurnAnswered } from '../../../bot/insights/index.js';
import { createInsights, MemoryInsightsStore } from '../../../bot/insights/index.js';
import { MAX_QUEUE } from '../../../bot/insights/recorder.js';
import type { InsightsStore } from '../../../bot/insights/types.js';
import { fallback, topicAnswer } from '../../../content/render.js';

const DAY = 86_400_000;

function setUp(retentionDays = 21, store?: InsightsStore) {
  const clock = { t: new Date(2026, 0, 1, 10, 0).getTime() };
  const memory = new MemoryInsightsStore(() => clock.t);
  const insights = createInsights({
    store: store ?? memory,
    retentionDays,
    turnTtlSeconds: 1800,
    now: () => new Date(clock.t),
    flushMs: 60_000,
    recheckMs: 0,
  });
  return { clock, memory, insights };
}

const unanswered = (conversationId: string): TurnAnswered => ({
  conversationId,
  turn: 1,
  locale: 'nb',
  messages: [fallback('nb')],
});

describe('retention', () => {
  it.each([
    [20, true],
    [21, false],
    [30, false],
  ])('%i days later, what was recorded is kept: %s', async (daysLater, kept) => {
    const { clock, memory, insights } = setUp(21);
    insights.recordTurn({ text: 'Hvordan baker jeg brød?' }, unanswered('a'));
    await insights.flush();
    clock.t += daysLater * DAY;
    const report = await insights.report();
    expect(report.totals.fallbacks).toBe(kept ? 1 : 0);
    expect(report.recent.length).toBe(kept ? 1 : 0);
    // Gone from the store itself, not only from the report.
    const stored = await memory.read('2000-01-01', 0);
    expect(stored.counts.length + stored.recent.length).toBe(kept ? 2 : 0);
  });

  it('follows INSIGHTS_RETENTION_DAYS, and a report never reaches further back than it', async () => {
    const { clock, insights } = setUp(3);
    insights.recordTurn({ text: 'Hvordan baker jeg brød?' }, unanswered('a'));
    clock.t += 2 * DAY;
    insights.recordTurn(
      { text: 'Utløper bemanningssertifikatet?' },
      {
        conversationId: 'b',
        turn: 1,
        locale: 'nb',
        messages: [topicAnswer('nb', 'manning.expiry')],
      },
    );
    expect((await insights.report({ days: 400 })).days).toHaveLength(3);
    expect((await insights.report({ days: 1 })).totals.questions).toBe(1);
    clock.t += 1 * DAY;
    expect((await insights.report()).totals).toMatchObject({ questions: 1, fallbacks: 0, answers: 1 });
  });
});

describe('ratings', () => {
  it('a rating of a turn whose conversation was forgotten is unknown', async () => {
    const { clock, insights } = setUp();
    insights.recordTurn({ text: 'Hvordan baker jeg brød?' }, unanswered('a'));
    expect(await insights.feedback({ conversationId: 'a', turn: 1, rating: 'up' })).toBe('recorded');
    clock.t += 1801_000;
    expect(await insights.feedback({ conversationId: 'a', turn: 1, rating: 'down' })).toBe('unknown');
  });
});

describe('a store that fails', () => {
  const failing: InsightsStore = {
    apply: async () => {
      throw new Error('Redis is away');
    },
    turns: async () => new Map(),
    read: async () => ({ counts: [], recent: [] }),
    prune: async () => {
      throw new Error('Redis is away');
    },
    close: async () => undefined,
  };

  it('costs the turn nothing: recording returns, the batch is dropped and reported', async () => {
    const errors: unknown[] = [];
    const insights = createInsights({
      store: failing,
      retentionDays: 21,
      turnTtlSeconds: 60,
      onError: (e) => errors.push(e),
    });
    expect(() => insights.recordTurn({ text: 'x' }, unanswered('a'))).not.toThrow();
    await insights.flush();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e instanceof Error && !String(e.message).includes('x'))).toBe(true);
  });

  it(`queues at most ${MAX_QUEUE} turns between flushes`, async () => {
    const stored: number[] = [];
    const counting: InsightsStore = {
      ...failing,
      apply: async (changes) => void stored.push(changes.length),
      prune: async () => undefined,
    };
    const insights = createInsights({ store: counting, retentionDays: 21, turnTtlSeconds: 60, flushMs: 60_000 });
    for (let i = 0; i < MAX_QUEUE + 100; i += 1) insights.recordTurn({}, { ...unanswered(`c${i}`), messages: [] });
    await insights.flush();
    // One turn record per queued turn, and nothing counted (no messages).
    expect(stored).toEqual([MAX_QUEUE]);
  });
});
