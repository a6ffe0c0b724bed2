/**
 * What round 47 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each was a confident wrong answer on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"and 6 months is how many hours?" after 42 hours: the hours for 180 sea-time days (920.71), never the 42 hours again (en, round 47)',
    locale: 'en',
    turns: [
      say(
        'how many days of sea time is 42 hours?',
        decides('seatime.calculate', 'sea-time', 'calculated', { seaTimeDays: 8.21 }),
      ),
      say(
        'and 6 months is how many hours?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 920.71, targetMonths: 6 }),
      ),
    ],
  },
  {
    name: '«og 8 måneder, hvor mange timer er det?» after 1200 hours: the hours for 240 sea-time days (nb, round 47)',
    locale: 'nb',
    turns: [
      say('hvor mye fartstid er 1200 timer?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'og 8 måneder, hvor mange timer er det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1227.62, targetMonths: 8 }),
      ),
    ],
  },
  {
    name: '"how many months is 500 days of sea time?": 16.66 months of 30 days, never the days worked asked (en, round 47)',
    locale: 'en',
    turns: [
      say(
        'how many months is 500 days of sea time?',
        decides('seatime.calculate', 'sea-time', 'calculated', { targetMonths: 16.66, hoursNeeded: 2557.53 }),
      ),
    ],
  },
  {
    name: '«14 mnd fartstid, hvor mange dager blir det?»: 420 sea-time days (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        '14 mnd fartstid, hvor mange dager blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { targetMonths: 14 }, { facts: { targetDays: 420 } }),
      ),
    ],
  },
  {
    name: '«han fyller 18 i mars, kan han begynne da?» after a 17-year-old cook: qualified at 18, never the "no" on 17 again (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'Kokken vår er 17 år og har fagbrev i restaurant- og matfag med bestått praktisk prøve. Oppfyller han kravene?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, {
          topics: ['cook.qualification'],
        }),
      ),
      say('sikkerhetsbemanningen er 12', decides('cook.qualification', 'cook-qualification', 'not-qualified')),
      say(
        'han fyller 18 i mars, kan han begynne da?',
        decides('cook.qualification', 'cook-qualification', 'qualified', undefined, { facts: { age: 18 } }),
      ),
    ],
  },
  {
    name: '«hvem utsteder bemanningssertifikatet?» after a decision: the fallback, never the certificate’s expiry (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'trenger et lasteskip på 55 BT med norsk flagg bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('hvem utsteder bemanningssertifikatet?', { topic: 'fallback' }),
    ],
  },
];

describe('Round 47, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
