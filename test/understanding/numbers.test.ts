/**
 * The building blocks of number reading: which separator is decimal, how units convert (Sdir:
 * 1 month = 30 days, 12 months = 360 days), numbers in words in bokmål, nynorsk and English,
 * units with and without a space, approximate numbers and ranges.
 */
import { describe, expect, test } from 'vitest';
import { findDates } from '../../understanding/dates.js';
import { fold } from '../../understanding/normalize.js';
import {
  convert,
  findNumberWords,
  findQuantities,
  numberWordsToDigits,
  parseAmount,
  parseNumeral,
} from '../../understanding/numbers.js';

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
    { name: 'hundreds and tens before a unit', text: 'tolv hundre og femti timer', expected: '1250 timer' },
    { name: 'nynorsk "tre og eit halvt år"', text: 'tre og eit halvt år', expected: '3.5 ar' },
    { name: 'English "twelve and a half hours"', text: 'twelve and a half hours', expected: '12.5 hours' },
    { name: 'an approximate number word alone', text: 'ca. tolv', expected: 'ca. 12' },
    // Round 37: the article left out
    { name: 'English "half year" before a unit', text: 'half year on deck', expected: '0.5 year on deck' },
    { name: 'English "11 and half months"', text: '11 and half months', expected: '11.5 months' },
    { name: '"and half of it" is no half', text: '11 and half of it on deck', expected: '11 and half of it on deck' },
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

/** The values findQuantities finds, with words, in a text. */
const valuesIn = (text: string) => findQuantities(fold(text), { words: true }).map((q) => q.value);

describe('numbers in words', () => {
  test.each([
    // bokmål and nynorsk
    { name: 'bokmål and nynorsk "to"', text: 'to', value: 2 },
    { name: '"tre"', text: 'tre', value: 3 },
    { name: '"fire"', text: 'fire', value: 4 },
    { name: '"fem"', text: 'fem', value: 5 },
    { name: '"seks"', text: 'seks', value: 6 },
    { name: 'bokmål "sju"', text: 'sju', value: 7 },
    { name: 'bokmål "syv"', text: 'syv', value: 7 },
    { name: '"åtte"', text: 'åtte', value: 8 },
    { name: '"atte" without å', text: 'atte', value: 8 },
    { name: '"ni"', text: 'ni', value: 9 },
    { name: '"ti"', text: 'ti', value: 10 },
    { name: '"elleve"', text: 'elleve', value: 11 },
    { name: '"tolv"', text: 'tolv', value: 12 },
    { name: 'bokmål "tjue"', text: 'tjue', value: 20 },
    { name: 'old bokmål "tyve"', text: 'tyve', value: 20 },
    { name: 'nynorsk "tjuge"', text: 'tjuge', value: 20 },
    { name: 'joined "tjueto"', text: 'tjueto', value: 22 },
    { name: 'apart "tjue to"', text: 'tjue to', value: 22 },
    { name: 'bokmål "tjueen"', text: 'tjueen', value: 21 },
    { name: 'nynorsk "tjueein"', text: 'tjueein', value: 21 },
    { name: 'old style "femogtjue"', text: 'femogtjue', value: 25 },
    { name: '"femti"', text: 'femti', value: 50 },
    { name: '"femtifem"', text: 'femtifem', value: 55 },
    { name: 'nynorsk "fyrti"', text: 'fyrti', value: 40 },
    { name: '"hundre"', text: 'hundre', value: 100 },
    { name: '"hundre og femti"', text: 'hundre og femti', value: 150 },
    { name: 'joined "tohundreogfemti"', text: 'tohundreogfemti', value: 250 },
    { name: '"tre hundre og tjue"', text: 'tre hundre og tjue', value: 320 },
    { name: '"tolv hundre og femti"', text: 'tolv hundre og femti', value: 1250 },
    { name: '"to tusen fem hundre"', text: 'to tusen fem hundre', value: 2500 },
    { name: '"tusen"', text: 'tusen', value: 1000 },
    { name: 'bokmål "tre og et halvt"', text: 'tre og et halvt', value: 3.5 },
    { name: 'nynorsk "tre og eit halvt"', text: 'tre og eit halvt', value: 3.5 },
    { name: 'nynorsk "to og ein halv"', text: 'to og ein halv', value: 2.5 },
    { name: '"halvannen"', text: 'halvannen', value: 1.5 },
    { name: 'digits and a half "2 og et halvt"', text: '2 og et halvt', value: 2.5 },
    // English
    { name: 'English "two"', text: 'two', value: 2 },
    { name: 'English "eleven"', text: 'eleven', value: 11 },
    { name: 'English "forty-five"', text: 'forty-five', value: 45 },
    { name: 'English "forty five"', text: 'forty five', value: 45 },
    { name: 'English "twenty-one"', text: 'twenty-one', value: 21 },
    { name: 'English "twelve and a half"', text: 'twelve and a half', value: 12.5 },
    { name: 'English "one and a half"', text: 'one and a half', value: 1.5 },
    { name: 'English "a hundred"', text: 'a hundred', value: 100 },
    { name: 'English "one hundred and twenty"', text: 'one hundred and twenty', value: 120 },
    { name: 'English "two thousand five hundred"', text: 'two thousand five hundred', value: 2500 },
  ])('$name is $value', ({ text, value }) => {
    expect(valuesIn(text)).toEqual([value]);
  });

  test.each([
    { name: 'bokmål, before a unit', text: 'Vi er tolv mann om bord', value: 12, unit: 'persons' },
    { name: 'nynorsk, before a unit', text: 'Eg har jobba tjue dagar', value: 20, unit: 'days' },
    { name: 'English, before a unit', text: 'I have worked eight months', value: 8, unit: 'months' },
    { name: 'an article is one before a unit', text: 'en måned', value: 1, unit: 'months' },
    { name: 'nynorsk article before a unit', text: 'ein månad', value: 1, unit: 'months' },
    { name: 'English article before a unit', text: 'a year', value: 1, unit: 'years' },
    { name: 'half a year', text: 'half a year', value: 0.5, unit: 'years' },
    { name: 'a plain number word in a sentence', text: 'and if we are nine?', value: 9, unit: undefined },
    { name: 'nynorsk "to" before a unit', text: 'to timar', value: 2, unit: 'hours' },
  ])('$name: "$text"', ({ text, value, unit }) => {
    const qs = findQuantities(fold(text), { words: true });
    expect(qs.map((q) => [q.value, q.unit, q.words])).toEqual([[value, unit, true]]);
  });

  test.each([
    { name: 'the preposition "to" before digits', text: 'up to 12 months' },
    { name: '"tre" (wood) inside a sentence', text: 'båten er bygd av tre og stål' },
    { name: '"fire" the noun', text: 'fire safety on board' },
    { name: '"one" the pronoun', text: 'one of the crew' },
    { name: 'an article without a unit', text: 'en båt' },
    { name: 'words that merely start like numbers', text: 'often tone enten treet femte sekstende' },
    { name: 'object keys', text: 'constructor __proto__ toString hasOwnProperty valueOf' },
  ])('no number in words: $name', ({ text }) => {
    expect(findQuantities(fold(text), { words: true }).filter((q) => q.words)).toEqual([]);
  });

  test('findNumberWords reports ambiguous words and articles for the caller to judge', () => {
    expect(findNumberWords(fold('to en tolv')).map((h) => [h.value, h.kind, h.ambiguous])).toEqual([
      [2, 'number', true],
      [1, 'article', false],
      [12, 'number', false],
    ]);
  });

  test('spans point into the folded text', () => {
    const text = fold('Vi er tjue to mann og twelve and a half hours');
    expect(findNumberWords(text).map((h) => text.slice(h.start, h.end))).toEqual(['tjue to', 'twelve and a half']);
  });
});

