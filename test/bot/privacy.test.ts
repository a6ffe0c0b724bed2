/** Personal data: never in logs; identifiers redacted in what is kept for a hand-off; forgotten on request. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { conversationIds } from '../../bot/core/conversation-ids.js';
import { MemoryStore } from '../../bot/core/store.js';
import { createTurnCore } from '../../bot/core/turn.js';
import { buildServer } from '../../bot/web/server.js';
import { CONVERSATION_MACHINE_VERSION } from '../../machines/conversation-machine.js';
import { REDACTED, redact } from '../../machines/redact.js';

describe('redaction', () => {
  it.each([
    ['a national identity number', 'Ola, fnr 01019912345, ringer', 'Ola, fnr […], ringer'],
    ['one written with a space', 'fødselsnummer 010199 12345', 'fødselsnummer […]'],
    ['an e-mail address', 'send til ola.nordmann@example.no takk', 'send til […] takk'],
    ['a Norwegian phone number', 'ring meg på 912 34 567', 'ring meg på […]'],
    ['an international phone number', 'call +47 91234567 today', 'call […] today'],
  ])('removes %s', (_name, input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    ['a name', 'Ola Nordmann'],
    ['a date', '1999-01-01'],
    ['a call sign', 'LMXY'],
    ['a tonnage', '45 BT'],
  ])('keeps %s', (_name, input) => {
    expect(redact(input)).toBe(input);
  });

  it('keeps identifiers out of the hand-off summary', async () => {
    const core = createTurnCore({
      store: new MemoryStore(),
      ttlSeconds: 600,
      now: () => new Date('2026-11-22T12:00:00'),
    });
    const first = await core.handleTurn({ text: 'Hvordan skriver jeg en fartstidsbekreftelse?', locale: 'nb' });
    let reply = first;
    const choice = reply.messages.flatMap((m) => m.choices ?? []).find((c) => c.id === 'topic:seatime.confirmation');
    if (choice) reply = await core.handleTurn({ conversationId: first.conversationId, choice: choice.id });
    // Answer until the name is asked, then give a name with an e-mail address in it.
    for (let i = 0; i < 5 && reply.messages.at(-1)?.ask?.fact !== 'seafarerName'; i += 1) {
      reply = await core.handleTurn({ conversationId: first.conversationId, choice: 'answer:D6' });
    }
    expect(reply.messages.at(-1)?.ask?.fact).toBe('seafarerName');
    await core.handleTurn({ conversationId: first.conversationId, text: 'Ola Nordmann ola@example.no' });
    const handoff = await core.handleTurn({ conversationId: first.conversationId, choice: 'cmd:handoff' });
    const text = handoff.messages.map((m) => m.text).join('\n');
    expect(text).toContain('Ola Nordmann');
    expect(text).toContain(REDACTED);
    expect(text).not.toContain('ola@example.no');
  });
});

describe('logs', () => {
  it('never contain what the user wrote', async () => {
    const stream = new PassThrough();
    const lines: string[] = [];
    stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    const app = await buildServer({ store: new MemoryStore(), logger: { stream } });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const secret = 'Kari Hemmelig 01019912345';
    const res = await fetch(`${url}/api/chat?note=${encodeURIComponent(secret)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: secret }),
    });
    expect(res.status).toBe(200);
    await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"text": "${secret}`,
    });
    await app.close();
    expect(lines.length).toBeGreaterThan(0);
    const all = lines.join('\n');
    expect(all).not.toContain('Hemmelig');
    expect(all).not.toContain('01019912345');
    expect(lines.some((l) => JSON.parse(l).req?.path === '/api/chat')).toBe(true);
  });

  it('of a failing turn hold its request id and the error, never what the user wrote', async () => {
    const stream = new PassThrough();
    const lines: Record<string, unknown>[] = [];
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    });
    const LOSEN_SECRET = 'a-test-key-for-losen-conversation-ids';
    const store = new MemoryStore();
    const id = conversationIds(LOSEN_SECRET).issue();
    // A stored conversation that restores but breaks on the next event.
    const broken = {
      version: CONVERSATION_MACHINE_VERSION,
      locale: 'nb' as const,
      snapshot: { status: 'active', value: 'guided', context: null, children: {} },
      updatedAt: '',
    };
    await store.set(id, broken, 600);
    const app = await buildServer({ store, logger: { stream }, config: { LOSEN_SECRET } });
    const secret = 'Kari Hemmelig 01019912345';
    const res = await app.inject({ method: 'POST', url: '/api/chat', payload: { conversationId: id, text: secret } });
    await app.close();
    expect(res.statusCode).toBe(200);
    expect(res.json().conversationId).toBe(id);
    const failed = lines.find((l) => l.msg === 'turn failed');
    expect(failed?.reqId).toBe(res.headers['x-request-id']);
    expect((failed?.err as { stack?: unknown } | undefined)?.stack).toBeTypeOf('string');
    expect(JSON.stringify(lines)).not.toContain('Hemmelig');
    expect(await store.get(id)).toEqual(broken);
  });
});
