/**
 * Which rule answers a topic, and the facts the topic itself settles (asking "what does a smører
 * need?" already says the position is smører). A topic with two rules lets the user choose.
 */
import type { TopicId } from '../content/topic-ids.js';
import { topicMeta } from '../content/topics/meta.js';
import type { TopicMeta } from '../content/types.js';

export type TopicFlow = { rules: readonly string[]; presets?: Readonly<Record<string, unknown>> };

const OVERRIDES: Partial<Record<TopicId, TopicFlow>> = {
  'ratings.lettmatros': { rules: ['rating-requirements'], presets: { position: 'lettmatros' } },
  'ratings.smorer': { rules: ['rating-requirements'], presets: { position: 'smorer' } },
  'ratings.maskinpasser': { rules: ['rating-requirements'], presets: { position: 'maskinpasser' } },
  'ratings.maskinpasser-lettmatros': { rules: ['rating-requirements'], presets: { position: 'maskinpasser-lettmatros' } },
  'isps.interim': { rules: ['issc-validity'], presets: { certificateKind: 'interim' } },
  'isps.verification-dates': { rules: ['issc-validity', 'issc-renewal'] },
};

/** The guided flow of `topic`, or `undefined` for a topic answered by its text alone. */
export function flowOf(topic: TopicId): TopicFlow | undefined {
  const override = OVERRIDES[topic];
  if (override) return override;
  const meta: TopicMeta = topicMeta[topic];
  const rule = meta.rule;
  return rule ? { rules: [rule] } : undefined;
}
