/** The routing targets of issue 11 on the held-out set (shares of messages). */
export const TARGETS = {
  /** Answered directly and right, all languages together… */
  rightAll: 0.92,
  /** …and in each language. */
  rightEachLocale: 0.88,
  /** Answered directly with a wrong topic, at most. */
  wrongAll: 0.01,
  /** Out-of-scope messages routed to the fallback, at least (and none answered as in scope). */
  outOfScopeFallback: 0.85,
} as const;
