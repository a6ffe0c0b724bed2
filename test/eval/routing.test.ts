/**
 * Measured routing quality, asserted close to what `npm run eval` measures so that a regression
 * fails CI: on the held-out set (test/eval/heldout, never trained or tuned on) against the issue's
 * targets, on the earlier question sets (written for the old router, never part of the
 * classifier's examples) and on the dev set (test/eval/dev, written before the out-of-scope tuning).
 */
import { describe, expect, it } from 'vitest';
import { classifyTopics } from '../../understanding/topics.js';
import { DEV_SET } from './dev/index.js';
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

  // Measured: 96.4 % right (nb 98.6, en 94.1), 0.5 % wrong, all 97 out-of-scope to the fallback, none
  // answered (after the near-miss negatives; before them «can a D6 holder drive a jet ski?» was answered
  // as d6.privileges). English was 95.5 % with training stopped at 30 iterations, where a few examples
  // more or less moved it by ±2 points; trained to near its optimum (100) it is 94.1 % and steady.
  it('answers at least 96 % directly and right, in each language at least 94 %', () => {
    expect(share(report.all.right, report.all.cases)).toBeGreaterThanOrEqual(0.96);
    for (const row of report.byLocale) expect(share(row.right, row.cases), row.locale).toBeGreaterThanOrEqual(0.94);
  });

  it('answers at most 1 % wrong', () => {
    expect(share(report.all.wrong, report.all.cases)).toBeLessThanOrEqual(0.01);
  });

  it('sends at least 98 % of out-of-scope questions to the fallback and answers at most one', () => {
    expect(share(report.outOfScope.fallback, report.outOfScope.cases)).toBeGreaterThanOrEqual(0.98);
    expect(report.outOfScope.answered).toBeLessThanOrEqual(1);
  });
});

describe('routing on the dev set (tuned against instead of the held-out set)', () => {
  const report = evaluateRouting(DEV_SET, route);

  // Measured: in scope 98.6 % right (nb 95.8, nn 100, en 100), none wrong; out of scope 190 of 192
  // to the fallback, 2 answered (the same job application in nb and nn, answered as `contact`).
  it('answers at least 95 % of its in-scope messages directly and right, none wrong', () => {
    expect(share(report.all.right, report.all.cases)).toBeGreaterThanOrEqual(0.95);
    expect(report.all.wrong).toBe(0);
  });

  it('sends at least 98 % of its out-of-scope messages to the fallback, answering at most 2', () => {
    expect(share(report.outOfScope.fallback, report.outOfScope.cases)).toBeGreaterThanOrEqual(0.98);
    expect(report.outOfScope.answered).toBeLessThanOrEqual(2);
  });
});

describe.skipIf(!heldOutPresent())('routing on the held-out set', async () => {
  const cases = (await loadHeldOut()) ?? [];
  const report = evaluateRouting(cases, route);

  it('holds in-scope messages in nb, nn and en, and out-of-scope messages', () => {
    expect(report.byLocale.map((r) => r.locale).sort()).toEqual(['en', 'nb', 'nn']);
    expect(report.outOfScope.cases).toBeGreaterThan(0);
  });

  // The targets (TARGETS), and tighter bounds close to what was measured (`npm run eval`):
  // 96.1 % right (nb 96.3, nn 95.1, en 96.7), 0.4 % wrong, 148 of 151 out-of-scope to the fallback,
  // 3 answered as in scope (the target of 0 is not met; see the README).
  it('answers at least 95 % directly and right (target 92 %), and 94 % in each language (target 88 %)', () => {
    expect(share(report.all.right, report.all.cases)).toBeGreaterThanOrEqual(Math.max(TARGETS.rightAll, 0.95));
    for (const row of report.byLocale)
      expect(share(row.right, row.cases), row.locale).toBeGreaterThanOrEqual(Math.max(TARGETS.rightEachLocale, 0.94));
  });

  it(`answers at most ${TARGETS.wrongAll * 100} % wrong`, () => {
    expect(share(report.all.wrong, report.all.cases)).toBeLessThanOrEqual(TARGETS.wrongAll);
  });

  it('sends at least 95 % of out-of-scope messages to the fallback (target 85 %), answering at most 3 (target 0)', () => {
    expect(share(report.outOfScope.fallback, report.outOfScope.cases)).toBeGreaterThanOrEqual(
      Math.max(TARGETS.outOfScopeFallback, 0.95),
    );
    expect(report.outOfScope.answered).toBeLessThanOrEqual(3);
  });
});
