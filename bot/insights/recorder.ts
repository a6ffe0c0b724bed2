/**
 * The insights recorder: what every channel calls after a turn (`recordTurn`) and for a rating
 * (`feedback`), and what the editors' report is read through (`report`).
 *
 * Counting must not cost the turn: `recordTurn` only appends the turn to a queue (no I/O, no
 * classification, no hashing, no redaction) and returns. A timer flushes the queue about once a
 * second: it classifies each turn (classify.ts), redacts the questions kept, adds the counters up
 * and hands the store one batch. A batch the store refuses (Redis away) is dropped and reported to
 * `onError`, so the queue never grows without bound and a turn never waits for the store.
 */
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { subDays } from 'date-fns/subDays';
import type { Locale } from '../../content/topic-ids.js';
import type { BotMessage } from '../../content/types.js';
import { KeyedMutex } from '../core/store.js';
import { toIsoDate } from '../../rules/index.js';
import { asks, classifyTurn, COUNTED } from './classify.js';
import { redactQuestion } from './redact.js';
import type { InsightsReport } from './report.js';
import { buildReport } from './report.js';
import type { CountChange, CountField, InsightsChange, InsightsStore, Rating, TurnRecord } from './types.js';

/** What a channel asked in a turn (only whether it was text, and the text of a question, are read). */
export type TurnAsked = { text?: string | undefined; choice?: string | undefined };
/** What the turn answered (a `TurnResponse` of the turn core). */
export type TurnAnswered = { conversationId: string; turn: number; locale: Locale; messages: readonly BotMessage[] };

export type FeedbackInput = { conversationId: string; turn: number; rating: Rating; comment?: string };
/** `unknown`: no such conversation or turn (never seen, or forgotten with its conversation). */
export type FeedbackResult = 'recorded' | 'unknown';

export type ReportFilter = { days?: number; locale?: Locale };

export interface Insights {
  /** Days counters and questions are kept. */
  readonly retentionDays: number;
  /** Note a turn for the counters. Synchronous and cheap; never throws; the work is done later, batched. */
  recordTurn(asked: TurnAsked, answered: TurnAnswered): void;
  /** `recordTurn` as a pass-through for a turn's promise: `core.handleTurn(r).then(insights.after(r))`. */
  after(asked: TurnAsked): <T extends TurnAnswered>(answered: T) => T;
  /** Count a 👍/👎 (and keep a redacted comment with a 👎). A changed rating replaces the earlier one. */
  feedback(input: FeedbackInput): Promise<FeedbackResult>;
  /** The report of the last `days` days (at most the retention), optionally of one language. */
  report(filter?: ReportFilter): Promise<InsightsReport>;
  /** Hand the queued turns to the store now. */
  flush(): Promise<void>;
  /** Flush, then close the store. */
  close(): Promise<void>;
}

export type InsightsOptions = {
  store: InsightsStore;
  /** `INSIGHTS_RETENTION_DAYS`. */
  retentionDays: number;
  /** How long a turn can be rated: its conversation's lifetime. */
  turnTtlSeconds: number;
  now?: () => Date;
  /** Milliseconds between flushes (default 1000). */
  flushMs?: number;
  /**
   * How long a rating of a turn not (yet) stored waits before looking once more (default: a flush
   * interval and a little): with several instances, the turn may still be queued on another.
   */
  recheckMs?: number;
  /** A batch the store refused, or a failed prune; never given message text. */
  onError?: (error: unknown) => void;
};

/** Most turns queued between flushes; beyond this (a store down for long) turns are not counted. */
export const MAX_QUEUE = 10_000;
/** Most conversations whose last turn is remembered between flushes (to tell a flow's answers from questions). */
const MAX_REMEMBERED = 10_000;
const PRUNE_EVERY_MS = 3_600_000;
const DAY_MS = 86_400_000;

type Queued = { asked: TurnAsked; answered: TurnAnswered; at: number };

/** Conversation ids are never stored: a hash keys their turns. */
const conversationKey = (conversationId: string) =>
  createHash('sha256').update(conversationId).digest('hex').slice(0, 32);

