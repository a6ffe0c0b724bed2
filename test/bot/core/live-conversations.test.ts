/**
 * Conversations kept running between turns (bot/core/live-conversations.ts): used only for the
 * record this process saved from them; another instance's turn, a failed save, forgetting, the
 * time to live and the bound all send the next turn back to the store. (That a kept conversation
 * says exactly what a restored one says is checked on every golden conversation: golden-helpers.ts.)
 */
import { describe, expect, it } from 'vitest';
import { LiveConversations } from '../../../bot/core/live-conversations.js';
import type { StoredConversation } from '../../../bot/core/store.js';
import { MemoryStore, StoreUnavailableError } from '../../../bot/core/store.js';
import { createTurnCore } from '../../../bot/core/turn.js';
import { CONVERSATION_MACHINE_VERSION } from '../../../machines/conversation-machine.js';
import { type LiveConversation, requestEvent, takeTurn } from '../../../machines/conversation.js';

const NOW = new Date('2026-11-22T10:00:00Z');
const QUESTION = 'Trenger båten min bemanningssertifikat?';
const asked = (reply: { messages: { ask?: { fact: string } }[] }) => reply.messages.at(-1)?.ask?.fact;

/** A conversation running after one turn, with the record it would be saved as. */
function running(updatedAt = NOW.toISOString()): { live: LiveConversation; record: StoredConversation } {
  const turn = { today: '2026-11-22', locale: 'nb' as const };
  const outcome = takeTurn(undefined, turn, requestEvent({}, turn), { keep: true });
  if (!outcome.live) throw new Error('the turn kept nothing running');
  const record = {
    version: CONVERSATION_MACHINE_VERSION,
    locale: 'nb' as const,
    snapshot: outcome.snapshot,
    updatedAt,
  };
  return { live: outcome.live, record };
}
const stopped = (live: LiveConversation) => live.actor.getSnapshot().status === 'stopped';

describe('conversations kept running between turns', () => {
  it('hands a kept conversation out once, for the record it was saved as', () => {
    const live = new LiveConversations(60_000);
    const { live: conversation, record } = running();
    live.keep('a', record, 1, conversation);
    expect(live.take('a', record)).toBe(conversation);
    expect(live.take('a', record)).toBeUndefined();
    expect(stopped(conversation)).toBe(false);
  });

  it('stops a kept conversation when the stored record is another save (another instance took a turn)', () => {
    const live = new LiveConversations(60_000);
    const { live: conversation, record } = running();
    live.keep('a', record, 1, conversation);
    expect(live.take('a', { ...record, updatedAt: '2026-11-22T10:00:01.000Z' })).toBeUndefined();
    expect(stopped(conversation)).toBe(true);
    expect(live.size).toBe(0);
  });

  it('stops a kept conversation whose record is gone (expired or forgotten in the store)', () => {
    const live = new LiveConversations(60_000);
    const { live: conversation, record } = running();
    live.keep('a', record, 1, conversation);
    expect(live.take('a', undefined)).toBeUndefined();
    expect(stopped(conversation)).toBe(true);
  });

  it('keeps none longer than the time to live', () => {
    let now = 0;
    const live = new LiveConversations(1000, 10, () => now);
    const first = running();
    live.keep('a', first.record, 1, first.live);
    now = 1000;
    expect(live.take('a', first.record)).toBeUndefined();
    expect(stopped(first.live)).toBe(true);
    // …and the expired are stopped as soon as anything else is kept, used or not.
    const second = running();
    live.keep('b', second.record, 1, second.live);
    const third = running();
    now = 2000;
    live.keep('c', third.record, 1, third.live);
    expect(stopped(second.live)).toBe(true);
    expect(live.size).toBe(1);
  });

  it('keeps at most its bound, stopping the least recently used first', () => {
    const live = new LiveConversations(60_000, 2);
    const [a, b, c] = [running(), running(), running()];
    live.keep('a', a.record, 1, a.live);
    live.keep('b', b.record, 1, b.live);
    // 'a' is used again: 'b' is now the least recently used.
    const again = live.take('a', a.record);
    if (!again) throw new Error('a was not kept');
    live.keep('a', a.record, 1, again);
    live.keep('c', c.record, 1, c.live);
    expect(live.size).toBe(2);
    expect(stopped(b.live)).toBe(true);
    expect(stopped(a.live) || stopped(c.live)).toBe(false);
  });

  it('drop() and clear() stop what they forget', () => {
    const live = new LiveConversations(60_000);
    const [a, b] = [running(), running()];
    live.keep('a', a.record, 1, a.live);
    live.keep('b', b.record, 1, b.live);
    live.drop('a');
    expect(stopped(a.live)).toBe(true);
    live.clear();
    expect(stopped(b.live)).toBe(true);
    expect(live.size).toBe(0);
  });
});

describe('the turn core with conversations kept running', () => {
  it('continues from the store when another instance took the last turn', async () => {
    const store = new MemoryStore(() => NOW.getTime());
    const a = createTurnCore({ store, ttlSeconds: 600, now: () => NOW });
    const b = createTurnCore({ store, ttlSeconds: 600, now: () => NOW });
    const first = await a.handleTurn({ text: QUESTION });
    expect(asked(first)).toBe('flag');
    const id = first.conversationId;
    expect(asked(await b.handleTurn({ conversationId: id, choice: 'answer:NO' }))).toBe('vesselType');
    // Instance a still runs the conversation as it was before b's turn; it must not use it.
    expect(asked(await a.handleTurn({ conversationId: id, choice: 'answer:cargo' }))).toBe('grossTonnage');
  });

  it('starts the next turn from what was stored when a save fails', async () => {
    const store = new MemoryStore(() => NOW.getTime());
    let failNextSave = false;
    const set = store.set.bind(store);
    store.set = async (...args) => {
      if (failNextSave) {
        failNextSave = false;
        throw new StoreUnavailableError(new Error('down'));
      }
      return set(...args);
    };
    const core = createTurnCore({ store, ttlSeconds: 600, now: () => NOW });
    const id = (await core.handleTurn({ text: QUESTION })).conversationId;
    failNextSave = true;
    await expect(core.handleTurn({ conversationId: id, choice: 'answer:NO' })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    // The flag was never saved, so it is asked for again, and answering it goes on as usual.
    expect(asked(await core.handleTurn({ conversationId: id, choice: 'answer:NO' }))).toBe('vesselType');
  });

  it('forgets a conversation for good: the next turn with its id starts afresh', async () => {
    const store = new MemoryStore(() => NOW.getTime());
    const core = createTurnCore({ store, ttlSeconds: 600, now: () => NOW });
    const id = (await core.handleTurn({ text: QUESTION })).conversationId;
    await core.handleTurn({ conversationId: id, choice: 'answer:NO' });
    expect(await core.forget(id)).toBe(true);
    const next = await core.handleTurn({ conversationId: id, choice: 'answer:cargo' });
    expect(asked(next)).toBeUndefined();
    expect(await store.get(id)).toBeUndefined();
  });
});
