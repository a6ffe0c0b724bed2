/**
 * extractAnswer: the user's reply to one question, in bokmål, nynorsk or English, turned into a
 * value of the fact's type — or "unknown" when they say they don't know, or "not-understood".
 */
import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { extractAnswer, readAnswer } from '../../understanding/extract.js';
import { isIsoDate } from '../../rules/dates.js';
import { allFacts, checkAnswer, factOf, NB, NU, UNKNOWN, v, type AnswerCase } from './helpers.js';

const numbers: AnswerCase[] = [
  {
    name: '«me er 10 om bord» asked the length is a count of people, not 10 metres',
    rule: 'manning-certificate',
    fact: 'lengthL',
    text: 'me er 10 om bord',
    expected: NU,
  },
  {
    name: '"12 crew" asked the tonnage is a count of people, not 12 GT',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '12 crew',
    expected: NU,
    locale: 'en',
  },
  {
    name: 'a day of a date is no number of days («nei vent, perioden starta 1. februar»)',
    rule: 'sea-time-confirmation',
    fact: 'days',
    text: 'nei vent, perioden starta 1. februar',
    expected: NU,
  },
  {
    name: 'a number of days beside a date is the days («70 dagar frå 01.03.2026»)',
    rule: 'sea-time-confirmation',
    fact: 'days',
    text: '70 dagar frå 01.03.2026',
    expected: v(70),
  },
  {
    name: 'A length with a decimal comma and "m"',
    rule: 'manning-certificate',
    fact: 'lengthL',
    text: '23,5 m',
    expected: v(23.5),
  },
  {
    name: 'A length with a decimal point and "meter"',
    rule: 'manning-certificate',
    fact: 'lengthL',
    text: '23.5 meter',
    expected: v(23.5),
    locale: 'en',
  },
  {
    name: 'A length glued to its unit',
    rule: 'd6-privileges',
    fact: 'lengthOverall',
    text: '14,9m',
    expected: v(14.9),
  },
  {
    name: 'A length in centimetres is converted to metres',
    rule: 'd6-privileges',
    fact: 'lengthOverall',
    text: '1490 cm',
    expected: v(14.9),
  },
  {
    name: 'An answer for L that says it is the length overall is not taken',
    rule: 'manning-certificate',
    fact: 'lengthL',
    text: '24 m største lengde',
    expected: NU,
  },
  {
    name: 'An answer for LOA that says it is L is not taken',
    rule: 'd6-privileges',
    fact: 'lengthOverall',
    text: 'L = 13,5 m',
    expected: NU,
  },
  {
    name: 'An answer for L may say it is L',
    rule: 'manning-certificate',
    fact: 'lengthL',
    text: 'lengde (L) 22,8 m',
    expected: v(22.8),
  },
  {
    name: 'A length in feet is not converted (asked again in metres)',
    rule: 'd6-privileges',
    fact: 'lengthOverall',
    text: '49 ft',
    expected: NU,
    locale: 'en',
  },
  { name: 'Gross tonnage in BT', rule: 'manning-certificate', fact: 'grossTonnage', text: '45 BT', expected: v(45) },
  {
    name: 'Gross tonnage in GT',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '45 GT',
    expected: v(45),
    locale: 'en',
  },
  {
    name: 'Gross tonnage in "bruttotonn"',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '45 bruttotonn',
    expected: v(45),
  },
  {
    name: 'Gross tonnage in a sentence',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: 'Den er på ca. 45 BT',
    expected: v(45),
  },
  {
    name: '"tonn" is not taken as gross tonnage (could be displacement)',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '45 tonn',
    expected: NU,
  },
  {
    name: 'A bare number takes the unit of the question',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '450',
    expected: v(450),
  },
  { name: '"ca. 40" is 40', rule: 'manning-certificate', fact: 'grossTonnage', text: 'ca. 40', expected: v(40) },
  {
    name: '"about 40" is 40',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: 'about 40',
    expected: v(40),
    locale: 'en',
  },
  { name: 'A space as thousands separator', rule: 'sea-time', fact: 'totalHours', text: '1 867', expected: v(1867) },
  {
    name: 'A non-breaking space as thousands separator',
    rule: 'sea-time',
    fact: 'totalHours',
    text: '1\u00a0867 timer',
    expected: v(1867),
  },
  { name: 'No separator', rule: 'sea-time', fact: 'totalHours', text: '1867', expected: v(1867) },
  {
    name: 'A comma before three digits is a thousands separator',
    rule: 'sea-time',
    fact: 'totalHours',
    text: '1,867',
    expected: v(1867),
    locale: 'en',
  },
  {
    name: 'A point before three digits is a thousands separator',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '1.500 BT',
    expected: v(1500),
  },
  {
    name: 'Thousands and decimals, Norwegian style',
    rule: 'sea-time',
    fact: 'totalHours',
    text: '1.867,5',
    expected: v(1867.5),
  },
  {
    name: 'Thousands and decimals, English style',
    rule: 'sea-time',
    fact: 'totalHours',
    text: '1,867.5 hours',
    expected: v(1867.5),
    locale: 'en',
  },
  {
    name: '"0,500" is a half, not five hundred',
    rule: 'manning-certificate',
    fact: 'lengthL',
    text: '0,500',
    expected: v(0.5),
  },
  { name: 'Hours in "timer"', rule: 'sea-time', fact: 'hoursPerDay', text: '12 timer', expected: v(12) },
  { name: 'Hours in "hours"', rule: 'sea-time', fact: 'hoursPerDay', text: '12 hours', expected: v(12), locale: 'en' },
  { name: 'Hours as "12t"', rule: 'sea-time', fact: 'hoursPerDay', text: '12t', expected: v(12) },
  {
    name: 'Hours per day with "per dag"',
    rule: 'sea-time',
    fact: 'hoursPerDay',
    text: '12 timer per dag',
    expected: v(12),
  },
  {
    name: 'Hours and minutes add up',
    rule: 'sea-time',
    fact: 'hoursPerDay',
    text: '7 timer og 30 minutter',
    expected: v(7.5),
  },
  { name: 'Days are never converted to hours', rule: 'sea-time', fact: 'totalHours', text: '20 dager', expected: NU },
  { name: 'Hours are never converted to days', rule: 'sea-time', fact: 'days', text: '12 timer', expected: NU },
  { name: '"tolv" is 12', rule: 'sea-time', fact: 'hoursPerDay', text: 'tolv', expected: v(12) },
  { name: '"twelve" is 12', rule: 'sea-time', fact: 'hoursPerDay', text: 'twelve', expected: v(12), locale: 'en' },
  { name: '"ti" is 10', rule: 'sea-time', fact: 'days', text: 'ti', expected: v(10) },
  { name: '"ten" is 10', rule: 'sea-time', fact: 'days', text: 'ten', expected: v(10), locale: 'en' },
  { name: '"seks" is 6', rule: 'matros', fact: 'monthsDeckService', text: 'seks', expected: v(6) },
  {
    name: '"six months" is 6',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: 'six months',
    expected: v(6),
    locale: 'en',
  },
  { name: '"tjue" is 20', rule: 'sea-time', fact: 'days', text: 'tjue', expected: v(20) },
  { name: '"twenty" is 20', rule: 'sea-time', fact: 'days', text: 'twenty', expected: v(20), locale: 'en' },
  { name: '"tjuefire dager" is 24', rule: 'sea-time', fact: 'days', text: 'tjuefire dager', expected: v(24) },
  {
    name: '"twenty-four months" is 24',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: 'twenty-four months',
    expected: v(24),
    locale: 'en',
  },
  { name: '"tolv personer" is 12', rule: 'ship-cook', fact: 'safetyManning', text: 'tolv personer', expected: v(12) },
  {
    name: '"nineteen" is an age of 19',
    rule: 'cook-qualification',
    fact: 'age',
    text: 'nineteen',
    expected: v(19),
    locale: 'en',
  },
  { name: '"ett år" is 12 months', rule: 'matros', fact: 'monthsDeckService', text: 'ett år', expected: v(12) },
  {
    name: '"one year" is 12 months',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: 'one year',
    expected: v(12),
    locale: 'en',
  },
  {
    name: '"a year" is 12 months',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: 'a year',
    expected: v(12),
    locale: 'en',
  },
  { name: '"6 måneder" is 6 months', rule: 'matros', fact: 'monthsDeckService', text: '6 måneder', expected: v(6) },
  {
    name: '"6 months" is 6 months',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: '6 months',
    expected: v(6),
    locale: 'en',
  },
  { name: '"3 mnd" is 3 months', rule: 'matros', fact: 'monthsDeckService', text: '3 mnd', expected: v(3) },
  { name: '"2 år" is 24 months', rule: 'matros', fact: 'monthsDeckService', text: '2 år', expected: v(24) },
  { name: '"1,5 år" is 18 months', rule: 'matros', fact: 'monthsDeckService', text: '1,5 år', expected: v(18) },
  {
    name: '"halvannet år" is 18 months',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: 'halvannet år',
    expected: v(18),
  },
  { name: '"et halvt år" is 6 months', rule: 'matros', fact: 'monthsDeckService', text: 'et halvt år', expected: v(6) },
  {
    name: '"half a year" is 6 months',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: 'half a year',
    expected: v(6),
    locale: 'en',
  },
  {
    name: '"to og et halvt år" is 30 months',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: 'to og et halvt år',
    expected: v(30),
  },
  {
    name: '"1 år og 6 måneder" is 18 months',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: '1 år og 6 måneder',
    expected: v(18),
  },
  {
    name: 'Days asked in months are divided by 30',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: '90 dager',
    expected: v(3),
  },
  {
    name: 'Days in months are rounded to two decimals',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: '100 days',
    expected: v(3.33),
    locale: 'en',
  },
  {
    name: 'Months asked in days are 30 days each',
    rule: 'deck-officer-first-issue',
    fact: 'seaTimeDays',
    text: '6 måneder',
    expected: v(180),
  },
  {
    name: 'A year asked in days is 360 days',
    rule: 'deck-officer-first-issue',
    fact: 'seaTimeDays',
    text: '1 år',
    expected: v(360),
  },
  { name: 'Weeks asked in days are 7 days each', rule: 'sea-time', fact: 'days', text: '4 uker', expected: v(28) },
  { name: '"ingen" is 0 months', rule: 'matros', fact: 'monthsAsOrdinarySeaman', text: 'ingen', expected: v(0) },
  {
    name: '"none" is 0 months',
    rule: 'matros',
    fact: 'monthsAsOrdinarySeaman',
    text: 'none',
    expected: v(0),
    locale: 'en',
  },
  {
    name: '"ingen" is not a gross tonnage',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: 'ingen',
    expected: NU,
  },
  { name: 'An age in "år"', rule: 'cook-qualification', fact: 'age', text: '19 år', expected: v(19) },
  {
    name: 'An age as "years old"',
    rule: 'cook-qualification',
    fact: 'age',
    text: '19 years old',
    expected: v(19),
    locale: 'en',
  },
  { name: 'An integer fact rejects a fraction', rule: 'cook-qualification', fact: 'age', text: '19,5', expected: NU },
  { name: 'Whole days reject a fraction', rule: 'sea-time', fact: 'days', text: '20,5', expected: NU },
  {
    name: 'An out-of-range number is passed on for the rules to explain',
    rule: 'sea-time',
    fact: 'hoursPerDay',
    text: '20 timer',
    expected: v(20),
  },
  {
    name: 'A negative number is passed on too',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '-5',
    expected: v(-5),
  },
  { name: 'A range is not one value', rule: 'manning-certificate', fact: 'grossTonnage', text: '10-12', expected: NU },
  {
    name: '"over 500" is a bound, not a value',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: 'over 500',
    expected: NU,
  },
  {
    name: '"under 24 m" is a bound, not a value',
    rule: 'manning-certificate',
    fact: 'lengthL',
    text: 'under 24 m',
    expected: NU,
  },
  {
    name: '"at least 12 months" is a bound',
    rule: 'matros',
    fact: 'monthsDeckService',
    text: 'at least 12 months',
    expected: NU,
    locale: 'en',
  },
  {
    name: '"45 eller mer" is a bound',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '45 eller mer',
    expected: NU,
  },
  { name: '"45+" is a bound', rule: 'manning-certificate', fact: 'grossTonnage', text: '45+', expected: NU },
  {
    name: 'Of two amounts in different kinds of unit, the one in the unit asked is the answer',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '45 BT og 23 m',
    expected: { value: 45 },
  },
  {
    name: 'Two amounts in units the fact asked never takes are not understood',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: '23 m og 12 personer',
    expected: NU,
  },
  {
    name: 'A unit of the wrong kind is not understood',
    rule: 'manning-certificate',
    fact: 'lengthL',
    text: '24 BT',
    expected: NU,
  },
  {
    name: 'A certificate name is not a number',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: 'D6',
    expected: NU,
  },
  { name: 'A date is not a number', rule: 'sea-time', fact: 'days', text: '2027-05-02', expected: NU },
  { name: 'Words without a number are not understood', rule: 'sea-time', fact: 'days', text: 'mange', expected: NU },
  { name: 'A huge number is not understood', rule: 'sea-time', fact: 'days', text: '9'.repeat(400), expected: NU },
];

