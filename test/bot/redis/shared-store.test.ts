/**
 * Several instances sharing one real Redis: conversations move between instances, turns of one
 * conversation are serialised across instances, rate limits are shared, and a Redis restart gives
 * a clear error, not a crash, with recovery when Redis is back.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisStore } from '../../../bot/core/redis-store.js';
import { buildServer } from '../../../bot/web/server.js';
import { TestRedis } from '../../support/redis-server.js';

let redis: TestRedis;
const instances: { app: FastifyInstance; store: RedisStore; url: string }[] = [];

async function instance(config: Record<string, unknown> = {}, prefix = 'losen-test:', maxConversations?: number) {
  const store = await RedisStore.connect(redis.url, { prefix, ...(maxConversations ? { maxConversations } : {}) });
  const app = await buildServer({
    store,
    config: { RATE_LIMIT_PER_MINUTE: 10_000, LOSEN_SECRET: 'a-key-every-instance-shares', ...config },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const i = { app, store, url };
  instances.push(i);
  return i;
}

async function chat(url: string, body: Record<string, unknown>) {
  const res = await fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const lastAsk = (json: Record<string, unknown>) => (json.messages as { ask?: { fact: string } }[]).at(-1)?.ask?.fact;

beforeAll(async () => {
  redis = await TestRedis.start();
});

afterAll(async () => {
  for (const i of instances) {
    await i.app.close();
    await i.store.close();
  }
  await redis.stop();
});

describe('two instances sharing one Redis', () => {
  it('complete one conversation with turns alternating between them', async () => {
    const a = await instance();
    const b = await instance();
    const first = await chat(a.url, { text: 'Trenger båten min bemanningssertifikat?' });
    expect(lastAsk(first.json)).toBe('flag');
    const id = first.json.conversationId as string;
    expect(lastAsk((await chat(b.url, { conversationId: id, choice: 'answer:NO' })).json)).toBe('vesselType');
    expect(lastAsk((await chat(a.url, { conversationId: id, text: 'lasteskip' })).json)).toBe('grossTonnage');
    const last = await chat(b.url, { conversationId: id, text: '45 BT' });
    const decision = (last.json.messages as { decision?: { outcome: string } }[]).find((m) => m.decision)?.decision;
    expect(decision?.outcome).toBe('not-required');
  });

  it('process 20 concurrent messages to one conversation one at a time, losing none', async () => {
    const [a, b] = instances;
    const start = await chat(a!.url, { text: 'Trenger båten min bemanningssertifikat?' });
    const id = start.json.conversationId as string;
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        chat((i % 2 === 0 ? a : b)!.url, { conversationId: id, choice: 'cmd:help' }),
      ),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    // Each turn saw the state the one before it left: the turn numbers are exactly 2..21.
    expect(replies.map((r) => r.json.turn as number).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 2),
    );
    const stored = await a!.store.get(id);
    expect((stored?.snapshot as { context: { turns: number } } | undefined)?.context.turns).toBe(21);
  });

  it('share the rate limit', async () => {
    const a = await instance({ RATE_LIMIT_PER_MINUTE: 4 }, 'losen-limits:');
    const b = await instance({ RATE_LIMIT_PER_MINUTE: 4 }, 'losen-limits:');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await chat((i % 2 === 0 ? a : b).url, {})).status);
    expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
    expect(statuses.slice(4)).toEqual([429, 429]);
  });

  it('hold at most MAX_CONVERSATIONS between them, and take new ones once some are gone', async () => {
    const a = await instance({}, 'losen-cap:', 2);
    const b = await instance({}, 'losen-cap:', 2);
    const question = { text: 'Trenger båten min bemanningssertifikat?' };
    const first = await chat(a.url, question);
    expect((await chat(b.url, question)).status).toBe(200);
    const full = await chat(a.url, question);
    expect(full.status).toBe(503);
    expect(full.json.error).toBeTypeOf('string');
    expect((await chat(b.url, { conversationId: first.json.conversationId, choice: 'answer:NO' })).status).toBe(200);
    expect((await fetch(`${b.url}/api/chat/${first.json.conversationId as string}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await chat(a.url, question)).status).toBe(200);
  });
});

describe('when Redis restarts mid-conversation', () => {
  it('answers with a clear 503, stays up, and continues the conversation once Redis is back', async () => {
    const a = await instance();
    const first = await chat(a.url, { text: 'Trenger båten min bemanningssertifikat?' });
    const id = first.json.conversationId as string;
    await redis.down();
    const during = await chat(a.url, { conversationId: id, choice: 'answer:NO' });
    expect(during.status).toBe(503);
    expect(during.json.error).toMatch(/temporarily unavailable/);
    expect((await fetch(`${a.url}/healthz`)).status).toBe(503);
    // The rate limiter counts in Redis too: it refuses (the same 503), never lets requests through unlimited.
    const rules = await fetch(`${a.url}/api/rules/sea-time`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ facts: { totalHours: 1 } }),
    });
    expect(rules.status).toBe(503);
    expect((await rules.json()).error).toBe(during.json.error);
    await redis.up();
    let after = during;
    for (let i = 0; i < 50 && after.status !== 200; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      after = await chat(a.url, { conversationId: id, choice: 'answer:NO' });
    }
    expect(after.status).toBe(200);
    expect(lastAsk(after.json)).toBe('vesselType');
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
  });
});