describe('digits, decimals and thousands in a reply', () => {
  test.each([
    { name: 'a decimal comma', text: '23,5', unit: 'm', expected: 23.5 },
    { name: 'a decimal point', text: '23.5', unit: 'm', expected: 23.5 },
    { name: 'space-grouped thousands', text: '1 250', unit: 'hours', expected: 1250 },
    { name: 'point-grouped thousands', text: '1.250', unit: 'hours', expected: 1250 },
    { name: 'plain digits', text: '1250', unit: 'hours', expected: 1250 },
    { name: 'a no-break space in thousands', text: '1\u00a0250', unit: 'hours', expected: 1250 },
  ])('$name: "$text"', ({ text, unit, expected }) => {
    expect(parseAmount(text, unit)).toBe(expected);
  });
});

describe('approximate numbers are the number, marked approximate', () => {
  test.each([
    { name: 'bokmål "ca 60"', text: 'ca 60' },
    { name: 'bokmål "ca. 60"', text: 'ca. 60' },
    { name: 'bokmål "omtrent 60"', text: 'omtrent 60' },
    { name: 'bokmål "cirka 60"', text: 'cirka 60' },
    { name: 'nynorsk "om lag 60"', text: 'om lag 60' },
    { name: 'nynorsk "omtrentleg 60"', text: 'omtrentleg 60' },
    { name: 'English "about 60"', text: 'about 60' },
    { name: 'English "approximately 60"', text: 'approximately 60' },
    { name: 'a tilde "~60"', text: '~60' },
  ])('$name', ({ text }) => {
    expect(findQuantities(fold(text))).toEqual([
      { value: 60, unit: undefined, start: text.indexOf('60'), end: text.indexOf('60') + 2, approx: true },
    ]);
    expect(parseAmount(text, 'persons')).toBe(60);
  });

  test('a number without such a word is not approximate', () => {
    expect(findQuantities(fold('60 BT'))[0]?.approx).toBeUndefined();
  });
});

