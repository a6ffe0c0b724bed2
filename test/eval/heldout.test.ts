/**
 * The held-out routing set keeps its promises: every routable topic has at least three questions in
 * each language, each language has at least 40 out-of-scope questions, no question appears twice, and
 * every topic id is one of the catalogue's. It checks the set only; it never runs the router.
 */
import { describe, expect, it } from 'vitest';
import { isTopicId, TOPIC_IDS } from '../../rules/topics.js';
import { HELD_OUT } from './heldout/index.js';

const LOCALES = ['nb', 'nn', 'en'] as const;
const ROUTABLE = TOPIC_IDS.filter((id) => id !== 'fallback');
const MIN_PER_TOPIC_AND_LOCALE = 3;
const MIN_OUT_OF_SCOPE_PER_LOCALE = 40;

const count = (locale: string, topic: string): number =>
  HELD_OUT.filter((c) => c.locale === locale && c.topic === topic).length;

/** Same question modulo case and spacing counts as a duplicate, whatever topic it was given. */
const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

describe('held-out routing set', () => {
  const pairs = LOCALES.flatMap((locale) => ROUTABLE.map((topic) => [locale, topic] as const));

  it.each(pairs)('has at least three %s questions for %s', (locale, topic) => {
    expect(count(locale, topic)).toBeGreaterThanOrEqual(MIN_PER_TOPIC_AND_LOCALE);
  });

  it.each(LOCALES)('has at least 40 out-of-scope questions in %s', (locale) => {
    expect(count(locale, 'fallback')).toBeGreaterThanOrEqual(MIN_OUT_OF_SCOPE_PER_LOCALE);
  });

  it('holds no question twice', () => {
    const seen = new Map<string, number>();
    for (const c of HELD_OUT) seen.set(normalise(c.text), (seen.get(normalise(c.text)) ?? 0) + 1);
    const repeated = [...seen].filter(([, n]) => n > 1).map(([text]) => text);
    expect(repeated).toEqual([]);
  });

  it('names only topics of the catalogue', () => {
    const unknown = HELD_OUT.filter((c) => !isTopicId(c.topic)).map((c) => c.topic);
    expect(unknown).toEqual([]);
  });

  it('has no empty question', () => {
    expect(HELD_OUT.filter((c) => c.text.trim() === '')).toEqual([]);
  });
});
