/**
 * The conversation as the channels reach it: the one module of machines/ that bot/ imports. It
 * reads what a stored conversation waits for (to understand the next message in its light), checks
 * a choice a client sent against what exists, turns a request into the machine's event, restores
 * the stored conversation (or starts one), runs the turn and hands back what was said and what to
 * store — and tells which rule a stored conversation is on, for the documents it offers.
 *
 * Stored snapshots are plain JSON from a store; everything read from one is checked here, so no
 * caller reads a snapshot's insides.
 */
import { createActor } from 'xstate';
import { z } from 'zod';
import { CHOICE, type Command } from '../content/render.js';
import type { Locale, RoutableTopicId } from '../content/topic-ids.js';
import { isTopicId } from '../content/topic-ids.js';
import type { BotMessage } from '../content/types.js';
import { isLocale, isRuleId, listRules, type RuleId } from '../rules/index.js';
import { commandChoice, commandIn } from '../understanding/commands.js';
import type { UnderstandContext, Understanding } from '../understanding/understand.js';
import { ruleFact } from './answers.js';
import { CONVERSATION_MACHINE_VERSION, type ConversationEvent, conversationMachine } from './conversation-machine.js';
import { changesDecision, type ListeningState, listeningContext, storedListeningState } from './listening.js';

export { CONVERSATION_MACHINE_VERSION };
export type { ConversationEvent, ListeningState };

/** The date and language a turn is taken in. */
export type Turn = { today: string; locale: Locale };

/**
 * A choice a client sent, checked against what exists: a command, a topic users can be routed to,
 * a rule, an answer value some question offers, a fact to change or going on from a review; `unknown`
 * for anything else (a stale or forged id), which the conversation answers like a button of an
 * earlier question.
 */
export type Choice =
  | { kind: 'command'; command: Command }
  | { kind: 'topic'; topic: RoutableTopicId }
  | { kind: 'rule'; ruleId: RuleId }
  | { kind: 'answer'; value: string }
  | { kind: 'change'; fact: string }
  | { kind: 'reviewed' }
  | { kind: 'unknown' };

/** Every value an answer choice can carry: yes, no, none, and the values of every closed fact. */
const ANSWER_VALUES: ReadonlySet<string> = new Set([
  'yes',
  'no',
  'none',
  ...listRules().flatMap((r) => r.facts.flatMap((f) => f.values ?? [])),
]);

/** Every fact id of every rule: what a review's change can name. */
const FACT_IDS: ReadonlySet<string> = new Set(listRules().flatMap((r) => r.facts.map((f) => f.id)));

/** The part of `id` after `prefix:`, when it has that prefix. */
const after = (id: string, prefix: string): string | undefined =>
  id.startsWith(`${prefix}:`) ? id.slice(prefix.length + 1) : undefined;

/** The choice a client-sent id names, checked against the topic, rule, answer and command ids. */
export function parseChoice(id: string): Choice {
  const command = commandChoice(id);
  if (command) return { kind: 'command', command };
  const topic = after(id, 'topic');
  if (topic !== undefined) return isTopicId(topic) && topic !== 'fallback' ? { kind: 'topic', topic } : UNKNOWN;
  const rule = after(id, 'rule');
  if (rule !== undefined) return isRuleId(rule) ? { kind: 'rule', ruleId: rule } : UNKNOWN;
  const value = after(id, 'answer');
  if (value !== undefined) return ANSWER_VALUES.has(value) ? { kind: 'answer', value } : UNKNOWN;
  const fact = after(id, 'change');
  if (fact !== undefined) return FACT_IDS.has(fact) ? { kind: 'change', fact } : UNKNOWN;
  return id === CHOICE.reviewed ? { kind: 'reviewed' } : UNKNOWN;
}

const UNKNOWN: Choice = { kind: 'unknown' };