const dates: AnswerCase[] = [
  { name: '"1. juni 2026"', rule: 'issc-validity', fact: 'issueDate', text: '1. juni 2026', expected: v('2026-06-01') },
  { name: '"1 juni 2026"', rule: 'issc-validity', fact: 'issueDate', text: '1 juni 2026', expected: v('2026-06-01') },
  {
    name: '"15. mars 2024" (folded "å" and "ø" do not matter)',
    rule: 'health-certificate',
    fact: 'issueDate',
    text: '15. mars 2024',
    expected: v('2024-03-15'),
  },
  {
    name: '"2 May 2027"',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: '2 May 2027',
    expected: v('2027-05-02'),
    locale: 'en',
  },
  {
    name: '"May 2, 2027"',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: 'May 2, 2027',
    expected: v('2027-05-02'),
    locale: 'en',
  },
  {
    name: '"the 2nd of May 2027"',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: 'the 2nd of May 2027',
    expected: v('2027-05-02'),
    locale: 'en',
  },
  { name: 'ISO "2027-05-02"', rule: 'issc-validity', fact: 'issueDate', text: '2027-05-02', expected: v('2027-05-02') },
  {
    name: 'Norwegian "02.05.2027" is day first',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: '02.05.2027',
    expected: v('2027-05-02'),
  },
  {
    name: 'British "2/5/2027" is day first',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: '2/5/2027',
    expected: v('2027-05-02'),
    locale: 'en',
  },
  {
    name: 'A weekday before the date does not matter',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: 'mandag 1. juni 2026',
    expected: v('2026-06-01'),
  },
  { name: '"i dag" is today', rule: 'health-certificate', fact: 'onDate', text: 'i dag', expected: v('2026-03-15') },
  {
    name: '"today" is today',
    rule: 'health-certificate',
    fact: 'onDate',
    text: 'today',
    expected: v('2026-03-15'),
    locale: 'en',
  },
  {
    name: '"i går" is yesterday',
    rule: 'issc-renewal',
    fact: 'verificationDate',
    text: 'i går',
    expected: v('2026-03-14'),
  },
  {
    name: '"yesterday" is yesterday',
    rule: 'issc-renewal',
    fact: 'verificationDate',
    text: 'yesterday',
    expected: v('2026-03-14'),
    locale: 'en',
  },
  {
    name: '"i morgen" is tomorrow',
    rule: 'issc-renewal',
    fact: 'verificationDate',
    text: 'i morgen',
    expected: v('2026-03-16'),
  },
  {
    name: '"tomorrow" is tomorrow',
    rule: 'issc-renewal',
    fact: 'verificationDate',
    text: 'tomorrow',
    expected: v('2026-03-16'),
    locale: 'en',
  },
  {
    name: '29 February in a leap year',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: '29.02.2028',
    expected: v('2028-02-29'),
  },
  {
    name: '30 February does not exist',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: '30. februar 2026',
    expected: NU,
  },
  {
    name: '31 April does not exist',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: '31/04/2026',
    expected: NU,
    locale: 'en',
  },
  {
    name: 'A date without a year is not guessed',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: '1. juni',
    expected: NU,
  },
  {
    name: 'A two-digit year is read by the written window rule (see understanding/dates.ts)',
    rule: 'sea-time-confirmation',
    fact: 'seafarerBirthDate',
    text: '17.04.90',
    expected: v('1990-04-17'),
  },
  {
    name: 'Two dates in one reply are not understood',
    rule: 'issc-validity',
    fact: 'issueDate',
    text: 'fra 1. juni 2026 til 2. juni 2026',
    expected: NU,
  },
  { name: 'A year alone is not a date', rule: 'issc-validity', fact: 'issueDate', text: '2026', expected: NU },
];

