/**
 * The second held-out set is usable as a test set: labels are topics of the catalogue, it is large
 * enough in every language and topic, and none of its texts is trained on or shared with the first
 * held-out set. On failure only this set's own texts are named (never the examples').
 */
import { describe, expect, it } from 'vitest';
import { isTopicId, TOPIC_IDS } from '../../rules/topics.js';
import { trainingExamples } from '../../understanding/classifier/data.js';
import { normaliseForOverlap } from './evaluate.js';
import { loadHeldOut } from './heldout-loader.js';
import { HELD_OUT_2, HELD_OUT_2_CASES } from './heldout2/index.js';

const LOCALES = ['nb', 'nn', 'en'] as const;
const MIN_PER_TOPIC_AND_LOCALE = 5;
const MIN_OUT_OF_SCOPE_PER_LOCALE = 60;
const ROUTABLE = TOPIC_IDS.filter((t) => t !== 'fallback');

/** The brief's comparison (lower case, trimmed, spaces collapsed), then the eval's stricter folding. */
const normalised = (text: string): string => normaliseForOverlap(text.toLowerCase().trim().replace(/\s+/g, ' '));

const countOf = (locale: string, topic: string) =>
  HELD_OUT_2_CASES.filter((c) => c.locale === locale && c.topic === topic).length;

describe('held-out set 2', () => {
  it('labels every message with a routable topic or the fallback, in nb, nn or en', () => {
    // Every catalogue id is either routable or the fallback, so a topic id is what each label must be.
    const bad = HELD_OUT_2.filter((c) => !isTopicId(c.topic) || !LOCALES.some((l) => l === c.locale));
    expect(bad).toEqual([]);
  });

  it('holds no message twice', () => {
    const seen = new Set<string>();
    const twice = HELD_OUT_2.filter((c) => {
      const key = normalised(c.text);
      const again = seen.has(key);
      seen.add(key);
      return again;
    }).map((c) => c.text);
    expect(twice).toEqual([]);
  });

  it.each(LOCALES)('has at least 5 messages per routable topic in %s', (locale) => {
    const short = ROUTABLE.filter((t) => countOf(locale, t) < MIN_PER_TOPIC_AND_LOCALE);
    expect(short).toEqual([]);
  });

  it.each(LOCALES)('has at least 60 out-of-scope messages in %s', (locale) => {
    expect(countOf(locale, 'fallback')).toBeGreaterThanOrEqual(MIN_OUT_OF_SCOPE_PER_LOCALE);
  });

  it('shares no text with the classifier’s training examples', () => {
    const trained = new Set(trainingExamples().map((e) => normalised(e.text)));
    const overlap = HELD_OUT_2.filter((c) => trained.has(normalised(c.text))).map((c) => c.text);
    expect(overlap).toEqual([]);
  });

  it('shares no text with the first held-out set', async () => {
    const first = (await loadHeldOut()) ?? [];
    const taken = new Set(first.map((c) => normalised(c.text)));
    // Only this set's texts are named on failure; the first set's are never shown.
    const overlap = HELD_OUT_2.filter((c) => taken.has(normalised(c.text))).map((c) => c.text);
    expect(overlap).toEqual([]);
  });
});
