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
import { createActor } from 'xstate';
import { texts } from '../../content/index.js';
import type { BotMessage } from '../../content/types.js';
import type { Locale } from '../../content/topic-ids.js';
import type { ConversationEvent } from '../../machines/conversation-machine.js';
import { CONVERSATION_MACHINE_VERSION, conversationMachine } from '../../machines/conversation-machine.js';
import { commandChoice, commandIn } from '../../understanding/commands.js';
import { type Understanding, understand } from '../../understanding/understand.js';
import { isLocale, isRuleId, isTopicId, toIsoDate } from '../../rules/index.js';
import { ruleFact } from '../../machines/answers.js';
import { type ListeningState, listeningContext, storedListeningState } from '../../machines/listening.js';
import type { ConversationStore, StoredConversation } from './store.js';
import { StoreFullError, StoreUnavailableError } from './store.js';

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

/** What a conversation holds about its rule (see `TurnCore.conversationRule`). */
export type ConversationRule = { ruleId: string; facts: Record<string, unknown>; locale: Locale; today: string };

/** A choice id that names nothing: the machine answers it as it answers any choice it does not know. */
const UNKNOWN_CHOICE = 'unknown';

/** `choice`, unless it names a topic or a rule that does not exist (a client may send anything). */
function knownChoice(choice: string): string {
  if (choice.startsWith('topic:')) {
    const topic = choice.slice('topic:'.length);
    return topic !== 'fallback' && isTopicId(topic) ? choice : UNKNOWN_CHOICE;
  }
  if (choice.startsWith('rule:')) return isRuleId(choice.slice('rule:'.length)) ? choice : UNKNOWN_CHOICE;
  return choice;
}

/** The request with its text and choice cut to size and its choice checked, before any other work. */
function bounded(request: TurnRequest): TurnRequest {
  const { text, choice, ...rest } = request;
  return {
    ...rest,
    ...(text !== undefined ? { text: capText(text) } : {}),
    ...(choice !== undefined ? { choice: knownChoice(capText(choice, MAX_CHOICE_LENGTH)) } : {}),
  };
}

/** True when the user asks to start over (then a conversation that keeps failing is started afresh). */
function asksRestart(request: TurnRequest): boolean {
  const choice = request.choice?.trim();
  if (choice) return commandChoice(choice) === 'restart';
  const text = request.text?.trim();
  return text ? commandIn(text) === 'restart' : false;
}

