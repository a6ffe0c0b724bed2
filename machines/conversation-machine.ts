/**
 * The conversation: greet, route a question to a topic, answer it — or, for a topic with a rule,
 * gather the facts with the generic gather machine and answer with the decision — and at any
 * point start over, go back, help, or hand off to a person. Everything the bot says is emitted as
 * a `message` event; the state holds only what the next turn needs.
 */
import { assign, emit, enqueueActions, sendTo, setup } from 'xstate';
import type { Command } from '../content/render.js';
import {
  chooseRule,
  clarify,
  decisionMessage,
  exampleAnswer,
  fallback,
  handoff,
  question,
  say,
  topicAnswer,
  commandChoices,
} from '../content/render.js';
import { texts } from '../content/index.js';
import type { BotMessage } from '../content/types.js';
import type { Locale, RoutableTopicId, TopicId } from '../content/topic-ids.js';
import { listRules } from '../rules/index.js';
import type { GatherOutput, GatherToParent } from './gather-machine.js';
import { gatherMachine } from './gather-machine.js';
import { ruleFact, ruleFacts } from './answers.js';
import { flowOf, ruleFor } from './topic-flows.js';
import { extractAnswer, extractFacts } from '../understanding/extract.js';
import { classifyTopics } from '../understanding/topics.js';
import { redact } from './redact.js';

/** Bumped whenever a change makes stored snapshots unreadable; the store discards older ones. */
export const CONVERSATION_MACHINE_VERSION = 3;

type Turn = { today: string; locale: Locale };
export type ConversationEvent =
  | ({ type: 'GREET' } & Turn)
  | ({ type: 'TEXT'; text: string } & Turn)
  | ({ type: 'CHOICE'; id: string } & Turn)
  | ({ type: 'COMMAND'; command: Command } & Turn)
  | GatherToParent;

export type ConversationEmitted = { type: 'message'; message: BotMessage };

/** Where the last question was routed, waiting to be acted on. */
type Pending =
  | { kind: 'topic'; topic: RoutableTopicId; text: string }
  | { kind: 'clarify'; topics: RoutableTopicId[] }
  | { kind: 'fallback' }
  | null;

export type ConversationContext = {
  locale: Locale;
  today: string;
  topic: TopicId | null;
  ruleId: string | null;
  facts: Record<string, unknown>;
  answered: string[];
  asking: string | null;
  introduced: boolean;
  pending: Pending;
  /** User turns taken in this conversation. */
  turns: number;
  /** The guided flow resumes after "back" from a decision (its first question says so). */
  resumed: boolean;
};

const RULE_TITLES = new Map(listRules().map((r) => [r.id, r.title]));

const blank = (locale: Locale, today: string): ConversationContext => ({
  locale,
  today,
  topic: null,
  ruleId: null,
  facts: {},
  answered: [],
  asking: null,
  introduced: false,
  pending: null,
  turns: 0,
  resumed: false,
});

const turnOf = (event: ConversationEvent): Partial<Turn> =>
  'today' in event ? { today: event.today, locale: event.locale } : {};

