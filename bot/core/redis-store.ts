/**
 * The shared store for several instances behind a load balancer: conversation snapshots in Redis
 * with a TTL, and a per-conversation lock (SET NX PX with a random token, released only by its
 * holder) so two turns of one conversation on two instances never interleave or lose an update.
 *
 * Commands fail fast while Redis is unreachable (no offline queue): the turn is refused with a
 * clear "temporarily unavailable" instead of hanging, and the client reconnects by itself.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { ConversationStore, StoredConversation } from './store.js';
import { DEFAULT_MAX_CONVERSATIONS, KeyedMutex, StoreFullError, StoreUnavailableError } from './store.js';

const RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Store a conversation unless it is new and the live ones already number the maximum. Live
 * conversations are counted in a sorted set scored by expiry (expired members are dropped first).
 * KEYS: conversation, live set. ARGV: json, ttl seconds, id, now ms, expiry ms, maximum.
 */
const SET_BOUNDED = `
if redis.call('exists', KEYS[1]) == 0 then
  redis.call('zremrangebyscore', KEYS[2], '-inf', ARGV[4])
  if redis.call('zcard', KEYS[2]) >= tonumber(ARGV[6]) then return 0 end
end
redis.call('set', KEYS[1], ARGV[1], 'EX', ARGV[2])
redis.call('zadd', KEYS[2], ARGV[5], ARGV[3])
return 1`;

export type RedisStoreOptions = {
  prefix?: string;
  /** How long a lock is held at most (a crashed holder's lock expires). */
  lockMs?: number;
  /** How long a turn waits for the lock before giving up. */
  lockWaitMs?: number;
  /** Most live conversations at once (across every instance sharing this Redis). */
  maxConversations?: number;
};

export class RedisStore implements ConversationStore {
  private readonly local = new KeyedMutex();
  /** Prefix of every key this store (and the shared rate limiter) writes. */
  readonly prefix: string;
  private readonly lockMs: number;
  private readonly lockWaitMs: number;
  private readonly max: number;

  constructor(
    readonly redis: Redis,
    options: RedisStoreOptions = {},
  ) {
    this.prefix = options.prefix ?? 'losen:';
    this.lockMs = options.lockMs ?? 10_000;
    this.lockWaitMs = options.lockWaitMs ?? 10_000;
    this.max = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
  }

  /** Connect to `url`; resolves once connected (or rejects after the first failure). */
  static async connect(url: string, options: RedisStoreOptions = {}): Promise<RedisStore> {
    const redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: true,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    redis.on('error', () => undefined); // reported through failing commands, not as crashes
    await redis.connect();
    return new RedisStore(redis, options);
  }

  private key(id: string) {
    return `${this.prefix}conv:${id}`;
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw new StoreUnavailableError(error);
    }
  }

  async get(id: string) {
    const raw = await this.call(() => this.redis.get(this.key(id)));
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as StoredConversation;
    } catch {
      return undefined; // unreadable: treat as absent, like the file store
    }
  }

  private get live() {
    return `${this.prefix}live`;
  }

  async set(id: string, conversation: StoredConversation, ttlSeconds: number) {
    const ttl = Math.max(1, Math.round(ttlSeconds));
    const now = Date.now();
    const stored = await this.call(() =>
      this.redis.eval(
        SET_BOUNDED,
        2,
        this.key(id),
        this.live,
        JSON.stringify(conversation),
        ttl,
        id,
        now,
        now + ttl * 1000,
        this.max,
      ),
    );
    if (stored !== 1) throw new StoreFullError();
  }

  async delete(id: string) {
    const [deleted] = await this.call(() =>
      Promise.all([this.redis.del(this.key(id)), this.redis.zrem(this.live, id)]),
    );
    return deleted > 0;
  }

  withLock<T>(id: string, fn: () => Promise<T>): Promise<T> {
    return this.local.run(id, async () => {
      const lockKey = `${this.prefix}lock:${id}`;
      const token = randomUUID();
      const deadline = Date.now() + this.lockWaitMs;
      let wait = 5;
      while ((await this.call(() => this.redis.set(lockKey, token, 'PX', this.lockMs, 'NX'))) !== 'OK') {
        if (Date.now() > deadline) throw new StoreUnavailableError(new Error('lock wait timed out'));
        await sleep(wait);
        wait = Math.min(wait * 2, 100);
      }
      try {
        return await fn();
      } finally {
        await this.redis.eval(RELEASE, 1, lockKey, token).catch(() => undefined);
      }
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
