/**
 * The conversation: greet; act on each message as understood once by `understand()` (the turn
 * core sends it in the event) — route its question to a topic and answer it, or gather the facts
 * its rule needs with the generic gather machine; take the facts every message gives and keep them
 * for later topics; take corrections and what-ifs before and after a decision; answer a side
 * question and come back to the question asked; answer the further questions of a message in turn;
 * and at any point start over, go back, help, or hand off to a person. Everything the bot says is
 * emitted as a `message` event; the state holds only what the next turn needs.
 */
import { assign, emit, enqueueActions, sendTo, setup } from 'xstate';
import type { Command } from '../content/render.js';
import { alsoAsked, clarify, commandChoices, fallback, say, staleChoice, topicAnswer } from '../content/render.js';
import { texts } from '../content/index.js';
import type { BotMessage } from '../content/types.js';
import type { Locale, RoutableTopicId, TopicId } from '../content/topic-ids.js';
import type { Change } from '../understanding/changes.js';
import type { PartialDate } from '../understanding/extract.js';
import type { Understanding } from '../understanding/understand.js';
import { choiceValue, factsForRule, ruleFact } from './answers.js';
import {
  askAgainMessage,
  decisionReply,
  handoffMessage,
  questionMessages,
  ruleChoiceMessage,
} from './conversation-says.js';
import type { GatherEvent, GatherOutput, GatherToParent } from './gather-machine.js';
import { gatherMachine } from './gather-machine.js';
import {
  answersOrTells,
  asksUnclear,
  changesDecision,
  factsForRuleFrom,
  furtherQuestions,
  knownFrom,
  type QueuedQuestion,
  questionsBesides,
  switchesTopic,
  withRuleFacts,
} from './listening.js';
import { flowOf, ruleFor, ruleOfChoice, topicOfChoice } from './topic-flows.js';

/** Bumped whenever a change makes stored snapshots unreadable; the store discards older ones. */
export const CONVERSATION_MACHINE_VERSION = 4;

type Turn = { today: string; locale: Locale };
export type ConversationEvent =
  | ({ type: 'GREET' } & Turn)
  | ({ type: 'TEXT'; understanding: Understanding } & Turn)
  | ({ type: 'CHOICE'; id: string } & Turn)
  | ({ type: 'COMMAND'; command: Command } & Turn)
  | GatherToParent;

export type ConversationEmitted = { type: 'message'; message: BotMessage };

/** Where the last question was routed, waiting to be acted on; `also` when it is a further question of a message. */
type Pending =
  | { kind: 'topic'; topic: RoutableTopicId; text: string; also: boolean }
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
  /** Every fact the user has given, by catalogue key, for whichever rule takes it. */
  known: Record<string, unknown>;
  /** Further questions of a message, answered in turn. */
  queue: QueuedQuestion[];
  /** What the last message corrected or asked a what-if about, said with the next question or decision. */
  change: Change | null;
  /** A month and year given for the date asked, still without its day. */
  partialDate: PartialDate | null;
  /** Facts (ids) the rule took from earlier messages, said with its first question or decision. */
  carried: string[];
};

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
  known: {},
  queue: [],
  change: null,
  partialDate: null,
  carried: [],
});

/** No topic or rule under way (the facts the user gave and the questions still to answer stay). */
const noTopic = {
  topic: null,
  ruleId: null,
  facts: {},
  answered: [],
  asking: null,
  pending: null,
  change: null,
  carried: [],
};

/** The facts rule `ruleId` starts with: every fact given so far that it takes, and those its topic settles. */
function startingFacts(context: ConversationContext, topic: TopicId, ruleId: string, u: Understanding | undefined) {
  const earlier = factsForRule(ruleId, context.known);
  const presets = flowOf(topic)?.presets ?? {};
  const now = u ? factsForRuleFrom(u, ruleId) : {};
  const carried = Object.keys(earlier).filter((id) => !Object.hasOwn(presets, id) && !Object.hasOwn(now, id));
  return {
    facts: { ...earlier, ...presets },
    carried: context.pending?.kind === 'topic' && context.pending.also ? [] : carried,
  };
}

const turnOf = (event: ConversationEvent): Partial<Turn> =>
  'today' in event ? { today: event.today, locale: event.locale } : {};
const heard = (event: ConversationEvent): Understanding | undefined =>
  event.type === 'TEXT' ? event.understanding : undefined;
