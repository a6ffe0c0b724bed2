/**
 * The turn core: conversation ids, continuing by id, turns of one conversation serialised, the
 * conversation's language, forgetting (TTL and `forget`), stale machine versions, and the
 * embedded file store surviving a restart, sweeping, refusing path tricks and ignoring corrupt files.
 */
import { LETTER_QUESTIONS } from '../../../content/letter-topics.js';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { texts } from '../../../content/index.js';
import type { TurnCoreOptions, TurnRequest } from '../../../bot/core/turn.js';
import { createTurnCore, MAX_TEXT_LENGTH } from '../../../bot/core/turn.js';
import type { LockedConversation } from '../../../bot/core/store.js';
import { lockedIn, MemoryStore, StoreFullError } from '../../../bot/core/store.js';
import { FileStore } from '../../../bot/core/file-store.js';
import { CONVERSATION_MACHINE_VERSION } from '../../../machines/conversation-machine.js';

/** A clock the test moves by hand. */
function fakeClock(start = Date.parse('2026-11-22T10:00:00')) {
  let now = start;
  return {
    now: () => now,
    date: () => new Date(now),
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
}

function core(overrides: Partial<TurnCoreOptions> = {}) {
  const clock = fakeClock();
  const store = new MemoryStore(clock.now);
  return { clock, store, core: createTurnCore({ store, ttlSeconds: 600, now: clock.date, ...overrides }) };
}

const asked = (reply: { messages: { ask?: { fact: string } }[] }) => reply.messages.at(-1)?.ask?.fact;

const CONFIRMATION_ANSWERS: [TurnRequest, string][] = [
  [{ choice: 'answer:D6' }, 'seafarerName'],
  [{ text: 'Ola Nordmann' }, 'seafarerBirthDate'],
  [{ text: '1990-04-12' }, 'position'],
  [{ text: 'skipsfører' }, 'periodFrom'],
  [{ text: '2026-01-01' }, 'periodTo'],
  [{ text: '2026-03-31' }, 'days'],
  [{ text: '60' }, 'hoursPerDay'],
  [{ text: '12' }, 'vesselName'],
  [{ text: 'MS Fjordbris' }, 'callSign'],
  [{ text: 'LABC' }, 'lengthOverall'],
];

describe('turn core', () => {
  it('gives every new conversation a unique id', async () => {
    const { core: c } = core();
    const replies = await Promise.all(Array.from({ length: 50 }, () => c.handleTurn({})));
    expect(new Set(replies.map((r) => r.conversationId)).size).toBe(50);
    for (const r of replies) expect(r.messages[0]?.text).toBe(texts('nb').ui.greeting);
  });

  it('continues a conversation by its id, and keeps conversations apart', async () => {
    const { core: c } = core();
    const a = await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    const b = await c.handleTurn({ text: 'How long is my health certificate valid?' });
    expect(asked(a)).toBe('flag');
    expect(asked(b)).toBe('issueDate');
    const a2 = await c.handleTurn({ conversationId: a.conversationId, choice: 'answer:NO' });
    expect(a2.conversationId).toBe(a.conversationId);
    expect(asked(a2)).toBe('vesselType');
    const b2 = await c.handleTurn({ conversationId: b.conversationId, text: '2025-03-01' });
    expect(asked(b2)).toBe('ageAtIssue');
  });

  it('serialises turns of one conversation sent at once: each sees the state the previous left', async () => {
    const { core: c } = core();
    const first = await c.handleTurn({ text: 'Hva må en fartstidsbekreftelse inneholde?' });
    expect(asked(first)).toBe('targetCertificate');
    const replies = await Promise.all(
      CONFIRMATION_ANSWERS.map(([request]) => c.handleTurn({ conversationId: first.conversationId, ...request })),
    );
    expect(replies.map(asked)).toEqual(CONFIRMATION_ANSWERS.map(([, next]) => next));
    const after = await c.handleTurn({ conversationId: first.conversationId, text: '14' });
    expect(asked(after)).toBe('signerName');
  });

  it('(control) without the lock the same concurrent turns trample each other', async () => {
    const clock = fakeClock();
    const store = new MemoryStore(clock.now);
    store.withLock = <T>(id: string, fn: (locked: LockedConversation) => Promise<T>) => fn(lockedIn(store, id));
    const c = createTurnCore({ store, ttlSeconds: 600, now: clock.date });
    const first = await c.handleTurn({ text: 'Hva må en fartstidsbekreftelse inneholde?' });
    const replies = await Promise.all(
      CONFIRMATION_ANSWERS.map(([request]) => c.handleTurn({ conversationId: first.conversationId, ...request })),
    );
    expect(replies.map(asked)).not.toEqual(CONFIRMATION_ANSWERS.map(([, next]) => next));
  });

  it.each([
    ['Trenger båten min bemanningssertifikat?', 'nb'],
    ['Does my ship need a minimum safe manning document?', 'en'],
  ] as const)('answers "%s" in %s', async (question, locale) => {
    const { core: c } = core();
    const reply = await c.handleTurn({ text: question });
    expect(reply.locale).toBe(locale);
    expect(reply.messages.at(-1)?.text).toBe(texts(locale).facts.flag.question);
  });

  it('follows the locale asked for over the language of the text', async () => {
    const { core: c } = core();
    const reply = await c.handleTurn({ text: 'Does my ship need a minimum safe manning document?', locale: 'nb' });
    expect(reply.locale).toBe('nb');
    expect(reply.messages.at(-1)?.text).toBe(texts('nb').facts.flag.question);
  });

  it('keeps the language on short answers, names and choices, and follows a new question', async () => {
    const { core: c } = core();
    const start = await c.handleTurn({ text: 'Does my ship need a minimum safe manning document?' });
    const id = start.conversationId;
    expect((await c.handleTurn({ conversationId: id, choice: 'answer:NO' })).locale).toBe('en');
    expect((await c.handleTurn({ conversationId: id, text: 'lasteskip' })).locale).toBe('en');
    const decided = await c.handleTurn({ conversationId: id, text: '45' });
    expect(decided.locale).toBe('en');
    expect(decided.messages.some((m) => m.decision)).toBe(true);
    const switched = await c.handleTurn({ conversationId: id, text: 'Hvor lenge gjelder helseerklæringen min?' });
    expect(switched.locale).toBe('nb');
    // The date of issue, asked in bokmål and by the document's name (the letters' question).
    expect(asked(switched)).toBe('issueDate');
    const issueAsked = LETTER_QUESTIONS.get('health-certificate:issueDate')?.nb.replace(/\?$/, '') ?? 'missing';
    expect(switched.messages.at(-1)?.text).toContain(issueAsked);
    expect((await c.handleTurn({ conversationId: id, text: 'ja' })).locale).toBe('nb');

    // A Norwegian name asked for in English stays English.
    const form = await c.handleTurn({ text: 'Can you check my sea-time confirmation?' });
    await c.handleTurn({ conversationId: form.conversationId, choice: 'answer:D6' });
    const named = await c.handleTurn({ conversationId: form.conversationId, text: 'Ola Nordmann' });
    expect(named.locale).toBe('en');
    expect(named.messages.at(-1)?.text).toBe(texts('en').facts.seafarerBirthDate.question);
  });

  it('forgets a conversation idle longer than its time to live, and keeps one that is used', async () => {
    const { core: c, clock, store } = core({ ttlSeconds: 60 });
    const start = await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    clock.advance(50);
    expect(asked(await c.handleTurn({ conversationId: start.conversationId, choice: 'answer:NO' }))).toBe('vesselType');
    clock.advance(50); // 100 s since the start, 50 s since the last turn: still there
    expect(asked(await c.handleTurn({ conversationId: start.conversationId, text: 'lasteskip' }))).toBe('grossTonnage');
    clock.advance(61);
    expect(await store.get(start.conversationId)).toBeUndefined();
    const after = await c.handleTurn({ conversationId: start.conversationId, text: '45' });
    expect(after.conversationId).toBe(start.conversationId);
    expect(after.messages.some((m) => m.decision)).toBe(false);
    expect(asked(after)).toBeUndefined();
    const greeting = await c.handleTurn({ conversationId: start.conversationId });
    expect(greeting.messages[0]?.text).toBe(texts('nb').ui.greeting);
  });

  it('forget() drops a conversation now', async () => {
    const { core: c, store } = core();
    const start = await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    expect(await c.forget(start.conversationId)).toBe(true);
    expect(await store.get(start.conversationId)).toBeUndefined();
    expect(await c.forget(start.conversationId)).toBe(false);
    const again = await c.handleTurn({ conversationId: start.conversationId, choice: 'answer:NO' });
    expect(again.messages.some((m) => m.ask?.fact === 'vesselType')).toBe(false);
  });

  it('discards a snapshot from an older machine version and starts fresh', async () => {
    const { core: c, store } = core();
    await store.set(
      'old-one',
      {
        version: CONVERSATION_MACHINE_VERSION - 1,
        locale: 'en',
        snapshot: { value: 'somewhereGone', context: { x: 1 }, status: 'active' },
        updatedAt: '2026-01-01T00:00:00Z',
      },
      600,
    );
    const reply = await c.handleTurn({ conversationId: 'old-one', text: 'Trenger båten min bemanningssertifikat?' });
    expect(reply.conversationId).toBe('old-one');
    expect(asked(reply)).toBe('flag');
    expect((await store.get('old-one'))?.version).toBe(CONVERSATION_MACHINE_VERSION);
  });

  it('keeps a stored conversation whose turn fails, asks to try again, and reports the request id', async () => {
    const errors: { error: unknown; requestId: string }[] = [];
    const { core: c, store } = core({ onError: (error, { requestId }) => errors.push({ error, requestId }) });
    const broken = {
      version: CONVERSATION_MACHINE_VERSION,
      locale: 'nb' as const,
      snapshot: { status: 'active', value: 'guided', context: null, children: {} },
      updatedAt: '',
    };
    await store.set('broken', broken, 600);
    const text = 'Trenger båten min bemanningssertifikat?';
    const reply = await c.handleTurn({ conversationId: 'broken', text, requestId: 'req-1' });
    expect(reply.messages).toEqual([{ text: texts('nb').ui.somethingWrong }]);
    expect(errors.map((e) => e.requestId)).toEqual(['req-1']);
    expect(String(errors[0]?.error)).not.toContain(text);
    expect(await store.get('broken')).toEqual(broken);
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Trying again fails the same way and still keeps it; "start over" starts afresh.
    expect((await c.handleTurn({ conversationId: 'broken', text })).messages).toEqual([
      { text: texts('nb').ui.somethingWrong },
    ]);
    expect(await store.get('broken')).toEqual(broken);
    const restarted = await c.handleTurn({ conversationId: 'broken', choice: 'cmd:restart' });
    expect(restarted.messages[0]?.text).toBe(texts('nb').ui.restarted);
    expect(asked(await c.handleTurn({ conversationId: 'broken', text }))).toBe('flag');
  });

  it('keeps the conversation and its question when a turn fails midway', async () => {
    const errors: unknown[] = [];
    const clock = fakeClock();
    const store = new MemoryStore(clock.now);
    const c = createTurnCore({ store, ttlSeconds: 600, now: clock.date, onError: (e) => errors.push(e) });
    const start = await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    const before = await store.get(start.conversationId);
    // A clock that breaks inside the turn stands for any internal error.
    const failing = createTurnCore({
      store,
      ttlSeconds: 600,
      now: () => new Date(Number.NaN),
      onError: (e) => errors.push(e),
    });
    const reply = await failing.handleTurn({ conversationId: start.conversationId, choice: 'answer:NO' });
    expect(reply.messages).toEqual([{ text: texts('nb').ui.somethingWrong }]);
    expect(errors).toHaveLength(1);
    expect(await store.get(start.conversationId)).toEqual(before);
    expect(asked(await c.handleTurn({ conversationId: start.conversationId, choice: 'answer:NO' }))).toBe('vesselType');
  });

  it.each([
    [
      'just before midnight, then after it',
      '2026-11-22T23:59:58',
      [0, 4, -4],
      ['2026-11-22', '2026-11-23', '2026-11-22'],
    ],
    [
      'in the morning, then a day later',
      '2026-11-22T08:00:00',
      [0, 86_400, 1],
      ['2026-11-22', '2026-11-23', '2026-11-23'],
    ],
    [
      'on the last day of a year, then the next',
      '2026-12-31T23:59:59',
      [0, 1, 3_600],
      ['2026-12-31', '2027-01-01', '2027-01-01'],
    ],
  ] as const)('takes each turn on the local date of its clock: %s', async (_case, start, steps, dates) => {
    const clock = fakeClock(Date.parse(start));
    const store = new MemoryStore(clock.now);
    const c = createTurnCore({ store, ttlSeconds: 600_000, now: clock.date });
    const first = await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    const seen: string[] = [];
    for (const seconds of steps) {
      clock.advance(seconds);
      await c.handleTurn({ conversationId: first.conversationId, text: 'hjelp' });
      seen.push((await c.conversationRule(first.conversationId))?.today ?? 'none');
    }
    expect(seen).toEqual(dates);
  });

  const STARTS: Record<string, TurnRequest> = {
    'on no topic yet': {},
    'in a guided question': { text: 'Trenger båten min bemanningssertifikat?' },
    'choosing between two rules': { choice: 'topic:isps.verification-dates' },
  };
  describe.each(Object.entries(STARTS))('a choice naming nothing, %s', (_state, first) => {
    it.each(['topic:no-such-topic', 'rule:nope', 'topic:fallback', 'topic:constructor', 'rule:__proto__', 'topic:'])(
      '%s is answered without an error, and the conversation stays',
      async (choice) => {
        const errors: unknown[] = [];
        const { core: c, store } = core({ onError: (e) => errors.push(e) });
        const start = await c.handleTurn(first);
        const before = await store.get(start.conversationId);
        const reply = await c.handleTurn({ conversationId: start.conversationId, choice });
        expect(errors).toEqual([]);
        expect(reply.messages.length).toBeGreaterThan(0);
        expect(reply.messages.map((m) => m.text)).not.toContain(texts('nb').ui.somethingWrong);
        if (before) expect(await store.get(start.conversationId)).toBeDefined();
      },
    );
  });

  it.each([
    ['a bare greeting', {}],
    ['"help"', { choice: 'cmd:help' }],
  ] as [string, TurnRequest][])('stores nothing for %s', async (_name, request) => {
    const { core: c, store } = core();
    const reply = await c.handleTurn(request);
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(store.size).toBe(0);
    // The id it was given still works for the next turn.
    const next = await c.handleTurn({
      conversationId: reply.conversationId,
      text: 'Trenger båten min bemanningssertifikat?',
    });
    expect(next.conversationId).toBe(reply.conversationId);
    expect(asked(next)).toBe('flag');
    expect(await store.get(reply.conversationId)).toBeDefined();
  });

  it('keeps a question outside the catalogue, without phone numbers, for the hand-off that may follow', async () => {
    const { core: c, store } = core();
    const reply = await c.handleTurn({ text: 'Hva koster en pizza i Bergen? Ring meg på 912 34 567.' });
    expect(reply.messages.map((m) => m.topic)).toContain('fallback');
    expect(store.size).toBe(1);
    const handoff = await c.handleTurn({ conversationId: reply.conversationId, choice: 'cmd:handoff' });
    const summary = handoff.messages[0]?.handoff?.summary ?? '';
    expect(summary).toContain('pizza i Bergen');
    expect(summary).not.toContain('912 34 567');
  });

  it('forgets what a conversation held when the user starts over', async () => {
    const { core: c, store } = core();
    const start = await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    await c.handleTurn({ conversationId: start.conversationId, choice: 'answer:NO' });
    expect(store.size).toBe(1);
    await c.handleTurn({ conversationId: start.conversationId, choice: 'cmd:restart' });
    expect(store.size).toBe(0);
  });

  it('refuses a new conversation when the store is full, and keeps serving those it holds', async () => {
    const clock = fakeClock();
    const store = new MemoryStore(clock.now, { maxConversations: 2 });
    const c = createTurnCore({ store, ttlSeconds: 600, now: clock.date });
    const a = await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    await expect(c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' })).rejects.toBeInstanceOf(
      StoreFullError,
    );
    // A greeting stores nothing, so it is still answered.
    expect((await c.handleTurn({})).messages.length).toBeGreaterThan(0);
    expect(asked(await c.handleTurn({ conversationId: a.conversationId, choice: 'answer:NO' }))).toBe('vesselType');
    clock.advance(601);
    expect(asked(await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' }))).toBe('flag');
  });

  it('reads at most MAX_TEXT_LENGTH characters of a text, before even detecting its language', async () => {
    const { core: c } = core();
    // English within the limit, then far more Norwegian: only the part read may decide the language.
    const english = 'Does my ship need a minimum safe manning document? '.repeat(50).slice(0, MAX_TEXT_LENGTH);
    const norwegian = ' Hvor lenge gjelder helseerklæringen min, og trenger båten min bemanningssertifikat?'.repeat(
      5000,
    );
    const started = performance.now();
    const reply = await c.handleTurn({ text: english + norwegian });
    expect(reply.locale).toBe('en');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it.each([null, 'junk', 42, {}, { status: 'active', value: 'nowhere', context: {} }])(
    'starts fresh, without crashing, from a stored snapshot it cannot use: %j',
    async (snapshot) => {
      const errors: unknown[] = [];
      const { core: c, store } = core({ onError: (e) => errors.push(e) });
      await store.set('odd', { version: CONVERSATION_MACHINE_VERSION, locale: 'nb', snapshot, updatedAt: '' }, 600);
      const reply = await c.handleTurn({ conversationId: 'odd', text: 'Trenger båten min bemanningssertifikat?' });
      expect(asked(reply)).toBe('flag');
      expect(errors).toEqual([]);
      // Let any error XState would rethrow asynchronously surface inside this test.
      await new Promise((resolve) => setTimeout(resolve, 10));
    },
  );
});

describe('turn core on the file store', () => {
  const dirs: string[] = [];
  const stores: FileStore[] = [];
  const tempDir = async () => {
    const d = await mkdtemp(join(tmpdir(), 'losen-test-'));
    dirs.push(d);
    return d;
  };
  const fileStore = (dir: string, now?: () => number) => {
    const s = new FileStore(dir, { sweepSeconds: 0, ...(now ? { now } : {}) });
    stores.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('continues a conversation after a restart (a second store on the same directory)', async () => {
    const dir = await tempDir();
    const clock = fakeClock();
    const before = createTurnCore({ store: fileStore(dir, clock.now), ttlSeconds: 600, now: clock.date });
    const start = await before.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    await before.handleTurn({ conversationId: start.conversationId, choice: 'answer:NO' });
    const after = createTurnCore({ store: fileStore(dir, clock.now), ttlSeconds: 600, now: clock.date });
    expect(asked(await after.handleTurn({ conversationId: start.conversationId, text: 'lasteskip' }))).toBe(
      'grossTonnage',
    );
    const decided = await after.handleTurn({ conversationId: start.conversationId, text: '45 BT' });
    expect(decided.messages.find((m) => m.decision)?.decision).toMatchObject({
      rule: 'manning-certificate',
      outcome: 'not-required',
    });
  });

  it('sweeps expired conversations and keeps live ones', async () => {
    const dir = await tempDir();
    const clock = fakeClock();
    const store = fileStore(dir, clock.now);
    const record = { version: CONVERSATION_MACHINE_VERSION, locale: 'nb' as const, snapshot: {}, updatedAt: '' };
    await store.set('short', record, 10);
    await store.set('long', record, 1000);
    expect(await readdir(dir)).toHaveLength(2);
    clock.advance(11);
    expect(await store.sweep()).toBe(1);
    expect(await readdir(dir)).toHaveLength(1);
    expect(await store.get('short')).toBeUndefined();
    expect(await store.get('long')).toEqual(record);
  });

  it('keeps ids with ../ inside its directory', async () => {
    const parent = await tempDir();
    const dir = join(parent, 'store');
    const store = fileStore(dir);
    const record = {
      version: CONVERSATION_MACHINE_VERSION,
      locale: 'en' as const,
      snapshot: { secret: 1 },
      updatedAt: '',
    };
    for (const id of ['../escaped', '../../escaped', '/etc/escaped', '..\\escaped', 'a/../../b'])
      await store.set(id, record, 600);
    expect((await readdir(parent)).sort()).toEqual(['store']);
    const files = await readdir(dir);
    expect(files).toHaveLength(5);
    for (const f of files) expect(f).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(await store.get('../escaped')).toEqual(record);
    expect(dirname(join(dir, files[0]!))).toBe(dir);
  });

  it('treats a corrupt file as absent and starts a fresh conversation', async () => {
    const dir = await tempDir();
    const store = fileStore(dir);
    const c = createTurnCore({ store, ttlSeconds: 600 });
    const start = await c.handleTurn({ text: 'Trenger båten min bemanningssertifikat?' });
    const [file] = await readdir(dir);
    expect(JSON.parse(await readFile(join(dir, file!), 'utf8'))).toHaveProperty('conversation');
    await writeFile(join(dir, file!), '{"expiresAt": 99999999999999, "conversation": {"vers');
    expect(await store.get(start.conversationId)).toBeUndefined();
    const reply = await c.handleTurn({ conversationId: start.conversationId, choice: 'answer:NO' });
    expect(reply.messages.some((m) => m.ask?.fact === 'vesselType')).toBe(false);
    expect(
      asked(
        await c.handleTurn({ conversationId: start.conversationId, text: 'Trenger båten min bemanningssertifikat?' }),
      ),
    ).toBe('flag');
  });
});