/** The id the machine reads for `choice` (a command is sent as a command, not a choice). */
function choiceId(choice: Exclude<Choice, { kind: 'command' }>): string {
  switch (choice.kind) {
    case 'topic':
      return CHOICE.topic(choice.topic);
    case 'rule':
      return CHOICE.rule(choice.ruleId);
    case 'answer':
      return CHOICE.answer(choice.value);
    case 'change':
      return CHOICE.change(choice.fact);
    case 'reviewed':
      return CHOICE.reviewed;
    case 'unknown':
      return 'unknown';
  }
}

/** One request as the conversation takes it: a clicked choice, an understood message, or neither (a greeting). */
export type ConversationRequest = { choice?: Choice; understanding?: Understanding };

/** The machine's event for a request: a command (clicked or written), a choice, the understood text, or a greeting. */
export function requestEvent(request: ConversationRequest, turn: Turn): ConversationEvent {
  const { choice, understanding } = request;
  if (choice)
    return choice.kind === 'command'
      ? { type: 'COMMAND', command: choice.command, ...turn }
      : { type: 'CHOICE', id: choiceId(choice), ...turn };
  if (understanding) {
    const { command } = understanding;
    return command ? { type: 'COMMAND', command, ...turn } : { type: 'TEXT', understanding, ...turn };
  }
  return { type: 'GREET', ...turn };
}

/**
 * True when a request asks to start over, by its choice or its whole text — read without the
 * conversation, so that a stored conversation that keeps failing can still be started afresh.
 */
export function asksRestart(request: { choice?: string | undefined; text?: string | undefined }): boolean {
  const choice = request.choice?.trim();
  if (choice) return commandChoice(choice) === 'restart';
  const text = request.text?.trim();
  return text ? commandIn(text) === 'restart' : false;
}

/** What a stored conversation waits for (an empty state for none, or one that cannot be read). */
export const listeningOf = (snapshot: unknown): ListeningState => storedListeningState(snapshot);

/**
 * What a conversation kept running waits for: read from its context, which is what its stored
 * snapshot holds (the same fields `listeningOf` reads, already of their types: the machine wrote them).
 */
export function liveListening(live: LiveConversation): ListeningState {
  const { ruleId, asking, partialDate, known, answered, topic, spanDays, ageToCome, ageToComeMonth, items } =
    live.actor.getSnapshot().context;
  return {
    ruleId,
    asking,
    partialDate,
    known,
    answered,
    topic,
    spanDays: spanDays ?? null,
    ageToCome: ageToCome ?? null,
    ageToComeMonth: ageToComeMonth ?? null,
    items: items ?? null,
  };
}

/** The context the next message is understood in. */
export const understandingContext = (state: ListeningState, today: string): UnderstandContext =>
  listeningContext(state, today);

/**
 * A what-if asked after the message's question («Trenger vi kokk med 9? Hva om vi blir 12?»), read
 * once that question is decided: the event that decides again with it, as part of the same turn —
 * or none, when nothing is decided or the what-if changes no fact of the rule decided.
 */
export function whatIfEvent(understanding: Understanding, listening: ListeningState, turn: Turn) {
  const { ruleId, asking, topic } = listening;
  if (ruleId === null || asking !== null || understanding.change?.kind !== 'what-if') return undefined;
  if (!changesDecision(understanding, ruleId, topic !== null && isTopicId(topic) ? topic : null)) return undefined;
  return { type: 'TEXT', understanding, sameTurn: true, ...turn } satisfies ConversationEvent;
}

/** How surely a message must be in the other language (English against Norwegian) to switch to it. */
const SWITCH_SURE = 0.6;
/**
 * Fewer words than this, and no question, never switch between English and Norwegian («nei sorry,
 * liten kystfart» in an English conversation puts a fact right; it asks for no other language).
 */
const SWITCH_FRAGMENT_WORDS = 5;

/** True when the conversation waits for a free-text answer (a name, call sign, position). */
const waitsForFreeText = (state: ListeningState): boolean =>
  state.ruleId !== null && state.asking !== null && ruleFact(state.ruleId, state.asking)?.type === 'text';

