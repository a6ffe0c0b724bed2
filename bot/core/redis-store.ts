/**
 * The shared store for several instances behind a load balancer: conversation snapshots in Redis
 * with a TTL, and a per-conversation lock (SET NX PX with a random token, released only by its
 * holder) so two turns of one conversation on two instances never interleave or lose an update.
 *
 * A turn costs two round trips: one script takes the lock and loads the conversation, and one
 * stores the conversation and releases the lock — a write made through the `LockedConversation`
 * that `withLock` gives its work is held until the work is done and is sent with the release (only
 * while the lock is still held: a turn whose lock expired writes nothing and fails). The lock's
 * holder is handed that object rather than found through an AsyncLocalStorage, whose promise
 * hooks would double the cost of every await in the process (bench/PROFILE.md, third round). Scripts are sent by their SHA (EVALSHA), not as
 * text on every call. Where nothing contends, the lock is taken at once and nothing waits.
 *
 * Commands fail fast while Redis is unreachable (no offline queue): the turn is refused with a
 * clear "temporarily unavailable" instead of hanging, and the client reconnects by itself.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { ConversationStore, LockedConversation, StoredConversation } from './store.js';
import { DEFAULT_MAX_CONVERSATIONS, KeyedMutex, StoreFullError, StoreUnavailableError } from './store.js';

/** KEYS: lock, conversation. ARGV: token, lock ms. Returns [1, json or false] when taken, else [0]. */
const LOCK_AND_GET = `
if redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
  return {1, redis.call('get', KEYS[2])}
end
return {0}`;

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Store a conversation unless it is new and the live ones already number the maximum. Live
 * conversations are counted in a sorted set scored by expiry (expired members are dropped first).
 * Returns 1 when stored, 0 when full.
 */
const STORE_BOUNDED = `
local function store(conv, live, json, ttl, id, now, expiry, max)
  if redis.call('exists', conv) == 0 then
    redis.call('zremrangebyscore', live, '-inf', now)
    if redis.call('zcard', live) >= tonumber(max) then return 0 end
  end
  redis.call('set', conv, json, 'EX', ttl)
  redis.call('zadd', live, expiry, id)
  return 1
end`;

/** KEYS: conversation, live set. ARGV: json, ttl seconds, id, now ms, expiry ms, maximum. */
const SET_BOUNDED = `${STORE_BOUNDED}
return store(KEYS[1], KEYS[2], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6])`;

/**
 * Store and release in one: only while the lock is still this turn's (else -1: nothing written).
 * KEYS: lock, conversation, live set. ARGV: token, then as SET_BOUNDED. Returns 1, 0 (full) or -1.
 */
const SET_AND_RELEASE = `${STORE_BOUNDED}
if redis.call('get', KEYS[1]) ~= ARGV[1] then return -1 end
local stored = store(KEYS[2], KEYS[3], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7])
redis.call('del', KEYS[1])
return stored`;

/** The scripts, defined on the client as commands (sent by SHA, loaded once). */
type Scripted = Redis & {
  losenLockAndGet(lock: string, conv: string, token: string, ms: number): Promise<[number, string | null]>;
  losenRelease(lock: string, token: string): Promise<number>;
  losenSetBounded(conv: string, live: string, ...args: (string | number)[]): Promise<number>;
  losenSetAndRelease(lock: string, conv: string, live: string, ...args: (string | number)[]): Promise<number>;
};

function scripted(redis: Redis): Scripted {
  const commands: Record<string, [number, string]> = {
    losenLockAndGet: [2, LOCK_AND_GET],
    losenRelease: [1, RELEASE],
    losenSetBounded: [2, SET_BOUNDED],
    losenSetAndRelease: [3, SET_AND_RELEASE],
  };
  for (const [name, [numberOfKeys, lua]] of Object.entries(commands))
    if (!(name in redis)) redis.defineCommand(name, { numberOfKeys, lua });
  return redis as Scripted;
}

export type RedisStoreOptions = {
  prefix?: string;
  /** How long a lock is held at most (a crashed holder's lock expires). */
  lockMs?: number;
  /** How long a turn waits for the lock before giving up. */
  lockWaitMs?: number;
  /** Most live conversations at once (across every instance sharing this Redis). */
  maxConversations?: number;
};

/** What a turn holding the lock has read and written so far. */
type Held = {
  token: string;
  /** The conversation as loaded with the lock (consumed by the first `get`). */
  loaded?: string | null | undefined;
  /** The write to send with the release. */
  pending?: { json: string; ttl: number } | undefined;
};

/**
 * A connected client for `url` that fails fast when Redis is away (no offline queue, one retry), so
 * callers answer a clear 503 instead of waiting; it reconnects in the background. Shared by the
 * conversation store and the insights store.
 */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: true,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  redis.on('error', () => undefined); // reported through failing commands, not as crashes
  await redis.connect();
  return redis;
}