const yesNo: AnswerCase[] = [
  ...[
    'ja',
    'Ja!',
    'jo',
    'japp',
    'jepp',
    'ja, det har jeg',
    'det stemmer',
    'stemmer',
    'riktig',
    'Det har jeg',
    'jada',
  ].map(
    (text): AnswerCase => ({ name: `"${text}" is yes`, rule: 'matros', fact: 'seagoing', text, expected: v(true) }),
  ),
  ...['yes', 'Yep', 'yeah', 'y', 'correct', 'Yes, I do', 'sure', 'absolutely', 'that is correct', 'I have'].map(
    (text): AnswerCase => ({
      name: `"${text}" is yes`,
      rule: 'cook-qualification',
      fact: 'hasRelevantEducation',
      text,
      expected: v(true),
      locale: 'en',
    }),
  ),
  ...[
    'nei',
    'Nei.',
    'ikke',
    'ikkje',
    'nei takk',
    'stemmer ikke',
    'ikke riktig',
    'det har jeg ikke',
    'Jeg tror ikke det',
  ].map(
    (text): AnswerCase => ({
      name: `"${text}" is no`,
      rule: 'matros',
      fact: 'hasTradeCertificate',
      text,
      expected: v(false),
    }),
  ),
  ...['no', 'nope', 'n', 'negative', "no we don't", 'No, we don’t', 'not correct', "I don't think so", 'never'].map(
    (text): AnswerCase => ({
      name: `"${text}" is no`,
      rule: 'deck-officer-first-issue',
      fact: 'hasAssessment',
      text,
      expected: v(false),
      locale: 'en',
    }),
  ),
  { name: '"ja og nei" contradicts itself', rule: 'matros', fact: 'seagoing', text: 'ja og nei', expected: NU },
  { name: '"kanskje" is neither', rule: 'matros', fact: 'seagoing', text: 'kanskje', expected: NU },
  { name: '"ok" is neither', rule: 'matros', fact: 'seagoing', text: 'ok', expected: NU, locale: 'en' },
  { name: 'A number is not a yes or no', rule: 'matros', fact: 'seagoing', text: '12', expected: NU },
  ...[
    'he has 6 months as OS and 1 year on deck',
    'he has 1 year as OS and 2 years deck',
    'I have 3 months on deck',
  ].map(
    (text): AnswerCase => ({
      name: `"${text}" states service time, it is no yes to a trade certificate`,
      rule: 'matros',
      fact: 'hasTradeCertificate',
      text,
      expected: NU,
      locale: 'en',
    }),
  ),
  ...['he has', 'he has a trade certificate', 'har fagbrev', 'Ja, han har fagbrev som matros'].map(
    (text): AnswerCase => ({
      name: `"${text}" is yes to a trade certificate`,
      rule: 'matros',
      fact: 'hasTradeCertificate',
      text,
      expected: v(true),
    }),
  ),
  ...['no fagbrev. 6 months as OS and 1 year on deck', 'ingen fagbrev, men 2 år på dekk'].map(
    (text): AnswerCase => ({
      name: `"${text}" is no to a trade certificate`,
      rule: 'matros',
      fact: 'hasTradeCertificate',
      text,
      expected: v(false),
    }),
  ),
];

