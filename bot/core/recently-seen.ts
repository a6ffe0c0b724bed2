/**
 * A bounded, in-memory set of recently seen keys with a time to live: enough to answer a Slack
 * retry or a Teams re-send once per process. (Several instances behind a load balancer would need
 * a shared set, e.g. in Redis; one Losen instance per workspace does not.)
 * Channel-neutral: the Teams adapter uses it too.
 */
export type RecentlySeen = {
  /** Records `key`; true when it was not seen within the time to live (so: handle it). */
  add(key: string): boolean;
  /** Forgets `key`, so a later delivery of it is handled (after a failure). */
  delete(key: string): void;
};

/** A set that forgets keys after `ttlMs` and holds at most `max` of them (the oldest go first). */
export function recentlySeen(options: { ttlMs: number; max: number; now?: () => number }): RecentlySeen {
  const { ttlMs, max } = options;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order, so the oldest entries come first.
  const expiries = new Map<string, number>();
  return {
    add(key) {
      const t = now();
      for (const [k, expiry] of expiries) {
        if (expiry > t && expiries.size < max) break;
        expiries.delete(k);
      }
      if (expiries.has(key)) return false;
      expiries.set(key, t + ttlMs);
      return true;
    },
    delete(key) {
      expiries.delete(key);
    },
  };
}
