/**
 * The facts every rule takes, as `listRules()` describes them, looked up by rule and fact id or by
 * catalogue key. A fact's catalogue key (its `questionKey`) names what it means in every rule that
 * takes it ("grossTonnage" is the same tonnage for the manning certificate and for D6), so facts the
 * user gave are remembered by that key and handed to whichever rule takes them.
 */
import { listRules } from '../rules/index.js';
import type { FactInfo } from '../rules/types.js';

const FACTS_BY_RULE = new Map(listRules().map((r) => [r.id, new Map(r.facts.map((f) => [f.id, f]))]));

/** The description of fact `factId` of rule `ruleId`. */
export const ruleFact = (ruleId: string, factId: string): FactInfo | undefined =>
  FACTS_BY_RULE.get(ruleId)?.get(factId);

/** Every fact of rule `ruleId` (none for an unknown rule). */
export const ruleFacts = (ruleId: string): FactInfo[] => [...(FACTS_BY_RULE.get(ruleId)?.values() ?? [])];

/** True when `ruleId` names a rule. */
export const isRuleId = (ruleId: string): boolean => FACTS_BY_RULE.has(ruleId);

/** One fact per catalogue key, over every rule: what free text is searched for. */
export const ALL_FACTS: readonly FactInfo[] = [
  ...new Map(listRules().flatMap((r) => r.facts.map((f) => [f.questionKey, f] as const))).values(),
];

/** The facts of rule `ruleId` among `known` (by catalogue key), keyed by the rule's fact ids. */
export function factsForRule(ruleId: string, known: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of ruleFacts(ruleId)) if (Object.hasOwn(known, f.questionKey)) out[f.id] = known[f.questionKey];
  return out;
}

/** Facts of rule `ruleId` (by fact id) as catalogue keys, to remember them for other rules. */
export function factsByKey(ruleId: string, facts: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of ruleFacts(ruleId)) if (Object.hasOwn(facts, f.id)) out[f.questionKey] = facts[f.id];
  return out;
}