/**
 * The conversation's language this turn: as asked; else the message's own language when it tells —
 * but a one-word reply, or a name or other free text answering the question asked, keeps the
 * conversation's language ("Ola Nordmann" says nothing about the language the user wants).
 */
export function turnLocale(input: {
  asked?: Locale | undefined;
  previous?: Locale | undefined;
  understanding?: Understanding | undefined;
  listening: ListeningState;
}): Locale {
  const { asked, previous, understanding } = input;
  if (understanding?.languageAsked) return understanding.languageAsked;
  if (asked) return asked;
  if (!understanding) return previous ?? 'nb';
  if (previous && waitsForFreeText(input.listening) && understanding.answer?.kind === 'value') return previous;
  const detected = understanding.locale;
  // Norwegian with no word of either standard («og viss vi er 9?») keeps the conversation's standard.
  const norwegian = (l: Locale | undefined) => l === 'nb' || l === 'nn';
  if (norwegian(detected) && norwegian(previous) && !understanding.variantTold) return previous ?? 'nb';
  // From English to Norwegian or back only on clear evidence: a ship's name, a call sign or a
  // Norwegian title («MS Havblikk, LK7788», «Kari Berg, daglig leder») in an English conversation
  // does not turn it Norwegian.
  if (detected && previous && norwegian(detected) !== norwegian(previous)) {
    if (understanding.localeSure < SWITCH_SURE) return previous;
    // A fragment that is no question («tolv timer», "two hours") answers in the words the user
    // knows the thing by; it does not ask for the other language.
    if (understanding.words < SWITCH_FRAGMENT_WORDS && !understanding.isQuestion) return previous;
  }
  if (detected && (previous === undefined || understanding.words >= 2)) return detected;
  return previous ?? detected ?? 'nb';
}

/** What a conversation holds about its rule: the facts gathered, its language and its date. */
export type ConversationRule = { ruleId: RuleId; facts: Record<string, unknown>; locale: Locale; today: string };

const StoredRule = z.object({
  context: z.object({
    ruleId: z.string(),
    facts: z.record(z.string(), z.unknown()),
    locale: z.string().optional(),
    today: z.string(),
  }),
});

/** The rule a stored snapshot is on, with its facts; `locale` when the snapshot names none. */
export function storedRule(snapshot: unknown, locale: Locale): ConversationRule | undefined {
  const parsed = StoredRule.safeParse(snapshot);
  if (!parsed.success) return undefined;
  const { ruleId, facts, today } = parsed.data.context;
  if (!isRuleId(ruleId)) return undefined;
  const own = parsed.data.context.locale;
  return { ruleId, facts, locale: isLocale(own) ? own : locale, today };
}

/** The user turns a stored snapshot has taken (0 when it says none). */
export function storedTurns(snapshot: unknown): number {
  if (typeof snapshot !== 'object' || snapshot === null || !('context' in snapshot)) return 0;
  const { context } = snapshot;
  if (typeof context !== 'object' || context === null || !('turns' in context)) return 0;
  return typeof context.turns === 'number' ? context.turns : 0;
}

/** What a turn gives: what was said, the user turns taken so far, and the snapshot to store. */
export type TurnOutcome = {
  messages: BotMessage[];
  turns: number;
  /** The persisted snapshot (plain JSON) to store under `CONVERSATION_MACHINE_VERSION`. */
  snapshot: unknown;
  /** False when the conversation holds nothing (a greeting, started over): nothing worth storing. */
  holdsSomething: boolean;
};

/** A persisted snapshot of a running conversation, as far as a restore needs to know. */
type ActiveSnapshot = { status: 'active'; output: undefined; error: undefined };
const isActive = (snapshot: unknown): snapshot is ActiveSnapshot =>
  typeof snapshot === 'object' && snapshot !== null && 'status' in snapshot && snapshot.status === 'active';

/** The stored conversation's actor, or a fresh one when there is none or it cannot be restored. */
function restoreOrStart(snapshot: unknown, turn: Turn) {
  if (isActive(snapshot)) {
    const restored = createActor(conversationMachine, { input: turn, snapshot });
    if (restored.getSnapshot().status === 'active') return restored;
  }
  return createActor(conversationMachine, { input: turn });
}

