/**
 * What round 34 found, played through the real turn core after the fix: the red team's texts
 * verbatim.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, reviews, SEA_TIME_D6_FACTS, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«3 mnd a 30 dagar, 12 timar»: 90 days worked, never the 30 days of one month (nn, round 34 W1)',
    locale: 'nn',
    turns: [
      say(
        'fartstid: 3 mnd a 30 dagar, 12 timar',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1080, seaTimeDays: 211.14 }),
      ),
    ],
  },
  {
    name: '"how much more … for D4" without training-programme days: alternatives B and C say what is not given (en, round 34 W2)',
    locale: 'en',
    turns: [
      say(
        'how much more seatime I need for D4, I have 900 days on 20 m ship, 6 months bridge watch, 40 days after diploma, assessment done',
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet', {
          notGiven: [
            { fact: 'trainingProgramDays', alternative: 'B' },
            { fact: 'trainingProgramDays', alternative: 'C' },
            { fact: 'tradeCertificate', alternative: 'C' },
          ],
        }),
      ),
    ],
  },
  {
    name: '«og 9?» after master rights on 14 months at 23: never the old "Ja" (nb, round 34 W3)',
    locale: 'nb',
    turns: [
      say('har fått D5 men ingen førerrett, hvorfor', asks('deck.master-rights', 'age')),
      say('23', asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue')),
      say(
        '14 mnd som styrmann etter jeg fikk sertifikatet',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
      say('og 9?', { topic: 'fallback', ask: null, facts: { monthsAsOfficerOfTheWatchSinceIssue: 14 } }),
    ],
  },
  {
    name: '«ikkje sikker, kanskje 45 eller 55 BT»: either side of 50 GT, so asked, never taken as 55 (nn, round 34 W4)',
    locale: 'nb',
    turns: [
      say('bemanningssertifikat lasteskip', asks('manning.which-vessels', 'flag')),
      say('norsk', asks('manning.which-vessels', 'grossTonnage')),
      say(
        'ikkje sikker, kanskje 45 eller 55 BT',
        asks('manning.which-vessels', 'grossTonnage', { absent: ['grossTonnage'], locale: 'nn' }),
      ),
    ],
  },
  {
    name: "seed 002's example in nynorsk, «og 2 t vedlikehald ein dag»: 42 hours, 8.21 days (nn, round 34 W5)",
    locale: 'nn',
    turns: [
      say(
        'Hei! Fartstid pa arbeidsbat: eg koyrer 2 timar kvar dag man-fre i 4 veker og 2 t vedlikehald ein dag. Kor mykje fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 42, seaTimeDays: 8.21 }),
      ),
    ],
  },
  {
    name: '«Siri Ha, fodt 02.02.2000» while the name is asked: the name and the birth date; «alle» and «8» are never a name (nb, round 34 F1)',
    locale: 'nb',
    turns: [
      say('fartstidsattest D6', asks('seatime.confirmation', 'seafarerName')),
      say(
        'Siri Ha, fodt 02.02.2000',
        asks('seatime.confirmation', 'position', {
          facts: { seafarerName: 'Siri Ha', seafarerBirthDate: '2000-02-02' },
        }),
      ),
    ],
  },
  {
    name: "«alle» while the seafarer's name is asked: not taken as the name (nb, round 34 F1)",
    locale: 'nb',
    turns: [
      say('fartstidsattest D6', asks('seatime.confirmation', 'seafarerName')),
      say('alle', asks('seatime.confirmation', 'seafarerName', { absent: ['seafarerName'] })),
      say('8', asks('seatime.confirmation', 'seafarerName', { absent: ['seafarerName'] })),
    ],
  },
  {
    name: '"change hours to 11 please" at the review: the hours corrected before the document (en, round 34 F0f)',
    locale: 'en',
    turns: [
      say('sea time confirmation for D6', asks('seatime.confirmation', 'seafarerName')),
      say('Jan Kowalski, 05.05.1985', asks('seatime.confirmation', 'position')),
      say('lettmatros', asks('seatime.confirmation', 'periodFrom')),
      say('01.02.2026 - 30.04.2026', asks('seatime.confirmation', 'days')),
      say('all', asks('seatime.confirmation', 'hoursPerDay')),
      say('8', asks('seatime.confirmation', 'vesselName')),
      say('MS Havbris, LG2233', asks('seatime.confirmation', 'lengthOverall')),
      say('13 m', asks('seatime.confirmation', 'signerName')),
      say('Anna Berg, owner', asks('seatime.confirmation', 'signerIsSeafarer')),
      say('no', reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { hoursPerDay: 8 } })),
      say(
        'change hours to 11 please',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { hoursPerDay: 11 } }),
      ),
    ],
  },
];

describe('Round 34, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
