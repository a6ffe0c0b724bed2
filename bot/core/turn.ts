/**
 * The channel-neutral turn core: one user turn in (text or a clicked choice), the bot's messages
 * out. Every channel (web, Slack, Teams, CLI) goes through `handleTurn`.
 *
 * A turn loads the conversation's snapshot, restores the conversation machine, sends it one event,
 * collects what it emits, and saves the new snapshot — all while holding the conversation's lock,
 * so turns of one conversation never interleave.
 *
 * What a turn may never do: work on more text than `MAX_TEXT_LENGTH` (it is cut first), pass the
 * machine a choice naming a topic or rule that does not exist, or lose a conversation because the
 * turn failed: the stored state stays as it was, the user is asked to try again, and the error
 * goes to `onError` with the request's id (never the message text). Only conversations holding
 * something (a topic, a rule, facts, a question asked) are stored; a bare greeting writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { texts } from '../../content/index.js';
import type { BotMessage } from '../../content/types.js';
import type { Locale } from '../../content/topic-ids.js';
import {
  asksRestart,
  CONVERSATION_MACHINE_VERSION,
  type ConversationRule,
  type ListeningState,
  listeningOf,
  liveListening,
  parseChoice,
  requestEvent,
  stopLive,
  takeTurn,
  storedRule,
  turnLocale,
  understandingContext,
  whatIfEvent,
} from '../../machines/conversation.js';
import { type Understanding, understand } from '../../understanding/understand.js';
import { toIsoDate } from '../../rules/index.js';
import { LiveConversations } from './live-conversations.js';
import type { ConversationStore, LockedConversation, StoredConversation } from './store.js';
import { StoreFullError, StoreUnavailableError } from './store.js';

export type { ConversationRule };

export type TurnRequest = {
  conversationId?: string;
  text?: string;
  choice?: string;
  locale?: Locale;
  /** The id the channel gave the request, for the log when the turn fails. */
  requestId?: string;
};
/** `turn` counts the user turns this conversation has taken, this one included. */
export type TurnResponse = { conversationId: string; locale: Locale; turn: number; messages: BotMessage[] };

/** Longest user text read; longer text is cut before anything reads it. */
export const MAX_TEXT_LENGTH = 2000;
/** Longest choice id read (every real one is far shorter). */
export const MAX_CHOICE_LENGTH = 200;

/** `text` cut to at most `max` characters: every channel does this before any other work on a text. */
export const capText = (text: string, max = MAX_TEXT_LENGTH): string => (text.length > max ? text.slice(0, max) : text);

export type TurnCoreOptions = {
  store: ConversationStore;
  /** Idle time after which a conversation is forgotten. */
  ttlSeconds: number;
  /** The clock, read once per turn to give the rules today's date (local calendar date). */
  now?: () => Date;
  newId?: () => string;
  /**
   * The path under which a conversation's files are downloaded (default: the web API's
   * `/api/chat/<id>`; channel conversations get a download token, see conversation-ids.ts).
   */
  filesPath?: (conversationId: string) => string;
  /** Called when a turn fails unexpectedly; given the request's id, never message text. */
  onError?: (error: unknown, context: { requestId: string }) => void;
  /**
   * Most conversations kept running between turns (see live-conversations.ts; default 2,000);
   * 0 restores every turn from the store.
   */
  maxLiveConversations?: number;
};

export interface TurnCore {
  /**
   * Run one turn. Rejects only with `StoreUnavailableError` or `StoreFullError` (nothing was
   * changed; the channel says "try again later"); any other failure is answered in the turn.
   */
  handleTurn(request: TurnRequest): Promise<TurnResponse>;
  /** Forget a conversation now. True if it existed. */
  forget(conversationId: string): Promise<boolean>;
  /**
   * The rule a stored conversation is on, with the facts gathered, its language and its date
   * (for the documents it offers); `undefined` when the conversation is unknown, expired or on no rule.
   */
  conversationRule(conversationId: string): Promise<ConversationRule | undefined>;
}

/** The request with its text and choice cut to size, before any other work. */
function bounded(request: TurnRequest): TurnRequest {
  const { text, choice } = request;
  // Nearly every request is within bounds: it is taken as it is (nothing later changes a request).
  if (
    (text === undefined || text.length <= MAX_TEXT_LENGTH) &&
    (choice === undefined || choice.length <= MAX_CHOICE_LENGTH)
  )
    return request;
  const { text: _text, choice: _choice, ...rest } = request;
  return {
    ...rest,
    ...(text !== undefined ? { text: capText(text) } : {}),
    ...(choice !== undefined ? { choice: capText(choice, MAX_CHOICE_LENGTH) } : {}),
  };
}

