/**
 * Which topic a message asks about: the one seam between topic classification and its users
 * (the conversation, staff triage, the eval). `classifyTopics` gives calibrated probabilities per
 * topic and a verdict under the routing policy: answer directly when confident (with up to two
 * related topics), ask "did you mean" only between genuinely close topics, and say "out of scope"
 * otherwise.
 *
 * Behind it: a linear classifier over word stems and character n-grams (classifier/), trained
 * deterministically from the examples in lexicon/examples/ and calibrated by cross-validation, and
 * the policy of classifier/policy.ts.
 */
import type { RoutableTopicId, TopicId } from '../rules/topics.js';
import { classProbabilities } from './classifier/model.js';
import { decide } from './classifier/policy.js';

/** From this many characters a message is also read question by question (see `classifyTopics`). */
export const LONG_MESSAGE = 200;

/** At most this many questions of a long message are read on their own (bounds the work per message). */
export const MAX_QUESTIONS = 6;

/** A topic with its probability of being what the message asks about. */
export type TopicScore = { topic: RoutableTopicId; p: number };

export type TopicVerdict =
  /** Confident: answer `topic`; `related` (at most two) may be offered as chips. */
  | { kind: 'answer'; topic: RoutableTopicId; p: number; related: RoutableTopicId[]; ranked: TopicScore[] }
  /** Two or three genuinely close topics: ask which one is meant (never a single option). */
  | { kind: 'clarify'; topics: RoutableTopicId[]; ranked: TopicScore[] }
  /** Outside the catalogue (or nothing close enough): the fallback. */
  | { kind: 'out-of-scope'; ranked: TopicScore[] };

/** A verdict that is sure of `topic`: what the conversation or a narrow reading settles, never the classifier. */
export const surely = (topic: string, ranked: TopicScore[]): TopicVerdict => ({
  kind: 'answer',
  topic: topic as RoutableTopicId,
  p: 1,
  related: [],
  ranked,
});

/** The verdict of the routing policy on calibrated class probabilities (topics and 'fallback'). */
export function verdictOf(probabilities: ReadonlyMap<TopicId, number>): TopicVerdict {
  const ranked: TopicScore[] = [];
  for (const [topic, p] of probabilities) if (topic !== 'fallback') ranked.push({ topic, p });
  ranked.sort((a, b) => b.p - a.p || a.topic.localeCompare(b.topic));
  const d = decide(ranked, probabilities.get('fallback') ?? 0);
  if (d.kind === 'out-of-scope') return { kind: 'out-of-scope', ranked };
  return { ...d, ranked };
}

/**
 * The questions of a long message, each with the sentence before it (where facts are often
 * stated): "…we are 12 in the safe manning. Do we need a cook?" Each sentence is read at most twice,
 * so the work stays linear in the length of the message.
 */
export function questionWindows(text: string): string[] {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const windows: string[] = [];
  sentences.forEach((s, i) => {
    if (s.endsWith('?')) windows.push(i > 0 ? `${sentences[i - 1]} ${s}` : s);
  });
  return windows;
}

/**
 * Classify one message (one question; split several questions first). A long message (an e-mail
 * with greetings and context) that as a whole is no clear answer is also read question by
 * question, and the most confident direct answer among its questions wins.
 */
export function classifyTopics(text: string): TopicVerdict {
  const whole = verdictOf(classProbabilities(text));
  if (whole.kind === 'answer' || text.length < LONG_MESSAGE) return whole;
  let best: TopicVerdict | undefined;
  for (const window of questionWindows(text).slice(0, MAX_QUESTIONS)) {
    const v = verdictOf(classProbabilities(window));
    if (v.kind === 'answer' && (best?.kind !== 'answer' || v.p > best.p)) best = v;
  }
  return best ?? whole;
}
