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
import {
  alsoAsked,
  alsoAskedOutside,
  clarify,
  commandChoices,
  fallback,
  say,
  staleChoice,
  type SmallTalk,
  staleChoiceAfterAnswer,
  topicAnswer,
} from '../content/render.js';
import { texts } from '../content/index.js';
import type { BotMessage, UiTexts } from '../content/types.js';
import * as step from './conversation-context.js';
import * as tell from './gather-events.js';
import type { ConversationContext, ConversationEvent, Turn } from './conversation-context.js';
import {
  askAgainMessage,
  decisionReply,
  lastDecisionAgain,
  handoffMessage,
  questionMessages,
  reviewMessage,
  ruleChoiceMessage,
} from './conversation-says.js';
import { gatherMachine } from './gather-machine.js';
import {
  answersOrTells,
  asksOutOfScope,
  asksUnclear,
  changesDecision,
  otherTopic,
  restatesKnown,
  switchesTopic,
} from './listening.js';
import { flowOf, ruleFor, ruleOfChoice, topicOfChoice } from './topic-flows.js';

export type { ConversationContext, ConversationEvent } from './conversation-context.js';

/** Bumped whenever a change makes stored snapshots unreadable; the store discards older ones. */
export const CONVERSATION_MACHINE_VERSION = 5;

export type ConversationEmitted = { type: 'message'; message: BotMessage };

const said = (message: BotMessage) => ({ type: 'message' as const, message });
const { heard } = step;

/** Most words of a question that may still pick a rule at a menu of rules («den med fornying?»). */
const PICK_QUESTION_WORDS = 4;
/** Below this probability of the topic at hand, the classifier is sure a question is about something else. */
const SURELY_NOT = 0.01;

type Step = (args: { context: ConversationContext; event: ConversationEvent }) => Partial<ConversationContext>;

/** The user took a turn: its date and language, and one more turn counted. */
const countTurn: Step = ({ context, event }) => ({
  ...step.turnOf(event),
  turns: context.turns + (event.type === 'TEXT' && event.sameTurn ? 0 : 1),
});
/** Back to a blank conversation (its date, language and turns stay). */
const resetAll: Step = ({ context }) => ({ ...step.blank(context.locale, context.today), turns: context.turns });
/** What the last message corrected or noted has been said: forgotten. */
const forgetLeadsStep: Step = () => ({ change: null, carried: [], noted: [] });
const dropPendingStep: Step = () => ({ pending: null });

/**
 * Steps of the context taken one after the other as one step (for one `assign`), each seeing the
 * context the one before left — as the same steps in separate `assign` actions would. XState copies
 * the machine's snapshot after every `assign` (working out its state value and tags again), and a
 * turn's assigns were a tenth of its time, so the runs of steps a transition takes are one action each.
 */
const inTurn =
  (...steps: Step[]): Step =>
  ({ context, event }) => {
    let next = context;
    for (const s of steps) next = { ...next, ...s({ context: next, event }) };
    return next;
  };

/** The words that answer each kind of small talk in kind. */
const SMALL_TALK_REPLY = {
  hello: 'greeting',
  thanks: 'thanks',
  bye: 'goodbye',
  language: 'languageSwitched',
  identity: 'identity',
  sure: 'sure',
} as const satisfies Record<SmallTalk, keyof UiTexts>;

