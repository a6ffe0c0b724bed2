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
import { type ListeningState, listeningContext, storedListeningState } from './listening.js';

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

/** The context the next message is understood in. */
export const understandingContext = (state: ListeningState, today: string): UnderstandContext =>
  listeningContext(state, today);

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
  if (asked) return asked;
  if (!understanding) return previous ?? 'nb';
  if (previous && waitsForFreeText(input.listening) && understanding.answer?.kind === 'value') return previous;
  const detected = understanding.locale;
  // Norwegian with no word of either standard («og viss vi er 9?») keeps the conversation's standard.
  const norwegian = (l: Locale | undefined) => l === 'nb' || l === 'nn';
  if (norwegian(detected) && norwegian(previous) && !understanding.variantTold) return previous ?? 'nb';
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

const Essence = z.object({
  value: z.unknown(),
  context: z.record(z.string(), z.unknown()).catch({}),
  children: z.record(z.string(), z.unknown()).catch({}),
});

/** The part of a persisted snapshot that says what a conversation holds (not its counters or date). */
function essence(snapshot: unknown): string {
  const parsed = Essence.safeParse(snapshot);
  if (!parsed.success) return '';
  const { value, context, children } = parsed.data;
  const { turns: _turns, today: _today, locale: _locale, ...held } = context;
  return JSON.stringify({ value, held, children: Object.keys(children) });
}

const blankEssences = new Map<string, string>();

/** The essence of a conversation that holds nothing (to tell whether one is worth storing). */
function blankEssence(turn: Turn): string {
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

/**
 * One turn: the stored conversation (`snapshot`, or a new one when there is none or it cannot be
 * restored) takes `event`. Throws when the machine fails; nothing is stored here.
 */
export function takeTurn(snapshot: unknown, turn: Turn, event: ConversationEvent): TurnOutcome {
  const messages: BotMessage[] = [];
  const actor = restoreOrStart(snapshot, turn);
  // Errors are read from the snapshot below; without an observer XState rethrows them
  // asynchronously as an uncaught exception, which would stop the process.
  actor.subscribe({ error: () => undefined });
  actor.on('message', (e) => messages.push(e.message));
  try {
    actor.start();
    actor.send(event);
    const after = actor.getSnapshot();
    if (after.status === 'error') throw after.error;
    const persisted = actor.getPersistedSnapshot();
    return {
      messages,
      turns: after.context.turns,
      snapshot: persisted,
      holdsSomething: essence(persisted) !== blankEssence(turn),
    };
  } finally {
    actor.stop();
  }
}