const unknown: AnswerCase[] = [
  ...['vet ikke', 'Jeg vet ikke', 'veit ikkje', 'usikker', 'Er usikker', 'aner ikke', 'ikke sikker'].map(
    (text): AnswerCase => ({
      name: `"${text}" means don't know`,
      rule: 'health-certificate',
      fact: 'expiryDate',
      text,
      expected: UNKNOWN,
    }),
  ),
  ...["don't know", 'dont know', 'I do not know', 'not sure', "I'm not sure", 'no idea', 'No idea!'].map(
    (text): AnswerCase => ({
      name: `"${text}" means don't know`,
      rule: 'manning-certificate',
      fact: 'serviceOnly',
      text,
      expected: UNKNOWN,
      locale: 'en',
    }),
  ),
  {
    name: '"no idea" to a yes/no question is not a no',
    rule: 'matros',
    fact: 'seagoing',
    text: 'no idea',
    expected: UNKNOWN,
    locale: 'en',
  },
  {
    name: '"vet ikke" to a number question',
    rule: 'manning-certificate',
    fact: 'grossTonnage',
    text: 'vet ikke',
    expected: UNKNOWN,
  },
  {
    name: '"vet ikke" to a text question',
    rule: 'sea-time-confirmation',
    fact: 'callSign',
    text: 'vet ikke',
    expected: UNKNOWN,
  },
  {
    name: '"not sure" to a list question',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'not sure',
    expected: UNKNOWN,
    locale: 'en',
  },
];

