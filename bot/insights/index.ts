/**
 * The editors' insights (contract.md §2: `POST /api/feedback`, `GET /api/insights`,
 * `GET /staff/insights`): the recorder every channel calls after a turn, and its stores.
 *
 * They live where conversations live: in Redis when `REDIS_URL` is set, else in one file in the
 * embedded store's directory (`LOSEN_DATA_DIR/insights.state`).
 */
import type { Config } from '../config.js';
import { FileInsightsStore } from './file-store.js';
import type { Insights } from './recorder.js';
import { createInsights } from './recorder.js';
import type { InsightsStore } from './types.js';

export type { Insights, TurnAsked, TurnAnswered, FeedbackInput, FeedbackResult } from './recorder.js';
export { createInsights } from './recorder.js';
export { MemoryInsightsStore } from './memory-store.js';
export { FileInsightsStore } from './file-store.js';
export type { InsightsStore } from './types.js';
export type { InsightsReport } from './report.js';

/** The store insights use with `config`: Redis when `REDIS_URL` is set, else the file store. */
export async function openInsightsStore(config: Pick<Config, 'REDIS_URL' | 'LOSEN_DATA_DIR'>): Promise<InsightsStore> {
  if (config.REDIS_URL) {
    const { RedisInsightsStore } = await import('./redis-store.js');
    return RedisInsightsStore.connect(config.REDIS_URL);
  }
  return new FileInsightsStore(config.LOSEN_DATA_DIR);
}

/** The recorder of `config`, over `store`. */
export const insightsFor = (
  config: Pick<Config, 'INSIGHTS_RETENTION_DAYS' | 'CONVERSATION_TTL_MINUTES'>,
  store: InsightsStore,
  onError?: (error: unknown) => void,
): Insights =>
  createInsights({
    store,
    retentionDays: config.INSIGHTS_RETENTION_DAYS,
    turnTtlSeconds: config.CONVERSATION_TTL_MINUTES * 60,
    ...(onError ? { onError } : {}),
  });
