/**
 * The three insights stores keep the same things the same way: counters summed per day, topic and
 * language; recent items replaced by id and removed; turn records until they expire; pruning by
 * day and time. The file store survives a restart; the Redis store (a real redis-server) is shared
 * by instances.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileInsightsStore, INSIGHTS_FILE } from '../../../bot/insights/file-store.js';
import { FileStore } from '../../../bot/core/file-store.js';
import { MemoryInsightsStore } from '../../../bot/insights/memory-store.js';
import { RedisInsightsStore } from '../../../bot/insights/redis-store.js';
import type { InsightsChange, InsightsStore, RecentItem } from '../../../bot/insights/types.js';
import { MAX_RECENT } from '../../../bot/insights/types.js';
import { TestRedis } from '../../support/redis-server.js';

const T0 = Date.parse('2026-03-10T12:00:00Z');

const count = (day: string, topic: string, field: 'questions' | 'up' | 'down', by = 1): InsightsChange => ({
  kind: 'count',
  day,
  topic,
  locale: 'nb',
  field,
  by,
});
const item = (id: string, at: number, text = 'Hva er D6?'): RecentItem => ({
  id,
  kind: 'unanswered',
  at,
  day: new Date(at).toISOString().slice(0, 10),
  topic: 'fallback',
  locale: 'nn',
  text,
});

let redis: TestRedis;
let dir: string;
const opened: InsightsStore[] = [];
let prefixes = 0;
const nextPrefix = () => {
  prefixes += 1;
  return prefixes;
};

beforeAll(async () => {
  [redis, dir] = await Promise.all([TestRedis.start(), mkdtemp(join(tmpdir(), 'losen-insights-'))]);
});
afterAll(async () => {
  for (const s of opened) await s.close();
  await redis?.stop();
  await rm(dir, { recursive: true, force: true });
});

type Clock = { t: number };
const makers: [string, (clock: Clock) => Promise<InsightsStore>][] = [
  ['memory', async (clock) => new MemoryInsightsStore(() => clock.t)],
  ['file', async (clock) => new FileInsightsStore(join(dir, `store-${nextPrefix()}`), { now: () => clock.t })],
  ['redis', async () => RedisInsightsStore.connect(redis.url, { prefix: `t${nextPrefix()}:` })],
];

describe.each(makers)('the %s store', (name, make) => {
  const open = async (clock: Clock = { t: T0 }) => {
    const store = await make(clock);
    opened.push(store);
    return store;
  };

  it('sums counters per day, topic and language, never below zero', async () => {
    const store = await open();
    await store.apply([
      count('2026-03-09', 'cook.required', 'questions'),
      count('2026-03-10', 'cook.required', 'questions'),
    ]);
    await store.apply([
      count('2026-03-10', 'cook.required', 'questions', 2),
      count('2026-03-10', 'cook.required', 'down'),
      count('2026-03-10', 'cook.required', 'up', -1),
    ]);
    const { counts } = await store.read('2026-03-10', 0);
    expect(counts).toEqual([
      {
        day: '2026-03-10',
        topic: 'cook.required',
        locale: 'nb',
        questions: 3,
        answers: 0,
        menus: 0,
        fallbacks: 0,
        handoffs: 0,
        up: 0,
        down: 1,
      },
    ]);
  });

  it('replaces a recent item with the same id, removes one on request, and reads from a time on', async () => {
    const store = await open();
    await store.apply([
      { kind: 'recent', item: item('a', T0 - 1000) },
      { kind: 'recent', item: item('b', T0) },
    ]);
    await store.apply([
      { kind: 'recent', item: item('a', T0 + 10, 'Kva er D6?') },
      { kind: 'unrecent', id: 'b' },
    ]);
    expect((await store.read('2026-01-01', 0)).recent).toEqual([item('a', T0 + 10, 'Kva er D6?')]);
    expect((await store.read('2026-01-01', T0 + 11)).recent).toEqual([]);
  });

  it('keeps turn records by conversation and turn, and updates one in place', async () => {
    const store = await open();
    const record = { day: '2026-03-10', topic: 'cook.required', locale: 'en' as const, question: 'Do we need a cook?' };
    await store.apply([
      { kind: 'turn', conversation: 'c1', turn: 1, record, ttlSeconds: 600 },
      { kind: 'turn', conversation: 'c1', turn: 2, record: { ...record, asked: true }, ttlSeconds: 600 },
    ]);
    await store.apply([
      { kind: 'turn', conversation: 'c1', turn: 1, record: { ...record, rating: 'up' }, ttlSeconds: 600 },
    ]);
    const turns = await store.turns('c1');
    expect(turns.get(1)).toEqual({ ...record, rating: 'up' });
    expect(turns.get(2)?.asked).toBe(true);
    expect((await store.turns('c2')).size).toBe(0);
  });

  it('prunes counters of earlier days and items of earlier times', async () => {
    const store = await open();
    await store.apply([
      count('2026-02-01', 'contact', 'questions'),
      count('2026-03-01', 'contact', 'questions'),
      { kind: 'recent', item: item('old', T0 - 30 * 86_400_000) },
      { kind: 'recent', item: item('new', T0) },
    ]);
    await store.prune('2026-02-15', T0 - 21 * 86_400_000);
    const { counts, recent } = await store.read('2000-01-01', 0);
    expect(counts.map((c) => c.day)).toEqual(['2026-03-01']);
    expect(recent.map((i) => i.id)).toEqual(['new']);
  });

  it(`keeps at most ${MAX_RECENT} recent items, the newest`, async () => {
    const store = await open();
    await store.apply(
      Array.from({ length: MAX_RECENT + 5 }, (_, i) => ({ kind: 'recent' as const, item: item(`i${i}`, T0 + i) })),
    );
    await store.prune('2000-01-01', 0);
    const { recent } = await store.read('2000-01-01', 0);
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent.some((i) => i.id === 'i0')).toBe(false);
    expect(recent.some((i) => i.id === `i${MAX_RECENT + 4}`)).toBe(true);
  });

  if (name !== 'redis')
    it('forgets turn records when they expire', async () => {
      const clock = { t: T0 };
      const store = await open(clock);
      await store.apply([
        {
          kind: 'turn',
          conversation: 'c',
          turn: 1,
          record: { day: '2026-03-10', topic: '-', locale: 'nb' },
          ttlSeconds: 60,
        },
      ]);
      clock.t += 59_000;
      expect((await store.turns('c')).size).toBe(1);
      clock.t += 2_000;
      expect((await store.turns('c')).size).toBe(0);
    });
});

describe('the file store', () => {
  it('keeps counters and recent items over a restart, but never turn records', async () => {
    const path = join(dir, 'restart');
    const first = new FileInsightsStore(path, { now: () => T0 });
    await first.apply([
      count('2026-03-10', 'health.certificate', 'questions'),
      { kind: 'recent', item: item('x', T0) },
      {
        kind: 'turn',
        conversation: 'c',
        turn: 1,
        record: { day: '2026-03-10', topic: '-', locale: 'nb' },
        ttlSeconds: 600,
      },
    ]);
    await first.close();
    const second = new FileInsightsStore(path, { now: () => T0 });
    const { counts, recent } = await second.read('2026-03-10', 0);
    expect(counts.map((c) => [c.topic, c.questions])).toEqual([['health.certificate', 1]]);
    expect(recent.map((i) => i.id)).toEqual(['x']);
    expect((await second.turns('c')).size).toBe(0);
    const onDisk = await readFile(join(path, INSIGHTS_FILE), 'utf8');
    expect(onDisk).not.toContain('"turns"');
    await second.close();
  });

  it('shares the conversations directory: their store neither counts nor sweeps its file, nor it theirs', async () => {
    const path = join(dir, 'shared-dir');
    const conversations = new FileStore(path, { sweepSeconds: 0 });
    await conversations.set('c1', { version: 1, locale: 'nb', snapshot: {}, updatedAt: '2026-03-10T12:00:00Z' }, 600);
    const insights = new FileInsightsStore(path);
    await insights.apply([count('2026-03-10', 'contact', 'questions')]);
    expect(await conversations.sweep()).toBe(0);
    expect(await readFile(join(path, INSIGHTS_FILE), 'utf8')).toContain('contact');
    expect(await conversations.get('c1')).toBeDefined();
    await conversations.close();
    await insights.close();
  });

  it('starts afresh from an unreadable file instead of failing', async () => {
    const path = join(dir, 'broken');
    const store = new FileInsightsStore(path);
    await store.read('2000-01-01', 0);
    await writeFile(join(path, INSIGHTS_FILE), '{"counts": "nope"');
    const reopened = new FileInsightsStore(path);
    expect(await reopened.read('2000-01-01', 0)).toEqual({ counts: [], recent: [] });
    await reopened.apply([count('2026-03-10', 'contact', 'questions')]);
    expect(JSON.parse(await readFile(join(path, INSIGHTS_FILE), 'utf8')).counts).toHaveLength(1);
  });
});

describe('the Redis store', () => {
  it('is shared: what one instance counts, another reads', async () => {
    const a = await RedisInsightsStore.connect(redis.url, { prefix: 'shared:' });
    const b = await RedisInsightsStore.connect(redis.url, { prefix: 'shared:' });
    opened.push(a, b);
    await a.apply([count('2026-03-10', 'd6.privileges', 'questions')]);
    await b.apply([count('2026-03-10', 'd6.privileges', 'questions')]);
    expect((await a.read('2026-03-10', 0)).counts[0]?.questions).toBe(2);
  });

  it('gives turn records the conversation lifetime as Redis TTL', async () => {
    const store = await RedisInsightsStore.connect(redis.url, { prefix: 'ttl:' });
    opened.push(store);
    await store.apply([
      {
        kind: 'turn',
        conversation: 'c',
        turn: 1,
        record: { day: '2026-03-10', topic: '-', locale: 'nb' },
        ttlSeconds: 1800,
      },
    ]);
    const ttl = await store.redis.ttl('ttl:insights:turns:c');
    expect(ttl).toBeGreaterThan(1790);
    expect(ttl).toBeLessThanOrEqual(1800);
  });
});
