/**
 * Turns topics, questions and decisions into channel-neutral `BotMessage`s in one language.
 * Plain text only: channels decide how to show it, and never as HTML.
 */
import type { RuleId } from '../rules/registry.js';
import type { DecidedDecision, FactInfo, Text } from '../rules/types.js';
import type { FactKey } from '../rules/facts.js';
import { unitName } from '../rules/facts.js';
import { joinedWith } from '../rules/rule.js';
import { attachmentsFor } from './documents/index.js';
import { texts } from './index.js';
import { LETTER_QUESTIONS } from './letter-topics.js';
import { D6_HEALTH_LAPSED_HEADLINE, EVALUATED_NAMES } from './outcomes.js';
import { citationText, citationTitle } from './sources.js';
import type { Locale, RoutableTopicId, TopicId } from './topic-ids.js';
import { topicMeta } from './topics/meta.js';
import type { BotMessage, Citation, MessageCitation } from './types.js';

/** Choice ids: the prefix says what a click means. */
export const CHOICE = {
  answer: (value: string) => `answer:${value}`,
  topic: (topic: string) => `topic:${topic}`,
  rule: (ruleId: string) => `rule:${ruleId}`,
  command: (command: Command) => `cmd:${command}`,
  /** Change one answer of a review (the fact's id). */
  change: (fact: string) => `change:${fact}`,
  /** Accept the answers of a review and go on to the document. */
  reviewed: 'review:ok',
} as const;

export type Command = 'restart' | 'back' | 'help' | 'handoff';

/** A whole message that is only courtesy: a greeting, thanks or goodbye (answered in kind, never routed). */
export type SmallTalk = 'hello' | 'thanks' | 'bye' | 'language' | 'identity' | 'sure';

const pick = (t: Text, locale: Locale) => t[locale];

/** "Kilder: bemanningsforskriften § 1 (FOR-2009-06-18-666); Sjøfartsdirektoratet: …" */
export function sourcesLine(locale: Locale, citations: readonly Citation[]): string {
  if (citations.length === 0) return '';
  return `${texts(locale).ui.sources}: ${citations.map((c) => citationText(locale, c)).join('; ')}`;
}

const withSources = (locale: Locale, body: string, citations: readonly Citation[]) =>
  citations.length > 0 ? `${body}\n\n${sourcesLine(locale, citations)}` : body;

/** The citations of a message, each with the name a reader knows it by. */
const titled = (locale: Locale, citations: readonly Citation[]): MessageCitation[] =>
  citations.map((c) => ({ ...c, title: citationTitle(locale, c) }));

/** The catalogue answer to `topic`. */
export function topicAnswer(locale: Locale, topic: TopicId): BotMessage {
  const { citations } = topicMeta[topic];
  return {
    text: withSources(locale, texts(locale).topics[topic].answer, citations),
    topic,
    citations: titled(locale, citations),
  };
}

export function topicTitle(locale: Locale, topic: TopicId): string {
  return texts(locale).topics[topic].title;
}

/**
 * The question that asks for `fact`, with choices for closed answers, and where it stands in a
 * long flow (`progress`).
 */
export function question(
  locale: Locale,
  topic: TopicId,
  fact: FactInfo,
  options: { lead?: string | undefined; progress?: BotMessage['progress']; ruleId?: RuleId | undefined } = {},
): BotMessage {
  const { lead, progress, ruleId } = options;
  const t = texts(locale);
  const q = t.facts[fact.questionKey as FactKey];
  const asked = (ruleId && fact.type === 'date' && namedDateQuestion(locale, ruleId, fact, q.question)) || q.question;
  const labels = 'choices' in q ? (q.choices as Record<string, string>) : undefined;
  let choices: { id: string; label: string }[] | undefined;
  if (fact.type === 'boolean')
    choices = [
      { id: CHOICE.answer('yes'), label: t.ui.choiceYes },
      { id: CHOICE.answer('no'), label: t.ui.choiceNo },
    ];
  else if (fact.type === 'enum' && fact.values)
    choices = fact.values.map((v) => ({ id: CHOICE.answer(v), label: labels?.[v] ?? v }));
  else if (fact.type === 'enum-list' && fact.values) {
    choices = [
      ...fact.values.map((v) => ({ id: CHOICE.answer(v), label: labels?.[v] ?? v })),
      { id: CHOICE.answer('none'), label: t.ui.choiceNone },
    ];
  }
  return {
    text: lead ? `${lead}\n\n${asked}` : asked,
    topic,
    ask: { fact: fact.id },
    ...(choices ? { choices } : {}),
    ...(progress ? { progress } : {}),
  };
}

/**
 * A date asked in the words of the rule's document («Hvilken dato ble helseerklæringen utstedt
 * (dd.mm.åååå)?», not «… dokumentet …»): the letter's question with the general question's format.
 */
