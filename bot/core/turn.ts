/**
 * The channel-neutral turn core: one user turn in (text or a clicked choice), the bot's messages
 * out. Every channel (web, Slack, Teams, CLI) goes through `handleTurn`.
 *
 * A turn loads the conversation's snapshot, restores the conversation machine, sends it one event,
 * collects what it emits, and saves the new snapshot — all while holding the conversation's lock,
 * so turns of one conversation never interleave.
 */
import { randomUUID } from 'node:crypto';
import { createActor } from 'xstate';
import { texts } from '../../content/index.js';
import type { BotMessage } from '../../content/types.js';
import type { Locale } from '../../content/topic-ids.js';
import type { ConversationEvent } from '../../machines/conversation-machine.js';
import { CONVERSATION_MACHINE_VERSION, conversationMachine } from '../../machines/conversation-machine.js';
import { commandChoice } from '../../understanding/commands.js';
import { type Understanding, understand } from '../../understanding/understand.js';
import { isLocale, toIsoDate } from '../../rules/index.js';
import { ruleFact } from '../../machines/answers.js';
import { type ListeningState, listeningContext, storedListeningState } from '../../machines/listening.js';
import type { ConversationStore, StoredConversation } from './store.js';
import { StoreUnavailableError } from './store.js';

export type TurnRequest = { conversationId?: string; text?: string; choice?: string; locale?: Locale };
/** `turn` counts the user turns this conversation has taken, this one included. */
export type TurnResponse = { conversationId: string; locale: Locale; turn: number; messages: BotMessage[] };

/** Longest user text read; longer text is cut (the web adapter rejects larger bodies before this). */
export const MAX_TEXT_LENGTH = 2000;

export type TurnCoreOptions = {
  store: ConversationStore;
  /** Idle time after which a conversation is forgotten. */
  ttlSeconds: number;
  /** The clock, read once per turn to give the rules today's date (local calendar date). */
  now?: () => Date;
  newId?: () => string;
  /** Called when a turn fails unexpectedly; never given message text. */
  onError?: (error: unknown, context: { conversationId: string }) => void;
};

export interface TurnCore {
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

/** Attachment links are made relative by the content; here they point at the conversation. */
function linkAttachments(conversationId: string, messages: BotMessage[]): BotMessage[] {
  return messages.map((m) =>
    m.attachments
      ? {
          ...m,
          attachments: m.attachments.map((a) =>
            /^(\/|[a-z]+:)/i.test(a.url)
              ? a
              : { ...a, url: `/api/chat/${encodeURIComponent(conversationId)}/${a.url}` },
          ),
        }
      : m,
  );
}

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

export function createTurnCore(options: TurnCoreOptions): TurnCore {
  const { store, ttlSeconds } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;

  async function runTurn(conversationId: string, request: TurnRequest): Promise<TurnResponse> {
    const stored = await store.get(conversationId);
    const usable = stored && stored.version === CONVERSATION_MACHINE_VERSION ? stored : undefined;
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
      const event = eventFor(request, turn, understanding);
      // A new conversation that starts with a question goes straight to the answer.
      actor.send(event);
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'error') throw snapshot.error;
      const record: StoredConversation = {
        version: CONVERSATION_MACHINE_VERSION,
        locale,
        snapshot: actor.getPersistedSnapshot(),
        updatedAt: now().toISOString(),
      };
      await store.set(conversationId, record, ttlSeconds);
      return {
        conversationId,
        locale,
        turn: snapshot.context.turns,
        messages: linkAttachments(conversationId, messages),
      };
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      options.onError?.(error, { conversationId });
      await store.delete(conversationId).catch(() => false);
      return { conversationId, locale, turn: 0, messages: [{ text: texts(locale).ui.somethingWrong }] };
    } finally {
      actor.stop();
    }
  }

  return {
    handleTurn(request) {
      const conversationId = request.conversationId ?? newId();
      return store.withLock(conversationId, () => runTurn(conversationId, request));
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
