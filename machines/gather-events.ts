/**
 * What the conversation tells its gather machine: what it starts from, how a message or a clicked
 * choice answers the fact asked, and a clicked choice of the review (change an answer, or go on) —
 * each a pure function of the conversation's context and event.
 */
import { CHOICE } from '../content/render.js';
import { decide, type RuleId } from '../rules/index.js';
import { sameValue } from '../understanding/changes.js';
import type { AnswerResult } from '../understanding/extract.js';
import type { Understanding } from '../understanding/understand.js';
import { choiceValue, factsBeside, factsForRule, ruleFact, ruleFacts } from './answers.js';
import { type ConversationContext, type ConversationEvent, heard } from './conversation-context.js';
import type { GatherEvent, GatherInput } from './gather-machine.js';
import { factsForRuleFrom, isShort } from './listening.js';
import { reviewedOutcomes } from './topic-flows.js';

/**
 * What the gather machine starts from. The conversation enters its guided state only with a rule
 * chosen; without one this throws, and the turn fails with the stored conversation kept as it was.
 */
export function gatherInput(context: ConversationContext): GatherInput {
  if (context.ruleId === null) throw new Error('A guided flow started without a rule');
  return {
    ruleId: context.ruleId,
    facts: context.facts,
    answered: context.answered,
    today: context.today,
    locale: context.locale,
    resumedAfterBack: context.resumed,
    reviewOutcomes: reviewedOutcomes(context.ruleId),
    ...(healthLapsed(context) ? { healthLapsed: true } : {}),
  };
}

/**
 * Whether a D6 decision must take the holder's health certificate as lapsed (seed 002: without a
 * valid one, D6 is not valid either): the health certificate this conversation decided, or the one
 * the same message asks about ("har D6 og helseerklæring frå 20.11.2024. Kan eg vere skipper …?"),
 * has expired today. Never from a date no health-certificate question was read with (an ISSC's
 * issue date is no health certificate's).
 */
function healthLapsed(context: ConversationContext): boolean {
  if (context.ruleId !== 'd6-privileges') return false;
  const health = 'health.certificate';
  const about =
    context.decisions.some((d) => d.topic === health) || context.queue.some((q) => q.topics.includes(health));
  if (!about) return false;
  // Today, whatever day another question asked about.
  const { onDate: _asked, ...facts } = factsForRule('health-certificate', context.known);
  const d = decide('health-certificate', facts, { today: context.today });
  return d.status === 'decided' && d.outcome === 'expired';
}

/** What the gather machine is told of a message: how it answers the fact asked, and the rule's other facts it gives. */
export function answerFromText(context: ConversationContext, event: ConversationEvent): GatherEvent {
  const u = heard(event);
  const turn = { today: context.today, locale: context.locale };
  if (!u || !context.ruleId) return { type: 'ANSWER', reading: { kind: 'not-understood' }, facts: {}, ...turn };
  const facts = factsForRuleFrom(u, context.ruleId);
  const reading = u.answer ?? { kind: 'not-understood' as const };
  const forget = ruleFacts(context.ruleId)
    .filter((f) => u.change?.forget?.includes(f.questionKey) && !Object.hasOwn(facts, f.id))
    .map((f) => f.id);
  const changedBeside = factsBeside(context.ruleId).some((f) => u.change?.facts.some((c) => c.key === f.questionKey));
  return {
    type: 'ANSWER',
    reading: correctsAnother(u, context.ruleId, context.asking, facts, reading) ? { kind: 'not-understood' } : reading,
    facts,
    ...(forget.length > 0 ? { forget } : {}),
    ...(changedBeside ? { changedBeside: true as const } : {}),
    ...turn,
  };
}

const TIME_UNITS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'years', 'hours']);

/**
 * A correction of another fact of the rule, said while a question waits ("sorry only 119 after
 * diploma" when the days in a training programme are asked), or a time labelled as another fact:
 * its value is that fact's, not the answer to the question asked, which stays open.
 */
function correctsAnother(
  u: Understanding,
  ruleId: RuleId,
  asking: string | null,
  facts: Readonly<Record<string, unknown>>,
  reading: AnswerResult,
): boolean {
  if (reading.kind !== 'value' || asking === null || Object.hasOwn(facts, asking)) return false;
  const others = ruleFacts(ruleId).filter((f) => f.id !== asking && sameValue(facts[f.id], reading.value));
  const changed = new Set(u.change?.marked === true ? u.change.facts.map((f) => f.key) : []);
  if (others.some((f) => changed.has(f.questionKey))) return true;
  // A time labelled as another fact ("he also has 3 months on deck" when other practice is asked) is
  // that fact's: times are said with where they were served. A reply of a few words («12 timer»)
  // is the answer, and so is a count of people («14 mann»).
  const asked = ruleFacts(ruleId).find((f) => f.id === asking);
  return (
    !isShort(u) && asked?.unit !== undefined && TIME_UNITS.has(asked.unit) && others.some((f) => f.unit === asked.unit)
  );
}

/** The fact the conversation asks now, if any. */
export const askedFact = (context: ConversationContext) =>
  context.ruleId && context.asking ? ruleFact(context.ruleId, context.asking) : undefined;

/** What the gather machine is told of a clicked choice of the review: change a fact, or go on. */
export function reviewFromChoice(event: ConversationEvent): GatherEvent {
  const id = event.type === 'CHOICE' ? event.id : '';
  const change = /^change:(.+)$/.exec(id)?.[1];
  return change !== undefined ? { type: 'REVIEW.CHANGE', fact: change } : { type: 'REVIEW.ACCEPT' };
}

/** True when a clicked choice belongs to the review the conversation shows (a change of a fact it lists, or going on). */
export function fitsReview(context: ConversationContext, choice: string): boolean {
  if (!context.reviewing) return false;
  if (choice === CHOICE.reviewed) return true;
  const change = /^change:(.+)$/.exec(choice)?.[1];
  return change !== undefined && Object.hasOwn(context.facts, change);
}

/** True when a clicked choice answers the fact asked (a button of an earlier question does not). */
export function fitsAskedFact(context: ConversationContext, choice: string): boolean {
  const fact = askedFact(context);
  return fact !== undefined && choiceValue(fact, choice).kind === 'value';
}

/** What the gather machine is told of a clicked answer. */
export function answerFromChoice(context: ConversationContext, event: ConversationEvent): GatherEvent {
  const fact = askedFact(context);
  const value = fact && event.type === 'CHOICE' ? choiceValue(fact, event.id) : undefined;
  const reading = value && value.kind !== 'stale' ? value : { kind: 'not-understood' as const };
  return { type: 'ANSWER', reading, facts: {}, today: context.today, locale: context.locale };
}
