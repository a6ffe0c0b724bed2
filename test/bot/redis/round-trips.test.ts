/**
 * The Redis store's turn path against a real Redis: a turn is two round trips (lock + load, store +
 * release), a write made through the lock's view is sent with the release and seen by no one before,
 * and a turn whose lock expired while it ran writes nothing.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../../bot/core/redis-store.js';
import type { StoredConversation } from '../../../bot/core/store.js';
import { StoreUnavailableError } from '../../../bot/core/store.js';
import { createTurnCore } from '../../../bot/core/turn.js';
import { TestRedis } from '../../support/redis-server.js';

let redis: TestRedis;
const stores: RedisStore[] = [];

/** A store of its own, or one more instance on `prefix` (another server sharing the same keys). */
async function store(options: { lockMs?: number; prefix?: string } = {}) {
  const s = await RedisStore.connect(redis.url, { prefix: `losen-rt-${stores.length}:`, ...options });
  stores.push(s);
  return s;
}

/** Count the commands `store` sends to Redis (each is one round trip when awaited alone). */
function countCommands(s: RedisStore): { names: string[] } {
  const seen = { names: [] as string[] };
  const send = s.redis.sendCommand.bind(s.redis);
  s.redis.sendCommand = ((command: { name: string }, ...rest: unknown[]) => {
    seen.names.push(command.name);
    return (send as (...args: unknown[]) => unknown)(command, ...rest);
  }) as typeof s.redis.sendCommand;
  return seen;
}

const record = (n: number): StoredConversation => ({
  version: 1,
  locale: 'nb',
  snapshot: { n },
  updatedAt: '2025-06-01T00:00:00.000Z',
});

beforeAll(async () => {
  redis = await TestRedis.start();
});

afterAll(async () => {
  for (const s of stores) await s.close();
  await redis.stop();
});

describe('the Redis store turn path', () => {
  it('takes two round trips for a turn that loads and saves: lock with load, then store with release', async () => {
    const s = await store();
    const core = createTurnCore({ store: s, ttlSeconds: 600 });
    const first = await core.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    const seen = countCommands(s);
    await core.handleTurn({ conversationId: first.conversationId, choice: 'answer:NO' });
    // evalsha each (a script not yet loaded is retried as eval once, the first time only).
    expect(seen.names.filter((n) => n !== 'eval')).toEqual(['evalsha', 'evalsha']);
    const stored = await s.get(first.conversationId);
    expect(stored?.snapshot).toBeDefined();
  });

  it('keeps a write inside the lock from other readers until the work is done, then stores it', async () => {
    const s = await store();
    const other = await store({ prefix: s.prefix });
    await s.set('c', record(1), 600);
    let seenInside: unknown;
    let seenOutside: unknown;
    await s.withLock('c', async (locked) => {
      expect((await locked.get())?.snapshot).toEqual({ n: 1 });
      await locked.set(record(2), 600);
      seenInside = (await locked.get())?.snapshot;
      seenOutside = (await other.get('c'))?.snapshot;
      // Read through the store itself, outside the lock's view: what Redis holds.
      expect((await s.get('c'))?.snapshot).toEqual({ n: 1 });
    });
    expect(seenInside).toEqual({ n: 2 });
    expect(seenOutside).toEqual({ n: 1 });
    expect((await other.get('c'))?.snapshot).toEqual({ n: 2 });
  });

  it('writes nothing and fails the turn when its lock expired and another turn took it meanwhile', async () => {
    const slow = await store({ lockMs: 50 });
    const fast = await store({ prefix: slow.prefix });
    await slow.set('d', record(1), 600);
    const late = slow.withLock('d', async (locked) => {
      await sleep(150);
      await locked.set(record(2), 600);
    });
    await sleep(80);
    await fast.withLock('d', async (locked) => {
      await locked.set(record(3), 600);
    });
    await expect(late).rejects.toBeInstanceOf(StoreUnavailableError);
    expect((await fast.get('d'))?.snapshot).toEqual({ n: 3 });
  });

  it("serialises two instances on one conversation: the second waits, then sees the first one's write", async () => {
    const a = await store();
    const b = await store({ prefix: a.prefix });
    const order: string[] = [];
    const first = a.withLock('e', async (locked) => {
      order.push('a in');
      await sleep(30);
      await locked.set(record(10), 600);
      order.push('a out');
    });
    await sleep(5);
    const second = b.withLock('e', async (locked) => {
      order.push(`b in, sees ${JSON.stringify((await locked.get())?.snapshot)}`);
      await locked.set(record(11), 600);
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['a in', 'a out', 'b in, sees {"n":10}']);
    expect((await a.get('e'))?.snapshot).toEqual({ n: 11 });
  });
});
