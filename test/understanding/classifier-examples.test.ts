/**
 * The classifier's training data: enough examples per topic in every language, many out-of-scope
 * messages, no message under two labels, and nothing copied from an evaluation set — neither the
 * earlier question sets, the dev set nor the held-out set (compared after folding case, æøå, accents
 * and punctuation away).
 */
import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../rules/topics.js';
import { trainingExamples } from '../../understanding/classifier/data.js';
import { examplesEn, outOfScopeEn } from '../../understanding/lexicon/examples/en.js';
import { examplesNb, outOfScopeNb } from '../../understanding/lexicon/examples/nb.js';
import { examplesNn, outOfScopeNn } from '../../understanding/lexicon/examples/nn.js';
import { DEV_SET } from '../eval/dev/index.js';
import { normaliseForOverlap } from '../eval/evaluate.js';
import { heldOutPresent, loadHeldOut } from '../eval/heldout-loader.js';
import { evalCases } from '../eval/questions.js';
import { freshCases } from '../eval/questions-fresh.js';

const LANGUAGES = [
  { locale: 'nb', examples: examplesNb, outOfScope: outOfScopeNb },
  { locale: 'nn', examples: examplesNn, outOfScope: outOfScopeNn },
  { locale: 'en', examples: examplesEn, outOfScope: outOfScopeEn },
] as const;

const ROUTABLE = TOPIC_IDS.filter((t) => t !== 'fallback');
const trained = new Set(trainingExamples().map((e) => normaliseForOverlap(e.text)));

describe('classifier examples', () => {
  it.each(LANGUAGES)('has at least 30 examples of every topic in $locale', ({ examples }) => {
    const short = ROUTABLE.filter((t) => examples[t].length < 30).map((t) => `${t}: ${examples[t].length}`);
    expect(short).toEqual([]);
  });

  it.each(LANGUAGES)('has at least 200 out-of-scope messages in $locale', ({ outOfScope }) => {
    expect(outOfScope.length).toBeGreaterThanOrEqual(200);
  });

  it('never gives the same message (after folding) two labels', () => {
    const labels = new Map<string, Set<string>>();
    for (const e of trainingExamples()) {
      const key = normaliseForOverlap(e.text);
      labels.set(key, (labels.get(key) ?? new Set()).add(e.topic));
    }
    expect([...labels].filter(([, l]) => l.size > 1).map(([text, l]) => `${text}: ${[...l].join(', ')}`)).toEqual([]);
  });

  it('copies none of the earlier evaluation questions', () => {
    const copied = [...evalCases, ...freshCases].filter((c) => trained.has(normaliseForOverlap(c.text)));
    expect(copied.map((c) => c.text)).toEqual([]);
  });

  it('copies none of the dev-set texts', () => {
    const copied = DEV_SET.filter((c) => trained.has(normaliseForOverlap(c.text)));
    expect(copied.map((c) => c.text)).toEqual([]);
  });

  it('keeps the dev set apart from the earlier question sets, in nb, nn and en, mostly out of scope', () => {
    const earlier = new Set([...evalCases, ...freshCases].map((c) => normaliseForOverlap(c.text)));
    expect(DEV_SET.filter((c) => earlier.has(normaliseForOverlap(c.text))).map((c) => c.text)).toEqual([]);
    for (const locale of ['nb', 'nn', 'en']) {
      const mine = DEV_SET.filter((c) => c.locale === locale);
      expect(mine.filter((c) => c.topic === 'fallback').length, locale).toBeGreaterThanOrEqual(60);
      expect(mine.filter((c) => c.topic !== 'fallback').length, locale).toBeGreaterThanOrEqual(20);
    }
  });

  it.skipIf(!heldOutPresent())('copies none of the held-out texts (only their count is reported)', async () => {
    const heldOut = (await loadHeldOut()) ?? [];
    expect(heldOut.length).toBeGreaterThan(0);
    const overlapping = heldOut.filter((c) => trained.has(normaliseForOverlap(c.text))).length;
    expect(overlapping).toBe(0);
  });
});
