/**
 * The messages the conversation machine emits, built from its context: the question asked (with
 * the topic's introduction the first time, and why it is asked again), the decision (with what a
 * correction or what-if changed), the question asked again after a side question, the hand-off
 * summary and the choice between a topic's rules. Pure functions of the context; no state.
 */
import type { Locale, TopicId } from '../content/topic-ids.js';
import { handoff, review } from '../content/handoff.js';
import { texts } from '../content/index.js';
import type { BotMessage } from '../content/types.js';
import {
  changeLead,
  chooseRule,
  earlierLead,
  commandChoices,
  notedLead,
  decisionMessage,
  exampleAnswer,
  type FactChange,
  needsDay,
  question,
  say,
  showValue,
  topicAnswer,
  topicTitle,
} from '../content/render.js';
import { decide, listRules, type RuleId } from '../rules/index.js';
import type { DecidedDecision, FactInfo, Text } from '../rules/types.js';
import type { PartialDate } from '../understanding/extract.js';
import { periodDays } from '../understanding/period.js';
import { ALL_FACTS, changeableFacts, ruleFact, ruleFacts } from './answers.js';
import type { ConversationContext } from './conversation-context.js';
import type { AskReason } from './gather-machine.js';
import { redact } from './redact.js';
import { flowOf } from './topic-flows.js';

/** What the messages below read from the conversation's context. */
export type SayContext = Readonly<
  Pick<
    ConversationContext,
    | 'locale'
    | 'today'
    | 'topic'
    | 'ruleId'
    | 'facts'
    | 'answered'
    | 'asking'
    | 'introduced'
    | 'change'
    | 'carried'
    | 'noted'
    | 'reviewing'
    | 'known'
    | 'discussed'
    | 'decisions'
    | 'unanswered'
    | 'queue'
    | 'spanDays'
    | 'supposed'
  >
>;

const RULE_TITLES = new Map(listRules().map((r) => [r.id, r.title]));

/** What the last message changed of the rule's facts, said in a sentence; undefined when nothing. */
export function changeSaid(context: SayContext): string | undefined {
  const { change, ruleId } = context;
  if (!change || !ruleId) return undefined;
  const facts = changeableFacts(ruleId);
  const said = change.facts.flatMap((c): FactChange[] => {
    const fact = facts.find((f) => f.questionKey === c.key);
    return fact ? [{ fact, value: c.value, ...(c.previous === undefined ? {} : { previous: c.previous }) }] : [];
  });
  // A what-if on top of earlier ones says those too ("and what if the boat is 499 GT?" after "and in
  // stor kystfart?": both are supposed), so the answer's case is the one shown.
  const before =
    change.kind === 'what-if'
      ? facts.flatMap((fact): FactChange[] => {
          const s = context.supposed?.[fact.questionKey];
          const value = context.known[fact.questionKey];
          if (!s || value === undefined || said.some((c) => c.fact.questionKey === fact.questionKey)) return [];
          return [{ fact, value, ...(s.was === undefined ? {} : { previous: s.was }) }];
        })
      : [];
  const changes = [...before, ...said];
  if (changes.length === 0) return undefined;
  // A fact given for the first time after a decision, unmarked (the verification's date after the
  // window was described): noted, not "corrected".
  if (change.kind === 'correction' && !change.marked && changes.every((c) => c.previous === undefined))
    return notedLead(context.locale, changes);
  return changeLead(context.locale, change.kind, changes, change.turning === true, change.back === true);
}

/** Facts `ids` of the rule with the values it holds, for a lead; those it does not hold are left out. */
function heldFacts(context: SayContext, ids: readonly string[]): { fact: FactInfo; value: unknown }[] {
  const { ruleId } = context;
  if (!ruleId) return [];
  return ids.flatMap((id) => {
    const fact = ruleFact(ruleId, id);
    return fact && Object.hasOwn(context.facts, id) ? [{ fact, value: context.facts[id] }] : [];
  });
}

/** The facts a new rule took from earlier messages, said in a sentence; undefined when none. */
export function carriedSaid(context: SayContext): string | undefined {
  const facts = heldFacts(context, context.carried);
  return facts.length > 0 ? earlierLead(context.locale, facts) : undefined;
}

/** The facts the last message gave beside the question asked, said in a sentence; undefined when none. */
export function notedSaid(context: SayContext): string | undefined {
  // `noted` is missing from conversations stored before it existed.
  const facts = heldFacts(context, context.noted ?? []);
  return facts.length > 0 ? notedLead(context.locale, facts) : undefined;
}

/** What to say before the next question or decision: what changed, what was taken from earlier or noted. */
const leadsOf = (context: SayContext): (string | undefined)[] => [
  changeSaid(context),
  carriedSaid(context),
  notedSaid(context),
];

