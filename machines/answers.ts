/**
 * Reading an answer to a question: a clicked choice (`answer:<value>`) or free text, for the
 * fact the question asked about.
 */
import type { Locale } from '../content/topic-ids.js';
import { listRules } from '../rules/index.js';
import type { FactInfo } from '../rules/types.js';
import type { AnswerResult } from '../understanding/extract.js';
import { extractAnswer } from '../understanding/extract.js';

const FACTS_BY_RULE = new Map(listRules().map((r) => [r.id, new Map(r.facts.map((f) => [f.id, f]))]));

/** The description of fact `factId` of rule `ruleId`. */
export const ruleFact = (ruleId: string, factId: string): FactInfo | undefined =>
  FACTS_BY_RULE.get(ruleId)?.get(factId);

/** Every fact of rule `ruleId`. */
export const ruleFacts = (ruleId: string): FactInfo[] => [...(FACTS_BY_RULE.get(ruleId)?.values() ?? [])];

/** The value a clicked choice stands for, for `fact`. */
function choiceValue(fact: FactInfo, choice: string): AnswerResult {
  const m = /^answer:(.+)$/.exec(choice);
  if (!m) return { kind: 'not-understood' };
  const v = m[1]!;
  if (fact.type === 'boolean' && (v === 'yes' || v === 'no')) return { kind: 'value', value: v === 'yes' };
  if (fact.type === 'enum' && fact.values?.includes(v)) return { kind: 'value', value: v };
  if (fact.type === 'enum-list') {
    if (v === 'none') return { kind: 'value', value: [] };
    if (fact.values?.includes(v)) return { kind: 'value', value: [v] };
  }
  return { kind: 'not-understood' };
}

/** Read the user's answer (`choice` wins over `text`) to the question about `fact`. */
export function interpretAnswer(
  fact: FactInfo,
  answer: { text?: string; choice?: string },
  ctx: { today: string; locale: Locale },
): AnswerResult {
  if (answer.choice) return choiceValue(fact, answer.choice);
  if (answer.text !== undefined) return extractAnswer(fact, answer.text, ctx);
  return { kind: 'not-understood' };
}
