/**
 * Gathers the facts one rule needs, for any rule: asks for the first fact `decide(...).needs`
 * names, takes the answer — and every other fact of the rule the same message gives — and repeats
 * until the rule decides. Driven entirely by `listRules()` and the rule's own partial evaluation;
 * there is no per-topic machine. It never reads text: its parent sends what the message was
 * understood to say.
 *
 * It tells its parent what to say with `GATHER.ASK` (which fact, and why it is asked again) and
 * finishes with the decision as its output. An outcome the parent names in `reviewOutcomes` (one
 * that makes a document of the answers) waits in `reviewing` first: the parent lists the answers
 * (`GATHER.REVIEW`), any of them can be changed (`REVIEW.CHANGE` asks that fact again and comes
 * back to the review) and `REVIEW.ACCEPT` finishes.
 */
import { assign, sendParent, setup } from 'xstate';
import type { Locale } from '../content/topic-ids.js';
import { answerableFact, decide, type RuleId, withHealthLapsed } from '../rules/index.js';
import type { DecidedDecision, FactIssue, Text } from '../rules/types.js';
import { sameValue } from '../understanding/changes.js';
import type { AnswerResult, PartialDate } from '../understanding/extract.js';

export type GatherInput = {
  ruleId: RuleId;
  facts: Record<string, unknown>;
  today: string;
  locale: Locale;
  /** Facts already answered, in order, when the gathering resumes (e.g. after "back" from a decision). */
  answered?: string[];
  /** True when the user went back from a decision to correct an answer (the first question says so). */
  resumedAfterBack?: boolean;
  /** Outcomes whose answers are reviewed before they are given (they make a document of them). */
  reviewOutcomes?: readonly string[];
  /**
   * The conversation knows the holder's health certificate has lapsed: a D6 decision is then "not
   * allowed" at once (seed 002; `withHealthLapsed`).
   */
  healthLapsed?: boolean;
};

/**
 * Why a question is asked (again); 'needs-day' when a date came without its day, 'change' when the
 * user changes the answer from a review.
 */
export type AskReason = 'first' | 'not-understood' | 'stuck' | 'unknown' | 'invalid' | 'back' | 'needs-day' | 'change';

export type GatherContext = GatherInput & {
  asking: string | null;
  failures: number;
  /** Facts answered in this conversation, in order (for "back"). */
  answered: string[];
  reason: AskReason;
  issue: Text | null;
  decision: DecidedDecision | null;
  pendingIssues: FactIssue[];
  /** The month and year given for the date asked, still without its day. */
  partialDate: PartialDate | null;
  /** Facts asked again once because the decision's one problem was theirs (asked only once). */
  reasked?: string[];
  /**
   * A fact the rule can do without that it rejected (an interim ISSC's expiry five years after its
   * issue): asked again with the reason all the same, never dropped in silence; "don't know" goes on
   * without it. `rejectedAsk` until it is asked, then `optionalAsked` while it waits.
   */
  rejectedAsk?: string | null;
  optionalAsked?: boolean;
};

/**
 * A message for the question asked: `reading` is how it answers the fact asked, `facts` the
 * other facts of the rule it gives (by fact id; new ones, and corrections of earlier answers).
 */
export type GatherEvent =
  | {
      type: 'ANSWER';
      reading: AnswerResult;
      facts: Record<string, unknown>;
      /** Facts (ids) the message made unknown: asked again («the period ended …»: the days worked). */
      forget?: readonly string[];
      /** The message changed a fact kept beside the rule's (a sea-time calculation's period): understood. */
      changedBeside?: true;
      today: string;
      locale: Locale;
    }
  | { type: 'BACK' }
  | { type: 'REVIEW.CHANGE'; fact: string }
  | { type: 'REVIEW.ACCEPT' };

/** `facts` without those a message made unknown (`forget`). */
function withoutForgotten(
  facts: Record<string, unknown>,
  forget: readonly string[] | undefined,
): Record<string, unknown> {
  if (!forget?.length) return facts;
  const kept = { ...facts };
  for (const id of forget) delete kept[id];
  return kept;
}

/** What the parent receives. */
export type GatherToParent =
  | {
      type: 'GATHER.ASK';
      ruleId: RuleId;
      fact: string;
      reason: AskReason;
      issue: Text | null;
      facts: Record<string, unknown>;
      answered: string[];
      partialDate: PartialDate | null;
    }
  | { type: 'GATHER.REVIEW'; ruleId: RuleId; facts: Record<string, unknown>; answered: string[] }
  | { type: 'GATHER.NOTHING_BACK' };