/** The part of a persisted snapshot that says what a conversation holds (not its counters or date). */
function essence(snapshot: unknown): string {
  const { value, context, children } = (snapshot ?? {}) as {
    value?: unknown;
    context?: Record<string, unknown>;
    children?: Record<string, unknown>;
  };
  const { turns: _turns, today: _today, locale: _locale, ...held } = context ?? {};
  return JSON.stringify({ value, held, children: Object.keys(children ?? {}) });
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

/** The rule part of a persisted conversation snapshot, if it has one. */
function ruleOf(stored: StoredConversation): ConversationRule | undefined {
  const context = (stored.snapshot as { context?: Record<string, unknown> } | null)?.context;
  if (!context) return undefined;
  const { ruleId, facts, locale, today } = context;
  if (
    typeof ruleId !== 'string' ||
    typeof today !== 'string' ||
    facts === null ||
    typeof facts !== 'object' ||
    Array.isArray(facts)
  )
    return undefined;
  return {
    ruleId,
    facts: facts as Record<string, unknown>,
    locale: typeof locale === 'string' && isLocale(locale) ? locale : stored.locale,
    today,
  };
}

/** Which event a request is for the machine: a clicked choice or command, the understood text, or a greeting. */
function eventFor(
  request: TurnRequest,
  turn: { today: string; locale: Locale },
  understanding: Understanding | undefined,
): ConversationEvent {
  const choice = request.choice?.trim();
  if (choice) {
    const command = commandChoice(choice);
    return command ? { type: 'COMMAND', command, ...turn } : { type: 'CHOICE', id: choice, ...turn };
  }
  if (understanding) {
    const { command } = understanding;
    return command ? { type: 'COMMAND', command, ...turn } : { type: 'TEXT', understanding, ...turn };
  }
  return { type: 'GREET', ...turn };
}

/** The request's text understood once, in the light of what the stored conversation waits for. */
function understandText(request: TurnRequest, state: ListeningState, today: string): Understanding | undefined {
  const text = request.choice?.trim() ? undefined : request.text?.slice(0, MAX_TEXT_LENGTH).trim();
  return text ? understand(text, listeningContext(state, today)) : undefined;
}

/** True when the conversation waits for a free-text answer (a name, call sign, position). */
const asksFreeText = (state: ListeningState): boolean =>
  state.ruleId !== null && state.asking !== null && ruleFact(state.ruleId, state.asking)?.type === 'text';

/**
 * The conversation's language this turn: as asked; else the message's own language when it tells —
 * but a one-word reply, or a name or other free text answering the question asked, keeps the
 * conversation's language ("Ola Nordmann" says nothing about the language the user wants).
 */
function localeFor(
  request: TurnRequest,
  previous: Locale | undefined,
  understanding: Understanding | undefined,
  answeringFreeText = false,
): Locale {
  if (request.locale) return request.locale;
  if (!understanding) return previous ?? 'nb';
  if (previous && answeringFreeText && understanding.answer?.kind === 'value') return previous;
  const detected = understanding.locale;
  // Norwegian with no word of either standard («og viss vi er 9?») keeps the conversation's standard.
  const norwegian = (l: Locale | undefined) => l === 'nb' || l === 'nn';
  if (norwegian(detected) && norwegian(previous) && !understanding.variantTold) return previous ?? 'nb';
  if (detected && (previous === undefined || understanding.words >= 2)) return detected;
  return previous ?? detected ?? 'nb';
}

/** The stored conversation's actor, or a fresh one when there is none or it cannot be restored. */
function restoreOrStart(usable: StoredConversation | undefined, turn: { today: string; locale: Locale }) {
  if (usable) {
    const restored = createActor(conversationMachine, { input: turn, snapshot: usable.snapshot as never });
    if (restored.getSnapshot().status === 'active') return restored;
  }
  return createActor(conversationMachine, { input: turn });
}

const blankEssences = new Map<string, string>();

/** The essence of a conversation that holds nothing (to tell whether one is worth storing). */
function blankEssence(turn: { today: string; locale: Locale }): string {
  const key = `${turn.today}|${turn.locale}`;
  let known = blankEssences.get(key);
  if (known === undefined) {
    const actor = createActor(conversationMachine, { input: turn });
    actor.start();
    known = essence(actor.getPersistedSnapshot());
    actor.stop();
    if (blankEssences.size > 16) blankEssences.clear();
    blankEssences.set(key, known);
  }
  return known;
}

/** The turn core over `options.store` (see the module comment). */
export function createTurnCore(options: TurnCoreOptions): TurnCore {
  const { store, ttlSeconds } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const filesPath = options.filesPath ?? webConversationPath;

  /** One attempt at the turn on `usable` (or a fresh conversation); saves the result. */
  async function attempt(
    conversationId: string,
    request: TurnRequest,
    usable: StoredConversation | undefined,
    stored: boolean,
  ): Promise<TurnResponse> {
    const today = toIsoDate(now());
    const listening = storedListeningState(usable?.snapshot);
    const understanding = understandText(request, listening, today);
    const locale = localeFor(request, usable?.locale, understanding, asksFreeText(listening));
    const turn = { today, locale };
    const messages: BotMessage[] = [];
    const actor = restoreOrStart(usable, turn);
    // Errors are read from the snapshot below; without an observer XState rethrows them
    // asynchronously as an uncaught exception, which would stop the process.
    actor.subscribe({ error: () => undefined });
    actor.on('message', (e) => messages.push(e.message));
    try {
      actor.start();
      // A new conversation that starts with a question goes straight to the answer.
      actor.send(eventFor(request, turn, understanding));
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'error') throw snapshot.error;
      const persisted = actor.getPersistedSnapshot();
      if (essence(persisted) !== blankEssence(turn)) {
        const record: StoredConversation = {
          version: CONVERSATION_MACHINE_VERSION,
          locale,
          snapshot: persisted,
          updatedAt: now().toISOString(),
        };
        await store.set(conversationId, record, ttlSeconds);
      } else if (stored) {
        // Back to nothing (started over, or a question outside the catalogue): nothing to keep.
        await store.delete(conversationId);
      }
      return {
        conversationId,
        locale,
        turn: snapshot.context.turns,
        messages: linkAttachments(conversationId, messages, filesPath),
      };
    } finally {
      actor.stop();
    }
  }

  async function runTurn(conversationId: string, request: TurnRequest, requestId: string): Promise<TurnResponse> {
    const stored = await store.get(conversationId);
    const usable = stored && stored.version === CONVERSATION_MACHINE_VERSION ? stored : undefined;
    try {
      return await attempt(conversationId, request, usable, stored !== undefined);
    } catch (error) {
      if (error instanceof StoreUnavailableError || error instanceof StoreFullError) throw error;
      options.onError?.(error, { requestId });
      // "Start over" starts over even when the stored conversation keeps failing.
      if (usable && asksRestart(request)) {
        try {
          return await attempt(conversationId, request, undefined, true);
        } catch (again) {
          if (again instanceof StoreUnavailableError || again instanceof StoreFullError) throw again;
          options.onError?.(again, { requestId });
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
      const requestId = request.requestId ?? randomUUID();
      return store.withLock(conversationId, () => runTurn(conversationId, request, requestId));
    },
    forget(conversationId) {
      return store.withLock(conversationId, () => store.delete(conversationId));
    },
    async conversationRule(conversationId) {
      const stored = await store.get(conversationId);
      return stored && stored.version === CONVERSATION_MACHINE_VERSION ? ruleOf(stored) : undefined;
    },
  };
}