export function createInsights(options: InsightsOptions): Insights {
  const { store, retentionDays, turnTtlSeconds } = options;
  const now = options.now ?? (() => new Date());
  const flushMs = options.flushMs ?? 1000;
  const recheckMs = options.recheckMs ?? flushMs + 250;
  const onError = options.onError ?? (() => undefined);
  let queue: Queued[] = [];
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> = Promise.resolve();
  let lastPrune = Number.NEGATIVE_INFINITY;
  /** conversation key → its last turn seen and whether that turn asked something. */
  const lastTurn = new Map<string, { turn: number; asked: boolean }>();
  const ratings = new KeyedMutex();

  const count = (record: Pick<TurnRecord, 'day' | 'topic' | 'locale'>, field: CountField, by = 1): CountChange => ({
    kind: 'count',
    day: record.day,
    topic: record.topic,
    locale: record.locale,
    field,
    by,
  });

  /**
   * Whether the turn before `turn` asked something: from memory when this instance saw it, else
   * from the store (with several instances, a turn still queued on another reads as "no").
   */
  async function previousAsked(conversation: string, turn: number): Promise<boolean> {
    const last = lastTurn.get(conversation);
    if (last && last.turn === turn - 1) return last.asked;
    if (turn <= 1) return false;
    return (await store.turns(conversation)).get(turn - 1)?.asked === true;
  }

  function remember(conversation: string, turn: number, asked: boolean) {
    lastTurn.delete(conversation);
    lastTurn.set(conversation, { turn, asked });
    if (lastTurn.size > MAX_REMEMBERED) {
      const oldest = lastTurn.keys().next();
      if (!oldest.done) lastTurn.delete(oldest.value);
    }
  }

  async function changesOf(batch: readonly Queued[]): Promise<InsightsChange[]> {
    const counts = new Map<string, CountChange>();
    const add = (change: CountChange) => {
      const key = `${change.day}|${change.topic}|${change.locale}|${change.field}`;
      const found = counts.get(key);
      if (found) found.by += change.by;
      else counts.set(key, change);
    };
    const others: InsightsChange[] = [];
    for (const { asked, answered, at } of batch) {
      const conversation = conversationKey(answered.conversationId);
      const text = asked.choice ? undefined : asked.text?.trim() || undefined;
      const decided = answered.messages.some((m) => m.decision);
      const turnClass = classifyTurn(answered.messages, {
        typed: text !== undefined,
        // Only a typed decision needs to know whether it answered a question of a flow.
        previousAsked: decided && text !== undefined && (await previousAsked(conversation, answered.turn)),
      });
      remember(conversation, answered.turn, asks(turnClass.kind));
      const day = toIsoDate(new Date(at));
      const record: TurnRecord = {
        day,
        topic: turnClass.topic,
        locale: answered.locale,
        ...(turnClass.opens && text ? { question: redactQuestion(text) } : {}),
        ...(asks(turnClass.kind) ? { asked: true } : {}),
      };
      if (turnClass.opens) add(count(record, 'questions'));
      const field = COUNTED[turnClass.kind];
      if (field) add(count(record, field));
      others.push({ kind: 'turn', conversation, turn: answered.turn, record, ttlSeconds: turnTtlSeconds });
      if (turnClass.kind === 'fallback' && text)
        others.push({
          kind: 'recent',
          item: {
            id: `unanswered:${conversation}:${answered.turn}`,
            kind: 'unanswered',
            at,
            day,
            topic: turnClass.topic,
            locale: answered.locale,
            text: record.question ?? redactQuestion(text),
          },
        });
    }
    return [...counts.values(), ...others];
  }

  const cutoff = (days: number) => ({
    day: toIsoDate(subDays(now(), Math.max(1, days) - 1)),
    // Strictly younger than `days` days: an item exactly that old is gone.
    ms: now().getTime() - Math.max(1, days) * DAY_MS + 1,
  });

  async function flushOnce(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = queue;
    queue = [];
    if (batch.length > 0) {
      try {
        await store.apply(await changesOf(batch));
      } catch (error) {
        onError(error);
      }
    }
    if (now().getTime() - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = now().getTime();
      const { day, ms } = cutoff(retentionDays);
      await store.prune(day, ms).catch(onError);
    }
  }

  function flush(): Promise<void> {
    flushing = flushing.then(flushOnce, flushOnce);
    return flushing;
  }

  /** The question of `turn`, or of the nearest earlier turn that had one (a decision ends a flow a question opened). */
  function questionFor(turns: Map<number, TurnRecord>, turn: number): string {
    for (let t = turn; t >= 1 && t > turn - 100; t -= 1) {
      const question = turns.get(t)?.question;
      if (question) return question;
    }
    return '';
  }

  function recordTurn(asked: TurnAsked, answered: TurnAnswered): void {
    try {
      if (answered.turn < 1 || queue.length >= MAX_QUEUE) return;
      queue.push({ asked, answered, at: now().getTime() });
      if (!timer) {
        timer = setTimeout(() => void flush(), flushMs);
        timer.unref();
      }
    } catch (error) {
      onError(error);
    }
  }

  return {
    retentionDays,

    recordTurn,

    after: (asked) => (answered) => {
      recordTurn(asked, answered);
      return answered;
    },

    async feedback(input) {
      await flush();
      const conversation = conversationKey(input.conversationId);
      return ratings.run(conversation, async () => {
        let turns = await store.turns(conversation);
        if (!turns.has(input.turn) && recheckMs > 0) {
          await sleep(recheckMs);
          turns = await store.turns(conversation);
        }
        const record = turns.get(input.turn);
        if (!record) return 'unknown';
        const changes: InsightsChange[] = [];
        if (record.rating !== input.rating) {
          if (record.rating) changes.push(count(record, record.rating, -1));
          changes.push(count(record, input.rating));
        }
        changes.push({
          kind: 'turn',
          conversation,
          turn: input.turn,
          record: { ...record, rating: input.rating },
          ttlSeconds: turnTtlSeconds,
        });
        const id = `thumbs-down:${conversation}:${input.turn}`;
        const comment = input.comment?.trim() ? redactQuestion(input.comment) : undefined;
        if (input.rating === 'down')
          changes.push({
            kind: 'recent',
            item: {
              id,
              kind: 'thumbs-down',
              at: now().getTime(),
              day: record.day,
              topic: record.topic,
              locale: record.locale,
              text: questionFor(turns, input.turn),
              ...(comment ? { comment } : {}),
            },
          });
        else if (record.rating === 'down') changes.push({ kind: 'unrecent', id });
        await store.apply(changes);
        return 'recorded';
      });
    },

    async report(filter = {}) {
      await flush();
      const days = Math.min(retentionDays, Math.max(1, Math.floor(filter.days ?? retentionDays)));
      const { day, ms } = cutoff(days);
      const data = await store.read(day, ms);
      return buildReport(data, {
        since: day,
        until: toIsoDate(now()),
        retentionDays,
        ...(filter.locale ? { locale: filter.locale } : {}),
      });
    },

    flush,

    async close() {
      await flush();
      await store.close();
    },
  };
}