export const conversationMachine = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    emitted: {} as ConversationEmitted,
    input: {} as Turn,
  },
  actors: { gather: gatherMachine },
  actions: {
    takeTurn: assign(({ context, event }) => ({ ...turnOf(event), turns: context.turns + 1 })),
    reset: assign(({ context }) => ({ ...blank(context.locale, context.today), turns: context.turns })),
    routeText: assign(({ event }) => {
      if (event.type !== 'TEXT') return {};
      const r = classifyTopics(event.text);
      const pending: Pending =
        r.kind === 'answer'
          ? { kind: 'topic', topic: r.topic, text: event.text }
          : r.kind === 'clarify'
            ? { kind: 'clarify', topics: r.topics }
            : { kind: 'fallback' };
      return { pending };
    }),
    routeChoice: assign(({ event }) => {
      if (event.type !== 'CHOICE') return {};
      const topic = event.id.slice('topic:'.length) as RoutableTopicId;
      return { pending: { kind: 'topic', topic, text: '' } satisfies Pending };
    }),
    /** Start the topic's guided flow: its rule, and the facts the topic and the question already give. */
    beginGuided: assign(({ context }) => {
      if (context.pending?.kind !== 'topic') return {};
      const flow = flowOf(context.pending.topic)!;
      const ruleId = ruleFor(context.pending.topic, context.pending.text)!;
      const extracted = context.pending.text ? extractFacts(context.pending.text, ruleFacts(ruleId), context) : {};
      return {
        topic: context.pending.topic,
        ruleId,
        facts: { ...extracted, ...flow.presets },
        answered: [],
        asking: null,
        introduced: false,
        pending: null,
        resumed: false,
      };
    }),
    beginRuleChoice: assign(({ context }) =>
      context.pending?.kind === 'topic'
        ? { topic: context.pending.topic, ruleId: null, facts: {}, answered: [], introduced: false, pending: null }
        : {},
    ),
    chooseRuleFromChoice: assign(({ context, event }) => {
      if (event.type !== 'CHOICE' || !context.topic) return {};
      const ruleId = event.id.slice('rule:'.length);
      return { ruleId, facts: { ...flowOf(context.topic)?.presets }, answered: [], resumed: false };
    }),
    sayGreeting: emit(({ context }) => ({ type: 'message' as const, message: say(texts(context.locale).ui.greeting) })),
    sayHelp: emit(({ context }) => ({
      type: 'message' as const,
      message: say(texts(context.locale).ui.help, undefined, commandChoices(context.locale, ['restart', 'handoff'])),
    })),
    sayRestarted: emit(({ context }) => ({
      type: 'message' as const,
      message: say(texts(context.locale).ui.restarted),
    })),
    sayNothingBack: emit(({ context }) => ({
      type: 'message' as const,
      message: say(texts(context.locale).ui.nothingToGoBack, context.topic ?? undefined),
    })),
    sayHandoff: emit(({ context }) => ({
      type: 'message' as const,
      message: handoff(context.locale, {
        ...(context.topic ? { topic: context.topic } : {}),
        answers: context.ruleId
          ? context.answered.flatMap((id) => {
              const fact = ruleFact(context.ruleId!, id);
              const value = context.facts[id];
              return fact ? [{ fact, value: typeof value === 'string' ? redact(value) : value }] : [];
            })
          : [],
      }),
    })),
    sayTopicAnswer: emit(({ context }) => ({
      type: 'message' as const,
      message:
        context.pending?.kind === 'topic'
          ? topicAnswer(context.locale, context.pending.topic)
          : fallback(context.locale),
    })),
    rememberAnsweredTopic: assign(({ context }) =>
      context.pending?.kind === 'topic'
        ? { ...blank(context.locale, context.today), topic: context.pending.topic, turns: context.turns }
        : {},
    ),
    sayClarify: emit(({ context }) => ({
      type: 'message' as const,
      message: clarify(context.locale, context.pending?.kind === 'clarify' ? context.pending.topics : []),
    })),
    sayFallback: emit(({ context }) => ({ type: 'message' as const, message: fallback(context.locale) })),
    sayRuleChoice: emit(({ context }) => {
      const rules = (flowOf(context.topic!)?.rules ?? []).map((id) => ({ id, title: RULE_TITLES.get(id)! }));
      return { type: 'message' as const, message: chooseRule(context.locale, context.topic!, rules) };
    }),
    /** Ask the gather machine's question: the topic's introduction the first time, and why it is asked again. */
    sayQuestion: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'GATHER.ASK' || !context.topic) return;
      const fact = ruleFact(event.ruleId, event.fact);
      if (!fact) return;
      const ui = texts(context.locale).ui;
      const topic = context.topic;
      if (!context.introduced && event.reason === 'first')
        enqueue.emit({ type: 'message', message: topicAnswer(context.locale, topic) });
      const example = exampleAnswer(context.locale, fact);
      const lead =
        event.reason === 'not-understood'
          ? ui.notUnderstood(example)
          : event.reason === 'stuck'
            ? ui.stuck(example)
            : event.reason === 'unknown'
              ? ui.unknownNeeded
              : event.reason === 'invalid' && event.issue
                ? ui.invalidAnswer(event.issue[context.locale])
                : event.reason === 'back'
                  ? ui.goingBack
                  : undefined;
      const message = question(context.locale, topic, fact, lead);
      const extra =
        event.reason === 'stuck' || event.reason === 'unknown'
          ? commandChoices(context.locale, ['handoff', 'restart'])
          : [];
      enqueue.emit({
        type: 'message',
        message: extra.length > 0 ? { ...message, choices: [...(message.choices ?? []), ...extra] } : message,
      });
    }),
    /** Keep the question asked and what is answered so far (for "back" and the hand-off summary). */
    rememberAsking: assign(({ event }) =>
      event.type === 'GATHER.ASK'
        ? { asking: event.fact, introduced: true, facts: event.facts, answered: event.answered }
        : {},
    ),
    forwardAnswer: sendTo('gather', ({ event }) => {
      const turn = turnOf(event) as Turn;
      if (event.type === 'CHOICE') return { type: 'ANSWER' as const, choice: event.id, ...turn };
      if (event.type === 'TEXT') return { type: 'ANSWER' as const, text: event.text, ...turn };
      return { type: 'BACK' as const };
    }),
    forwardBack: sendTo('gather', { type: 'BACK' as const }),
    keepOutcome: assign(({ event }) => {
      const out = (event as unknown as { output: GatherOutput }).output;
      return { facts: out.facts, answered: out.answered, asking: null };
    }),
    sayDecision: emit(({ context, event }) => {
      const out = (event as unknown as { output: GatherOutput }).output;
      const topic = context.topic ?? 'fallback';
      const message = out.decision
        ? decisionMessage(context.locale, topic, out.decision)
        : say(texts(context.locale).ui.somethingWrong, topic);
      return {
        type: 'message' as const,
        message: { ...message, choices: commandChoices(context.locale, ['back', 'restart', 'handoff']) },
      };
    }),
    dropLastAnswer: assign(({ context }) => {
      const last = context.answered.at(-1);
      if (!last) return {};
      const { [last]: _dropped, ...facts } = context.facts;
      return { facts, answered: context.answered.slice(0, -1), introduced: true, resumed: true };
    }),
  },
  guards: {
    pendingIsGuided: ({ context }) =>
      context.pending?.kind === 'topic' && ruleFor(context.pending.topic, context.pending.text) !== undefined,
    pendingIsRuleChoice: ({ context }) =>
      context.pending?.kind === 'topic' && (flowOf(context.pending.topic)?.rules.length ?? 0) > 1,
    pendingIsTopic: ({ context }) => context.pending?.kind === 'topic',
    pendingIsClarify: ({ context }) => context.pending?.kind === 'clarify',
    isTopicChoice: ({ event }) => event.type === 'CHOICE' && event.id.startsWith('topic:'),
    isRuleChoice: ({ event }) => event.type === 'CHOICE' && event.id.startsWith('rule:'),
    /** Free text during questions that is no answer but clearly a question about another topic. */
    isNewQuestion: ({ context, event }) => {
      if (event.type !== 'TEXT' || !context.ruleId || !context.asking) return false;
      const fact = ruleFact(context.ruleId, context.asking);
      // Any text reads as a name; one that ends in a question mark is a question all the same.
      const questionForText = fact?.type === 'text' && /\?\s*$/.test(event.text);
      if (fact && !questionForText && extractAnswer(fact, event.text, context).kind !== 'not-understood') return false;
      const r = classifyTopics(event.text);
      return r.kind === 'answer' && r.topic !== context.topic;
    },
    canGoBack: ({ context }) => context.ruleId !== null && context.answered.length > 0,
    isRestart: ({ event }) => event.type === 'COMMAND' && event.command === 'restart',
    isHelp: ({ event }) => event.type === 'COMMAND' && event.command === 'help',
    isHandoff: ({ event }) => event.type === 'COMMAND' && event.command === 'handoff',
    isBack: ({ event }) => event.type === 'COMMAND' && event.command === 'back',
  },
}).createMachine({
  id: 'conversation',
  context: ({ input }) => blank(input.locale, input.today),
  initial: 'open',
  on: {
    GREET: { actions: ['takeTurn', 'sayGreeting'] },
    COMMAND: [
      { guard: 'isRestart', target: '.open', actions: ['takeTurn', 'reset', 'sayRestarted'] },
      { guard: 'isHelp', actions: ['takeTurn', 'sayHelp'] },
      { guard: 'isHandoff', actions: ['takeTurn', 'sayHandoff'] },
      { guard: 'canGoBack', target: '.guided', actions: ['takeTurn', 'dropLastAnswer'] },
      { actions: ['takeTurn', 'sayNothingBack'] },
    ],
    TEXT: { target: '.routing', actions: ['takeTurn', 'routeText'] },
    CHOICE: [
      { guard: 'isTopicChoice', target: '.routing', actions: ['takeTurn', 'routeChoice'] },
      { actions: ['takeTurn', 'sayFallback'] },
    ],
  },
  states: {
    open: {},
    routing: {
      always: [
        { guard: 'pendingIsGuided', target: 'guided', actions: 'beginGuided' },
        { guard: 'pendingIsRuleChoice', target: 'choosingRule', actions: ['beginRuleChoice', 'sayRuleChoice'] },
        { guard: 'pendingIsTopic', target: 'open', actions: ['sayTopicAnswer', 'rememberAnsweredTopic'] },
        { guard: 'pendingIsClarify', target: 'open', actions: ['sayClarify', assign({ pending: null })] },
        { target: 'open', actions: ['sayFallback', 'reset'] },
      ],
    },
    choosingRule: {
      on: {
        CHOICE: [
          { guard: 'isRuleChoice', target: 'guided', actions: ['takeTurn', 'chooseRuleFromChoice'] },
          { guard: 'isTopicChoice', target: 'routing', actions: ['takeTurn', 'routeChoice'] },
          { actions: ['takeTurn', 'sayRuleChoice'] },
        ],
      },
    },
    guided: {
      invoke: {
        id: 'gather',
        src: 'gather',
        input: ({ context }) => ({
          ruleId: context.ruleId!,
          facts: context.facts,
          answered: context.answered,
          today: context.today,
          locale: context.locale,
          resumedAfterBack: context.resumed,
        }),
        onDone: { target: 'open', actions: ['keepOutcome', 'sayDecision'] },
      },
      on: {
        'GATHER.ASK': { actions: ['sayQuestion', 'rememberAsking'] },
        'GATHER.NOTHING_BACK': { actions: 'sayNothingBack' },
        TEXT: [
          { guard: 'isNewQuestion', target: 'routing', actions: ['takeTurn', 'routeText'] },
          { actions: ['takeTurn', 'forwardAnswer'] },
        ],
        CHOICE: [
          { guard: 'isTopicChoice', target: 'routing', actions: ['takeTurn', 'routeChoice'] },
          { actions: ['takeTurn', 'forwardAnswer'] },
        ],
        COMMAND: [
          { guard: 'isBack', actions: ['takeTurn', 'forwardBack'] },
          { guard: 'isRestart', target: 'open', actions: ['takeTurn', 'reset', 'sayRestarted'] },
          { guard: 'isHelp', actions: ['takeTurn', 'sayHelp'] },
          { guard: 'isHandoff', actions: ['takeTurn', 'sayHandoff'] },
        ],
      },
    },
  },
});