function namedDateQuestion(locale: Locale, ruleId: RuleId, fact: FactInfo, general: string): string | undefined {
  const named = LETTER_QUESTIONS.get(`${ruleId}:${fact.questionKey}`)?.[locale];
  const format = /\s*\([^)]*\)\?$/.exec(general)?.[0];
  return named && format ? named.replace(/\?$/, format) : undefined;
}

/** An example of a valid answer to `fact`. */
export const exampleAnswer = (locale: Locale, fact: FactInfo): string =>
  texts(locale).facts[fact.questionKey as FactKey].example;

/** The name of what `decision` evaluated ("matros", "D4"), when it names one (`values.evaluated`). */
function evaluatedName(locale: Locale, evaluated: unknown): string | undefined {
  if (typeof evaluated !== 'string' || !Object.hasOwn(EVALUATED_NAMES, evaluated)) return undefined;
  return EVALUATED_NAMES[evaluated as keyof typeof EVALUATED_NAMES][locale];
}

/** A decided outcome in a sentence, naming what it evaluated: "For matros: Ja, …". */
export function outcomeHeadline(
  locale: Locale,
  decision: { rule: string; outcome: string; values?: Record<string, unknown> },
): string {
  const key = `${decision.rule}:${decision.outcome}`;
  const outcomes: Readonly<Record<string, string>> = texts(locale).outcomes;
  const outcome =
    key === 'd6-privileges:not-allowed' && decision.values?.healthCertificateValid === false
      ? D6_HEALTH_LAPSED_HEADLINE[locale]
      : Object.hasOwn(outcomes, key)
        ? (outcomes[key] ?? '')
        : '';
  const name = evaluatedName(locale, decision.values?.evaluated);
  return name === undefined ? outcome : `For ${name}: ${outcome}`;
}

/**
 * A rule's decision: headline, the reasons as a list, the sources, and links to the files it offers.
 * The headline names what was evaluated ("For matros: Ja, …"), so an answer about another position
 * than the one asked about shows at once.
 */
export function decisionMessage(locale: Locale, topic: TopicId, decision: DecidedDecision): BotMessage {
  const headline = outcomeHeadline(locale, decision);
  const reasons = decision.reasons.map((r) => `• ${pick(r, locale)}`).join('\n');
  const attachments = attachmentsFor(locale, decision);
  return {
    text: withSources(locale, `${headline}\n\n${reasons}`, decision.citations),
    topic,
    decision,
    citations: titled(locale, decision.citations),
    ...(attachments.length > 0 ? { attachments } : {}),
  };
}

/** Offer the 2–3 best topics as choices. */
export function clarify(locale: Locale, topics: readonly RoutableTopicId[]): BotMessage {
  return {
    text: texts(locale).ui.clarify,
    choices: [
      ...topics.map((t) => ({ id: CHOICE.topic(t), label: topicTitle(locale, t) })),
      { id: CHOICE.command('handoff'), label: texts(locale).ui.commandHandoff },
    ],
  };
}

/** Choose between the rules of a topic that has more than one. */
export function chooseRule(locale: Locale, topic: TopicId, rules: readonly { id: string; title: Text }[]): BotMessage {
  return {
    text: texts(locale).ui.chooseRule,
    topic,
    choices: rules.map((r) => ({ id: CHOICE.rule(r.id), label: pick(r.title, locale) })),
  };
}

/** The honest "I don't know that", with the way to Sdir. */
export function fallback(locale: Locale): BotMessage {
  return {
    ...topicAnswer(locale, 'fallback'),
    choices: [{ id: CHOICE.command('handoff'), label: texts(locale).ui.commandHandoff }],
  };
}

/** An ISO date (2025-01-06) in the form dates are asked in: 06.01.2025. */
const localDate = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
};

/** A fact's value as the user would read it: the choice's label, yes or no, a number with its unit, a date as dd.mm.yyyy. */
export function showValue(locale: Locale, fact: FactInfo, value: unknown): string {
  const t = texts(locale);
  const q = t.facts[fact.questionKey as FactKey];
  const labels = 'choices' in q ? (q.choices as Record<string, string>) : undefined;
  if (typeof value === 'boolean') return value ? t.ui.choiceYes : t.ui.choiceNo;
  if (Array.isArray(value))
    return value.length === 0 ? t.ui.choiceNone : value.map((v) => labels?.[String(v)] ?? String(v)).join(', ');
  const label = typeof value === 'string' && labels && Object.hasOwn(labels, value) ? labels[value] : undefined;
  if (label) return label;
  if (fact.type === 'date' && typeof value === 'string') return localDate(value);
  const unit = fact.unit ? ` ${unitName(fact.unit)[locale]}` : '';
  return typeof value === 'number'
    ? `${value.toLocaleString(locale === 'en' ? 'en-GB' : 'nb-NO')}${unit}`
    : String(value);
}