/**
 * The further questions of the message that started this flow, said before its first question, so a
 * long e-mail's second question is seen to wait, not to be lost; undefined when there are none.
 */
function answeredAfter(context: SayContext): string | undefined {
  const { queue } = context;
  if (queue.length === 0) return undefined;
  const titles = [
    ...new Set(
      queue.flatMap((q) => (q.topics.length === 1 && q.topics[0] ? [topicTitle(context.locale, q.topics[0])] : [])),
    ),
  ];
  return texts(context.locale).conversation.answeredAfter(titles);
}

/**
 * The days of the period given («fra 01.03.2026 til 30.06.2026»), before the question of the days
 * worked in the sea-time calculation or a confirmation being written: a period says when, not how many
 * days were worked, so they are asked, with the period's days to answer with («alle»); undefined
 * without a period.
 */
function periodDaysSaid(context: SayContext, ask: Ask): string | undefined {
  if (
    (ask.ruleId !== 'sea-time' && ask.ruleId !== 'sea-time-confirmation') ||
    ask.fact !== 'days' ||
    (ask.reason !== 'first' && ask.reason !== 'not-understood')
  )
    return undefined;
  // The rule's facts first: a period's last day answered in this very message is not known yet.
  const period = periodDays([
    { key: 'periodFrom', value: ask.facts.periodFrom ?? context.known.periodFrom },
    { key: 'periodTo', value: ask.facts.periodTo ?? context.known.periodTo },
  ]);
  // Without dates, the calendar days of a time given without the days worked ("3 months at 14 hours").
  const days = period ?? (ask.ruleId === 'sea-time' ? (context.spanDays ?? undefined) : undefined);
  return days === undefined ? undefined : texts(context.locale).conversation.periodDays(days);
}

/** Why a question is asked again, in words (undefined for a first question); `current` is the answer a change replaces. */
function reasonSaid(
  locale: Locale,
  reason: AskReason,
  example: string,
  issue: Text | null,
  partialDate: PartialDate | null,
  current: string | undefined,
): string | undefined {
  const ui = texts(locale).ui;
  switch (reason) {
    case 'not-understood':
      return ui.notUnderstood(example);
    case 'stuck':
      return ui.stuck(example);
    case 'unknown':
      return ui.unknownNeeded;
    case 'invalid':
      return issue ? ui.invalidAnswer(issue[locale]) : undefined;
    case 'back':
      return ui.goingBack;
    case 'needs-day':
      return partialDate ? needsDay(locale, partialDate.year, partialDate.month) : undefined;
    case 'change':
      return current === undefined ? undefined : texts(locale).conversation.changing(current);
    case 'first':
      return undefined;
  }
}

/** Progress is shown in flows of more questions than this. */
const PROGRESS_AFTER = 4;

/**
 * Where a question stands in its flow: this is answer `step` of `of`, counting the answers given
 * and the facts the rule still names as needed (so `of` may change as answers come in). Only for
 * flows of more than `PROGRESS_AFTER` questions, and not when an answer is being changed.
 */
function progressOf(
  context: SayContext,
  ask: { ruleId: RuleId; facts: Record<string, unknown>; answered: readonly string[] },
): BotMessage['progress'] {
  const d = decide(ask.ruleId, ask.facts, { today: context.today });
  if (d.status !== 'needs') return undefined;
  const of = ask.answered.length + d.facts.length;
  return of > PROGRESS_AFTER ? { step: ask.answered.length + 1, of } : undefined;
}

/** What the gather machine asks with: its question, and what the rule holds. */
type Ask = {
  ruleId: RuleId;
  fact: string;
  reason: AskReason;
  issue: Text | null;
  partialDate: PartialDate | null;
  facts: Record<string, unknown>;
  answered: string[];
};

/** The gather machine's question: the topic's introduction the first time, then the question with its leads. */
export function questionMessages(context: SayContext, ask: Ask): BotMessage[] {
  const fact = ruleFact(ask.ruleId, ask.fact);
  const topic = context.topic;
  if (!fact || !topic) return [];
  const { locale } = context;
  const intro = !context.introduced && ask.reason === 'first' ? [topicAnswer(locale, topic)] : [];
  const current = Object.hasOwn(ask.facts, ask.fact) ? showValue(locale, fact, ask.facts[ask.fact]) : undefined;
  const leads = [
    // The facts as the rule now holds them (this message's are not in the context yet).
    ...leadsOf({ ...context, facts: ask.facts }),
    intro.length > 0 ? answeredAfter(context) : undefined,
    periodDaysSaid(context, ask),
    reasonSaid(locale, ask.reason, exampleAnswer(locale, fact), ask.issue, ask.partialDate, current),
  ].filter((l) => l !== undefined);
  const progress = ask.reason === 'change' ? undefined : progressOf(context, ask);
  const lead = leads.length > 0 ? leads.join('\n\n') : undefined;
  const message = question(locale, topic, fact, { lead, progress, ruleId: ask.ruleId });
  const extra =
    ask.reason === 'stuck' || ask.reason === 'unknown' ? commandChoices(locale, ['handoff', 'restart']) : [];
  return [...intro, extra.length > 0 ? { ...message, choices: [...(message.choices ?? []), ...extra] } : message];
}