describe('ranges are not single numbers', () => {
  test.each([
    { name: 'a dash', text: '10-12 personer' },
    { name: 'a dash with spaces', text: '10 - 12 personer' },
    { name: 'an en dash', text: '10–12 personer' },
    { name: 'bokmål "10 til 12"', text: '10 til 12 personer' },
    { name: 'nynorsk "mellom 10 og 12"', text: 'mellom 10 og 12 personar' },
    { name: 'English "10 to 12"', text: '10 to 12 people' },
    { name: 'English "between 10 and 12"', text: 'between 10 and 12 crew' },
  ])('$name: "$text"', ({ text }) => {
    const qs = findQuantities(fold(text));
    expect(qs.map((q) => [q.value, q.range])).toEqual([
      [10, true],
      [12, true],
    ]);
    expect(parseAmount(text, 'persons')).toBeUndefined();
  });

  test.each([
    { name: 'a correction "fra 60 til 45"', text: 'fra 60 til 45 BT' },
    { name: 'a correction "from 45 to 60"', text: 'change it from 45 to 60 GT' },
    { name: 'a falling pair', text: '60-45' },
  ])('not a range: $name', ({ text }) => {
    expect(findQuantities(fold(text)).some((q) => q.range)).toBe(false);
  });
});

describe('units with and without a space', () => {
  test.each([
    // gross tonnage
    { name: 'BT glued', text: '45BT', unit: 'GT' },
    { name: 'BT with a space', text: '45 BT', unit: 'GT' },
    { name: 'GT', text: '45 GT', unit: 'GT' },
    { name: 'bruttotonn', text: '45 bruttotonn', unit: 'GT' },
    { name: 'bruttotonnasje', text: '45 bruttotonnasje', unit: 'GT' },
    { name: 'gross tonnage', text: '45 gross tonnage', unit: 'GT' },
    // length
    { name: 'm glued with a decimal comma', text: '23,5m', unit: 'm' },
    { name: 'm with a space', text: '23,5 m', unit: 'm' },
    { name: 'meter', text: '23,5 meter', unit: 'm' },
    { name: 'metres', text: '23.5 metres', unit: 'm' },
    { name: 'meters', text: '23.5 meters', unit: 'm' },
    // hours
    { name: 'bokmål timer', text: '12 timer', unit: 'hours' },
    { name: 'nynorsk timar', text: '12 timar', unit: 'hours' },
    { name: 't glued', text: '12t', unit: 'hours' },
    { name: 'hours', text: '12 hours', unit: 'hours' },
    { name: 'hrs', text: '12 hrs', unit: 'hours' },
    { name: 'h glued', text: '12h', unit: 'hours' },
    // days, months, years
    { name: 'bokmål dager', text: '20 dager', unit: 'days' },
    { name: 'nynorsk dagar', text: '20 dagar', unit: 'days' },
    { name: 'days', text: '20 days', unit: 'days' },
    { name: 'bokmål måneder', text: '6 måneder', unit: 'months' },
    { name: 'nynorsk månader', text: '6 månader', unit: 'months' },
    { name: 'mnd', text: '6 mnd', unit: 'months' },
    { name: 'months', text: '6 months', unit: 'months' },
    { name: 'år', text: '2 år', unit: 'years' },
    { name: 'years', text: '2 years', unit: 'years' },
    // persons
    { name: 'bokmål personer', text: '11 personer', unit: 'persons' },
    { name: 'nynorsk personar', text: '11 personar', unit: 'persons' },
    { name: 'folk', text: '11 folk', unit: 'persons' },
    { name: 'mann', text: '11 mann', unit: 'persons' },
    { name: 'persons', text: '11 persons', unit: 'persons' },
    { name: 'crew', text: '11 crew', unit: 'persons' },
  ])('$name: "$text"', ({ text, unit }) => {
    const qs = findQuantities(fold(text));
    expect(qs).toHaveLength(1);
    expect(qs[0]?.unit).toBe(unit);
  });

  test.each([
    { name: '1250 hours as a total of hours', text: '1250 hours', unit: 'hours', expected: 1250 },
    { name: 'nynorsk "tre og eit halvt år" in months', text: 'tre og eit halvt år', unit: 'months', expected: 42 },
    { name: 'English "forty-five GT"', text: 'forty-five GT', unit: 'GT', expected: 45 },
    { name: 'bokmål "ca. 45 BT"', text: 'ca. 45 BT', unit: 'GT', expected: 45 },
    { name: 'nynorsk "tjue dagar"', text: 'tjue dagar', unit: 'days', expected: 20 },
  ])('as an answer: $name', ({ text, unit, expected }) => {
    expect(parseAmount(text, unit)).toBe(expected);
  });
});
