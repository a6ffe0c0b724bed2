/**
 * "constructor", "__proto__", "toString" and the other names every JavaScript object answers to
 * are words a user may type. Every entry point takes them, and random words, as plain text: no
 * throw, no 500, no internal error reported, and a stored conversation is still there afterwards.
 * (A lookup keyed by user text on a plain object once returned `Object` for "constructor": triage
 * answered 500, and a chat turn failed and deleted the conversation.)
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as cli } from '../../bot/cli/main.js';
import { loadConfig } from '../../bot/config.js';
import { MemoryStore } from '../../bot/core/store.js';
import type { TurnCore } from '../../bot/core/turn.js';
import { createTurnCore } from '../../bot/core/turn.js';
import { buildApp } from '../../bot/main.js';
import { listRules } from '../../rules/index.js';

/** Every property name of Object.prototype, and of a function and an array, with a few more. */
const NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    'prototype',
    'then',
    'default',
    'toJSON',
  ]),
];
const name = fc.constantFrom(...NAMES);
/** A prototype name as a user might write it, alone, capitalised, or in a sentence. */
const word = fc.oneof(
  name,
  name.map((n) => n.toUpperCase()),
  name.map((n) => `${n.charAt(0).toUpperCase()}${n.slice(1)}?`),
  fc.tuple(name, name).map(([a, b]) => `Hva betyr ${a} og ${b} for bemanningssertifikat`),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.stringMatching(/^[a-zæøå]{2,12}( [a-zæøå]{2,12}){0,4}$/),
);
/** The ways a client can send a word as a choice. */
const choice = fc.oneof(
  word,
  word.map((w) => `topic:${w}`),
  word.map((w) => `rule:${w}`),
  word.map((w) => `answer:${w}`),
  word.map((w) => `cmd:${w}`),
  name.map((n) => `topic:${n}`),
  name.map((n) => `rule:${n}`),
);

const QUESTION = 'Trenger båten min bemanningssertifikat?';

describe('prototype names and random words in the turn core', () => {
  it('every Object.prototype name, as text and as every kind of choice, in a guided conversation', async () => {
    const errors: unknown[] = [];
    const store = new MemoryStore();
    const core = createTurnCore({ store, ttlSeconds: 600, onError: (e) => errors.push(e) });
    for (const n of NAMES) {
      const start = await core.handleTurn({ text: QUESTION });
      for (const request of [
        { text: n },
        { choice: n },
        { choice: `topic:${n}` },
        { choice: `rule:${n}` },
        { choice: `answer:${n}` },
      ]) {
        const reply = await core.handleTurn({ conversationId: start.conversationId, ...request });
        expect(reply.messages.length, `${JSON.stringify(request)}`).toBeGreaterThan(0);
      }
      expect(await store.get(start.conversationId), n).toBeDefined();
    }
    expect(errors).toEqual([]);
  });

  it('random words and prototype names, as text or choice, at any point of a conversation', async () => {
    const errors: unknown[] = [];
    const store = new MemoryStore();
    const core: TurnCore = createTurnCore({ store, ttlSeconds: 600, onError: (e) => errors.push(e) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            word.map((text) => ({ text })),
            choice.map((c) => ({ choice: c })),
          ),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        async (turns) => {
          const start = await core.handleTurn({ text: QUESTION });
          for (const turn of turns) await core.handleTurn({ conversationId: start.conversationId, ...turn });
          expect(errors).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('prototype names and random words over HTTP', () => {
  let app: FastifyInstance;
  const store = new MemoryStore();
  beforeAll(async () => {
    ({ app } = await buildApp({
      config: loadConfig({ RATE_LIMIT_PER_MINUTE: '1000000' }),
      store,
      triage: 'in-process',
    }));
  });
  afterAll(async () => {
    await app.close();
  });

  const post = async (url: string, payload: unknown) => {
    const r = await app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
    return { status: r.statusCode, json: r.json() as Record<string, unknown> };
  };

  it('POST /api/chat: text and choices never give a 500, and the conversation stays', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          word.map((text) => ({ text })),
          choice.map((c) => ({ choice: c })),
        ),
        async (body) => {
          const start = await post('/api/chat', { text: QUESTION });
          const id = start.json.conversationId as string;
          const r = await post('/api/chat', { conversationId: id, ...body });
          expect([200, 400]).toContain(r.status);
          // Only "start over" empties a conversation (and then there is nothing left to store).
          if (r.status === 200 && !('choice' in body && body.choice === 'cmd:restart'))
            expect(await store.get(id)).toBeDefined();
        },
      ),
      { numRuns: 200 },
    );
    const start = await post('/api/chat', { text: QUESTION });
    const id = start.json.conversationId as string;
    for (const n of NAMES) {
      expect((await post('/api/chat', { conversationId: id, text: n })).status).toBe(200);
      expect((await post('/api/chat', { conversationId: id, choice: `topic:${n}` })).status).toBe(200);
      expect((await post('/api/chat', { conversationId: id, choice: `rule:${n}` })).status).toBe(200);
    }
    expect(await store.get(id)).toBeDefined();
  });

  it('POST /api/triage: any word, alone or in an enquiry, is triaged', async () => {
    for (const n of NAMES) {
      expect((await post('/api/triage', { text: n })).status, n).toBe(200);
      expect((await post('/api/triage', { text: `Hei. ${n} Trenger vi bemanningssertifikat? ${n}.` })).status).toBe(
        200,
      );
    }
    await fc.assert(
      fc.asyncProperty(word, async (text) => {
        expect([200, 400]).toContain((await post('/api/triage', { text })).status);
      }),
      { numRuns: 100 },
    );
  });

  it('POST /api/rules/:id and the documents: prototype names as fact keys and as rule ids', async () => {
    const rules = listRules().map((r) => r.id);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...rules),
        fc.dictionary(fc.oneof(name, fc.string({ maxLength: 12 })), fc.jsonValue(), { maxKeys: 6 }),
        async (rule, facts) => {
          expect([200, 400]).toContain((await post(`/api/rules/${rule}`, { facts })).status);
          expect([200, 400, 404, 422]).toContain((await post(`/api/calendar/${rule}`, { facts })).status);
          expect([200, 400, 422]).toContain((await post('/api/documents/sea-time-confirmation', { facts })).status);
        },
      ),
      { numRuns: 100 },
    );
    for (const n of NAMES) {
      expect((await post(`/api/rules/${encodeURIComponent(n)}`, { facts: {} })).status, n).toBe(404);
      expect((await post(`/api/calendar/${encodeURIComponent(n)}`, { facts: {} })).status, n).toBe(404);
    }
  });
});

describe('prototype names on the command line', () => {
  it('losen ask answers each of them', async () => {
    for (const n of NAMES.slice(0, 12)) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await cli(['ask', n], {
        out: (s) => {
          out.push(s);
        },
        err: (s) => {
          err.push(s);
        },
      });
      expect(code, n).toBe(0);
      expect(out.join('').length).toBeGreaterThan(0);
    }
  });
});