/** The question waiting for an answer (or the review), asked again after a side question ("Before we go on: …"). */
export function askAgainMessage(context: SayContext): BotMessage | undefined {
  const lead = texts(context.locale).conversation.beforeWeGoOn;
  if (context.reviewing && context.ruleId) return reviewMessage(context, context.ruleId, context.facts, lead);
  const fact = context.ruleId && context.asking ? ruleFact(context.ruleId, context.asking) : undefined;
  if (!fact || !context.topic) return undefined;
  return question(context.locale, context.topic, fact, { lead, ruleId: context.ruleId ?? undefined });
}

/** The answers of rule `ruleId`, in the rule's order, listed for review with what the last message changed. */
export function reviewMessage(
  context: SayContext,
  ruleId: RuleId,
  facts: Readonly<Record<string, unknown>>,
  lead?: string,
): BotMessage | undefined {
  if (!context.topic) return undefined;
  const answers = ruleFacts(ruleId).flatMap((fact) =>
    Object.hasOwn(facts, fact.id) ? [{ fact, value: facts[fact.id] }] : [],
  );
  const leads = [lead, ...leadsOf({ ...context, ruleId })].filter((l) => l !== undefined);
  return review(context.locale, context.topic, answers, leads.length > 0 ? leads.join('\n\n') : undefined);
}

/** The rule's decision (with what a correction or what-if changed), and the commands that follow it. */
export function decisionReply(context: SayContext, decision: DecidedDecision | null): BotMessage {
  const { locale } = context;
  const topic = context.topic ?? 'fallback';
  const message = decision ? decisionMessage(locale, topic, decision) : say(texts(locale).ui.somethingWrong, topic);
  const leads = leadsOf(context).filter((l) => l !== undefined);
  return {
    ...message,
    text: [...leads, message.text].join('\n\n'),
    choices: commandChoices(locale, ['back', 'restart', 'handoff']),
  };
}

/**
 * The answer last given, said again (in the conversation's language, now another): the decision of
 * the rule the conversation holds, decided again from its facts; undefined when there is none.
 */
export function lastDecisionAgain(context: SayContext): BotMessage | undefined {
  const { ruleId, topic } = context;
  if (!ruleId || !topic || !context.decisions.some((n) => n.rule === ruleId)) return undefined;
  const d = decide(ruleId, context.facts, { today: context.today });
  if (d.status !== 'decided') return undefined;
  return {
    ...decisionMessage(context.locale, topic, d),
    choices: commandChoices(context.locale, ['back', 'restart', 'handoff']),
  };
}

/** Topics about a seafarer's own certificates, sea time or applications (Min side sjøfolk, eDialog). */
const OWN_CASE_TOPICS = ['seatime.', 'aps.', 'ratings.', 'deck.', 'health.', 'd6.', 'cook.qualification'];
const isOwnCase = (topic: TopicId) => OWN_CASE_TOPICS.some((p) => topic === p || topic.startsWith(p));

const FACT_BY_KEY = new Map(ALL_FACTS.map((f) => [f.questionKey, f]));

/**
 * The way to a person, with the conversation summed up: the topics discussed, every fact given
 * (personal identifiers removed), each decision, and what is still open.
 */
export function handoffMessage(context: SayContext): BotMessage {
  const facts = Object.entries(context.known).flatMap(([key, value]) => {
    const fact = FACT_BY_KEY.get(key);
    return fact ? [{ fact, value: typeof value === 'string' ? redact(value) : value }] : [];
  });
  const waiting = context.ruleId && context.asking ? ruleFact(context.ruleId, context.asking) : undefined;
  return handoff(context.locale, {
    topics: context.discussed,
    facts,
    decisions: context.decisions,
    ...(context.unanswered ? { unanswered: context.unanswered } : {}),
    ...(waiting ? { waiting } : {}),
    reviewing: context.reviewing,
    ownCase: context.discussed.some(isOwnCase),
  });
}

/** The choice between the rules of the current topic. */
export function ruleChoiceMessage(context: SayContext): BotMessage | undefined {
  const topic = context.topic;
  if (!topic) return undefined;
  const rules = (flowOf(topic)?.rules ?? []).flatMap((id) => {
    const title = RULE_TITLES.get(id);
    return title ? [{ id, title }] : [];
  });
  return chooseRule(context.locale, topic, rules);
}
