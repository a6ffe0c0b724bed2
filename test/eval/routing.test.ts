/**
 * Measured routing quality, asserted close to what `npm run eval` measures so that a regression
 * fails CI: on the held-out set (test/eval/heldout, never trained or tuned on) against the issue's
 * targets, and on the earlier question sets (written for the old router, never part of the
 * classifier's examples).
 */
import { describe, expect, it } from 'vitest';
import { classifyTopics } from '../../understanding/topics.js';
import { evaluateRouting, share } from './evaluate.js';
import { heldOutPresent, loadHeldOut } from './heldout-loader.js';
import { evalCases } from './questions.js';
import { freshCases } from './questions-fresh.js';
import { TARGETS } from './targets.js';

const route = (text: string) => classifyTopics(text);

describe('routing on the earlier question sets', () => {
  const report = evaluateRouting([...evalCases, ...freshCases], route);

  it('holds at least 150 in-scope and 25 out-of-scope questions', () => {
    expect(report.all.cases).toBeGreaterThanOrEqual(150);
    expect(report.outOfScope.cases).toBeGreaterThanOrEqual(25);
  });

  it('answers at least 95 % directly and right, in each language at least 93 %', () => {
    expect(share(report.all.right, report.all.cases)).toBeGreaterThanOrEqual(0.95);
    for (const row of report.byLocale) expect(share(row.right, row.cases), row.locale).toBeGreaterThanOrEqual(0.93);
  });

  it('answers at most 1.5 % wrong', () => {
    expect(share(report.all.wrong, report.all.cases)).toBeLessThanOrEqual(0.015);
  });

  it('sends at least 95 % of out-of-scope questions to the fallback and answers at most one', () => {
    expect(share(report.outOfScope.fallback, report.outOfScope.cases)).toBeGreaterThanOrEqual(0.95);
    expect(report.outOfScope.answered).toBeLessThanOrEqual(1);
  });
});

describe.skipIf(!heldOutPresent())('routing on the held-out set', async () => {
  const cases = (await loadHeldOut()) ?? [];
  const report = evaluateRouting(cases, route);

  it('holds in-scope messages in nb, nn and en, and out-of-scope messages', () => {
    expect(report.byLocale.map((r) => r.locale).sort()).toEqual(['en', 'nb', 'nn']);
    expect(report.outOfScope.cases).toBeGreaterThan(0);
  });

  it(`answers at least ${TARGETS.rightAll * 100} % directly and right, and ${TARGETS.rightEachLocale * 100} % in each language`, () => {
    expect(share(report.all.right, report.all.cases)).toBeGreaterThanOrEqual(TARGETS.rightAll);
    for (const row of report.byLocale)
      expect(share(row.right, row.cases), row.locale).toBeGreaterThanOrEqual(TARGETS.rightEachLocale);
  });

  it(`answers at most ${TARGETS.wrongAll * 100} % wrong`, () => {
    expect(share(report.all.wrong, report.all.cases)).toBeLessThanOrEqual(TARGETS.wrongAll);
  });

  it(`answers no out-of-scope message as in scope and sends ≥ ${TARGETS.outOfScopeFallback * 100} % to the fallback`, () => {
    expect(report.outOfScope.answered).toBe(0);
    expect(share(report.outOfScope.fallback, report.outOfScope.cases)).toBeGreaterThanOrEqual(
      TARGETS.outOfScopeFallback,
    );
  });
});
