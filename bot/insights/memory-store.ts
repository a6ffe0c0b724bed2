/**
 * Insights in memory: for tests, the CLI and a server without a durable store; and the working
 * state of the file store, which writes it out after each batch.
 */
import type { Locale } from '../../content/topic-ids.js';
import type { CountRow, InsightsChange, InsightsData, InsightsStore, RecentItem, TurnRecord } from './types.js';
import { MAX_RECENT, zeroCounts } from './types.js';

/** Most conversations whose turns are remembered at once; the oldest are forgotten first. */
export const MAX_CONVERSATIONS = 20_000;

type Conversation = { expiresAt: number; turns: Map<number, TurnRecord> };

/** The state a memory store holds, as plain JSON (what the file store writes). */
export type MemoryState = { counts: CountRow[]; recent: RecentItem[] };

export class MemoryInsightsStore implements InsightsStore {
  protected readonly counts = new Map<string, CountRow>();
  protected readonly recent = new Map<string, RecentItem>();
  private readonly conversations = new Map<string, Conversation>();

  constructor(protected readonly now: () => number = Date.now) {}

  async apply(changes: readonly InsightsChange[]): Promise<void> {
    this.applyNow(changes);
  }

  /** Apply changes synchronously (the file store writes after). */
  protected applyNow(changes: readonly InsightsChange[]): void {
    for (const change of changes) {
      if (change.kind === 'count') {
        const row = this.row(change.day, change.topic, change.locale);
        row[change.field] = Math.max(0, row[change.field] + change.by);
      } else if (change.kind === 'recent') {
        this.recent.delete(change.item.id);
        this.recent.set(change.item.id, { ...change.item });
        this.trimRecent();
      } else if (change.kind === 'unrecent') this.recent.delete(change.id);
      else {
        const expiresAt = this.now() + change.ttlSeconds * 1000;
        const conversation = this.conversations.get(change.conversation) ?? { expiresAt, turns: new Map() };
        conversation.expiresAt = expiresAt;
        conversation.turns.set(change.turn, { ...change.record });
        // Re-inserted, so the Map's order is the order of last use.
        this.conversations.delete(change.conversation);
        this.conversations.set(change.conversation, conversation);
        if (this.conversations.size > MAX_CONVERSATIONS) {
          const oldest = this.conversations.keys().next();
          if (!oldest.done) this.conversations.delete(oldest.value);
        }
      }
    }
  }

  private row(day: string, topic: string, locale: Locale): CountRow {
    const key = `${day}|${topic}|${locale}`;
    let row = this.counts.get(key);
    if (!row) {
      row = { day, topic, locale, ...zeroCounts() };
      this.counts.set(key, row);
    }
    return row;
  }

  private trimRecent() {
    if (this.recent.size <= MAX_RECENT) return;
    const oldest = [...this.recent.values()].sort((a, b) => a.at - b.at).slice(0, this.recent.size - MAX_RECENT);
    for (const item of oldest) this.recent.delete(item.id);
  }

  async turns(conversation: string): Promise<Map<number, TurnRecord>> {
    const found = this.conversations.get(conversation);
    if (!found || found.expiresAt <= this.now()) return new Map();
    return new Map([...found.turns].map(([turn, record]) => [turn, { ...record }]));
  }

  async read(sinceDay: string, sinceMs: number): Promise<InsightsData> {
    return {
      counts: [...this.counts.values()].filter((r) => r.day >= sinceDay).map((r) => ({ ...r })),
      recent: [...this.recent.values()].filter((i) => i.at >= sinceMs).map((i) => ({ ...i })),
    };
  }

  async prune(beforeDay: string, beforeMs: number): Promise<void> {
    this.pruneNow(beforeDay, beforeMs);
  }

  /** Prune synchronously; true when counters or recent items were removed. */
  protected pruneNow(beforeDay: string, beforeMs: number): boolean {
    let changed = false;
    for (const [key, row] of this.counts)
      if (row.day < beforeDay) {
        this.counts.delete(key);
        changed = true;
      }
    for (const [id, item] of this.recent)
      if (item.at < beforeMs) {
        this.recent.delete(id);
        changed = true;
      }
    const now = this.now();
    for (const [key, conversation] of this.conversations)
      if (conversation.expiresAt <= now) this.conversations.delete(key);
    return changed;
  }

  /** Counters and recent items as JSON-ready state (turn records are not part of it). */
  protected state(): MemoryState {
    return { counts: [...this.counts.values()], recent: [...this.recent.values()] };
  }

  /** Replace counters and recent items with `state` (the file store's load). */
  protected restore(state: MemoryState): void {
    this.counts.clear();
    this.recent.clear();
    for (const row of state.counts)
      this.counts.set(`${row.day}|${row.topic}|${row.locale}`, { ...zeroCounts(), ...row });
    for (const item of state.recent) this.recent.set(item.id, item);
  }

  async close(): Promise<void> {
    this.conversations.clear();
  }
}
