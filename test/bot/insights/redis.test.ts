/**
 * Two instances sharing one real Redis for conversations and insights: the turns of one
 * conversation alternate between them, the answer is rated on the other instance moments later,
 * and both report the same figures.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../../bot/core/redis-store.js';
import type { InsightsReport } from '../../../bot/insights/index.js';
import { createInsights } from '../../../bot/insights/index.js';
import { RedisInsightsStore } from '../../../bot/insights/redis-store.js';
import { buildServer } from '../../../bot/web/server.js';
import { TestRedis } from '../../support/redis-server.js';

let redis: TestRedis;
const instances: { app: FastifyInstance; store: RedisStore; url: string }[] = [];

async function instance() {
  const store = await RedisStore.connect(redis.url, { prefix: 'ins:' });
  const insights = createInsights({
    store: await RedisInsightsStore.connect(redis.url, { prefix: 'ins:' }),
    retentionDays: 21,
    turnTtlSeconds: 1800,
    flushMs: 200,
  });
  const app = await buildServer({ store, insights, config: { RATE_LIMIT_PER_MINUTE: 10_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  instances.push({ app, store, url });
  return url;
}

async function post(url: string, body: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
}

beforeAll(async () => {
  redis = await TestRedis.start();
});
afterAll(async () => {
  for (const i of instances) {
    await i.app.close();
    await i.store.close();
  }
  await redis?.stop();
});

describe('insights shared through Redis', () => {
  it('count turns from both instances, take a rating on the other one at once, and report alike', async () => {
    const [a, b] = [await instance(), await instance()];
    const first = await post(`${a}/api/chat`, { text: 'Trenger båten min bemanningssertifikat?' });
    const id = first.json.conversationId as string;
    await post(`${b}/api/chat`, { conversationId: id, choice: 'answer:NO' });
    await post(`${a}/api/chat`, { conversationId: id, text: 'lasteskip' });
    const last = await post(`${a}/api/chat`, { conversationId: id, text: '45 BT' });
    // Rated on the other instance before the first has flushed its queue.
    const rated = await post(`${b}/api/feedback`, { conversationId: id, turn: last.json.turn, rating: 'up' });
    expect(rated.status).toBe(204);

    const reports = await Promise.all(
      [a, b].map(async (url) => (await (await fetch(`${url}/api/insights`)).json()) as InsightsReport),
    );
    for (const report of reports)
      expect(report.topics.find((t) => t.topic === 'manning.which-vessels')).toMatchObject({
        questions: 1,
        answers: 1,
        up: 1,
      });
    expect(reports[0]?.rows).toEqual(reports[1]?.rows);
  });
});
