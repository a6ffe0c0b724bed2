/**
 * Staff triage of an e-mail enquiry: which topics it raises, what the rules can already decide
 * from the text, which facts are missing, and a draft reply in the enquiry's language with
 * citations. Deterministic; the draft is for a case officer to check and send.
 */
import { texts } from '../content/index.js';
import { decisionMessage, topicAnswer, topicTitle } from '../content/render.js';
import type { Locale, RoutableTopicId } from '../content/topic-ids.js';
import type { Citation } from '../content/types.js';
import { decide } from '../rules/index.js';
import { ruleFact, ruleFacts } from './answers.js';
import { flowOf } from './topic-flows.js';
import { extractFacts } from '../understanding/extract.js';
import { detectLocale } from '../understanding/language.js';
import { classifyTopics } from '../understanding/topics.js';

export type TriageResult = {
  locale: Locale;
  topics: { topic: RoutableTopicId; score: number; title: string }[];
  missing: { topic: RoutableTopicId; facts: { id: string; label: string }[] }[];
  reply: string;
  citations: Citation[];
};

/** At most this many topics are drafted for. */
const MAX_TOPICS = 3;
/** A topic is included when its score is at least this share of the best one's. */
const RELATIVE_SCORE = 0.5;

/** Sentences and lines of the enquiry, each routed on its own. */
const pieces = (text: string) =>
  text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);

export function triage(text: string, today: string, forcedLocale?: Locale): TriageResult {
  const locale = forcedLocale ?? detectLocale(text) ?? 'nb';
  const best = new Map<RoutableTopicId, number>();
  const note = (topic: RoutableTopicId, score: number) => best.set(topic, Math.max(best.get(topic) ?? 0, score));
  for (const piece of [text, ...pieces(text)]) {
    const r = classifyTopics(piece);
    if (r.kind === 'out-of-scope') continue;
    const top = r.kind === 'answer' ? [r.topic] : r.topics;
    for (const t of top) note(t, r.ranked.find((x) => x.topic === t)?.p ?? 0);
  }
  const max = Math.max(0, ...best.values());
  const chosen = [...best.entries()]
    .filter(([, s]) => s >= max * RELATIVE_SCORE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_TOPICS);

  const ui = texts(locale).ui;
  const sections: string[] = [];
  const citations: Citation[] = [];
  const missing: TriageResult['missing'] = [];
  for (const [topic] of chosen) {
    const flow = flowOf(topic);
    const ruleId = flow?.rules[0];
    let section = `${topicTitle(locale, topic)}\n${texts(locale).topics[topic].answer}`;
    let sectionCitations = topicAnswer(locale, topic).citations ?? [];
    if (ruleId) {
      const facts = { ...extractFacts(text, ruleFacts(ruleId), { today, locale }), ...flow?.presets };
      const d = decide(ruleId, facts, { today });
      if (d.status === 'decided') {
        const m = decisionMessage(locale, topic, d);
        section = `${topicTitle(locale, topic)}\n${m.text}`;
        sectionCitations = d.citations;
      } else if (d.status === 'needs') {
        const labels = d.facts.map((id) => ({ id, label: ruleFact(ruleId, id)?.label[locale] ?? id }));
        missing.push({ topic, facts: labels });
        section += `\n\n${ui.triageAskFor(labels.map((l) => l.label).join(', '))}`;
      }
    }
    sections.push(section);
    for (const c of sectionCitations)
      if (!citations.some((x) => x.source === c.source && x.ref === c.ref)) citations.push(c);
  }
  if (sections.length === 0) sections.push(ui.triageNoTopic);
  const reply = [ui.triageGreeting, ...sections, ui.triageClosing].join('\n\n');
  return {
    locale,
    topics: chosen.map(([topic, score]) => ({
      topic,
      score: Math.round((score / (max || 1)) * 100) / 100,
      title: topicTitle(locale, topic),
    })),
    missing,
    reply,
    citations,
  };
}