export const conversationMachine = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    emitted: {} as ConversationEmitted,
    input: {} as Turn,
  },
  actors: { gather: gatherMachine },
  actions: {
    takeTurn: assign(countTurn),
    leaveTopic: assign(step.noTopic),
    rememberOffered: assign(step.rememberOffered),
    dropPending: assign(dropPendingStep),
    takeQueued: assign(step.takeQueued),
    beginGuided: assign(step.beginGuided),
    beginRuleChoice: assign(step.beginRuleChoice),
    forgetLeads: assign(forgetLeadsStep),
    rememberTopicAnswered: assign(step.rememberTopicAnswered),
    noteUnanswered: assign(step.noteUnanswered),
    keepOutcome: assign(step.keepOutcome),
    // Runs of steps taken together (see `inTurn`), named after what the user did.
    restart: assign(inTurn(countTurn, resetAll)),
    goBack: assign(inTurn(countTurn, step.dropLastAnswer)),
    changeDecided: assign(inTurn(countTurn, step.listen, step.noteChange, step.applyChange)),
    switchRuleForChange: assign(inTurn(countTurn, step.listen, step.noteChange, step.switchRule)),
    reopenRuleForChange: assign(inTurn(countTurn, step.listen, step.noteChange, step.reopenRule)),
    routeMessage: assign(inTurn(countTurn, step.listen, step.routeText)),
    routeClick: assign(inTurn(countTurn, step.routeChoice)),
    chooseRuleByClick: assign(inTurn(countTurn, step.chooseRule)),
    chooseRuleByText: assign(inTurn(countTurn, step.listen, step.chooseRule)),
    takeMessage: assign(inTurn(countTurn, step.listen)),
    takeAnswer: assign(inTurn(countTurn, step.listen, step.noteChange, step.queueOthers)),
    askedNext: assign(inTurn(forgetLeadsStep, step.rememberAsking)),
    reviewNext: assign(inTurn(forgetLeadsStep, step.rememberReview)),
    leaveUnanswered: assign(inTurn(step.noteUnanswered, dropPendingStep)),
    forwardAnswer: sendTo('gather', ({ context, event }) => tell.answerFromText(context, event)),
    forwardChoice: sendTo('gather', ({ context, event }) => tell.answerFromChoice(context, event)),
    forwardBack: sendTo('gather', { type: 'BACK' as const }),
    forwardReview: sendTo('gather', ({ event }) => tell.reviewFromChoice(event)),
    /** «ja, alt stemmer» at the review: go on, as the button does. */
    forwardAccept: sendTo('gather', { type: 'REVIEW.ACCEPT' }),
    sayGreeting: emit(({ context }) => said(say(texts(context.locale).ui.greeting))),
    sayHelp: emit(({ context }) =>
      said(say(texts(context.locale).ui.help, undefined, commandChoices(context.locale, ['restart', 'handoff']))),
    ),
    /** A greeting, thanks or goodbye answered in kind. */
    saySmallTalk: emit(({ context, event }) => {
      const kind = heard(event)?.smallTalk ?? 'hello';
      return said(say(texts(context.locale).ui[SMALL_TALK_REPLY[kind]]));
    }),
    /** "Kan du svare på norsk?" after an answer: that answer again, in the language asked for. */
    sayAnswerAgain: enqueueActions(({ context, event, enqueue }) => {
      if (heard(event)?.smallTalk !== 'language' || context.asking !== null) return;
      const m = lastDecisionAgain(context);
      if (m) enqueue.emit(said(m));
    }),
    /** The decision last given, said again (the facts it stands on were said again). */
    sayDecisionAgain: emit(({ context }) => said(lastDecisionAgain(context) ?? fallback(context.locale))),
    sayRestarted: emit(({ context }) => said(say(texts(context.locale).ui.restarted))),
    sayNothingBack: emit(({ context }) =>
      said(say(texts(context.locale).ui.nothingToGoBack, context.topic ?? undefined)),
    ),
    sayHandoff: emit(({ context }) => said(handoffMessage(context))),
    sayFallback: emit(({ context }) => said(fallback(context.locale))),
    sayStale: emit(({ context }) => said(staleChoice(context.locale, context.topic ?? undefined))),
    sayStaleAfterAnswer: emit(({ context }) =>
      said(staleChoiceAfterAnswer(context.locale, context.topic ?? undefined)),
    ),
    sayAlsoAsked: enqueueActions(({ context, enqueue }) => {
      if (context.pending?.kind === 'topic' && context.pending.also)
        enqueue.emit(said(alsoAsked(context.locale, context.pending.topic)));
    }),
    sayAlsoOutside: emit(({ context }) => said(alsoAskedOutside(context.locale))),
    sayAsideAnswer: enqueueActions(({ context, event, enqueue }) => {
      const topic = event.type === 'TEXT' ? otherTopic(event.understanding, context.topic) : undefined;
      if (topic) enqueue.emit(said(topicAnswer(context.locale, topic)));
    }),
    // A question about the topic at hand while a fact is asked («kva med for dei under 18 år?», "why?"):
    // the topic's answer, which says it, and then the question again.
    sayOwnTopicAnswer: emit(({ context }) =>
      said(context.topic ? topicAnswer(context.locale, context.topic) : fallback(context.locale)),
    ),
    sayTopicAnswer: emit(({ context }) =>
      said(
        context.pending?.kind === 'topic'
          ? topicAnswer(context.locale, context.pending.topic)
          : fallback(context.locale),
      ),
    ),
    /** The 2–3 close topics: those routed to, or those of a question asked while a fact waits. */
    sayClarify: emit(({ context, event }) => {
      const verdict = heard(event)?.questions[0]?.verdict;
      const topics =
        context.pending?.kind === 'clarify'
          ? context.pending.topics
          : verdict?.kind === 'clarify'
            ? verdict.topics
            : [];
      return said(clarify(context.locale, topics));
    }),
    askAgain: enqueueActions(({ context, enqueue }) => {
      const m = askAgainMessage(context);
      if (m) enqueue.emit(said(m));
    }),
    sayRuleChoice: enqueueActions(({ context, enqueue }) => {
      const m = ruleChoiceMessage(context);
      if (m) enqueue.emit(said(m));
    }),
    sayQuestion: enqueueActions(({ context, event, enqueue }) => {
      if (event.type === 'GATHER.ASK') for (const m of questionMessages(context, event)) enqueue.emit(said(m));
    }),
    sayReview: enqueueActions(({ context, event, enqueue }) => {
      const m = event.type === 'GATHER.REVIEW' ? reviewMessage(context, event.ruleId, event.facts) : undefined;
      if (m) enqueue.emit(said(m));
    }),
    sayDecision: emit(({ context, event }) => said(decisionReply(context, step.gatherOutput(event)?.decision ?? null))),
  },
  guards: {
    pendingIsGuided: ({ context }) =>
      context.pending?.kind === 'topic' && ruleFor(context.pending.topic, context.pending.hints) !== undefined,
    pendingIsRuleChoice: ({ context }) =>
      context.pending?.kind === 'topic' && (flowOf(context.pending.topic)?.rules.length ?? 0) > 1,
    pendingIsTopic: ({ context }) => context.pending?.kind === 'topic',
    pendingIsClarify: ({ context }) => context.pending?.kind === 'clarify',
    pendingIsFurtherOutside: ({ context }) => context.pending?.kind === 'fallback' && context.pending.also === true,
    hasQueue: ({ context }) => context.queue.length > 0,
    isTopicChoice: ({ event }) => event.type === 'CHOICE' && topicOfChoice(event.id) !== undefined,
    isRuleChoice: ({ context, event }) =>
      event.type === 'CHOICE' && ruleOfChoice(context.topic, event.id) !== undefined,
    // A question of some length read as outside the catalogue picks nothing, whatever rule its words
    // name («og kan vi ta fornyingsverifikasjonen i Singapore?» at the ISSC's menu): the fallback.
    // So is a short one the classifier is sure is not about the topic at all, though it names a
    // rule's word ("what does renewal cost?", «hva koster en fornyelse?»).
    textPicksRule: ({ context, event }) => {
      if (event.type !== 'TEXT') return false;
      const u = event.understanding;
      const q = u.questions[0];
      const topicP = q?.verdict.ranked.find((s) => s.topic === context.topic)?.p ?? 0;
      const outside =
        u.isQuestion && q?.verdict.kind === 'out-of-scope' && (u.words > PICK_QUESTION_WORDS || topicP < SURELY_NOT);
      return !outside && step.pickedRule(context, event) !== undefined;
    },
    /** A clicked answer that fits the question asked (a button of an earlier question does not). */
    isAnswerChoice: ({ context, event }) => event.type === 'CHOICE' && tell.fitsAskedFact(context, event.id),
    /** A clicked change or "go on" of the review shown. */
    isReviewChoice: ({ context, event }) => event.type === 'CHOICE' && tell.fitsReview(context, event.id),
    /** A reply that says all is right while the review is shown. */
    acceptsReview: ({ context, event }) =>
      event.type === 'TEXT' && context.reviewing && event.understanding.allRight === true,
    changesSiblingRule: ({ context, event }) =>
      event.type === 'TEXT' &&
      step.siblingRuleChanged(event.understanding, context.ruleId, context.topic) !== undefined,
    namesSiblingRule: ({ context, event }) =>
      event.type === 'TEXT' &&
      context.asking !== null &&
      step.hintedSiblingRule(event.understanding, context.ruleId, context.topic) !== undefined,
    changesDecision: ({ context, event }) =>
      event.type === 'TEXT' && changesDecision(event.understanding, context.ruleId, context.topic),
    changesEarlierRule: ({ context, event }) =>
      event.type === 'TEXT' && step.earlierRuleChanged(event.understanding, context) !== undefined,
    switchesTopic: ({ context, event }) =>
      event.type === 'TEXT' && switchesTopic(event.understanding, context.ruleId, context.topic),
    /** A question aside about a topic that only informs (no rule, nothing to ask): answered, then back. */
    asksInformationAside: ({ context, event }) => {
      if (event.type !== 'TEXT' || event.understanding.questions.length !== 1) return false;
      const topic = otherTopic(event.understanding, context.topic);
      return (
        topic !== undefined &&
        flowOf(topic) === undefined &&
        switchesTopic(event.understanding, context.ruleId, context.topic)
      );
    },
    answersOrTells: ({ context, event }) =>
      event.type === 'TEXT' && answersOrTells(event.understanding, context.ruleId),
    // A question between close topics, one of them the topic at hand ("is it 36 months?" while the
    // days after the diploma are asked), is about the question asked: it is asked again, no menu.
    asksUnclear: ({ context, event }) => {
      if (event.type !== 'TEXT' || !asksUnclear(event.understanding)) return false;
      const verdict = event.understanding.questions[0]?.verdict;
      const atHand = context.topic;
      return !(verdict?.kind === 'clarify' && atHand !== null && verdict.topics.some((t) => t === atHand));
    },
    asksOutOfScope: ({ context, event }) =>
      event.type === 'TEXT' && asksOutOfScope(event.understanding, context.ruleId),
    asksAside: ({ event }) => event.type === 'TEXT' && event.understanding.isQuestion,
    asksSameTopicAside: ({ context, event }) => {
      if (event.type !== 'TEXT' || !event.understanding.isQuestion || context.topic === null) return false;
      const [q, ...more] = event.understanding.questions;
      return more.length === 0 && q?.verdict.kind === 'answer' && q.verdict.topic === context.topic;
    },
    canGoBack: ({ context }) => context.ruleId !== null && context.answered.length > 0,
    isRestart: ({ event }) => event.type === 'COMMAND' && event.command === 'restart',
    isSmallTalk: ({ event }) => event.type === 'TEXT' && event.understanding.smallTalk !== undefined,
    restatesAnswer: ({ context, event }) =>
      event.type === 'TEXT' && event.understanding.restates === true && context.topic !== null,
    restatesDecidedFacts: ({ context, event }) =>
      event.type === 'TEXT' &&
      context.asking === null &&
      context.decisions.some((n) => n.rule === context.ruleId) &&
      restatesKnown(event.understanding, context.ruleId, context.known),
    isHelp: ({ event }) => event.type === 'COMMAND' && event.command === 'help',
    isHandoff: ({ event }) => event.type === 'COMMAND' && event.command === 'handoff',
    isBack: ({ event }) => event.type === 'COMMAND' && event.command === 'back',
  },
}).createMachine({
  id: 'conversation',
  context: ({ input }) => step.blank(input.locale, input.today),
  initial: 'open',
  on: {
    GREET: { actions: ['takeTurn', 'sayGreeting'] },
    COMMAND: [
      { guard: 'isRestart', target: '.open', actions: ['restart', 'sayRestarted'] },
      { guard: 'isHelp', actions: ['takeTurn', 'sayHelp'] },
      { guard: 'isHandoff', actions: ['takeTurn', 'sayHandoff'] },
      { guard: 'canGoBack', target: '.guided', actions: 'goBack' },
      { actions: ['takeTurn', 'sayNothingBack'] },
    ],
    TEXT: [
      { guard: 'isSmallTalk', actions: ['takeTurn', 'saySmallTalk', 'sayAnswerAgain'] },
      // «kva rundskriv gjeld?» after lay-up: what the answer just given says, said again.
      { guard: 'restatesAnswer', actions: ['takeTurn', 'sayOwnTopicAnswer'] },
      // «den tar 12 passasjerer, ikke flere» after the decision on 12: that decision again.
      { guard: 'restatesDecidedFacts', actions: ['takeTurn', 'sayDecisionAgain'] },
      { guard: 'changesDecision', target: '.guided', actions: 'changeDecided' },
      { guard: 'changesSiblingRule', target: '.guided', actions: 'switchRuleForChange' },
      // «ho er 60 BT ikkje 45» after a decision and an answer beside it that only informs.
      { guard: 'changesEarlierRule', target: '.guided', actions: 'reopenRuleForChange' },
      { target: '.routing', actions: 'routeMessage' },
    ],
    CHOICE: [
      { guard: 'isTopicChoice', target: '.routing', actions: 'routeClick' },
      { actions: ['takeTurn', 'sayStaleAfterAnswer'] },
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
          actions: ['sayAlsoAsked', 'sayTopicAnswer', 'rememberTopicAnswered'],
        },
        { guard: 'pendingIsClarify', target: 'open', actions: ['sayClarify', 'rememberOffered', 'leaveTopic'] },
        // A further question outside the catalogue: said to be so (its words are not kept to note).
        {
          guard: 'pendingIsFurtherOutside',
          target: 'continuing',
          actions: ['sayAlsoOutside', 'sayFallback', 'dropPending'],
        },
        // A question outside the catalogue leaves the case decided so far as it is (a what-if may follow).
        { target: 'continuing', actions: ['sayFallback', 'leaveUnanswered'] },
      ],
    },
    /** After an answer: the message's next question, if it had more. */
    continuing: {
      always: [{ guard: 'hasQueue', target: 'routing', actions: 'takeQueued' }, { target: 'open' }],
    },
    choosingRule: {
      on: {
        CHOICE: [
          { guard: 'isRuleChoice', target: 'guided', actions: 'chooseRuleByClick' },
          { guard: 'isTopicChoice', target: 'routing', actions: 'routeClick' },
          { actions: ['takeTurn', 'sayRuleChoice'] },
        ],
        TEXT: [
          { guard: 'textPicksRule', target: 'guided', actions: 'chooseRuleByText' },
          // A question outside the catalogue at the menu: the fallback, then the menu again.
          { guard: 'asksOutOfScope', actions: ['takeTurn', 'sayFallback', 'noteUnanswered', 'sayRuleChoice'] },
          { target: 'routing', actions: 'routeMessage' },
        ],
      },
    },
    guided: {
      invoke: {
        id: 'gather',
        src: 'gather',
        input: ({ context }) => tell.gatherInput(context),
        onDone: { target: 'continuing', actions: ['keepOutcome', 'sayDecision', 'forgetLeads'] },
      },
      on: {
        'GATHER.ASK': { actions: ['sayQuestion', 'askedNext'] },
        'GATHER.REVIEW': { actions: ['sayReview', 'reviewNext'] },
        'GATHER.NOTHING_BACK': { actions: 'sayNothingBack' },
        TEXT: [
          { guard: 'acceptsReview', actions: ['takeTurn', 'forwardAccept'] },
          { guard: 'isSmallTalk', actions: ['takeTurn', 'saySmallTalk', 'askAgain'] },
          { guard: 'asksInformationAside', actions: ['takeTurn', 'sayAsideAnswer', 'askAgain'] },
          // «… hva blir ny utløpsdato?» while the ISSC's validity is worked out: the renewal's rule instead.
          { guard: 'namesSiblingRule', target: 'guided', reenter: true, actions: 'switchRuleForChange' },
          { guard: 'switchesTopic', target: 'routing', actions: 'routeMessage' },
          // Facts in a question outside the catalogue are about that question, not the case at hand.
          { guard: 'asksOutOfScope', actions: ['takeTurn', 'sayFallback', 'noteUnanswered', 'askAgain'] },
          { guard: 'answersOrTells', actions: ['takeAnswer', 'forwardAnswer'] },
          { guard: 'asksUnclear', actions: ['takeMessage', 'sayClarify'] },
          { guard: 'asksSameTopicAside', actions: ['takeMessage', 'sayOwnTopicAnswer', 'askAgain'] },
          { guard: 'asksAside', actions: ['takeMessage', 'askAgain'] },
          { actions: ['takeMessage', 'forwardAnswer'] },
        ],
        CHOICE: [
          { guard: 'isTopicChoice', target: 'routing', actions: 'routeClick' },
          { guard: 'isRuleChoice', target: 'guided', reenter: true, actions: 'chooseRuleByClick' },
          { guard: 'isReviewChoice', actions: ['takeTurn', 'forwardReview'] },
          { guard: 'isAnswerChoice', actions: ['takeTurn', 'forwardChoice'] },
          { actions: ['takeTurn', 'sayStale', 'askAgain'] },
        ],
        COMMAND: [
          { guard: 'isBack', actions: ['takeTurn', 'forwardBack'] },
          { guard: 'isRestart', target: 'open', actions: ['restart', 'sayRestarted'] },
          { guard: 'isHelp', actions: ['takeTurn', 'sayHelp', 'askAgain'] },
          { guard: 'isHandoff', actions: ['takeTurn', 'sayHandoff'] },
        ],
      },
    },
  },
});
