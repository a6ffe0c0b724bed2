/**
 * The hand-off to a person and the review before a document, as channel-neutral messages: the
 * conversation's summary (topics, facts given, decisions, what is open) with a prefilled e-mail to
 * Sdir, and the answers listed with a choice to change each.
 */
import type { FactInfo } from '../rules/types.js';
import type { FactKey } from '../rules/facts.js';
import { texts } from './index.js';
import { CHOICE, outcomeHeadline, showValue, topicTitle } from './render.js';
import type { Locale, TopicId } from './topic-ids.js';
import type { BotMessage } from './types.js';

const pick = (t: { nb: string; nn: string; en: string }, locale: Locale) => t[locale];

/** A decision the conversation reached, as the hand-off summary names it. */
export type DecisionNote = { topic: TopicId; rule: string; outcome: string; values?: Record<string, unknown> };

/**
 * What a hand-off sums up: the topics discussed, the facts given (personal identifiers already
 * removed), each decision, and what is still open — a question Losen could not answer, the question
 * it waits for an answer to, or a review before a document.
 */
export type HandoffSummary = {
  topics: readonly TopicId[];
  facts: readonly { fact: FactInfo; value: unknown }[];
  decisions: readonly DecisionNote[];
  unanswered?: string;
  waiting?: FactInfo;
  reviewing?: boolean;
  /** The conversation is about a seafarer's own case (then Min side sjøfolk and eDialog are named). */
  ownCase: boolean;
};

/** Sdir's page on how seafarers' qualifications are registered (seed 000). */
const QUALIFICATIONS_URL = 'https://www.sdir.no/sjofart/sjofolk/kvalifikasjon/';
/** Where Sdir takes enquiries (seeds 002 and 003). */
export const SDIR_EMAIL = 'post@sdir.no';

/** The summary's lines: topics, facts, decisions and what is open. */
function summaryText(locale: Locale, summary: HandoffSummary): string {
  const ui = texts(locale).ui;
  const c = texts(locale).conversation;
  const lines = [ui.handoffSummaryHeading];
  if (summary.topics.length > 0)
    lines.push(ui.handoffTopic(summary.topics.map((t) => topicTitle(locale, t)).join('; ')));
  if (summary.facts.length > 0) {
    lines.push(ui.handoffAnswers);
    for (const a of summary.facts) lines.push(`• ${pick(a.fact.label, locale)}: ${showValue(locale, a.fact, a.value)}`);
  }
  if (summary.decisions.length > 0) {
    lines.push(c.handoffDecisions);
    for (const d of summary.decisions) lines.push(`• ${topicTitle(locale, d.topic)}: ${outcomeHeadline(locale, d)}`);
  }
  if (summary.unanswered) lines.push(c.handoffUnanswered(summary.unanswered));
  if (summary.waiting)
    lines.push(c.handoffWaiting(texts(locale).facts[summary.waiting.questionKey as FactKey].question));
  else if (summary.reviewing) lines.push(c.handoffReviewing);
  if (lines.length === 1) lines.push(ui.handoffNothingYet);
  return lines.join('\n');
}

/**
 * How to reach Sdir, with a summary of the conversation, a prefilled e-mail carrying it, and — for
 * a seafarer's own case — where to follow it. No sources: the way to a person rests on none.
 */
export function handoff(locale: Locale, summary: HandoffSummary): BotMessage {
  const ui = texts(locale).ui;
  const c = texts(locale).conversation;
  const text = summaryText(locale, summary);
  const last = summary.topics.at(-1);
  const subject = c.emailSubject(last ? topicTitle(locale, last) : undefined);
  const href = `mailto:${SDIR_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text)}`;
  const paragraphs = [ui.handoff, text, ...(summary.ownCase ? [c.handoffOwnCase] : [])];
  return {
    text: paragraphs.join('\n\n'),
    topic: 'contact',
    handoff: {
      summary: text,
      email: { to: SDIR_EMAIL, subject, body: text, href },
      links: summary.ownCase ? [{ label: c.handoffQualificationsLink, url: QUALIFICATIONS_URL }] : [],
    },
  };
}

/** One answer of a review: the fact, and its value as the user would read it. */
export type ReviewAnswer = { fact: FactInfo; value: unknown };

/** The answers listed for review before a document is made, with a choice to change each and one to go on. */
export function review(locale: Locale, topic: TopicId, answers: readonly ReviewAnswer[], lead?: string): BotMessage {
  const c = texts(locale).conversation;
  const items = answers.map(({ fact, value }) => ({
    fact: fact.id,
    label: upperFirst(pick(fact.label, locale)),
    value: showValue(locale, fact, value),
  }));
  const list = items.map((i) => `• ${i.label}: ${i.value}`).join('\n');
  return {
    text: [lead, c.reviewIntro, list].filter((p) => p !== undefined).join('\n\n'),
    topic,
    review: { items },
    choices: [
      { id: CHOICE.reviewed, label: c.reviewAccept },
      ...answers.map(({ fact }) => ({ id: CHOICE.change(fact.id), label: c.reviewChange(pick(fact.label, locale)) })),
    ],
  };
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
