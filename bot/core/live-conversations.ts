/**
 * Conversations kept running in this process between their turns, so that the next turn need not
 * restore the machine from its snapshot (the restore was a sixth of a turn's work: creating the
 * machine and its child anew from JSON, then stopping them again).
 *
 * The store stays the truth. A kept conversation is used only when the record the turn loaded is
 * the one this process saved from it (same `updatedAt`, same turn count): a turn taken by another
 * instance, a conversation expired, forgotten or changed on disk, or a failed turn all mean the
 * stored snapshot is restored as before. Each conversation is handed out once (`take` removes it),
 * so a turn that fails leaves nothing behind that could be reused.
 *
 * It holds personal data like the store does, so it is bounded: at most `max` conversations, the
 * least recently used stopped first, and none kept longer than the store's time to live.
 */
import { type LiveConversation, stopLive, storedTurns } from '../../machines/conversation.js';
import type { StoredConversation } from './store.js';

/** Most conversations kept running at once unless told otherwise. */
export const DEFAULT_MAX_LIVE = 2_000;

type Kept = { live: LiveConversation; revision: string; keptAt: number };

/** The revision of a stored record: which save of the conversation it is. */
const revisionOf = (record: Pick<StoredConversation, 'updatedAt'>, turns: number) => `${record.updatedAt}#${turns}`;

export class LiveConversations {
  /** In order of last use (a Map keeps insertion order; a use moves an entry to the end). */
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = DEFAULT_MAX_LIVE,
    private readonly now: () => number = Date.now,
  ) {}

  /** The conversation saved as `record`, still running, or undefined; either way it is no longer kept. */
  take(id: string, record: StoredConversation | undefined): LiveConversation | undefined {
    const kept = this.kept.get(id);
    if (!kept) return undefined;
    this.kept.delete(id);
    if (record && kept.revision === revisionOf(record, storedTurns(record.snapshot)) && !this.expired(kept))
      return kept.live;
    stopLive(kept.live);
    return undefined;
  }

  /** Keep `live`, which has just been saved as `record` after `turns` turns. */
  keep(id: string, record: StoredConversation, turns: number, live: LiveConversation): void {
    this.drop(id);
    this.kept.set(id, { live, revision: revisionOf(record, turns), keptAt: this.now() });
    // The oldest first: stop those past their time and any beyond the bound.
    for (const [key, entry] of this.kept) {
      if (this.kept.size <= this.max && !this.expired(entry)) break;
      this.kept.delete(key);
      stopLive(entry.live);
    }
  }

  /** Stop and forget conversation `id` if it is kept. */
  drop(id: string): void {
    const kept = this.kept.get(id);
    if (!kept) return;
    this.kept.delete(id);
    stopLive(kept.live);
  }

  /** Stop every kept conversation. */
  clear(): void {
    for (const { live } of this.kept.values()) stopLive(live);
    this.kept.clear();
  }

  /** How many conversations are kept running. */
  get size(): number {
    return this.kept.size;
  }

  private expired(entry: Kept): boolean {
    return this.now() - entry.keptAt >= this.ttlMs;
  }
}
