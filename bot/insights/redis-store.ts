/**
 * Insights in Redis, beside shared conversations, so every instance counts into the same figures:
 *
 * - `<prefix>counts:<day>`: a hash of `<topic>|<locale>|<field>` → count (HINCRBY), and
 *   `<prefix>days`, a sorted set of the days that have counters (score: the day number);
 * - `<prefix>recent`: a hash of item id → item (JSON), and `<prefix>recent:at`, the items by time;
 * - `<prefix>turns:<conversation hash>`: a hash of turn → record (JSON), expiring with the conversation.
 *
 * A batch is one pipeline. Commands fail fast while Redis is unreachable (no offline queue); the
 * recorder then drops that batch rather than hold up turns or grow without bound.
 */
import type { Redis } from 'ioredis';
import { connectRedis } from '../core/redis-store.js';
import type { Locale } from '../../content/topic-ids.js';
import { isLocale } from '../../rules/index.js';
import type {
  CountField,
  CountRow,
  InsightsChange,
  InsightsData,
  InsightsStore,
  RecentItem,
  TurnRecord,
} from './types.js';
import { COUNT_FIELDS, MAX_RECENT, zeroCounts } from './types.js';

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const FIELDS = new Set<string>(COUNT_FIELDS);

function parse<T>(raw: string | null | undefined): T | undefined {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export type RedisInsightsOptions = { prefix?: string };

export class RedisInsightsStore implements InsightsStore {
  readonly prefix: string;

  /** `owned`: this store made the connection and closes it. */
  constructor(
    readonly redis: Redis,
    options: RedisInsightsOptions = {},
    private readonly owned = false,
  ) {
    this.prefix = `${options.prefix ?? 'losen:'}insights:`;
  }

  /** Connect to `url`; resolves once connected (or rejects after the first failure). */
  static async connect(url: string, options: RedisInsightsOptions = {}): Promise<RedisInsightsStore> {
    const redis = await connectRedis(url);
    return new RedisInsightsStore(redis, options, true);
  }

  async apply(changes: readonly InsightsChange[]): Promise<void> {
    if (changes.length === 0) return;
    const p = this.prefix;
    const batch = this.redis.pipeline();
    for (const change of changes) {
      if (change.kind === 'count') {
        batch.hincrby(`${p}counts:${change.day}`, `${change.topic}|${change.locale}|${change.field}`, change.by);
        batch.zadd(`${p}days`, dayNumber(change.day), change.day);
      } else if (change.kind === 'recent') {
        batch.hset(`${p}recent`, change.item.id, JSON.stringify(change.item));
        batch.zadd(`${p}recent:at`, change.item.at, change.item.id);
      } else if (change.kind === 'unrecent') {
        batch.hdel(`${p}recent`, change.id);
        batch.zrem(`${p}recent:at`, change.id);
      } else {
        const key = `${p}turns:${change.conversation}`;
        batch.hset(key, String(change.turn), JSON.stringify(change.record));
        batch.expire(key, Math.max(1, Math.round(change.ttlSeconds)));
      }
    }
    const results = (await batch.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed?.[0]) throw failed[0];
  }

  async turns(conversation: string): Promise<Map<number, TurnRecord>> {
    const all = await this.redis.hgetall(`${this.prefix}turns:${conversation}`);
    const turns = new Map<number, TurnRecord>();
    for (const [turn, raw] of Object.entries(all)) {
      const record = parse<TurnRecord>(raw);
      if (record) turns.set(Number(turn), record);
    }
    return turns;
  }

  async read(sinceDay: string, sinceMs: number): Promise<InsightsData> {
    const p = this.prefix;
    const days = await this.redis.zrangebyscore(`${p}days`, dayNumber(sinceDay), '+inf');
    const counts: CountRow[] = [];
    if (days.length > 0) {
      const batch = this.redis.pipeline();
      for (const day of days) batch.hgetall(`${p}counts:${day}`);
      const results = (await batch.exec()) ?? [];
      days.forEach((day, i) => {
        const hash = (results[i]?.[1] ?? {}) as Record<string, string>;
        const rows = new Map<string, CountRow>();
        for (const [key, value] of Object.entries(hash)) {
          const [topic = '', locale = '', field = ''] = key.split('|');
          if (!isLocale(locale) || !FIELDS.has(field)) continue;
          const rowKey = `${topic}|${locale}`;
          const row = rows.get(rowKey) ?? { day, topic, locale: locale as Locale, ...zeroCounts() };
          row[field as CountField] = Math.max(0, Number(value) || 0);
          rows.set(rowKey, row);
        }
        counts.push(...rows.values());
      });
    }
    const ids = await this.redis.zrangebyscore(`${p}recent:at`, sinceMs, '+inf');
    const raw = ids.length > 0 ? await this.redis.hmget(`${p}recent`, ...ids) : [];
    const recent = raw.map((r) => parse<RecentItem>(r)).filter((i): i is RecentItem => i !== undefined);
    return { counts, recent };
  }

  async prune(beforeDay: string, beforeMs: number): Promise<void> {
    const p = this.prefix;
    const oldDays = await this.redis.zrangebyscore(`${p}days`, '-inf', `(${dayNumber(beforeDay)}`);
    const oldIds = await this.redis.zrangebyscore(`${p}recent:at`, '-inf', `(${beforeMs}`);
    // Beyond the newest MAX_RECENT, whatever their age.
    const excess = await this.redis.zrange(`${p}recent:at`, '0', String(-(MAX_RECENT + 1)));
    const ids = [...new Set([...oldIds, ...excess])];
    if (oldDays.length === 0 && ids.length === 0) return;
    const batch = this.redis.pipeline();
    for (const day of oldDays) batch.del(`${p}counts:${day}`);
    if (oldDays.length > 0) batch.zrem(`${p}days`, ...oldDays);
    if (ids.length > 0) batch.hdel(`${p}recent`, ...ids).zrem(`${p}recent:at`, ...ids);
    await batch.exec();
  }

  async close(): Promise<void> {
    if (this.owned) await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