/** A plain message from the assistant's own words, optionally within a topic. */
export function say(text: string, topic?: TopicId, choices?: { id: string; label: string }[]): BotMessage {
  return { text, ...(topic ? { topic } : {}), ...(choices ? { choices } : {}) };
}

/** The standard command choices (start over, back, talk to a person). */
export function commandChoices(locale: Locale, commands: readonly Command[]): { id: string; label: string }[] {
  const ui = texts(locale).ui;
  const label: Record<Command, string> = {
    restart: ui.commandRestart,
    back: ui.commandBack,
    help: ui.commandHelp,
    handoff: ui.commandHandoff,
  };
  return commands.map((c) => ({ id: CHOICE.command(c), label: label[c] }));
}

/** A fact a message changed, with the value it replaced (if it had one). */
export type FactChange = { fact: FactInfo; value: unknown; previous?: unknown };

/** Lower-case the first letter of a choice label used inside a sentence ("Lasteskip" → "lasteskip"; "D5" stays). */
const inSentence = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
/** A value inside a sentence; a name as written keeps its capital ("Nordbris, not Havblikk", "Kari Nilsen"). */
const valueInSentence = (locale: Locale, fact: FactInfo, v: unknown): string =>
  fact.type === 'text' ? showValue(locale, fact, v) : inSentence(showValue(locale, fact, v));

/** "a, b og c" */
function list(locale: Locale, items: readonly string[]): string {
  return joinedWith(items, texts(locale).conversation.and);
}

/**
 * What a correction or what-if changed, said before the next question or the new decision:
 * "Greit, jeg har rettet det: bruttotonnasje (BT) er 45 BT, ikke 60 BT." / "If gross tonnage
 * (GT) is 45 GT instead of 60 GT:".
 */
export function changeLead(
  locale: Locale,
  kind: 'correction' | 'what-if',
  changes: readonly FactChange[],
  turning = false,
  back = false,
): string {
  const c = texts(locale).conversation;
  const item = kind === 'what-if' ? c.whatIfItem : c.correctedItem;
  const shown = (fact: FactInfo, v: unknown) => valueInSentence(locale, fact, v);
  // «fyller 20 i mars»: the age yet to be reached, not an age said instead of the one given.
  const [only] = changes;
  if (turning && kind === 'what-if' && changes.length === 1 && only)
    return c.whatIfTurning(shown(only.fact, only.value));
  const items = changes.map(({ fact, value, previous }) =>
    item(
      pick(fact.label, locale),
      shown(fact, value),
      previous === undefined || back ? undefined : shown(fact, previous),
    ),
  );
  if (back) return c.backToCase(list(locale, items));
  return kind === 'what-if' ? c.whatIf(list(locale, items)) : c.corrected(list(locale, items));
}

/** "You also asked about …:", before the answer to the next question of the same message. */
export const alsoAsked = (locale: Locale, topic: TopicId): BotMessage =>
  say(texts(locale).conversation.alsoAsked(topicTitle(locale, topic)), topic);

/** "You also asked about something else:", before the fallback to a further question outside the catalogue. */
export const alsoAskedOutside = (locale: Locale): BotMessage => say(texts(locale).conversation.alsoAskedOutside);

/** A clicked choice that belongs to an earlier question. */
export const staleChoice = (locale: Locale, topic?: TopicId): BotMessage =>
  say(texts(locale).conversation.staleChoice, topic);

/** A stale choice with no question pending (after a decision): how to change an answer, with Back and Start over. */
export const staleChoiceAfterAnswer = (locale: Locale, topic?: TopicId): BotMessage =>
  say(
    `${texts(locale).conversation.staleChoice} ${texts(locale).conversation.staleChoiceHint}`,
    topic,
    commandChoices(locale, ['back', 'restart']),
  );

const MONTH_LOCALE: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** "I need the full date … Which day in June 2024?" */
export function needsDay(locale: Locale, year: number, month: number): string {
  const name = new Intl.DateTimeFormat(MONTH_LOCALE[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 15)));
  return texts(locale).conversation.needsDay(name);
}

/** "I am using what you told me earlier: vessel type: cargo ship, gross tonnage (GT): 60 GT." */
export function earlierLead(locale: Locale, facts: readonly { fact: FactInfo; value: unknown }[]): string {
  return texts(locale).conversation.usingEarlier(factItems(locale, facts));
}

/** "I have noted that: date of issue: 01.03.2025." (facts given beside the question asked, not its answer). */
export function notedLead(locale: Locale, facts: readonly { fact: FactInfo; value: unknown }[]): string {
  return texts(locale).conversation.noted(factItems(locale, facts));
}

/** Facts as "label: value" items, joined. */
const factItems = (locale: Locale, facts: readonly { fact: FactInfo; value: unknown }[]): string =>
  facts.map(({ fact, value }) => `${pick(fact.label, locale)}: ${valueInSentence(locale, fact, value)}`).join(', ');