const enums: AnswerCase[] = [
  // vesselType
  ...[
    'lasteskip',
    'lastebåt',
    'Cargo ship',
    'cargo vessel',
    'frakteskip',
    'bulk carrier',
    'tankskip',
    'tanker',
    'container ship',
    'lasteskipet',
    'lasteksip',
  ].map(
    (text): AnswerCase => ({
      name: `"${text}" is a cargo ship`,
      rule: 'manning-certificate',
      fact: 'vesselType',
      text,
      expected: v('cargo'),
    }),
  ),
  ...['passasjerskip', 'passasjerbåt', 'ferje', 'Ferge', 'passenger ship', 'ferry', 'pasasjerskip'].map(
    (text): AnswerCase => ({
      name: `"${text}" is a passenger ship`,
      rule: 'manning-certificate',
      fact: 'vesselType',
      text,
      expected: v('passenger'),
    }),
  ),
  ...[
    'fiskefartøy',
    'fiskebåt',
    'Fiskebåten',
    'fiskeskip',
    'tråler',
    'fishing vessel',
    'fishing boat',
    'trawler',
    'fiskefarty',
  ].map(
    (text): AnswerCase => ({
      name: `"${text}" is a fishing vessel`,
      rule: 'manning-certificate',
      fact: 'vesselType',
      text,
      expected: v('fishing'),
    }),
  ),
  {
    name: '"annet fartøy" is other',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: 'annet fartøy',
    expected: v('other'),
  },
  {
    name: 'A work boat is a cargo ship (any other commercial vessel, contract §1)',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: 'arbeidsbåt',
    expected: v('cargo'),
  },
  {
    name: 'A tug is a cargo ship',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: 'slepebåt',
    expected: v('cargo'),
  },
  {
    name: 'A workboat is a cargo ship, in English too',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: 'workboat',
    expected: v('cargo'),
    locale: 'en',
  },
  {
    name: 'A well boat is a cargo ship',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: 'brønnbåt',
    expected: v('cargo'),
  },
  {
    name: '"hurtigbåt" is not guessed',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: 'hurtigbåt',
    expected: NU,
  },
  {
    name: '"ikke lasteskip" is not read as cargo',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: 'ikke lasteskip',
    expected: NU,
  },
  {
    name: 'Two vessel types are not understood',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: 'passasjerskip og lasteskip',
    expected: NU,
  },
  {
    name: 'The numeric index of a choice is not accepted',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: '2',
    expected: NU,
  },
  {
    name: 'The enum id itself is accepted',
    rule: 'manning-certificate',
    fact: 'vesselType',
    text: 'cargo',
    expected: v('cargo'),
    locale: 'en',
  },
  // flag
  ...['norsk', 'Norsk flagg', 'norskflagget', 'NOR', 'NIS', 'Norge', 'Norwegian', 'Norway', 'NO'].map(
    (text): AnswerCase => ({
      name: `"${text}" is the Norwegian flag`,
      rule: 'manning-certificate',
      fact: 'flag',
      text,
      expected: v('NO'),
    }),
  ),
  ...['utenlandsk', 'utanlandsk', 'foreign', 'other flag', 'annet flagg', 'ikke norsk', 'not Norwegian'].map(
    (text): AnswerCase => ({
      name: `"${text}" is a foreign flag`,
      rule: 'manning-certificate',
      fact: 'flag',
      text,
      expected: v('foreign'),
    }),
  ),
  {
    name: 'Lower-case "no" is not the flag code NO',
    rule: 'manning-certificate',
    fact: 'flag',
    text: 'no',
    expected: NU,
    locale: 'en',
  },
  {
    name: '"ja" does not answer "Norwegian or foreign?"',
    rule: 'manning-certificate',
    fact: 'flag',
    text: 'ja',
    expected: NU,
  },
  {
    name: 'a flag state ("Panama") answers the flag question as foreign',
    rule: 'manning-certificate',
    fact: 'flag',
    text: 'Panama',
    expected: v('foreign'),
    locale: 'en',
  },
  // role
  ...['skipsfører', 'kaptein', 'fører', 'master', 'captain', 'Skipper', 'skipsførar', 'captian'].map(
    (text): AnswerCase => ({
      name: `"${text}" is master`,
      rule: 'd6-privileges',
      fact: 'role',
      text,
      expected: v('master'),
    }),
  ),
  ...['overstyrmann', 'chief mate', 'chief officer', 'førstestyrmann'].map(
    (text): AnswerCase => ({
      name: `"${text}" is chief mate`,
      rule: 'd6-privileges',
      fact: 'role',
      text,
      expected: v('chief-mate'),
    }),
  ),
  ...[
    'vaktoffiser',
    'ansvarshavende vaktoffiser',
    'styrmann',
    'navigatør',
    'officer of the watch',
    'OOW',
    'watch officer',
    'navigator',
  ].map(
    (text): AnswerCase => ({
      name: `"${text}" is officer of the watch`,
      rule: 'd6-privileges',
      fact: 'role',
      text,
      expected: v('officer-of-the-watch'),
    }),
  ),
  // tradingArea
  ...(
    [
      ['fartsområde 1', 'area-1'],
      ['område 2', 'area-2'],
      ['fo3', 'area-3'],
      ['trading area 4', 'area-4'],
      ['1', 'area-1'],
      ['liten kystfart', 'liten-kystfart'],
      ['LK', 'liten-kystfart'],
      ['small coastal', 'liten-kystfart'],
      ['short coastal', 'liten-kystfart'],
      ['stor kystfart', 'stor-kystfart'],
      ['SK', 'stor-kystfart'],
      ['extended coastal', 'stor-kystfart'],
      ['large coastal', 'stor-kystfart'],
      ['nord- og østersjøfart', 'nord-og-ostersjofart'],
      ['nord og østersjø', 'nord-og-ostersjofart'],
      ['North Sea and Baltic', 'nord-og-ostersjofart'],
      ['ubegrenset', 'unrestricted'],
      ['unrestricted', 'unrestricted'],
      ['worldwide', 'unrestricted'],
      ['liten-kystfart', 'liten-kystfart'],
    ] as const
  ).map(
    ([text, value]): AnswerCase => ({
      name: `"${text}" is trading area ${value}`,
      rule: 'd6-privileges',
      fact: 'tradingArea',
      text,
      expected: v(value),
    }),
  ),
  {
    name: '"kystfart" alone could be either coastal area',
    rule: 'd6-privileges',
    fact: 'tradingArea',
    text: 'kystfart',
    expected: NU,
  },
  // signerRole
  ...(
    [
      ['representant fra rederikontoret', 'company-representative'],
      ['rederiet', 'company-representative'],
      ['HR', 'company-representative'],
      ['the company', 'company-representative'],
      ['kaptein', 'master'],
      ['skipsfører', 'master'],
      ['master', 'master'],
      ['eier', 'owner'],
      ['eieren', 'owner'],
      ['owner', 'owner'],
      ['medeier', 'co-owner'],
      ['co-owner', 'co-owner'],
      ['regnskapsfører', 'accountant'],
      ['accountant', 'accountant'],
      ['revisor', 'auditor'],
      ['auditor', 'auditor'],
      ['annen rolle', 'other'],
    ] as const
  ).map(
    ([text, value]): AnswerCase => ({
      name: `"${text}" signs as ${value}`,
      rule: 'sea-time-confirmation',
      fact: 'signerRole',
      text,
      expected: v(value),
    }),
  ),
  {
    name: '"meg selv" is not a role',
    rule: 'sea-time-confirmation',
    fact: 'signerRole',
    text: 'meg selv',
    expected: NU,
  },
  {
    name: '"myself" is not a role',
    rule: 'sea-time-confirmation',
    fact: 'signerRole',
    text: 'myself',
    expected: NU,
    locale: 'en',
  },
  {
    name: '"arbeidsgiver" could be the company or the owner',
    rule: 'sea-time-confirmation',
    fact: 'signerRole',
    text: 'arbeidsgiver',
    expected: NU,
  },
  // targetCertificate and certificate
  ...(
    [
      ['D6', 'D6'],
      ['d 6', 'D6'],
      ['klasse 5', 'D5'],
      ['dekksoffiser klasse 5', 'D5'],
      ['deck officer class 4', 'D4'],
      ['D1', 'D1'],
      ['matros', 'matros'],
      ['AB', 'matros'],
      ['able seaman', 'matros'],
      ['tankermann', 'tanker'],
      ['tanker certificate', 'tanker'],
      ['IGF', 'igf'],
    ] as const
  ).map(
    ([text, value]): AnswerCase => ({
      name: `"${text}" is target certificate ${value}`,
      rule: 'sea-time-confirmation',
      fact: 'targetCertificate',
      text,
      expected: v(value),
    }),
  ),
  {
    name: 'Two certificates are not understood',
    rule: 'sea-time-confirmation',
    fact: 'targetCertificate',
    text: 'D5 eller D4',
    expected: NU,
  },
  { name: '"D4" is certificate D4', rule: 'master-rights', fact: 'certificate', text: 'D4', expected: v('D4') },
  { name: '"D6" is not one of D5/D4/D3', rule: 'master-rights', fact: 'certificate', text: 'D6', expected: NU },
  // tankerType
  ...(
    [
      ['olje', 'oil'],
      ['oljetankskip', 'oil'],
      ['oil tanker', 'oil'],
      ['kjemikalie', 'chemical'],
      ['chemical', 'chemical'],
      ['gass', 'gas'],
      ['gas tanker', 'gas'],
    ] as const
  ).map(
    ([text, value]): AnswerCase => ({
      name: `"${text}" is a ${value} tanker`,
      rule: 'sea-time-confirmation',
      fact: 'tankerType',
      text,
      expected: v(value),
    }),
  ),
  {
    name: '"LNG" is not guessed as gas',
    rule: 'sea-time-confirmation',
    fact: 'tankerType',
    text: 'LNG',
    expected: NU,
    locale: 'en',
  },
  // tradeCertificate
  ...(
    [
      ['fagbrev matros', 'matros'],
      ['matros', 'matros'],
      ['fagbrev som fisker', 'fisker'],
      ['fisker', 'fisker'],
      ['fiskar', 'fisker'],
      ['ingen', 'none'],
      ['nei', 'none'],
      ['none', 'none'],
      ['no', 'none'],
      ['Nei, ingen av delene', 'none'],
    ] as const
  ).map(
    ([text, value]): AnswerCase => ({
      name: `"${text}" is trade certificate ${value}`,
      rule: 'deck-officer-first-issue',
      fact: 'tradeCertificate',
      text,
      expected: v(value),
    }),
  ),
  // certificateKind
  ...(
    [
      ['midlertidig', 'interim'],
      ['interim', 'interim'],
      ['I-ISSC', 'interim'],
      ['fulltids', 'full'],
      ['full', 'full'],
      ['full-term', 'full'],
      ['ordinary', 'full'],
    ] as const
  ).map(
    ([text, value]): AnswerCase => ({
      name: `"${text}" is an ${value} ISSC`,
      rule: 'issc-validity',
      fact: 'certificateKind',
      text,
      expected: v(value),
    }),
  ),
  // ratingPosition (fact id "position")
  ...(
    [
      ['lettmatros', 'lettmatros'],
      ['OS', 'lettmatros'],
      ['ordinary seaman', 'lettmatros'],
      ['smører', 'smorer'],
      ['smorer', 'smorer'],
      ['oiler', 'smorer'],
      ['maskinpasser', 'maskinpasser'],
      ['maskinpasser-lettmatros', 'maskinpasser-lettmatros'],
      ['både maskinpasser og lettmatros', 'maskinpasser-lettmatros'],
    ] as const
  ).map(
    ([text, value]): AnswerCase => ({
      name: `"${text}" is the ${value} position`,
      rule: 'rating-requirements',
      fact: 'position',
      text,
      expected: v(value),
    }),
  ),
  {
    name: '"maskinpasser eller lettmatros" names two positions',
    rule: 'rating-requirements',
    fact: 'position',
    text: 'maskinpasser eller lettmatros',
    expected: NU,
  },
  {
    name: '"motormann" is not guessed',
    rule: 'rating-requirements',
    fact: 'position',
    text: 'motormann',
    expected: NU,
  },
  // serviceOnly
  ...(
    [
      ['opplæring', 'training'],
      ['skoleskip', 'training'],
      ['training', 'training'],
      ['los', 'pilot'],
      ['losbåt', 'pilot'],
      ['pilot', 'pilot'],
      ['redning', 'rescue'],
      ['redningsskøyte', 'rescue'],
      ['rescue', 'rescue'],
      ['nei', 'none'],
      ['ingen av dem', 'none'],
      ['none', 'none'],
      ['no', 'none'],
    ] as const
  ).map(
    ([text, value]): AnswerCase => ({
      name: `"${text}" is special service ${value}`,
      rule: 'manning-certificate',
      fact: 'serviceOnly',
      text,
      expected: v(value),
    }),
  ),
  {
    name: '"nei, lostjeneste" contradicts itself',
    rule: 'manning-certificate',
    fact: 'serviceOnly',
    text: 'nei, lostjeneste',
    expected: NU,
  },
];

