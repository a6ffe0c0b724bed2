/**
 * What round 35 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each of these replies to a yes/no question had been read the wrong way round, and the
 * decision after it given confidently; now the question is asked again.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

/** A cook with a trade certificate and 12 in the safe manning: whether the practical test is passed is asked. */
const COOK_WITH_TRADE = say(
  'cook 22 years, fagbrev restaurant og matfag, safety manning 12',
  asks('cook.qualification', 'passedPracticalTest'),
);

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"no problem, we did check-out of his skills … documented": never "no documented check" (en, round 35 F0a)',
    locale: 'en',
    turns: [
      say(
        'safety manning 8, we have cook 20 years with no education, ok?',
        asks('cook.qualification', 'documentedSkillsCheck'),
      ),
      say(
        'no problem, we did check-out of his skills, cooking, nutrition and hygiene, documented',
        asks('cook.qualification', 'documentedSkillsCheck', { absent: ['documentedSkillsCheck'] }),
      ),
    ],
  },
  {
    name: '"practical test? no worries, he passed it in 2020": never "no passed test" (en, round 35 F0b)',
    locale: 'en',
    turns: [
      COOK_WITH_TRADE,
      say(
        'practical test? no worries, he passed it in 2020',
        asks('cook.qualification', 'passedPracticalTest', { absent: ['passedPracticalTest'] }),
      ),
    ],
  },
  {
    name: '"yes he tried the practical test but failed it": never a yes (en, round 35 F0f)',
    locale: 'en',
    turns: [
      COOK_WITH_TRADE,
      say(
        'yes he tried the practical test but failed it',
        asks('cook.qualification', 'passedPracticalTest', { absent: ['passedPracticalTest'] }),
      ),
    ],
  },
  {
    name: '"yes, assessor is booked for next month, not done yet": never "met" (en, round 35 F0g)',
    locale: 'en',
    turns: [
      say(
        'D4 first issue: 1100 days on 60m ship, 200 days bridge watch, 45 days after diploma',
        asks('deck.first-issue', 'hasAssessment'),
      ),
      say(
        'yes, assessor is booked for next month, not done yet',
        asks('deck.first-issue', 'hasAssessment', { absent: ['hasAssessment'] }),
      ),
    ],
  },
  {
    name: '"ok but I have no ferdighetssertifikat" when seagoing is asked: no answer to it, never "not seagoing" (en, round 35 F0d)',
    locale: 'en',
    turns: [
      say('matros: seagoing 1200 GT ship, I have fagbrev matros', asks('ratings.matros', 'seagoing')),
      say('ok but I have no ferdighetssertifikat', asks('ratings.matros', 'seagoing', { absent: ['seagoing'] })),
    ],
  },
  {
    name: '«vedlikehald 2 t ein dag i veka» beside 2 hours a day: never a total without it (nn, round 35 WRONG-2)',
    locale: 'nn',
    turns: [
      say(
        'akvatekniker om bord, 2 t pr dag + vedlikehald 2 t ein dag i veka, i 4 veker. kor mykje fartstid?',
        asks('seatime.calculate', 'days', { absent: ['hoursPerDay', 'totalHours'] }),
      ),
    ],
  },
  {
    name: '«unnskyld, 7 måneder» after «5 mnd i webcadet», while the days after the diploma are asked: the webcadet time corrected (nb, round 35 WRONG-1)',
    locale: 'nb',
    turns: [
      say(
        'hei trenger d4 første gang, har fagbrev matros og 5 mnd i webcadet',
        asks('deck.first-issue', 'daysAfterDiploma', { facts: { trainingProgramDays: 150 } }),
      ),
      say(
        'unnskyld, 7 måneder',
        asks('deck.first-issue', 'daysAfterDiploma', {
          facts: { trainingProgramDays: 210 },
          absent: ['daysAfterDiploma'],
        }),
      ),
      say(
        '200',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', { evaluated: 'D4', alternative: 'C' }),
      ),
    ],
  },
  {
    name: '«og hvis jeg jobber 12 timer fremover?» after 60 days at 10 hours, 180 wanted: the 600 hours had stay, 27 days more (nb, round 35 WRONG-3)',
    locale: 'nb',
    turns: [
      say('fartstid 10 timer i 60 dager', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 600 })),
      say(
        'hvor mange timer mangler jeg til 180 dager',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 600 }, { facts: { targetDays: 180 } }),
      ),
      say(
        'og hvis jeg jobber 12 timer fremover?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 600 },
          { facts: { totalHours: 600, hoursPerDay: 12 } },
        ),
      ),
    ],
  },
  {
    name: '"how long does it take to get 360 days sea time with 8 hours per day": the hours and days needed, never 360 days worked (en, round 36)',
    locale: 'en',
    turns: [
      say(
        'how long does it take to get 360 days sea time with 8 hours per day',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1841.42, wholeDaysNeeded: 231 }),
      ),
    ],
  },
  {
    name: '«jobber 6 timer om dagen, hvor lang tid tar det a fa 12 mnd fartstid»: 307 days at 6 hours (nb, round 36 WRONG-1)',
    locale: 'nb',
    turns: [
      say(
        'jobber 6 timer om dagen, hvor lang tid tar det a fa 12 mnd fartstid',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1841.42, wholeDaysNeeded: 307 }),
      ),
    ],
  },
  {
    name: '«hvordan far jeg fagbrev matros»: how to get a trade certificate is outside, never "has a trade certificate" (nb, round 36 WRONG-2)',
    locale: 'nb',
    turns: [say('hvordan far jeg fagbrev matros', { topic: 'fallback', ask: null, absent: ['hasTradeCertificate'] })],
  },
  {
    name: '"I want attest for D5": a sea-time confirmation for D5, never what a first D5 requires (en, round 36)',
    locale: 'en',
    turns: [
      say('I want attest for D5', asks('seatime.confirmation', 'seafarerName', { facts: { targetCertificate: 'D5' } })),
    ],
  },
];

describe('Round 35, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
