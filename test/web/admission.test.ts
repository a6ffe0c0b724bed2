/**
 * Admission control on `POST /api/chat`, over a real server on loopback: beyond `maxTurnsInFlight`
 * turns under way a turn is refused at once with 503, `Retry-After` and a clear `{ error }`; the
 * conversation is unchanged, so the same turn sent again later continues it.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationStore, LockedConversation } from '../../bot/core/store.js';
import { MemoryStore } from '../../bot/core/store.js';
import { BUSY_RETRY_AFTER_SECONDS } from '../../bot/web/admission.js';
import { buildServer } from '../../bot/web/server.js';

const servers: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A store whose turns wait at the lock until `open()` is called (so turns stay in flight). */
function gatedStore(): { store: ConversationStore; open: () => void } {
  const store = new MemoryStore();
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const withLock = store.withLock.bind(store);
  store.withLock = <T>(id: string, fn: (locked: LockedConversation) => Promise<T>) =>
    withLock(id, async (locked) => {
      await gate;
      return fn(locked);
    });
  return { store, open };
}

async function serve(store: ConversationStore, maxTurnsInFlight: number) {
  const server = await buildServer({
    store,
    maxTurnsInFlight,
    config: { LOSEN_SECRET: 'admission-test-secret', RATE_LIMIT_PER_MINUTE: 10_000 },
  });
  servers.push(server);
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const chat = async (url: string, body: Record<string, unknown>) => {
  const res = await fetch(`${url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    json: (await res.json()) as Record<string, unknown>,
  };
};

const ASK = { text: 'Trenger båten min bemanningssertifikat?' };

describe('admission control on the chat API', () => {
  it('refuses a turn beyond the limit at once with 503, Retry-After and an error saying to send it again', async () => {
    const { store, open } = gatedStore();
    const url = await serve(store, 2);
    const held = [chat(url, ASK), chat(url, ASK)];
    // Both are under way (waiting at the gate) before the third is sent.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await chat(url, ASK);
    expect(refused.status).toBe(503);
    expect(refused.retryAfter).toBe(String(BUSY_RETRY_AFTER_SECONDS));
    expect(refused.json.error).toMatch(/send it again/);
    expect(refused.json.conversationId).toBeUndefined();
    open();
    for (const r of await Promise.all(held)) expect(r.status).toBe(200);
    // Room again once the turns under way are done.
    expect((await chat(url, ASK)).status).toBe(200);
  });

  it('leaves a refused conversation as it was: the same turn sent again continues it', async () => {
    const store = new MemoryStore();
    const url = await serve(store, 1);
    const first = await chat(url, ASK);
    expect(first.status).toBe(200);
    const conversationId = first.json.conversationId as string;
    const before = await store.get(conversationId);
    // Hold the only place with a turn of another conversation, then send this one's answer.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const withLock = store.withLock.bind(store);
    store.withLock = <T>(id: string, fn: (locked: LockedConversation) => Promise<T>) =>
      withLock(id, async (locked) => {
        if (id !== conversationId) await gate;
        return fn(locked);
      });
    const other = chat(url, ASK);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await chat(url, { conversationId, choice: 'answer:NO' });
    expect(refused.status).toBe(503);
    expect(await store.get(conversationId)).toEqual(before);
    release();
    expect((await other).status).toBe(200);
    const again = await chat(url, { conversationId, choice: 'answer:NO' });
    expect(again.status).toBe(200);
    expect(again.json.conversationId).toBe(conversationId);
    expect(again.json.turn).toBe(2);
  });
});
