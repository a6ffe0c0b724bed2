/**
 * The routing policy: from calibrated probabilities to what Losen does with a message. Every
 * threshold is a probability (the model is calibrated, see calibrate.ts), chosen by k-fold
 * cross-validation on the examples (`npm run eval` prints the effect) and never on the held-out set.
 *
 * - Answer directly when one topic is likely enough and "out of scope" is unlikely; offer up to
 *   two other topics that are also plausible as "related" chips.
 * - Ask "did you mean …?" only between two or three topics that are each genuinely plausible and
 *   together likely; never a menu of one.
 * - Otherwise the message is out of scope: the fallback (say so, offer contact, never guess).
 */
import type { RoutableTopicId } from '../../rules/topics.js';

/** Thresholds of the routing policy (probabilities after calibration). */
export type Policy = {
  answer: number;
  answerMaxOutOfScope: number;
  menuEach: number;
  menuTotal: number;
  menuSize: number;
  related: number;
  relatedSize: number;
};

/** The thresholds of the policy (probabilities after calibration). */
export const POLICY: Readonly<Policy> = {
  /** Answer directly when the best topic has at least this probability (and beats out-of-scope). */
  answer: 0.6,
  /**
   * …and "out of scope" has at most this probability: a topic that is likely but shares the message
   * with a real chance of being out of scope is not answered (cross-validation: a third fewer
   * out-of-scope messages answered, for under one point fewer direct answers).
   *
   * Re-checked after the out-of-scope examples grew (5-fold cross-validation, 4,481 in-scope and
   * 1,209 hand-written out-of-scope messages; direct and right / wrong / out of scope answered):
   * answer 0.5, max 0.2: 92.6 % / 1.8 % / 19; answer 0.6, max 0.1: 90.1 % / 1.3 % / 11;
   * answer 0.6, max 0.2 (kept): 91.9 % / 1.4 % / 15; answer 0.6, max 0.25: 92.5 % / 1.4 % / 17;
   * answer 0.7, max 0.2: 91.1 % / 1.0 % / 14 (on the final examples, `npm run eval`, the kept pair
   * gives 92.0 % / 1.4 % / 16 of 1,209). No pair reaches both ≥ 92 % and ≤ 0.5 % out of
   * scope answered; a rule that turned a direct answer into a menu when the second topic was close
   * traded right answers for wrong ones one for one, and was not taken.
   */
  answerMaxOutOfScope: 0.2,
  /** A topic is offered in a "did you mean" menu only with at least this probability… */
  menuEach: 0.15,
  /** …and the menu's topics together must have at least this (and beat out-of-scope). */
  menuTotal: 0.6,
  /** Topics in a menu, at most. */
  menuSize: 3,
  /** A "related" chip beside a direct answer needs at least this probability. */
  related: 0.05,
  /** Related chips, at most. */
  relatedSize: 2,
};

/** A topic with its calibrated probability. */
export type Scored = { topic: RoutableTopicId; p: number };

/** What the policy decides. */
export type Decision =
  | { kind: 'answer'; topic: RoutableTopicId; p: number; related: RoutableTopicId[] }
  | { kind: 'clarify'; topics: RoutableTopicId[] }
  | { kind: 'out-of-scope' };

/**
 * Decide from the in-scope topics ranked best first and the probability of "out of scope".
 * Pure and cheap: the same probabilities always give the same decision.
 */
export function decide(ranked: readonly Scored[], outOfScope: number, policy: Readonly<Policy> = POLICY): Decision {
  const [best] = ranked;
  if (best && best.p >= policy.answer && best.p > outOfScope && outOfScope <= policy.answerMaxOutOfScope) {
    const related = ranked
      .slice(1)
      .filter((s) => s.p >= policy.related)
      .slice(0, policy.relatedSize)
      .map((s) => s.topic);
    return { kind: 'answer', topic: best.topic, p: best.p, related };
  }
  const menu = ranked.filter((s) => s.p >= policy.menuEach).slice(0, policy.menuSize);
  const total = menu.reduce((sum, s) => sum + s.p, 0);
  if (menu.length >= 2 && total >= policy.menuTotal && total > outOfScope)
    return { kind: 'clarify', topics: menu.map((s) => s.topic) };
  return { kind: 'out-of-scope' };
}