/** Context fields that change on every turn and say nothing about what a conversation holds. */
const COUNTERS = new Set(['turns', 'today', 'locale']);

/** True when `value` is what a blank conversation has in its place (null, false, [] or {}). */
function isBlankValue(value: unknown, blankValue: unknown): boolean {
  if (blankValue === null || typeof blankValue !== 'object') return value === blankValue;
  if (Array.isArray(blankValue)) return Array.isArray(value) && value.length === 0;
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** What a conversation that holds nothing looks like (its state, its context and its children). */
let blankShape: { value: unknown; context: Record<string, unknown> } | undefined;
function blankConversation(): { value: unknown; context: Record<string, unknown> } {
  if (!blankShape) {
    const actor = createActor(conversationMachine, { input: { today: '2000-01-01', locale: 'nb' } });
    actor.start();
    const { value, context } = actor.getSnapshot();
    actor.stop();
    blankShape = { value, context: { ...context } };
  }
  return blankShape;
}

/**
 * Whether a conversation holds something worth storing: a state, a child (a rule being gathered)
 * or any context field other than its counters that differs from a blank conversation's. Read
 * from the live snapshot, field by field, on every turn (no copy, no JSON).
 */
function holdsSomething(snapshot: { value: unknown; context: object; children: object }): boolean {
  const blank = blankConversation();
  if (snapshot.value !== blank.value || Object.keys(snapshot.children).length > 0) return true;
  for (const [key, value] of Object.entries(snapshot.context)) {
    if (COUNTERS.has(key)) continue;
    if (!Object.hasOwn(blank.context, key) || !isBlankValue(value, blank.context[key])) return true;
  }
  return false;
}

/**
 * A conversation's machine still running after its turn, to take the next turn without being
 * restored from its snapshot (see `LiveConversations` in bot/core). Opaque to callers: they keep
 * it, give it back to `takeTurn`, or stop it.
 */
export type LiveConversation = { readonly actor: ConversationActor };
type ConversationActor = ReturnType<typeof restoreOrStart>;

/** Stop a conversation kept running (it is forgotten, stale or evicted). */
export const stopLive = (live: LiveConversation): void => {
  live.actor.stop();
};

/**
 * One turn: the stored conversation (`snapshot`, or a new one when there is none or it cannot be
 * restored) takes `event`. Throws when the machine fails; nothing is stored here.
 *
 * `options.live` is the same conversation still running from its previous turn in this process
 * (the caller vouches it is the one `snapshot` was saved from); it then takes the event without a
 * restore. With `options.keep` the machine is not stopped after the turn: the outcome's `live` is
 * it, for the next turn (the caller stops it when it is not kept). On failure it is always stopped.
 */
export function takeTurn(
  snapshot: unknown,
  turn: Turn,
  event: ConversationEvent,
  options: { live?: LiveConversation; keep?: boolean } = {},
): TurnOutcome & { live?: LiveConversation } {
  const messages: BotMessage[] = [];
  const kept = options.live?.actor;
  const actor = kept ?? restoreOrStart(snapshot, turn);
  // Errors are read from the snapshot below; without an observer XState rethrows them
  // asynchronously as an uncaught exception, which would stop the process.
  if (!kept) actor.subscribe({ error: () => undefined });
  const listening = actor.on('message', (e) => messages.push(e.message));
  let stop = !options.keep;
  try {
    if (!kept) actor.start();
    actor.send(event);
    const after = actor.getSnapshot();
    if (after.status !== 'active') {
      stop = true;
      if (after.status === 'error') throw after.error;
    }
    return {
      messages,
      turns: after.context.turns,
      snapshot: actor.getPersistedSnapshot(),
      holdsSomething: holdsSomething(after),
      ...(stop ? {} : { live: { actor } }),
    };
  } catch (error) {
    stop = true;
    throw error;
  } finally {
    listening.unsubscribe();
    if (stop) actor.stop();
  }
}
