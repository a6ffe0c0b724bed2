/**
 * Which topic a message asks about: the one seam between topic classification and its users
 * (the conversation, staff triage, the eval). `classifyTopics` gives calibrated probabilities per
 * topic and a verdict under the routing policy: answer directly when confident (with up to two
 * related topics), ask "did you mean" only between genuinely close topics, and say "out of scope"
 * otherwise.
 *
 * The implementation behind it may change (today: the full-text router of `route.ts`); the shape
 * here stays.
 */
import type { RoutableTopicId } from '../rules/topics.js';
import { route } from './route.js';

/** A topic with its probability of being what the message asks about. */
export type TopicScore = { topic: RoutableTopicId; p: number };

export type TopicVerdict =
  /** Confident: answer `topic`; `related` (at most two) may be offered as chips. */
  | { kind: 'answer'; topic: RoutableTopicId; p: number; related: RoutableTopicId[]; ranked: TopicScore[] }
  /** Two or three genuinely close topics: ask which one is meant (never a single option). */
  | { kind: 'clarify'; topics: RoutableTopicId[]; ranked: TopicScore[] }
  /** Outside the catalogue (or nothing close enough): the fallback. */
  | { kind: 'out-of-scope'; ranked: TopicScore[] };

/** Classify one message (one question; split several questions first). */
export function classifyTopics(text: string): TopicVerdict {
  const r = route(text);
  const scored = r.ranked.filter((x): x is typeof x & { topic: RoutableTopicId } => x.topic !== 'fallback');
  const total = r.ranked.reduce((sum, x) => sum + Math.max(0, x.score), 0) || 1;
  const ranked = scored.map((x) => ({ topic: x.topic, p: Math.max(0, x.score) / total }));
  if (r.kind === 'topic') {
    const p = ranked.find((x) => x.topic === r.topic)?.p ?? 0;
    return { kind: 'answer', topic: r.topic, p, related: [], ranked };
  }
  if (r.kind === 'clarify' && r.topics.length > 1) return { kind: 'clarify', topics: r.topics, ranked };
  if (r.kind === 'clarify' && r.topics[0]) {
    const topic = r.topics[0];
    return { kind: 'answer', topic, p: ranked.find((x) => x.topic === topic)?.p ?? 0, related: [], ranked };
  }
  return { kind: 'out-of-scope', ranked };
}
