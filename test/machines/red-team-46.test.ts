/**
 * What round 46 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first two were confident wrong answers on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"no wait, I dont have fagbrev actually" after "Yes" for matros on 20 months: the trade certificate corrected to no, never "you meet the requirements" (en, round 46)',
    locale: 'en',
    turns: [
      say(
        'I have fagbrev matros and 20 months deck service. Want to work as matros on a 300 GT boat, is it ok?',
        decides('ratings.matros', 'matros', 'meets'),
      ),
      say(
        'no wait, I dont have fagbrev actually, only the 20 months on deck',
        decides('ratings.matros', 'matros', 'does-not-meet', undefined, { facts: { hasTradeCertificate: false } }),
      ),
    ],
  },
  {
    name: '"and a 30 GT sightseeing boat with 60 passengers?" after a pilot boat: a passenger boat has no pilot service: required, never the pilot boat’s case-by-case (en, round 46)',
    locale: 'en',
    turns: [
      say(
        'Hi, we have a pilot boat (losbåt) 60 GT, Norwegian flag. Need bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'case-by-case'),
      ),
      say(
        'and a 30 GT sightseeing boat with 60 passengers?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 30, vesselType: 'passenger' },
          absent: ['serviceOnly'],
        }),
      ),
    ],
  },
  {
    name: '«ingen, alt var på 7,5-meteren» while the months as OOW are asked: never 7.5 months (nn, round 46)',
    locale: 'nn',
    turns: [
      say(
        'Eg har D6, er 22 år og har 13 månader som vaktoffiser, men berre på ein liten båt med største lengde 7,5 m. Kan eg vere skipper på ein arbeidsbåt med L 18 m, 90 BT, i liten kystfart?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch'),
      ),
      say(
        'ingen, alt var på 7,5-meteren',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { absent: ['monthsAsOfficerOfTheWatch'] }),
      ),
    ],
  },
];

describe('Round 46, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
