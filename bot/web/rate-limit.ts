/**
 * Rate limiting: one budget per client (its address, as `TRUST_PROXY` lets Fastify read it) shared
 * by every API route and unknown paths. The channel endpoints (/slack/events, /api/messages) set
 * their own budget per sending address in their route options. Pages, static files and /healthz
 * are not limited.
 *
 * With several instances the counters live in Redis. When Redis cannot be reached the limiter
 * fails closed: the request is refused with the store's own 503 (`StoreUnavailableError`), never
 * let through unlimited.
 */
import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { StoreUnavailableError } from '../core/store.js';

/** Route option that exempts a route (pages, files, health) from the API budget. */
export const UNLIMITED = { config: { rateLimit: false } } as const;

/** Count a request in a fixed window; returns the count and the window's remaining milliseconds. */
const INCR = `
local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {current, ttl}`;

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type RouteInfo = { routeInfo?: { method?: string; url?: string } };

type Counting = Redis & { losenRateIncr(key: string, windowMs: number): Promise<unknown> };

/** A rate-limit store class (the plugin instantiates it) over `redis`, failing closed. */
function redisCounter(client: Redis, prefix: string) {
  // Sent by its SHA (EVALSHA), not as script text with every request.
  if (!('losenRateIncr' in client)) client.defineCommand('losenRateIncr', { numberOfKeys: 1, lua: INCR });
  const redis = client as Counting;
  return class RedisCounter {
    constructor(
      _options?: unknown,
      private readonly key = prefix,
    ) {}

    incr(key: string, callback: Callback, timeWindow: number) {
      redis.losenRateIncr(`${this.key}${key}`, timeWindow).then(
        (result) => {
          const [current, ttl] = result as [number, number];
          callback(null, { current, ttl });
        },
        (error: unknown) => callback(new StoreUnavailableError(error)),
      );
    }

    // The plugin passes its merged route options, the route in `routeInfo` (its typings say otherwise).
    child(options: object) {
      const route = (options as RouteInfo).routeInfo;
      return new RedisCounter(undefined, `${this.key}${route?.method}${route?.url}-`);
    }
  };
}

/** The plugin's options for `config`, counting in `redis` when there is one. */
export function rateLimitOptions(
  config: Pick<Config, 'RATE_LIMIT_PER_MINUTE'>,
  redis?: { redis: Redis; prefix: string },
): RateLimitPluginOptions {
  return {
    global: true,
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    skipOnError: false,
    ...(redis ? { store: redisCounter(redis.redis, `${redis.prefix}rl:`) } : {}),
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests; try again in ${Math.ceil(context.ttl / 1000)} s`), {
        statusCode: context.statusCode,
      }),
  };
}
