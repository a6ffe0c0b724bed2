/**
 * What rounds 17 and 18 left open and what round 19 found, played through the real turn core after
 * the fix: the red team's texts verbatim.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: "«Mellombels ISSC utferda 5. juni 2026»: «utferda» is issued; the interim certificate's last day (nn, round 18)",
    locale: 'nn',
    turns: [
      say(
        'Mellombels ISSC utferda 5. juni 2026. Kva er siste utløpsdato?',
        decides('isps.interim', 'issc-validity', 'dates', { latestExpiry: '2026-12-05' }),
      ),
    ],
  },
  {
    name: '«norsk lastebåt på femti BT»: the size of the vessel asked about is its tonnage, not a quoted limit (nb, round 18)',
    locale: 'nb',
    turns: [
      say(
        'Trenger en norsk lastebåt på femti BT bemanningssertifikat? Den går bare i fjorden.',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { flag: 'NO', vesselType: 'cargo', grossTonnage: 50 },
        }),
      ),
    ],
  },
  {
    name: '"does a 50 GT cargo ship need a manning certificate?": the ship\'s tonnage is taken (en)',
    locale: 'en',
    turns: [
      say(
        'does a 50 GT cargo ship need a manning certificate?',
        asks('manning.which-vessels', 'flag', { facts: { vesselType: 'cargo', grossTonnage: 50 } }),
      ),
    ],
  },
  {
    name: '«frå midten av mars til slutten av mai 2026»: no whole months, so the days worked are asked (nn, round 18)',
    locale: 'nn',
    turns: [
      say(
        'Var om bord frå midten av mars til slutten av mai 2026, 8 t kvar dag. Kor mykje fartstid?',
        asks('seatime.calculate', 'days', { absent: ['days'] }),
      ),
    ],
  },
  {
    name: '"from mid-March to end of May 2026, 12 h every day": the days worked are asked, not May\'s 31 (en)',
    locale: 'en',
    turns: [
      say(
        'I was onboard from mid-March to end of May 2026, 12 h every day, how much sea time?',
        asks('seatime.calculate', 'days', { absent: ['days'] }),
      ),
    ],
  },
  {
    name: '«frå mars til mai 2026, kvar dag»: whole months are still counted (nn)',
    locale: 'nn',
    turns: [
      say(
        'Var om bord frå mars til mai 2026, 8 t kvar dag. Kor mykje fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 736 }),
      ),
    ],
  },
  {
    name: "«kva om eg får ny 1. januar?»: a new certificate's day is ahead, never the old year's (nn, round 18)",
    locale: 'nn',
    turns: [
      say(
        'Kor lenge gjeld helseerklæringa mi? Skriven ut 20.12.2024, eg var 30.',
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say('kva om eg får ny 1. januar?', { topic: 'health.certificate', absent: ['issueDate'] }),
    ],
  },
  {
    name: '"30 months on deck on 20 m LOA boats" is sea time on ships of 15 m or more; "sorry, the boats were 13 m LOA" takes it back (en, round 18)',
    locale: 'en',
    turns: [
      say(
        'sea time for first D4: I have 30 months on deck on 20 m LOA boats, 6 months bridge watch',
        asks('deck.first-issue', 'trainingProgramDays', { facts: { seaTimeDays: 900, bridgeWatchDays: 180 } }),
      ),
      say(
        'sorry, the boats were 13 m LOA',
        asks('deck.first-issue', 'trainingProgramDays', { facts: { seaTimeDays: 0 } }),
      ),
    ],
  },
];

describe('rounds 17–19, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
