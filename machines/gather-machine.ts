/**
 * Gathers the facts one rule needs, for any rule: asks for the first fact `decide(...).needs`
 * names, reads the answer, and repeats until the rule decides. Driven entirely by `listRules()`
 * and the rule's own partial evaluation — there is no per-topic machine.
 *
 * It tells its parent what to say with `GATHER.ASK` (which fact, and why it is asked again) and
 * finishes with the decision as its output.
 */
import { assign, sendParent, setup } from 'xstate';
import type { Locale } from '../content/topic-ids.js';
import { decide } from '../rules/index.js';
import type { DecidedDecision, FactIssue, Text } from '../rules/types.js';
import { interpretAnswer, ruleFact } from './answers.js';

export type GatherInput = {
  ruleId: string;
  facts: Record<string, unknown>;
  today: string;
  locale: Locale;
  /** Facts already answered, in order, when the gathering resumes (e.g. after "back" from a decision). */
  answered?: string[];
  /** True when the user went back from a decision to correct an answer (the first question says so). */
  resumedAfterBack?: boolean;
};

/** Why a question is asked (again). */
export type AskReason = 'first' | 'not-understood' | 'stuck' | 'unknown' | 'invalid' | 'back';

export type GatherContext = GatherInput & {
  asking: string | null;
  failures: number;
  /** Facts answered in this conversation, in order (for "back"). */
  answered: string[];
  reason: AskReason;
  issue: Text | null;
  decision: DecidedDecision | null;
  pendingIssues: FactIssue[];
};

export type GatherEvent =
  | { type: 'ANSWER'; text?: string; choice?: string; today: string; locale: Locale }
  | { type: 'BACK' };

/** What the parent receives. */
export type GatherToParent =
  | {
      type: 'GATHER.ASK';
      ruleId: string;
      fact: string;
      reason: AskReason;
      issue: Text | null;
      facts: Record<string, unknown>;
      answered: string[];
    }
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
      const d = decide(context.ruleId, context.facts, { today: context.today });
      if (d.status === 'decided') return { decision: d, asking: null, pendingIssues: [] };
      if (d.status === 'invalid') return { pendingIssues: d.issues, asking: null };
      return { asking: d.facts[0] ?? null, pendingIssues: [] };
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
      }),
    ),
    readAnswer: assign(({ context, event }) => {
      if (event.type !== 'ANSWER' || !context.asking) return {};
      const fact = ruleFact(context.ruleId, context.asking);
      const result = fact
        ? interpretAnswer(fact, event, { today: event.today, locale: event.locale })
        : { kind: 'not-understood' as const };
      if (result.kind === 'value') {
        return {
          facts: { ...context.facts, [context.asking]: result.value },
          answered: [...context.answered.filter((f) => f !== context.asking), context.asking],
          failures: 0,
          reason: 'first' as const,
          issue: null,
          today: event.today,
          locale: event.locale,
        };
      }
      const failures = context.failures + 1;
      const reason: AskReason =
        result.kind === 'unknown' ? 'unknown' : failures >= STUCK_AFTER ? 'stuck' : 'not-understood';
      return { failures, reason, issue: null, today: event.today, locale: event.locale };
    }),
    goBack: assign(({ context }) => {
      const last = context.answered.at(-1);
      if (!last) return {};
      const { [last]: _dropped, ...facts } = context.facts;
      return { facts, answered: context.answered.slice(0, -1), failures: 0, reason: 'back' as const, issue: null };
    }),
    nothingBack: sendParent({ type: 'GATHER.NOTHING_BACK' } satisfies GatherToParent),
  },
  guards: {
    isDecided: ({ context }) => context.decision !== null,
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
  }),
  initial: 'evaluating',
  states: {
    evaluating: {
      entry: 'evaluate',
      always: [
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
    done: { type: 'final' },
    /** The rule rejected something no answer can fix (cannot happen with valid input dates). */
    failed: { type: 'final' },
  },
  output: ({ context }) => ({ decision: context.decision, facts: context.facts, answered: context.answered }),
});