/** First pause when another turn holds the lock; doubled up to `MAX_WAIT_MS`. */
const FIRST_WAIT_MS = 2;
const MAX_WAIT_MS = 50;

export class RedisStore implements ConversationStore {
  private readonly local = new KeyedMutex();
  private readonly scripts: Scripted;
  /** Prefix of every key this store (and the shared rate limiter) writes. */
  readonly prefix: string;
  private readonly lockMs: number;
  private readonly lockWaitMs: number;
  private readonly max: number;

  constructor(
    readonly redis: Redis,
    options: RedisStoreOptions = {},
  ) {
    this.scripts = scripted(redis);
    this.prefix = options.prefix ?? 'losen:';
    this.lockMs = options.lockMs ?? 10_000;
    this.lockWaitMs = options.lockWaitMs ?? 10_000;
    this.max = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
  }

  /** Connect to `url`; resolves once connected (or rejects after the first failure). */
  static async connect(url: string, options: RedisStoreOptions = {}): Promise<RedisStore> {
    const redis = await connectRedis(url);
    return new RedisStore(redis, options);
  }

  private key(id: string) {
    return `${this.prefix}conv:${id}`;
  }

  private lockKey(id: string) {
    return `${this.prefix}lock:${id}`;
  }

  private get live() {
    return `${this.prefix}live`;
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw new StoreUnavailableError(error);
    }
  }

  private static parse(raw: string | null | undefined): StoredConversation | undefined {
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as StoredConversation;
    } catch {
      return undefined; // unreadable: treat as absent, like the file store
    }
  }

  async get(id: string) {
    return RedisStore.parse(await this.call(() => this.redis.get(this.key(id))));
  }

  /** Conversation `id` as the holder of its lock (`held`) reads and writes it. */
  private locked(id: string, held: Held): LockedConversation {
    return {
      get: async () => {
        if (held.pending) return RedisStore.parse(held.pending.json);
        if (held.loaded !== undefined) {
          const raw = held.loaded;
          held.loaded = undefined; // read once: a later get in the same turn asks Redis again
          return RedisStore.parse(raw);
        }
        return this.get(id);
      },
      set: async (conversation, ttlSeconds) => {
        // Sent with the release, in the same round trip.
        held.pending = { json: JSON.stringify(conversation), ttl: Math.max(1, Math.round(ttlSeconds)) };
        held.loaded = undefined;
      },
      delete: () => {
        held.pending = undefined;
        held.loaded = undefined;
        return this.delete(id);
      },
    };
  }

  private setArgs(id: string, json: string, ttl: number) {
    const now = Date.now();
    return [json, ttl, id, now, now + ttl * 1000, this.max] as const;
  }

  async set(id: string, conversation: StoredConversation, ttlSeconds: number) {
    const ttl = Math.max(1, Math.round(ttlSeconds));
    const json = JSON.stringify(conversation);
    const stored = await this.call(() =>
      this.scripts.losenSetBounded(this.key(id), this.live, ...this.setArgs(id, json, ttl)),
    );
    if (stored !== 1) throw new StoreFullError();
  }

  async delete(id: string) {
    const [deleted] = await this.call(() =>
      Promise.all([this.redis.del(this.key(id)), this.redis.zrem(this.live, id)]),
    );
    return deleted > 0;
  }

  withLock<T>(id: string, fn: (locked: LockedConversation) => Promise<T>): Promise<T> {
    return this.local.run(id, async () => {
      const lock = this.lockKey(id);
      const held: Held = { token: randomUUID() };
      const deadline = Date.now() + this.lockWaitMs;
      let wait = FIRST_WAIT_MS;
      for (;;) {
        const [taken, raw] = await this.call(() =>
          this.scripts.losenLockAndGet(lock, this.key(id), held.token, this.lockMs),
        );
        if (taken === 1) {
          held.loaded = raw ?? null;
          break;
        }
        if (Date.now() > deadline) throw new StoreUnavailableError(new Error('lock wait timed out'));
        await sleep(wait);
        wait = Math.min(wait * 2, MAX_WAIT_MS);
      }
      let result: T;
      try {
        result = await fn(this.locked(id, held));
      } catch (error) {
        await this.scripts.losenRelease(lock, held.token).catch(() => undefined);
        throw error;
      }
      const pending = held.pending;
      if (!pending) {
        await this.scripts.losenRelease(lock, held.token).catch(() => undefined);
        return result;
      }
      const stored = await this.call(() =>
        this.scripts.losenSetAndRelease(
          lock,
          this.key(id),
          this.live,
          held.token,
          ...this.setArgs(id, pending.json, pending.ttl),
        ),
      );
      if (stored === 0) throw new StoreFullError();
      // The lock expired while the turn ran and another turn may have taken it: this one's write
      // would overwrite that turn's, so it is dropped and the turn fails (the user sends it again).
      if (stored === -1) throw new StoreUnavailableError(new Error('lock expired before the write'));
      return result;
    });
  }

  async ready() {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close() {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
