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

const PERIOD_FACTS = ['periodFrom', 'periodTo'].flatMap((id) => ruleFact('sea-time-confirmation', id) ?? []);

/**
 * The facts kept beside rule `ruleId`'s own that a message may correct: for the sea-time calculation
 * the period («1/3-24 to 31/5-24») its days worked are asked with («sorry, it was 1/3-23 not 24»).
 */
export const factsBeside = (ruleId: string): FactInfo[] => (ruleId === 'sea-time' ? PERIOD_FACTS : []);

/** The facts a message may correct for rule `ruleId`: its own and those kept beside them (`factsBeside`). */
export const changeableFacts = (ruleId: string): FactInfo[] => [...ruleFacts(ruleId), ...factsBeside(ruleId)];

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

const KEYS_BY_TOPIC = new Map<string, Set<string>>();
for (const r of listRules())
  for (const topic of r.topics) {
    const keys = KEYS_BY_TOPIC.get(topic) ?? new Set<string>();
    for (const f of r.facts) keys.add(f.questionKey);
    KEYS_BY_TOPIC.set(topic, keys);
  }
const NO_KEYS: ReadonlySet<string> = new Set();

/** The catalogue keys of every fact the rules of `topic` take (none for a topic without a rule). */
export const topicFactKeys = (topic: string): ReadonlySet<string> => KEYS_BY_TOPIC.get(topic) ?? NO_KEYS;
