/**
 * The building blocks of number and date reading: which separator is decimal, how units convert
 * (Sdir: 1 month = 30 days, 12 months = 360 days), and which number words become digits.
 */
import { describe, expect, test } from 'vitest';
import { findDates } from '../../understanding/dates.js';
import { fold } from '../../understanding/normalize.js';
import { convert, numberWordsToDigits, parseNumeral } from '../../understanding/numbers.js';

describe('parseNumeral', () => {
  test.each([
    { name: 'plain digits', raw: '1867', expected: 1867 },
    { name: 'a decimal comma', raw: '23,5', expected: 23.5 },
    { name: 'a decimal point', raw: '23.5', expected: 23.5 },
    { name: 'space-grouped thousands', raw: '1 867', expected: 1867 },
    { name: 'comma thousands before three digits', raw: '1,867', expected: 1867 },
    { name: 'point thousands before three digits', raw: '1.500', expected: 1500 },
    { name: 'several thousands groups', raw: '1.000.000', expected: 1_000_000 },
    { name: 'a zero integer part makes three digits decimal', raw: '0,500', expected: 0.5 },
    { name: 'Norwegian thousands with decimals', raw: '1.867,5', expected: 1867.5 },
    { name: 'English thousands with decimals', raw: '1,867.5', expected: 1867.5 },
    { name: 'two decimal groups are malformed', raw: '1.2.3', expected: NaN },
  ])('$name: $raw', ({ raw, expected }) => {
    expect(parseNumeral(raw)).toEqual(expected);
  });
});

describe('convert', () => {
  test.each([
    { name: 'no unit takes the fact unit', value: 7, from: undefined, to: 'days', expected: 7 },
    { name: 'years to months', value: 1.5, from: 'years', to: 'months', expected: 18 },
    { name: 'days to months at 30 days a month', value: 90, from: 'days', to: 'months', expected: 3 },
    { name: 'months to days at 30 days a month', value: 12, from: 'months', to: 'days', expected: 360 },
    { name: 'a year to days is 360 days', value: 1, from: 'years', to: 'days', expected: 360 },
    { name: 'weeks to days', value: 2, from: 'weeks', to: 'days', expected: 14 },
    { name: 'minutes to hours', value: 30, from: 'minutes', to: 'hours', expected: 0.5 },
    { name: 'centimetres to metres', value: 2350, from: 'cm', to: 'm', expected: 23.5 },
    { name: 'hours never become days', value: 24, from: 'hours', to: 'days', expected: undefined },
    { name: 'days never become hours', value: 2, from: 'days', to: 'hours', expected: undefined },
    { name: 'months never become an age in years', value: 240, from: 'months', to: 'years', expected: undefined },
    { name: 'metres are not tonnage', value: 24, from: 'm', to: 'GT', expected: undefined },
  ] as const)('$name', ({ value, from, to, expected }) => {
    expect(convert(value, from, to)).toEqual(expected);
  });
});

describe('numberWordsToDigits', () => {
  test.each([
    { name: 'a number word alone', text: 'tolv', expected: '12' },
    { name: 'a number word before a unit', text: 'tolv timer', expected: '12 timer' },
    { name: 'a compound without a space', text: 'tjuefire dager', expected: '24 dager' },
    { name: 'a hyphenated compound', text: 'twenty-four months', expected: '24 months' },
    { name: 'an article before a unit', text: 'a year', expected: '1 year' },
    { name: 'an article alone stays a word', text: 'en', expected: 'en' },
    { name: '"to" before a number is the English preposition', text: 'up to 12 months', expected: 'up to 12 months' },
    { name: 'a half after a number', text: '2 og et halvt år', expected: '2.5 ar' },
    { name: 'a number word inside a sentence without a unit stays', text: 'ti ganger', expected: 'ti ganger' },
  ])('$name: "$text"', ({ text, expected }) => {
    expect(numberWordsToDigits(fold(text))).toBe(expected);
  });
});

describe('findDates', () => {
  test('finds every date in order, with impossible ones marked', () => {
    const hits = findDates(fold('Fra 1. juni 2026 til 30.02.2027, utløper 2029-09-14, i dag'), '2026-03-15');
    expect(hits.map((h) => h.iso)).toEqual(['2026-06-01', undefined, '2029-09-14', '2026-03-15']);
  });
});
