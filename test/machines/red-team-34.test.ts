/**
 * What round 34 found, played through the real turn core after the fix: the red team's texts
 * verbatim.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

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
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet', undefined, {
          says: () => ['Alternative B: 12 months (360 days) of sea time in an approved training programme. Not given.'],
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
];

describe('Round 34, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