/** Attachment links are made relative by the content; here they point at the conversation. */
function linkAttachments(
  conversationId: string,
  messages: BotMessage[],
  link: (conversationId: string) => string,
): BotMessage[] {
  return messages.map((m) =>
    m.attachments
      ? {
          ...m,
          attachments: m.attachments.map((a) =>
            /^(\/|[a-z]+:)/i.test(a.url) ? a : { ...a, url: `${link(conversationId)}/${a.url}` },
          ),
        }
      : m,
  );
}

/** Where a web conversation's files are downloaded (its id is the key). */
export const webConversationPath = (conversationId: string) => `/api/chat/${encodeURIComponent(conversationId)}`;

/**
 * Today's date (`toIsoDate`, the local calendar date) of the clock's reading, worked out again only
 * when a reading falls outside the local day of the last one worked out (a day's bounds are taken
 * from the calendar, so a day of 23 or 25 hours is one day too).
 */
function calendarDay(): (date: Date) => string {
  let from = 0;
  let until = -1;
  let iso = '';
  return (date) => {
    const t = date.getTime();
    if (!(t >= from && t < until)) {
      iso = toIsoDate(date);
      from = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
      until = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
    }
    return iso;
  };
}

/** The request's text understood once, in the light of what the stored conversation waits for. */
function understandText(request: TurnRequest, listening: ListeningState, today: string): Understanding | undefined {
  const text = request.choice?.trim() ? undefined : request.text?.slice(0, MAX_TEXT_LENGTH).trim();
  return text ? understand(text, understandingContext(listening, today)) : undefined;
}

/**
 * The message's what-ifs after its question («…? Hva om vi blir 12?»), each read in the light of the
 * decision just made and taken as part of the same turn; the first that decides nothing ends them.
 */
function withWhatIfs(
  first: ReturnType<typeof takeTurn>,
  whatIfs: readonly string[] | undefined,
  turn: { today: string; locale: Locale },
  keep: boolean,
): ReturnType<typeof takeTurn> {
  let outcome = first;
  for (const text of (whatIfs ?? []).slice(0, MAX_WHAT_IFS)) {
    const listening = outcome.live ? liveListening(outcome.live) : listeningOf(outcome.snapshot);
    const event = whatIfEvent(understand(text, understandingContext(listening, turn.today)), listening, turn);
    if (!event) break;
    const next = takeTurn(outcome.snapshot, turn, event, { ...(outcome.live ? { live: outcome.live } : {}), keep });
    // The buttons after the last answer only (the earlier answer's would do the same).
    const earlier = next.messages.some((m) => m.choices?.length)
      ? outcome.messages.map(({ choices: _, ...m }) => m)
      : outcome.messages;
    outcome = { ...next, messages: [...earlier, ...next.messages] };
  }
  return outcome;
}
/** Most what-ifs of one message taken. */
const MAX_WHAT_IFS = 2;

/**
 * A turn's messages without the buttons of one that a later message of the turn offers again (two
 * questions of a message decided in one turn: back, start over and a person after the last only).
 */
function withoutRepeatedButtons<M extends { choices?: readonly { id: string }[] }>(messages: readonly M[]): M[] {
  return messages.map((m, i) => {
    if (!m.choices?.length) return m;
    const ids = m.choices.map((c) => c.id);
    const repeated = messages
      .slice(i + 1)
      .some((later) => later.choices && ids.every((id) => later.choices?.some((c) => c.id === id)));
    if (!repeated) return m;
    const { choices: _, ...rest } = m;
    return rest as M;
  });
}

/** The machine's event for the request: its choice (checked: a client may send anything), else its text. */
function eventOf(
  request: TurnRequest,
  understanding: Understanding | undefined,
  turn: { today: string; locale: Locale },
) {
  const choice = request.choice?.trim();
  return requestEvent(choice ? { choice: parseChoice(choice) } : understanding ? { understanding } : {}, turn);
}

