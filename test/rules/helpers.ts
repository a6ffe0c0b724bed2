/**
 * Shared helpers for the table-driven rule tests (after OpenFisca's YAML tests): each test file
 * holds an array of `{ name, facts, today?, expected }` cases and runs them through `runCases`.
 *
 * Assertions are on status, outcome, `values` and `needs` lists — never on the wording of reasons.
 * For a decided result we only check that every reason has all three languages, that the expected
 * regulation is cited, and that a position or certificate it names as evaluated is a known one.
 */
import { expect, it } from 'vitest';
import type { Citation, Decision, Text } from '../../rules/index.js';
import { EVALUATED_IDS, decide } from '../../rules/index.js';

/** The date every case is decided on unless it names its own `today`. */
export const DEFAULT_TODAY = '2025-06-01';

/** What a case expects. */
export type Expected =
  | {
      status: 'decided';
      outcome: string;
      /** `values` must equal this exactly (use `null` for "no values at all"). */
      values?: Record<string, unknown> | null;
      /** `values` must contain these entries (others may be present). */
      valuesInclude?: Record<string, unknown>;
      /** Citations that must be among the decision's citations (source and, if given, ref). */
      cites?: Citation[];
    }
  | {
      status: 'needs';
      /** The whole `needs` list, in order (the first is the next question). */
      facts?: string[];
      /** Only the first fact to ask. */
      first?: string;
      /** Facts that must not be asked for. */
      never?: string[];
    }
  | {
      status: 'invalid';
      /** The facts that have an issue, in any order. */
      facts: string[];
    };

export type Case = { name: string; facts: Record<string, unknown>; today?: string; expected: Expected };

/** Assert that `t` is a filled-in text in all three languages. */
export function expectText(t: Text): void {
  for (const locale of ['nb', 'nn', 'en'] as const) {
    expect(typeof t[locale]).toBe('string');
    expect(t[locale].trim().length).toBeGreaterThan(0);
  }
}

/** Check decision `d` of rule `ruleId` against `expected`. */
export function expectDecision(ruleId: string, d: Decision, expected: Expected): void {
  expect(d.rule).toBe(ruleId);
  expect({
    status: d.status,
    ...(d.status === 'invalid' ? { issues: d.issues } : {}),
    ...(d.status === 'needs' ? { needs: d.facts } : {}),
  }).toMatchObject({ status: expected.status });
  switch (expected.status) {
    case 'decided': {
      if (d.status !== 'decided') throw new Error('unreachable');
      expect(d.outcome).toBe(expected.outcome);
      if (expected.values === null) expect(d.values).toBeUndefined();
      else if (expected.values !== undefined) expect(d.values).toEqual(expected.values);
      if (expected.valuesInclude !== undefined) expect(d.values).toMatchObject(expected.valuesInclude);
      expect(d.reasons.length).toBeGreaterThan(0);
      d.reasons.forEach(expectText);
      expect(d.citations.length).toBeGreaterThan(0);
      for (const c of d.citations) expect(c.source.trim().length).toBeGreaterThan(0);
      for (const c of expected.cites ?? []) expect(d.citations).toContainEqual(expect.objectContaining(c));
      // What a decision names as evaluated must be a name the content can show ("For matros: …").
      if (d.values !== undefined && 'evaluated' in d.values)
        expect(EVALUATED_IDS as readonly unknown[]).toContain(d.values.evaluated);
      break;
    }
    case 'needs': {
      if (d.status !== 'needs') throw new Error('unreachable');
      expect(d.facts.length).toBeGreaterThan(0);
      expect(new Set(d.facts).size).toBe(d.facts.length);
      if (expected.facts !== undefined) expect(d.facts).toEqual(expected.facts);
      if (expected.first !== undefined) expect(d.facts[0]).toBe(expected.first);
      for (const f of expected.never ?? []) expect(d.facts).not.toContain(f);
      break;
    }
    case 'invalid': {
      if (d.status !== 'invalid') throw new Error('unreachable');
      expect(d.issues.map((i) => i.fact).sort()).toEqual([...expected.facts].sort());
      for (const i of d.issues) expectText(i.message);
      break;
    }
  }
}

/** Run the table `cases` for rule `ruleId`, one test per case, named by the case. */
export function runCases(ruleId: string, cases: Case[]): void {
  it.each(cases)('$name', ({ facts, today, expected }) => {
    const d = decide(ruleId, facts, { today: today ?? DEFAULT_TODAY });
    expectDecision(ruleId, d, expected);
  });
}
