/**
 * Relative what-ifs: a time said to come on top of what is known ("3 more months on deck", «2
 * måneder til») is added to the known fact; without a fact to add to, or with two it could be, nothing.
 */
import { describe, expect, test } from 'vitest';
import { addedFacts } from '../../understanding/changes.js';
import { findFacts } from '../../understanding/free-text.js';
import { fold } from '../../understanding/normalize.js';
import { ALL_FACTS } from '../../understanding/rule-facts.js';

const ctx = { today: '2026-12-05', locale: 'en' as const };
const read = (t: string) => findFacts(t, ALL_FACTS, ctx);

const CASES: {
  name: string;
  text: string;
  rule: string;
  known: Record<string, unknown>;
  expected: Record<string, unknown>;
}[] = [
  {
    name: '"3 more months on deck" adds to the deck months',
    text: 'what if he gets 3 more months on deck?',
    rule: 'rating-requirements',
    known: { monthsDeckService: 3, monthsEngineService: 7 },
    expected: { monthsDeckService: 6 },
  },
  {
    name: '"one more month" adds to the only known time fact it fits',
    text: 'ok and if I sail one more month?',
    rule: 'master-rights',
    known: { age: 20, monthsAsOfficerOfTheWatchSinceIssue: 11 },
    expected: { monthsAsOfficerOfTheWatchSinceIssue: 12 },
  },
  {
    name: '«2 måneder til» adds two months (nb)',
    text: 'og hvis jeg seiler 2 måneder til?',
    rule: 'master-rights',
    known: { age: 20, monthsAsOfficerOfTheWatchSinceIssue: 10 },
    expected: { monthsAsOfficerOfTheWatchSinceIssue: 12 },
  },
  {
    name: '"another month" is one month more',
    text: 'and with another month?',
    rule: 'master-rights',
    known: { monthsAsOfficerOfTheWatchSinceIssue: 11 },
    expected: { monthsAsOfficerOfTheWatchSinceIssue: 12 },
  },
  {
    name: 'an unlabelled addition that two known facts could take is not read',
    text: 'what if he gets 3 more months?',
    rule: 'rating-requirements',
    known: { monthsDeckService: 3, monthsEngineService: 7 },
    expected: {},
  },
  {
    name: 'nothing is added to a fact not yet known',
    text: 'what if I sail one more month?',
    rule: 'master-rights',
    known: {},
    expected: {},
  },
  {
    name: '«2 måneder til sjøs» is at sea, not two more months',
    text: 'jeg har 2 måneder til sjøs',
    rule: 'master-rights',
    known: { monthsAsOfficerOfTheWatchSinceIssue: 10 },
    expected: {},
  },
];

describe('relative what-ifs', () => {
  test.each(CASES)('$name', ({ text, rule, known, expected }) => {
    const got = Object.fromEntries(addedFacts(fold(text), rule, known, read).map((f) => [f.key, f.value]));
    expect(got).toEqual(expected);
  });
});
