/**
 * The messages the conversation machine emits, built from its context: the question asked (with
 * the topic's introduction the first time, and why it is asked again), the decision (with what a
 * correction or what-if changed), the question asked again after a side question, the hand-off
 * summary and the choice between a topic's rules. Pure functions of the context; no state.
 */
import type { Locale, TopicId } from '../content/topic-ids.js';
import { texts } from '../content/index.js';
import type { BotMessage } from '../content/types.js';
import {
  changeLead,
  chooseRule,
  earlierLead,
  commandChoices,
  decisionMessage,
  exampleAnswer,
  type FactChange,
  handoff,
  needsDay,
  question,
  say,
  topicAnswer,
} from '../content/render.js';
import { listRules, type RuleId } from '../rules/index.js';
import type { DecidedDecision, Text } from '../rules/types.js';
import type { Change } from '../understanding/changes.js';
import type { PartialDate } from '../understanding/extract.js';
import { ruleFact, ruleFacts } from './answers.js';
import type { AskReason } from './gather-machine.js';
import { redact } from './redact.js';
import { flowOf } from './topic-flows.js';

/** What the messages below read from the conversation's context. */
export type SayContext = {
  locale: Locale;
  topic: TopicId | null;
  ruleId: RuleId | null;
  facts: Record<string, unknown>;
  answered: string[];
  asking: string | null;
  introduced: boolean;
  change: Change | null;
  /** Facts (ids) a new rule took from earlier messages, said once with its first question or decision. */
  carried: string[];
};

const RULE_TITLES = new Map(listRules().map((r) => [r.id, r.title]));

/** What the last message changed of the rule's facts, said in a sentence; undefined when nothing. */
export function changeSaid(context: SayContext): string | undefined {
  const { change, ruleId } = context;
  if (!change || !ruleId) return undefined;
  const facts = ruleFacts(ruleId);
  const changes = change.facts.flatMap((c): FactChange[] => {
    const fact = facts.find((f) => f.questionKey === c.key);
    return fact ? [{ fact, value: c.value, ...(c.previous === undefined ? {} : { previous: c.previous }) }] : [];
  });
  return changes.length > 0 ? changeLead(context.locale, change.kind, changes) : undefined;
}

/** The facts a new rule took from earlier messages, said in a sentence; undefined when none. */
export function carriedSaid(context: SayContext): string | undefined {
  const { ruleId } = context;
  if (!ruleId || context.carried.length === 0) return undefined;
  const facts = context.carried.flatMap((id) => {
    const fact = ruleFact(ruleId, id);
    return fact && Object.hasOwn(context.facts, id) ? [{ fact, value: context.facts[id] }] : [];
  });
  return facts.length > 0 ? earlierLead(context.locale, facts) : undefined;
}

/** What to say before the next question or decision: what changed, and what was taken from earlier. */
const leadsOf = (context: SayContext): (string | undefined)[] => [changeSaid(context), carriedSaid(context)];

/** Why a question is asked again, in words (undefined for a first question). */
function reasonSaid(
  locale: Locale,
  reason: AskReason,
  example: string,
  issue: Text | null,
  partialDate: PartialDate | null,
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
    case 'first':
      return undefined;
  }
}

/** The gather machine's question: the topic's introduction the first time, then the question with its leads. */
export function questionMessages(
  context: SayContext,
  ask: { ruleId: RuleId; fact: string; reason: AskReason; issue: Text | null; partialDate: PartialDate | null },
): BotMessage[] {
  const fact = ruleFact(ask.ruleId, ask.fact);
  const topic = context.topic;
  if (!fact || !topic) return [];
  const { locale } = context;
  const intro = !context.introduced && ask.reason === 'first' ? [topicAnswer(locale, topic)] : [];
  const leads = [
    ...leadsOf(context),
    reasonSaid(locale, ask.reason, exampleAnswer(locale, fact), ask.issue, ask.partialDate),
  ].filter((l) => l !== undefined);
  const message = question(locale, topic, fact, leads.length > 0 ? leads.join('\n\n') : undefined);
  const extra =
    ask.reason === 'stuck' || ask.reason === 'unknown' ? commandChoices(locale, ['handoff', 'restart']) : [];
  return [...intro, extra.length > 0 ? { ...message, choices: [...(message.choices ?? []), ...extra] } : message];
}

/** The question waiting for an answer, asked again after a side question ("Before we go on: …"). */
export function askAgainMessage(context: SayContext): BotMessage | undefined {
  const fact = context.ruleId && context.asking ? ruleFact(context.ruleId, context.asking) : undefined;
  if (!fact || !context.topic) return undefined;
  return question(context.locale, context.topic, fact, texts(context.locale).conversation.beforeWeGoOn);
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

/** How to reach Sdir, with the facts answered so far (identifiers in free text removed). */
export function handoffMessage(context: SayContext): BotMessage {
  const { ruleId } = context;
  const answers = ruleId
    ? context.answered.flatMap((id) => {
        const fact = ruleFact(ruleId, id);
        const value = context.facts[id];
        return fact ? [{ fact, value: typeof value === 'string' ? redact(value) : value }] : [];
      })
    : [];
  return handoff(context.locale, { ...(context.topic ? { topic: context.topic } : {}), answers });
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
