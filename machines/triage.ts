/**
 * Staff triage of an e-mail to post@sdir.no: which questions it asks and their topics, what the
 * rules already decide from the facts it gives, what the enquirer must still tell us, whether it
 * is urgent, and a draft letter from Sjøfartsdirektoratet in the enquirer's written standard
 * (bokmål, nynorsk or English; språklova § 15) for a caseworker to check, edit and send.
 *
 * Deterministic and pure: `today` is an input; nothing is stored or logged. National identity
 * numbers, phone numbers and e-mail addresses never appear in the result.
 */
import type { Locale, RoutableTopicId } from '../content/topic-ids.js';
import type { Citation, DecidedDecision } from '../rules/types.js';
import { redact } from './redact.js';
import { answerQuestion, chooseTopic, headlineOf, type Section, type TopicQuestion } from './triage/answer.js';
import { composeLetter } from './triage/letter.js';
import { readEnquiry } from './triage/reading.js';
import { type Urgency, urgencyOf } from './triage/urgency.js';

export type TriageResult = {
  locale: Locale;
  /** The topics asked about, best first; `score` is the classifier's probability. */
  topics: { topic: RoutableTopicId; score: number; title: string }[];
  /** The draft letter, plain text, source addresses written out. */
  reply: string;
  citations: Citation[];
  /** What the e-mail's facts already decide. */
  decisions: DecidedDecision[];
  /** What the enquirer must still tell us, phrased to them. */
  questions: string[];
  urgent?: Urgency;
  /** Each question as read (redacted), with the heading of the section that answers it and what it decided. */
  sections: {
    topic?: RoutableTopicId;
    title: string;
    question: string;
    decision?: { rule: string; outcome: string; headline: string };
  }[];
  /** Whether quoted or forwarded messages were left out of the analysis. */
  quoted: boolean;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

function uniqueCitations(sections: readonly Section[]): Citation[] {
  const out: Citation[] = [];
  for (const c of sections.flatMap((s) => s.citations))
    if (!out.some((x) => x.source === c.source && x.ref === c.ref)) out.push(c);
  return out;
}

/** Triage the pasted e-mail `text` on ISO date `today`; `forcedLocale` overrides the detected language. */
export function triage(text: string, today: string, forcedLocale?: Locale): TriageResult {
  const read = readEnquiry(text, today, forcedLocale);
  const { locale } = read;
  const asked: TopicQuestion[] = [];
  for (const q of read.questions) {
    const chosen = chooseTopic(q, read, today);
    const same = chosen && asked.find((x) => x.topic === chosen.topic);
    if (same) {
      same.text = `${same.text}\n\n${q.text}`;
      same.question = `${same.question} ${q.question}`;
      same.score = Math.max(same.score, chosen.score);
    } else asked.push({ topic: chosen?.topic, score: chosen?.score ?? 0, question: q.question, text: q.text });
  }
  const sections = asked.map((q) => answerQuestion(q, read, today, locale));
  const decided = sections.flatMap((s) => (s.decision ? [{ decision: s.decision, title: s.title }] : []));
  const urgent = urgencyOf(read.body, today, locale, decided);
  const topics = sections
    .flatMap((s, i) => {
      const score = asked[i]?.score ?? 0;
      return s.topic ? [{ topic: s.topic, score: round2(score), title: s.title }] : [];
    })
    .sort((a, b) => b.score - a.score);
  return {
    locale,
    topics,
    reply: composeLetter(locale, sections),
    citations: uniqueCitations(sections),
    decisions: decided.map((d) => d.decision),
    questions: [...new Set(sections.flatMap((s) => s.asks))],
    ...(urgent ? { urgent } : {}),
    sections: sections.map((s) => ({
      ...(s.topic ? { topic: s.topic } : {}),
      title: s.title,
      question: redact(s.question),
      ...(s.decision
        ? { decision: { rule: s.decision.rule, outcome: s.decision.outcome, headline: headlineOf(locale, s.decision) } }
        : {}),
    })),
    quoted: read.quoted,
  };
}