const lists: AnswerCase[] = [
  {
    name: '"fartstid og kurs"',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'fartstid og kurs',
    expected: v(['sea-time', 'courses']),
  },
  {
    name: '"sea time, courses"',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'sea time, courses',
    expected: v(['sea-time', 'courses']),
    locale: 'en',
  },
  {
    name: 'Items come back in the catalogue order',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'vitnemål og helseerklæring',
    expected: v(['health-certificate', 'education']),
  },
  {
    name: 'The ids themselves are accepted',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'courses, sea-time',
    expected: v(['sea-time', 'courses']),
  },
  {
    name: 'An item named twice is listed once',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'kurs og kursbevis',
    expected: v(['courses']),
  },
  {
    name: '"ingenting" is an empty list',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'ingenting',
    expected: v([]),
  },
  {
    name: '"ingen" is an empty list',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'ingen',
    expected: v([]),
  },
  {
    name: '"nothing" is an empty list',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'nothing',
    expected: v([]),
    locale: 'en',
  },
  {
    name: '"none" is an empty list',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'none',
    expected: v([]),
    locale: 'en',
  },
  {
    name: '"alt er rapportert elektronisk" is an empty list',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'alt er rapportert elektronisk',
    expected: v([]),
  },
  {
    name: '"alt unntatt kurs" is not guessed',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: 'alt unntatt kurs',
    expected: NU,
  },
  {
    name: 'A choice number is not accepted',
    rule: 'aps-processing',
    fact: 'uploadedDocuments',
    text: '1',
    expected: NU,
  },
];

