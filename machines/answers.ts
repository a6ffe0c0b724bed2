/**
 * Reading a clicked choice (`answer:<value>`) for the fact the question asked about, and the
 * facts of each rule (from understanding/, where free text is read against them).
 */
import type { FactInfo } from '../rules/types.js';
import type { AnswerResult } from '../understanding/extract.js';

export { isRuleId } from '../rules/index.js';
export {
  ALL_FACTS,
  changeableFacts,
  factsBeside,
  factsByKey,
  factsForRule,
  ruleFact,
  ruleFacts,
} from '../understanding/rule-facts.js';

/**
 * The value a clicked choice stands for, for `fact`; 'stale' when it is an answer choice that does
 * not fit `fact` (a button of an earlier question), 'not-understood' when it is no answer choice.
 */
export function choiceValue(fact: FactInfo, choice: string): AnswerResult | { kind: 'stale' } {
  const m = /^answer:(.+)$/.exec(choice);
  const v = m?.[1];
  if (v === undefined) return { kind: 'not-understood' };
  if (fact.type === 'boolean' && (v === 'yes' || v === 'no')) return { kind: 'value', value: v === 'yes' };
  if (fact.type === 'enum' && fact.values?.includes(v)) return { kind: 'value', value: v };
  if (fact.type === 'enum-list') {
    if (v === 'none') return { kind: 'value', value: [] };
    if (fact.values?.includes(v)) return { kind: 'value', value: [v] };
  }
  return { kind: 'stale' };
}
