/**
 * Measured routing quality on the held-out evaluation sets (never part of the router's examples).
 * `npm run eval` prints the same figures with the confusions.
 */
import { describe, expect, it } from 'vitest';
import { examplesEn } from '../../understanding/lexicon/examples/en.js';
import { examplesNb } from '../../understanding/lexicon/examples/nb.js';
import { evaluateRouting } from './evaluate.js';
import { evalCases } from './questions.js';
import { freshCases } from './questions-fresh.js';

const all = [...evalCases, ...freshCases];

describe('routing on the held-out questions', () => {
  it('holds at least 150 in-scope and 25 out-of-scope questions in both languages', () => {
    expect(all.filter((c) => c.topic !== 'fallback').length).toBeGreaterThanOrEqual(150);
    expect(all.filter((c) => c.topic === 'fallback').length).toBeGreaterThanOrEqual(25);
    expect(new Set(all.map((c) => c.locale))).toEqual(new Set(['nb', 'en']));
  });

  it('copies none of the routing phrasings', () => {
    const phrasings = new Set(
      [...Object.values(examplesNb), ...Object.values(examplesEn)].flat().map((p) => p.toLowerCase().trim()),
    );
    expect(all.filter((c) => phrasings.has(c.text.toLowerCase().trim())).map((c) => c.text)).toEqual([]);
  });

  it('routes at least 90 % of in-scope questions to the right topic first', () => {
    const report = evaluateRouting(all);
    expect(report.top1 / report.inScope).toBeGreaterThanOrEqual(0.9);
  });

  it('answers no out-of-scope question as if it were in scope', () => {
    const report = evaluateRouting(all);
    expect(report.confusions.filter((c) => c.expected === 'fallback')).toEqual([]);
    expect(report.outOfScopeAnswered).toBe(0);
  });
});