const texts: AnswerCase[] = [
  {
    name: 'A name is trimmed',
    rule: 'sea-time-confirmation',
    fact: 'seafarerName',
    text: '  Kari Nordmann  ',
    expected: v('Kari Nordmann'),
  },
  {
    name: '"han heter" is stripped',
    rule: 'sea-time-confirmation',
    fact: 'seafarerName',
    text: 'han heter Ola Hansen',
    expected: v('Ola Hansen'),
  },
  {
    name: '"navnet er" is stripped',
    rule: 'sea-time-confirmation',
    fact: 'signerName',
    text: 'Navnet er Kari',
    expected: v('Kari'),
  },
  {
    name: '"he\'s called" is stripped',
    rule: 'sea-time-confirmation',
    fact: 'signerName',
    text: "he's called Ola Hansen",
    expected: v('Ola Hansen'),
    locale: 'en',
  },
  {
    name: '"the name is" is stripped',
    rule: 'sea-time-confirmation',
    fact: 'vesselName',
    text: 'The name is MS Havbris.',
    expected: v('MS Havbris'),
    locale: 'en',
  },
  {
    name: 'A call sign is kept as written',
    rule: 'sea-time-confirmation',
    fact: 'callSign',
    text: 'LK2345',
    expected: v('LK2345'),
  },
  {
    name: 'A position is kept as text',
    rule: 'sea-time-confirmation',
    fact: 'position',
    text: 'lettmatros',
    expected: v('lettmatros'),
  },
  {
    name: 'Quotes around a name are removed',
    rule: 'sea-time-confirmation',
    fact: 'vesselName',
    text: '«Havbris»',
    expected: v('Havbris'),
  },
  {
    name: 'A name that starts like a yes word is still a name',
    rule: 'sea-time-confirmation',
    fact: 'seafarerName',
    text: 'Jo Nesbø',
    expected: v('Jo Nesbø'),
  },
  {
    name: 'An empty reply is not a name',
    rule: 'sea-time-confirmation',
    fact: 'seafarerName',
    text: '   ',
    expected: NU,
  },
  {
    name: 'A bare "nei" is not a name',
    rule: 'sea-time-confirmation',
    fact: 'seafarerName',
    text: 'nei',
    expected: NU,
  },
];

