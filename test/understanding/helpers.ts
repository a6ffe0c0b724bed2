/** Shared helpers for the answer-extraction tests: facts come from `listRules()`, never by hand. */
import { expect } from 'vitest';
import { listRules, type FactInfo } from '../../rules/index.js';
import { extractAnswer, type AnswerResult, type ExtractContext } from '../../understanding/extract.js';

export const TODAY = '2026-03-15';
export const NB: ExtractContext = { today: TODAY, locale: 'nb' };
export const EN: ExtractContext = { today: TODAY, locale: 'en' };

/** Fact `factId` of rule `ruleId`, as `listRules()` describes it. */
export function factOf(ruleId: string, factId: string): FactInfo {
  const rule = listRules().find((r) => r.id === ruleId);
  const f = rule?.facts.find((x) => x.id === factId);
  if (!f) throw new Error(`No fact ${factId} in rule ${ruleId}`);
  return f;
}

/** The facts of rule `ruleId`. */
export function factsOf(ruleId: string): FactInfo[] {
  const rule = listRules().find((r) => r.id === ruleId);
  if (!rule) throw new Error(`No rule ${ruleId}`);
  return rule.facts;
}

/** Every distinct fact of every rule (by question key). */
export function allFacts(): FactInfo[] {
  const byKey = new Map<string, FactInfo>();
  for (const r of listRules()) for (const f of r.facts) if (!byKey.has(f.questionKey)) byKey.set(f.questionKey, f);
  return [...byKey.values()];
}

/** What a reply should give: a value, "unknown", or "not-understood". */
export type Expected = { value: unknown } | 'unknown' | 'not-understood';

/** An answer case: the reply `text` to the question for `fact` of `rule`. */
export type AnswerCase = {
  name: string;
  rule: string;
  fact: string;
  text: string;
  expected: Expected;
  locale?: 'nb' | 'en';
};

export function expectResult(result: AnswerResult, expected: Expected): void {
  if (expected === 'unknown' || expected === 'not-understood') expect(result).toEqual({ kind: expected });
  else expect(result).toEqual({ kind: 'value', value: expected.value });
}

/** Run one answer case. */
export function checkAnswer(c: AnswerCase): void {
  const ctx = c.locale === 'en' ? EN : NB;
  expectResult(extractAnswer(factOf(c.rule, c.fact), c.text, ctx), c.expected);
}

/** Shorthand for an expected value. */
export const v = (value: unknown): Expected => ({ value });
export const NU = 'not-understood' as const;
export const UNKNOWN = 'unknown' as const;