/** The decision (null only when the rule rejected something no answer can fix). */
export type GatherOutput = { decision: DecidedDecision | null; facts: Record<string, unknown>; answered: string[] };

const STUCK_AFTER = 2;

export const gatherMachine = setup({
  types: {
    context: {} as GatherContext,
    events: {} as GatherEvent,
    input: {} as GatherInput,
    output: {} as GatherOutput,
  },
  actions: {
    evaluate: assign(({ context }) => {
      const read = decide(context.ruleId, context.facts, { today: context.today });
      const d = context.healthLapsed === true ? withHealthLapsed(read) : read;
      // A rejected fact the rule decides without is asked again all the same, with why.
      if (d.status === 'decided' && context.rejectedAsk)
        return { asking: context.rejectedAsk, rejectedAsk: null, optionalAsked: true, pendingIssues: [] };
      if (d.status === 'decided') {
        // A position Sdir does not register sea time in is asked again once, with the reason, so
        // "lettmatros, then" mends it; given again, the decision says so.
        const fact = answerableFact(d);
        const reasked = context.reasked ?? [];
        const message = d.reasons[0];
        if (fact !== undefined && message !== undefined && !reasked.includes(fact))
          return { pendingIssues: [{ fact, message }], asking: null, reasked: [...reasked, fact] };
        return { decision: d, asking: null, pendingIssues: [] };
      }
      if (d.status === 'invalid') return { pendingIssues: d.issues, asking: null, rejectedAsk: null };
      return { asking: d.facts[0] ?? null, pendingIssues: [], rejectedAsk: null };
    }),
    /** Forget facts the rule rejected, and remember why, so the question is asked again. */
    dropRejected: assign(({ context }) => {
      const rejected = new Set(context.pendingIssues.map((i) => i.fact));
      const facts = Object.fromEntries(Object.entries(context.facts).filter(([k]) => !rejected.has(k)));
      const first = context.pendingIssues[0];
      return {
        facts,
        answered: context.answered.filter((f) => !rejected.has(f)),
        reason: 'invalid' as const,
        issue: first ? first.message : null,
        pendingIssues: [],
        rejectedAsk: first ? first.fact : null,
      };
    }),
    askParent: sendParent(
      ({ context }): GatherToParent => ({
        type: 'GATHER.ASK',
        ruleId: context.ruleId,
        fact: context.asking ?? '',
        reason: context.reason,
        issue: context.issue,
        facts: context.facts,
        answered: context.answered,
        partialDate: context.partialDate,
      }),
    ),
    /** Take the answer and the other facts given; count a message that gives nothing as not understood. */
    readAnswer: assign(({ context, event }) => {
      if (event.type !== 'ANSWER' || !context.asking) return {};
      const turn = { today: event.today, locale: event.locale };
      const given: Record<string, unknown> = { ...event.facts };
      if (event.reading.kind === 'value') given[context.asking] = event.reading.value;
      const changed = Object.keys(given).filter((k) => !sameValue(context.facts[k], given[k]));
      if (Object.hasOwn(given, context.asking) || changed.length > 0) {
        return {
          ...turn,
          facts: withoutForgotten({ ...context.facts, ...given }, event.forget),
          answered: [...context.answered.filter((f) => !changed.includes(f)), ...changed],
          failures: 0,
          reason: 'first' as const,
          issue: null,
          partialDate: null,
          optionalAsked: false,
        };
      }
      if (event.reading.kind === 'partial-date') {
        const { year, month } = event.reading;
        return { ...turn, partialDate: { year, month }, reason: 'needs-day' as const, issue: null };
      }
      // Facts taken back while another is asked («det var som lettmatros, ikkje vaktoffiser»): they are
      // forgotten, to be asked in their turn; the question asked comes again without "I did not understand".
      const forgotten = (event.forget ?? []).filter((k) => Object.hasOwn(context.facts, k));
      if (forgotten.length > 0)
        return {
          ...turn,
          facts: withoutForgotten(context.facts, forgotten),
          answered: context.answered.filter((f) => !forgotten.includes(f)),
          failures: 0,
          reason: 'first' as const,
          issue: null,
        };
      // Facts said again with the values they have («lasteskip» of a cargo ship): understood, and
      // acknowledged by the parent; the question comes again without "I did not understand".
      // So is a change of a fact kept beside the rule's («sorry, it was 1/3-23 not 24» of the period).
      if (Object.keys(given).length > 0 || event.changedBeside)
        return { ...turn, reason: 'first' as const, issue: null };
      // "don't know" of a fact the rule can do without: it decides without it.
      if (context.optionalAsked && event.reading.kind === 'unknown')
        return { ...turn, reason: 'first' as const, issue: null, optionalAsked: false };
      const failures = context.failures + 1;
      const reason: AskReason =
        event.reading.kind === 'unknown' ? 'unknown' : failures >= STUCK_AFTER ? 'stuck' : 'not-understood';
      return { ...turn, failures, reason, issue: null };
    }),
    goBack: assign(({ context }) => {
      const last = context.answered.at(-1);
      if (!last) return {};
      const { [last]: _dropped, ...facts } = context.facts;
      return {
        facts,
        answered: context.answered.slice(0, -1),
        failures: 0,
        reason: 'back' as const,
        issue: null,
        partialDate: null,
      };
    }),
    nothingBack: sendParent({ type: 'GATHER.NOTHING_BACK' } satisfies GatherToParent),
    reviewParent: sendParent(
      ({ context }): GatherToParent => ({
        type: 'GATHER.REVIEW',
        ruleId: context.ruleId,
        facts: context.facts,
        answered: context.answered,
      }),
    ),
    /** Ask `fact` again to change its answer; the answer leads back through the decision to the review. */
    askChange: assign(({ event }) =>
      event.type === 'REVIEW.CHANGE'
        ? { asking: event.fact, reason: 'change' as const, decision: null, failures: 0, issue: null, partialDate: null }
        : {},
    ),
    /** Facts a message gives during the review (a correction in words): taken, and decided again. */
    takeFacts: assign(({ context, event }) => {
      if (event.type !== 'ANSWER') return {};
      const changed = Object.keys(event.facts).filter((k) => !sameValue(context.facts[k], event.facts[k]));
      return {
        today: event.today,
        locale: event.locale,
        facts: withoutForgotten({ ...context.facts, ...event.facts }, event.forget),
        answered: [...context.answered.filter((f) => !changed.includes(f)), ...changed],
        decision: null,
      };
    }),
  },
  guards: {
    isDecided: ({ context }) => context.decision !== null,
    needsReview: ({ context }) =>
      context.decision !== null && (context.reviewOutcomes ?? []).includes(context.decision.outcome),
    /** A change of an answer the review lists (a fact the rule holds). */
    isKnownFact: ({ context, event }) => event.type === 'REVIEW.CHANGE' && Object.hasOwn(context.facts, event.fact),
    isRejected: ({ context }) =>
      context.pendingIssues.length > 0 && context.pendingIssues.some((i) => i.fact in context.facts),
    isStuckOnInvalid: ({ context }) => context.pendingIssues.length > 0,
    answerAccepted: ({ context }) => context.reason === 'first',
    canGoBack: ({ context }) => context.answered.length > 0,
  },
}).createMachine({
  id: 'gather',
  context: ({ input }) => ({
    ...input,
    asking: null,
    failures: 0,
    answered: input.answered ?? [],
    reason: input.resumedAfterBack ? 'back' : 'first',
    issue: null,
    decision: null,
    pendingIssues: [],
    partialDate: null,
  }),
  initial: 'evaluating',
  states: {
    evaluating: {
      entry: 'evaluate',
      always: [
        { guard: 'needsReview', target: 'reviewing' },
        { guard: 'isDecided', target: 'done' },
        { guard: 'isRejected', actions: 'dropRejected', target: 'evaluating', reenter: true },
        { guard: 'isStuckOnInvalid', target: 'failed' },
        { target: 'asking' },
      ],
    },
    asking: {
      entry: 'askParent',
      on: {
        ANSWER: { actions: 'readAnswer', target: 'checking' },
        BACK: [{ guard: 'canGoBack', actions: 'goBack', target: 'evaluating' }, { actions: 'nothingBack' }],
      },
    },
    checking: {
      always: [
        { guard: 'answerAccepted', target: 'evaluating' },
        { target: 'asking', reenter: true },
      ],
    },
    /** The answers listed before the document: change any of them, or go on. */
    reviewing: {
      entry: 'reviewParent',
      on: {
        'REVIEW.ACCEPT': { target: 'done' },
        'REVIEW.CHANGE': { guard: 'isKnownFact', actions: 'askChange', target: 'asking' },
        ANSWER: { actions: 'takeFacts', target: 'evaluating' },
        BACK: [{ guard: 'canGoBack', actions: 'goBack', target: 'evaluating' }, { actions: 'nothingBack' }],
      },
    },
    done: { type: 'final' },
    /** The rule rejected something no answer can fix (cannot happen with valid input dates). */
    failed: { type: 'final' },
  },
  output: ({ context }) => ({ decision: context.decision, facts: context.facts, answered: context.answered }),
});
