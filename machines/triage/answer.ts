/**
 * The answer to one question of an e-mail, in letter form. Where the question's topic has a rule
 * and the e-mail gives facts for it, the rule decides: a decision with its reasons and sources, or
 * the facts still missing as questions to the enquirer, or the details that contradict the rules.
 * Where the e-mail gives no facts for the rule, the question is a general one ("how long is a
 * health certificate valid?") and gets the topic's general answer, with nothing asked back.
 */
import { texts } from '../../content/index.js';
import { letterAnswer, letterQuestion, letterTexts, letterTitle } from '../../content/letters.js';
import type { Locale, RoutableTopicId } from '../../content/topic-ids.js';
import { topicMeta } from '../../content/topics/meta.js';
import { decide } from '../../rules/index.js';
import type { Citation, DecidedDecision, Decision } from '../../rules/types.js';
import { ruleFact } from '../answers.js';
import { redact } from '../redact.js';
import { flowOf, ruleFor } from '../topic-flows.js';
import type { Candidate, ReadEnquiry, ReadQuestion } from './reading.js';

/** One question's section of the letter. */
export type Section = {
  topic: RoutableTopicId | undefined;
  title: string;
  /** The enquirer's question, as written. */
  question: string;
  /** The answer: a decision with its reasons, or the topic's general answer. */
  body: string;
  /** What the enquirer must still tell us, phrased to them. */
  asks: string[];
  /** Details in the e-mail the rule rejects, with why. */
  checks: string[];
  citations: Citation[];
  decision?: DecidedDecision;
};

/**
 * Rules whose facts are the contents of a document (a sea-time confirmation): an e-mail that does
 * not describe a whole confirmation asks what one must contain, and gets the list of contents,
 * never the document's fields as "missing".
 */
const NEVER_ASK = new Set(['sea-time-confirmation']);

/** Facts a topic settles for triage beyond the conversation's presets. */
const TRIAGE_PRESETS = new Map<string, Record<string, unknown>>([
  // Intermediate verification exists only for a full-term ISSC (seed 001).
  ['isps.verification-dates:issc-validity', { certificateKind: 'full' }],
]);

/** A question with the topic chosen for it (several questions on one topic are one). */
export type TopicQuestion = { topic: RoutableTopicId | undefined; score: number; question: string; text: string };

type Attempt = { ruleId: string; found: Record<string, unknown>; decision: Decision };

function attempt(
  topic: RoutableTopicId,
  ruleId: string,
  q: { text: string },
  read: ReadEnquiry,
  today: string,
): Attempt {
  const found = read.factsFor(q.text, ruleId);
  const presets = { ...flowOf(topic)?.presets, ...TRIAGE_PRESETS.get(`${topic}:${ruleId}`) };
  return { ruleId, found, decision: decide(ruleId, { ...found, ...presets }, { today }) };
}

/** The rule that answers `q`: the one its words point to, else the one that decides, else the one with most facts. */
function bestAttempt(
  topic: RoutableTopicId,
  q: { text: string },
  read: ReadEnquiry,
  today: string,
): Attempt | undefined {
  const rules = flowOf(topic)?.rules ?? [];
  const hinted = ruleFor(topic, read.ruleHints(q.text));
  const attempts = (hinted ? [hinted] : rules).map((r) => attempt(topic, r, q, read, today));
  const rank = (a: Attempt) =>
    (a.decision.status === 'decided' ? 1000 : 0) +
    Object.keys(a.found).length -
    (a.decision.status === 'invalid' ? 1 : 0);
  return attempts.sort((a, b) => rank(b) - rank(a))[0];
}

/** How well a topic's rule fits the question's facts: it decides (2), it has facts to go on (1), or neither. */
function factFit(topic: RoutableTopicId, q: ReadQuestion, read: ReadEnquiry, today: string): number {
  const a = bestAttempt(topic, q, read, today);
  if (!a || Object.keys(a.found).length === 0) return 0;
  return a.decision.status === 'decided' ? 2 : 1;
}

/**
 * The topic of question `q`: among the close candidates, the one whose rule the e-mail's facts
 * fit best (an e-mail giving safe manning and a cook's training is about the cook), else the
 * likeliest. Undefined when no topic answers it.
 */
export function chooseTopic(q: ReadQuestion, read: ReadEnquiry, today: string): Candidate | undefined {
  if (q.candidates.length <= 1) return q.candidates[0];
  const fit = new Map(q.candidates.map((c) => [c.topic, factFit(c.topic, q, read, today)]));
  return [...q.candidates].sort((a, b) => (fit.get(b.topic) ?? 0) - (fit.get(a.topic) ?? 0) || b.score - a.score)[0];
}

const bullet = (s: string) => `• ${s}`;

/** The outcome's headline ("Ja, fartøyet må ha skipskokk."), or '' for an outcome without one. */
export function headlineOf(locale: Locale, d: DecidedDecision): string {
  const outcomes = texts(locale).outcomes as Record<string, string>;
  return outcomes[`${d.rule}:${d.outcome}`] ?? '';
}

function decisionText(locale: Locale, d: DecidedDecision): string {
  const headline = headlineOf(locale, d);
  const reasons = d.reasons.map((r) => bullet(r[locale])).join('\n');
  return headline ? `${headline}\n\n${reasons}` : reasons;
}

/** The section answering question `q` of the enquiry `read`, in `locale`. */
export function answerQuestion(q: TopicQuestion, read: ReadEnquiry, today: string, locale: Locale): Section {
  const base = { question: q.question, asks: [] as string[], checks: [] as string[] };
  if (!q.topic)
    return {
      ...base,
      topic: undefined,
      title: letterTitle(locale, 'fallback'),
      // The caseworker answers it; the note names the question, without its personal data.
      body: letterTexts(locale).noAnswer(redact(q.question)),
      citations: [],
    };
  const topic = q.topic;
  const general: Section = {
    ...base,
    topic,
    title: letterTitle(locale, topic),
    body: letterAnswer(locale, topic),
    citations: [...topicMeta[topic].citations],
  };
  const tried = bestAttempt(topic, q, read, today);
  if (!tried || Object.keys(tried.found).length === 0) return general;
  const { decision, ruleId } = tried;
  if (decision.status === 'decided')
    return { ...general, body: decisionText(locale, decision), citations: decision.citations, decision };
  if (decision.status === 'invalid') {
    // Each message names its fact ("Utløpsdato: kan ikke være før utstedelsesdatoen.").
    return { ...general, checks: decision.issues.map((i) => i.message[locale]) };
  }
  if (NEVER_ASK.has(ruleId)) return general;
  const asks = decision.facts.flatMap((id) => {
    const fact = ruleFact(ruleId, id);
    return fact ? [letterQuestion(locale, ruleId, fact)] : [];
  });
  return { ...general, asks };
}