/** The turn core over `options.store` (see the module comment). */
export function createTurnCore(options: TurnCoreOptions): TurnCore {
  const { store, ttlSeconds } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const filesPath = options.filesPath ?? webConversationPath;
  const dayOf = calendarDay();
  const live =
    options.maxLiveConversations === 0
      ? undefined
      : new LiveConversations(ttlSeconds * 1000, options.maxLiveConversations, () => now().getTime());

  /** One attempt at the turn on `usable` (or a fresh conversation); saves the result. */
  async function attempt(
    conversation: LockedConversation,
    conversationId: string,
    request: TurnRequest,
    usable: StoredConversation | undefined,
    stored: boolean,
  ): Promise<TurnResponse> {
    const today = dayOf(now());
    const kept = live?.take(conversationId, usable);
    let outcome: ReturnType<typeof takeTurn>;
    let locale: Locale;
    try {
      // A kept conversation is the one the record was saved from: what it waits for is read from
      // it, instead of checking the stored snapshot field by field again.
      const listening = kept ? liveListening(kept) : listeningOf(usable?.snapshot);
      const understanding = understandText(request, listening, today);
      locale = turnLocale({ asked: request.locale, previous: usable?.locale, understanding, listening });
      const turn = { today, locale };
      outcome = takeTurn(usable?.snapshot, turn, eventOf(request, understanding, turn), {
        ...(kept ? { live: kept } : {}),
        keep: live !== undefined,
      });
      outcome = withWhatIfs(outcome, understanding?.whatIfs, turn, live !== undefined);
    } catch (error) {
      // Failed before or in the machine: the next turn starts from the store (stopping twice is harmless).
      if (kept) stopLive(kept);
      throw error;
    }
    let running = outcome.live;
    try {
      if (outcome.holdsSomething) {
        const record: StoredConversation = {
          version: CONVERSATION_MACHINE_VERSION,
          locale,
          snapshot: outcome.snapshot,
          updatedAt: now().toISOString(),
        };
        await conversation.set(record, ttlSeconds);
        if (running) live?.keep(conversationId, record, outcome.turns, running);
        running = undefined;
      } else if (stored) {
        // Back to nothing (started over, or a question outside the catalogue): nothing to keep.
        await conversation.delete();
      }
    } finally {
      // Not saved (nothing worth keeping, or the save failed): the next turn starts from the store.
      if (running) stopLive(running);
    }
    return {
      conversationId,
      locale,
      turn: outcome.turns,
      messages: linkAttachments(conversationId, withoutRepeatedButtons(outcome.messages), filesPath),
    };
  }

  async function runTurn(
    conversation: LockedConversation,
    conversationId: string,
    request: TurnRequest,
    requestId: () => string,
  ): Promise<TurnResponse> {
    const stored = await conversation.get();
    const usable = stored && stored.version === CONVERSATION_MACHINE_VERSION ? stored : undefined;
    try {
      return await attempt(conversation, conversationId, request, usable, stored !== undefined);
    } catch (error) {
      if (error instanceof StoreUnavailableError || error instanceof StoreFullError) throw error;
      options.onError?.(error, { requestId: requestId() });
      // "Start over" starts over even when the stored conversation keeps failing.
      if (usable && asksRestart(request)) {
        try {
          return await attempt(conversation, conversationId, request, undefined, true);
        } catch (again) {
          if (again instanceof StoreUnavailableError || again instanceof StoreFullError) throw again;
          options.onError?.(again, { requestId: requestId() });
        }
      }
      // The stored conversation stays as it was: the user can simply try again.
      const locale = request.locale ?? usable?.locale ?? 'nb';
      return { conversationId, locale, turn: 0, messages: [{ text: texts(locale).ui.somethingWrong }] };
    }
  }

  return {
    handleTurn(raw) {
      const request = bounded(raw);
      const conversationId = request.conversationId ?? newId();
      // A request id is needed only for the log of a failed turn: one is made only then (once).
      let id = request.requestId;
      const requestId = () => {
        id ??= randomUUID();
        return id;
      };
      return store.withLock(conversationId, (locked) => runTurn(locked, conversationId, request, requestId));
    },
    forget(conversationId) {
      return store.withLock(conversationId, (locked) => {
        live?.drop(conversationId);
        return locked.delete();
      });
    },
    async conversationRule(conversationId) {
      const stored = await store.get(conversationId);
      return stored && stored.version === CONVERSATION_MACHINE_VERSION
        ? storedRule(stored.snapshot, stored.locale)
        : undefined;
    },
  };
}
