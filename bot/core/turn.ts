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
import { commandChoice, commandIn } from '../../machines/understanding/commands.js';
import { detectLocale } from '../../machines/understanding/language.js';
import type { ConversationStore, StoredConversation } from './store.js';
import { StoreUnavailableError } from './store.js';

export type TurnRequest = { conversationId?: string; text?: string; choice?: string; locale?: Locale };
export type TurnResponse = { conversationId: string; locale: Locale; messages: BotMessage[] };

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
}

const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Which event a request is for the machine. */
function eventFor(request: TurnRequest, turn: { today: string; locale: Locale }): ConversationEvent {
  const choice = request.choice?.trim();
  if (choice) {
    const command = commandChoice(choice);
    return command ? { type: 'COMMAND', command, ...turn } : { type: 'CHOICE', id: choice, ...turn };
  }
  const text = request.text?.trim();
  if (text) {
    const command = commandIn(text);
    return command ? { type: 'COMMAND', command, ...turn } : { type: 'TEXT', text, ...turn };
  }
  return { type: 'GREET', ...turn };
}

/** The conversation's language this turn: as asked, else the user's text when it tells, else as before. */
function localeFor(request: TurnRequest, previous: Locale | undefined): Locale {
  if (request.locale) return request.locale;
  const text = request.text?.trim() ?? '';
  const detected = text ? detectLocale(text) : undefined;
  const words = text.split(/\s+/).filter(Boolean).length;
  if (detected && (previous === undefined || words >= 2)) return detected;
  return previous ?? detected ?? 'nb';
}

export function createTurnCore(options: TurnCoreOptions): TurnCore {
  const { store, ttlSeconds } = options;
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;

  async function runTurn(conversationId: string, request: TurnRequest): Promise<TurnResponse> {
    const stored = await store.get(conversationId);
    const usable = stored && stored.version === CONVERSATION_MACHINE_VERSION ? stored : undefined;
    const locale = localeFor(request, usable?.locale);
    const turn = { today: isoDate(now()), locale };
    const messages: BotMessage[] = [];
    const actor = createActor(conversationMachine, {
      input: turn,
      ...(usable ? { snapshot: usable.snapshot as never } : {}),
    });
    actor.on('message', (e) => messages.push(e.message));
    try {
      actor.start();
      const event = eventFor({ ...request, ...(request.text ? { text: request.text.slice(0, MAX_TEXT_LENGTH) } : {}) }, turn);
      // A new conversation that starts with a question goes straight to the answer.
      actor.send(event);
      const snapshot = actor.getSnapshot();
      if (snapshot.status === 'error') throw snapshot.error;
      const record: StoredConversation = { version: CONVERSATION_MACHINE_VERSION, locale, snapshot: actor.getPersistedSnapshot(), updatedAt: now().toISOString() };
      await store.set(conversationId, record, ttlSeconds);
      return { conversationId, locale, messages };
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      options.onError?.(error, { conversationId });
      await store.delete(conversationId).catch(() => false);
      return { conversationId, locale, messages: [{ text: texts(locale).ui.somethingWrong }] };
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
  };
}