const message = (m: BotMessage | undefined) => (m ? [{ type: 'message' as const, message: m }] : []);

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
    leaveTopic: assign(noTopic),
    /** Remember every fact the message gives, for this rule and any later one. */
    listen: assign(({ context, event }) => {
      const u = heard(event);
      return u ? { known: { ...context.known, ...knownFrom(u) } } : {};
    }),
    routeText: assign(({ context, event }) => {
      const u = heard(event);
      const first = u?.questions[0];
      if (!u || !first) return { pending: { kind: 'fallback' } satisfies Pending };
      const v = first.verdict;
      const pending: Pending =
        v.kind === 'answer'
          ? { kind: 'topic', topic: v.topic, text: first.text, also: false }
          : v.kind === 'clarify'
            ? { kind: 'clarify', topics: v.topics }
            : { kind: 'fallback' };
      return { pending, queue: [...furtherQuestions(u), ...context.queue] };
    }),
    routeChoice: assign(({ event }) => {
      const topic = event.type === 'CHOICE' ? topicOfChoice(event.id) : undefined;
      return { pending: topic ? ({ kind: 'topic', topic, text: '', also: false } satisfies Pending) : null };
    }),
    takeQueued: assign(({ context }) => {
      const [next, ...queue] = context.queue;
      const [topic, ...others] = next?.topics ?? [];
      if (!next || !topic) return { queue };
      const pending: Pending =
        others.length > 0
          ? { kind: 'clarify', topics: next.topics }
          : { kind: 'topic', topic, text: next.text, also: true };
      return { pending, queue };
    }),
    /** Questions of the message about other topics, answered after the one under way. */
    queueOthers: assign(({ context, event }) => {
      const u = heard(event);
      return u ? { queue: [...questionsBesides(u, context.topic), ...context.queue] } : {};
    }),
    /** Start the topic's guided flow with its rule, and every fact given so far that the rule takes. */
    beginGuided: assign(({ context, event }) => {
      if (context.pending?.kind !== 'topic') return {};
      const { topic, text } = context.pending;
      const ruleId = ruleFor(topic, text);
      if (!ruleId) return {};
      return {
        ...noTopic,
        topic,
        ruleId,
        ...startingFacts(context, topic, ruleId, heard(event)),
        introduced: false,
        resumed: false,
      };
    }),
    beginRuleChoice: assign(({ context }) =>
      context.pending?.kind === 'topic' ? { ...noTopic, topic: context.pending.topic, introduced: false } : {},
    ),
    chooseRule: assign(({ context, event }) => {
      const ruleId =
        event.type === 'CHOICE'
          ? ruleOfChoice(context.topic, event.id)
          : event.type === 'TEXT' && context.topic
            ? ruleFor(context.topic, event.understanding.text)
            : undefined;
      if (!ruleId || !context.topic) return {};
      const start = startingFacts(context, context.topic, ruleId, heard(event));
      return { ruleId, ...start, answered: [], asking: null, resumed: false };
    }),
    /** A correction or what-if after a decision: the rule's facts take the new values, to decide again. */
    applyChange: assign(({ context, event }) => {
      const u = heard(event);
      if (!u || !context.ruleId) return {};
      const given = factsForRuleFrom(u, context.ruleId);
      const changed = Object.keys(given);
      return {
        facts: { ...context.facts, ...given },
        answered: [...context.answered.filter((f) => !changed.includes(f)), ...changed],
        introduced: true,
        resumed: false,
      };
    }),
    noteChange: assign(({ event }) => ({ change: heard(event)?.change ?? null })),
    forgetLeads: assign({ change: null, carried: [] }),
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
    sayHandoff: emit(({ context }) => ({ type: 'message' as const, message: handoffMessage(context) })),
    sayAlsoAsked: enqueueActions(({ context, enqueue }) => {
      if (context.pending?.kind === 'topic' && context.pending.also)
        enqueue.emit({ type: 'message', message: alsoAsked(context.locale, context.pending.topic) });
    }),
    sayTopicAnswer: emit(({ context }) => ({
      type: 'message' as const,
      message:
        context.pending?.kind === 'topic'
          ? topicAnswer(context.locale, context.pending.topic)
          : fallback(context.locale),
    })),
    rememberAnsweredTopic: assign(({ context }) =>
      context.pending?.kind === 'topic' ? { ...noTopic, topic: context.pending.topic } : {},
    ),
    sayClarify: enqueueActions(({ context, event, enqueue }) => {
      const verdict = heard(event)?.questions[0]?.verdict;
      const topics =
        context.pending?.kind === 'clarify'
          ? context.pending.topics
          : verdict?.kind === 'clarify'
            ? verdict.topics
            : [];
      enqueue.emit({ type: 'message', message: clarify(context.locale, topics) });
    }),
    sayFallback: emit(({ context }) => ({ type: 'message' as const, message: fallback(context.locale) })),
    /** A side question while a question waits: out of scope gets the fallback; about this topic, nothing more. */
    sayAside: enqueueActions(({ context, event, enqueue }) => {
      if (heard(event)?.questions[0]?.verdict.kind === 'out-of-scope')
        enqueue.emit({ type: 'message', message: fallback(context.locale) });
    }),
    sayStale: emit(({ context }) => ({
      type: 'message' as const,
      message: staleChoice(context.locale, context.topic ?? undefined),
    })),
    askAgain: enqueueActions(({ context, enqueue }) => {
      for (const m of message(askAgainMessage(context))) enqueue.emit(m);
    }),
    sayRuleChoice: enqueueActions(({ context, enqueue }) => {
      for (const m of message(ruleChoiceMessage(context))) enqueue.emit(m);
    }),
    sayQuestion: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'GATHER.ASK') return;
      for (const m of questionMessages(context, event)) enqueue.emit({ type: 'message', message: m });
    }),
    /** Keep the question asked and what is answered so far (for "back", the hand-off and later topics). */
    rememberAsking: assign(({ context, event }) =>
      event.type === 'GATHER.ASK'
        ? {
            asking: event.fact,
            introduced: true,
            facts: event.facts,
            answered: event.answered,
            partialDate: event.partialDate,
            known: withRuleFacts(context.known, event.ruleId, event.facts),
          }
        : {},
    ),
    forwardAnswer: sendTo('gather', ({ context, event }): GatherEvent => {
      const u = heard(event);
      const turn = { today: context.today, locale: context.locale };
      if (!u || !context.ruleId) return { type: 'ANSWER', reading: { kind: 'not-understood' }, facts: {}, ...turn };
      const facts = factsForRuleFrom(u, context.ruleId);
      return { type: 'ANSWER', reading: u.answer ?? { kind: 'not-understood' }, facts, ...turn };
    }),
    forwardChoice: sendTo('gather', ({ context, event }): GatherEvent => {
      const fact = context.ruleId && context.asking ? ruleFact(context.ruleId, context.asking) : undefined;
      const value = fact && event.type === 'CHOICE' ? choiceValue(fact, event.id) : undefined;
      const reading = value && value.kind !== 'stale' ? value : { kind: 'not-understood' as const };
      return { type: 'ANSWER', reading, facts: {}, today: context.today, locale: context.locale };
    }),
    forwardBack: sendTo('gather', { type: 'BACK' } satisfies GatherEvent),
    keepOutcome: assign(({ context, event }) => {
      const out = (event as unknown as { output: GatherOutput }).output;
      const known = context.ruleId ? withRuleFacts(context.known, context.ruleId, out.facts) : context.known;
      return { facts: out.facts, answered: out.answered, asking: null, partialDate: null, known };
    }),
    sayDecision: emit(({ context, event }) => ({
      type: 'message' as const,
      message: decisionReply(context, (event as unknown as { output: GatherOutput }).output.decision),
    })),
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
    hasQueue: ({ context }) => context.queue.length > 0,
    isTopicChoice: ({ event }) => event.type === 'CHOICE' && topicOfChoice(event.id) !== undefined,
    isRuleChoice: ({ context, event }) =>
      event.type === 'CHOICE' && ruleOfChoice(context.topic, event.id) !== undefined,
    textPicksRule: ({ context, event }) =>
      event.type === 'TEXT' && context.topic !== null && ruleFor(context.topic, event.understanding.text) !== undefined,
    /** A clicked answer that fits the question asked (a button of an earlier question does not). */
    isAnswerChoice: ({ context, event }) => {
      const fact = context.ruleId && context.asking ? ruleFact(context.ruleId, context.asking) : undefined;
      return event.type === 'CHOICE' && fact !== undefined && choiceValue(fact, event.id).kind === 'value';
    },
    changesDecision: ({ context, event }) =>
      event.type === 'TEXT' && changesDecision(event.understanding, context.ruleId, context.topic),
    switchesTopic: ({ context, event }) =>
      event.type === 'TEXT' && switchesTopic(event.understanding, context.ruleId, context.topic),
    answersOrTells: ({ context, event }) =>
      event.type === 'TEXT' && answersOrTells(event.understanding, context.ruleId),
    asksUnclear: ({ event }) => event.type === 'TEXT' && asksUnclear(event.understanding),
    asksAside: ({ event }) => event.type === 'TEXT' && event.understanding.isQuestion,
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
    TEXT: [
      { guard: 'changesDecision', target: '.guided', actions: ['takeTurn', 'listen', 'noteChange', 'applyChange'] },
      { target: '.routing', actions: ['takeTurn', 'listen', 'routeText'] },
    ],
    CHOICE: [
      { guard: 'isTopicChoice', target: '.routing', actions: ['takeTurn', 'routeChoice'] },
      { actions: ['takeTurn', 'sayStale'] },
    ],
  },
  states: {
    open: {},
    routing: {
      always: [
        { guard: 'pendingIsGuided', target: 'guided', actions: ['sayAlsoAsked', 'beginGuided'] },
        {
          guard: 'pendingIsRuleChoice',
          target: 'choosingRule',
          actions: ['sayAlsoAsked', 'beginRuleChoice', 'sayRuleChoice'],
        },
        {
          guard: 'pendingIsTopic',
          target: 'continuing',
          actions: ['sayAlsoAsked', 'sayTopicAnswer', 'rememberAnsweredTopic'],
        },
        { guard: 'pendingIsClarify', target: 'open', actions: ['sayClarify', 'leaveTopic'] },
        { target: 'continuing', actions: ['sayFallback', 'leaveTopic'] },
      ],
    },
    /** After an answer: the message's next question, if it had more. */
    continuing: {
      always: [{ guard: 'hasQueue', target: 'routing', actions: 'takeQueued' }, { target: 'open' }],
    },
    choosingRule: {
      on: {
        CHOICE: [
          { guard: 'isRuleChoice', target: 'guided', actions: ['takeTurn', 'chooseRule'] },
          { guard: 'isTopicChoice', target: 'routing', actions: ['takeTurn', 'routeChoice'] },
          { actions: ['takeTurn', 'sayRuleChoice'] },
        ],
        TEXT: [
          { guard: 'textPicksRule', target: 'guided', actions: ['takeTurn', 'listen', 'chooseRule'] },
          { target: 'routing', actions: ['takeTurn', 'listen', 'routeText'] },
        ],
      },
    },
    guided: {
      invoke: {
        id: 'gather',
        src: 'gather',
        input: ({ context }) => ({
          ruleId: context.ruleId ?? '',
          facts: context.facts,
          answered: context.answered,
          today: context.today,
          locale: context.locale,
          resumedAfterBack: context.resumed,
        }),
        onDone: { target: 'continuing', actions: ['keepOutcome', 'sayDecision', 'forgetLeads'] },
      },
      on: {
        'GATHER.ASK': { actions: ['sayQuestion', 'forgetLeads', 'rememberAsking'] },
        'GATHER.NOTHING_BACK': { actions: 'sayNothingBack' },
        TEXT: [
          { guard: 'switchesTopic', target: 'routing', actions: ['takeTurn', 'listen', 'routeText'] },
          {
            guard: 'answersOrTells',
            actions: ['takeTurn', 'listen', 'noteChange', 'queueOthers', 'forwardAnswer'],
          },
          { guard: 'asksUnclear', actions: ['takeTurn', 'listen', 'sayClarify'] },
          { guard: 'asksAside', actions: ['takeTurn', 'listen', 'sayAside', 'askAgain'] },
          { actions: ['takeTurn', 'listen', 'forwardAnswer'] },
        ],
        CHOICE: [
          { guard: 'isTopicChoice', target: 'routing', actions: ['takeTurn', 'routeChoice'] },
          { guard: 'isRuleChoice', target: 'guided', reenter: true, actions: ['takeTurn', 'chooseRule'] },
          { guard: 'isAnswerChoice', actions: ['takeTurn', 'forwardChoice'] },
          { actions: ['takeTurn', 'sayStale', 'askAgain'] },
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