describe('extractAnswer', () => {
  describe('numbers, units and conversions', () => test.each(numbers)('$name', checkAnswer));
  describe('dates', () => test.each(dates)('$name', checkAnswer));
  describe('yes and no', () => test.each(yesNo)('$name', checkAnswer));
  describe("don't know", () => test.each(unknown)('$name', checkAnswer));
  describe('enum values by synonym', () => test.each(enums)('$name', checkAnswer));
  describe('lists', () => test.each(lists)('$name', checkAnswer));
  describe('free text', () => test.each(texts)('$name', checkAnswer));

  it('reads "i dag" from the given date, not the clock', () => {
    expect(
      extractAnswer(factOf('health-certificate', 'onDate'), 'i dag', { today: '2030-01-31', locale: 'nb' }),
    ).toEqual({ kind: 'value', value: '2030-01-31' });
    expect(
      extractAnswer(factOf('health-certificate', 'onDate'), 'i dag', { today: 'not a date', locale: 'nb' }),
    ).toEqual({ kind: 'not-understood' });
  });
});

/** A value fits its fact: the right JS type, an allowed enum value, a valid ISO date. */
function fits(fact: ReturnType<typeof factOf>, value: unknown): boolean {
  switch (fact.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'enum':
      return typeof value === 'string' && (fact.values ?? []).includes(value);
    case 'enum-list':
      return (
        Array.isArray(value) &&
        value.every((x) => (fact.values ?? []).includes(x)) &&
        new Set(value).size === value.length
      );
    case 'text':
      return typeof value === 'string' && value.trim().length > 0 && value === value.trim();
  }
}

/** Replies built from the words the parser knows, so the properties reach its deeper paths. */
const vocabulary = [
  'ja',
  'nei',
  'ikke',
  'no',
  'yes',
  'vet',
  'not',
  'sure',
  '12',
  '23,5',
  '1 867',
  '1,867',
  '1.5',
  '-3',
  'm',
  'BT',
  'GT',
  'timer',
  'dager',
  'måneder',
  'år',
  'tolv',
  'twenty-four',
  'et halvt',
  'og',
  'and',
  'over',
  'ca.',
  'lasteskip',
  'fiskebåt',
  'norsk',
  'D5',
  'klasse',
  'fartsområde',
  'liten kystfart',
  'maskinpasser',
  'lettmatros',
  '1. juni 2026',
  '2027-05-02',
  '30.02.2026',
  'i dag',
  'May',
  '2,',
  'kurs',
  'fartstid',
  'ingenting',
  '(L)',
  'største lengde',
  'à',
  'x',
  '+',
  '%',
  'ft',
  '…',
  'ø',
  'é',
  '\u00a0',
  '\n',
];
const wordy = fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), wordy);

describe('extractAnswer on arbitrary text', () => {
  const facts = allFacts();
  it('never throws, and any value it returns fits the fact', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...facts),
        anyText,
        fc.constantFrom(NB, { today: '2028-02-29', locale: 'en' as const }),
        (fact, text, ctx) => {
          const r = readAnswer(fact, text, ctx);
          expect(['value', 'unknown', 'not-understood']).toContain(r.kind);
          if (r.kind === 'value') expect(fits(fact, r.value)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.constantFrom(...facts), anyText, (fact, text) => {
        expect(readAnswer(fact, text, NB)).toEqual(readAnswer(fact, text, NB));
      }),
      { numRuns: 100 },
    );
  });
});
