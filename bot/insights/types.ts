/**
 * What the editors' insights keep (contract.md §2, `/api/insights`): counters per day, topic and
 * language, the recent questions Losen could not answer or that were rated down (redacted), and —
 * for as long as a conversation lives — one small record per turn, so a rating can be counted
 * under the topic and language of the answer it rates.
 *
 * Nothing else of a message is kept: no answer text, no facts, no conversation id (turn records
 * are keyed by a hash of it).
 */
import type { Locale } from '../../content/topic-ids.js';

/** The counters kept per day, topic and language. */
export const COUNT_FIELDS = ['questions', 'answers', 'menus', 'fallbacks', 'handoffs', 'up', 'down'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export type Counts = Record<CountField, number>;

/** The topic key of a turn that belongs to no topic (a greeting, help). */
export const NO_TOPIC = '-';

/** One row of counters. `day` is a local calendar date (YYYY-MM-DD). */
export type CountRow = { day: string; topic: string; locale: Locale } & Counts;

/** Why a question is on the editors' list. */
export type RecentKind = 'unanswered' | 'thumbs-down';

/** A question on the editors' list: its text is redacted before it is stored. */
export type RecentItem = {
  /** Stable per rated turn, so a changed rating replaces its item. */
  id: string;
  kind: RecentKind;
  /** Milliseconds since the epoch. */
  at: number;
  day: string;
  topic: string;
  locale: Locale;
  /** The user's question, redacted; empty when the turn had none (a click). */
  text: string;
  /** The comment given with a thumbs-down, redacted. */
  comment?: string;
};

export type Rating = 'up' | 'down';

/** What is remembered of one turn while its conversation lives. */
export type TurnRecord = {
  day: string;
  topic: string;
  locale: Locale;
  /** The question that opened this turn, redacted (only for turns the user opened with text). */
  question?: string;
  /** The turn ended with the bot asking (the next typed text answers it). */
  asked?: boolean;
  rating?: Rating;
};

/** One change to the insights; a store applies a batch of them in order. */
export type InsightsChange =
  | { kind: 'count'; day: string; topic: string; locale: Locale; field: CountField; by: number }
  | { kind: 'recent'; item: RecentItem }
  | { kind: 'unrecent'; id: string }
  | { kind: 'turn'; conversation: string; turn: number; record: TurnRecord; ttlSeconds: number };

/** A change of one counter. */
export type CountChange = Extract<InsightsChange, { kind: 'count' }>;

/** What a store holds from `sinceDay` (inclusive) on. */
export type InsightsData = { counts: CountRow[]; recent: RecentItem[] };

/**
 * Where insights live: in memory (tests, the CLI), in a file beside the embedded conversation
 * store, or in Redis beside shared conversations. Implementations only store: what to count is
 * decided by the recorder (recorder.ts), so every store counts alike.
 */
export interface InsightsStore {
  /** Apply `changes` in order. */
  apply(changes: readonly InsightsChange[]): Promise<void>;
  /** The live turn records of a conversation (by its hashed key), by turn number. */
  turns(conversation: string): Promise<Map<number, TurnRecord>>;
  /** Counters of the days from `sinceDay` on, and the recent items since `sinceMs`. */
  read(sinceDay: string, sinceMs: number): Promise<InsightsData>;
  /** Forget counters of days before `beforeDay`, recent items before `beforeMs`, and expired turn records. */
  prune(beforeDay: string, beforeMs: number): Promise<void>;
  close(): Promise<void>;
}

/** Every counter at zero. */
export const zeroCounts = (): Counts => ({
  questions: 0,
  answers: 0,
  menus: 0,
  fallbacks: 0,
  handoffs: 0,
  up: 0,
  down: 0,
});

/** Most recent items kept, whatever their age (the newest are kept). */
export const MAX_RECENT = 500;
