/**
 * Which rule answers a topic, and the facts the topic itself settles (asking "what does a smører
 * need?" already says the position is smører). A topic with two rules lets the user choose.
 *
 * The position a question asks about is settled before it gets here: understanding reads "Hva er
 * kravet til matros? … 7 måneder som lettmatros" as a question about matros (the position asked
 * wins over the positions merely mentioned), so the presets below are those of the topic asked.
 */
import type { RoutableTopicId, TopicId } from '../content/topic-ids.js';
import { isTopicId } from '../content/topic-ids.js';
import { topicMeta } from '../content/topics/meta.js';
import { ATTACHMENT_KINDS, OFFERS } from '../content/documents/index.js';
import type { TopicMeta } from '../content/types.js';
import { isRuleId, type RuleId } from '../rules/index.js';

/** The rules a topic's guided flow may take, and the facts the topic itself settles. */
export type TopicFlow = { rules: readonly RuleId[]; presets?: Readonly<Record<string, unknown>> };

const OVERRIDES: Partial<Record<TopicId, TopicFlow>> = {
  'ratings.lettmatros': { rules: ['rating-requirements'], presets: { position: 'lettmatros' } },
  'ratings.smorer': { rules: ['rating-requirements'], presets: { position: 'smorer' } },
  'ratings.maskinpasser': { rules: ['rating-requirements'], presets: { position: 'maskinpasser' } },
  'ratings.maskinpasser-lettmatros': {
    rules: ['rating-requirements'],
    presets: { position: 'maskinpasser-lettmatros' },
  },
  'isps.interim': { rules: ['issc-validity'], presets: { certificateKind: 'interim' } },
  'isps.verification-dates': { rules: ['issc-validity', 'issc-renewal'] },
};

/** The guided flow of `topic`, or `undefined` for a topic answered by its text alone. */
export function flowOf(topic: TopicId): TopicFlow | undefined {
  const override = OVERRIDES[topic];
  if (override) return override;
  const meta: TopicMeta = topicMeta[topic];
  const rule = meta.rule;
  return rule !== undefined && isRuleId(rule) ? { rules: [rule] } : undefined;
}

/**
 * The rule that answers `topic`: the topic's only rule, or the one of several that the question's
 * words point to (`hints`, the rules understanding found named). `undefined` when the user must choose.
 */
export function ruleFor(topic: TopicId, hints: readonly string[]): RuleId | undefined {
  const rules = flowOf(topic)?.rules ?? [];
  if (rules.length <= 1) return rules[0];
  const hinted = rules.filter((r) => hints.includes(r));
  return hinted.length === 1 ? hinted[0] : undefined;
}

/** The topic a `topic:<id>` choice names, if it is one users can be routed to (a stale or forged id is not). */
export function topicOfChoice(id: string): RoutableTopicId | undefined {
  const m = /^topic:(.+)$/.exec(id);
  const topic = m?.[1];
  return topic !== undefined && isTopicId(topic) && topic !== 'fallback' ? topic : undefined;
}

/** The rule a `rule:<id>` choice names, if it is one of `topic`'s rules. */
export function ruleOfChoice(topic: TopicId | null, id: string): RuleId | undefined {
  const m = /^rule:(.+)$/.exec(id);
  const rule = m?.[1];
  if (rule === undefined || topic === null || !isRuleId(rule)) return undefined;
  return flowOf(topic)?.rules.includes(rule) ? rule : undefined;
}

/**
 * The outcomes of `ruleId` whose answers are reviewed before they are given: those that make a
 * document of the user's answers (a PDF to sign and send). Calendar files are made of dates the
 * decision shows, and need no review.
 */
export function reviewedOutcomes(ruleId: RuleId): string[] {
  return Object.entries(OFFERS).flatMap(([key, files]) => {
    const split = key.indexOf(':');
    const makesDocument = files.some((f) => ATTACHMENT_KINDS[f] === 'pdf');
    return key.slice(0, split) === ruleId && makesDocument ? [key.slice(split + 1)] : [];
  });
}
