/**
 * What round 30 found, played through the real turn core after the fix: the red team's texts
 * verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«12 månader som vaktoffiser på ein 10 m båt (LOA)» beside L 20 m: not allowed at 19, allowed when he turns 20 (nn, round 30)',
    locale: 'nn',
    turns: [
      say(
        'Eg er 19, har D6 og 12 månader som vaktoffiser på ein 10 m båt (LOA). Kan eg vere skipsførar på lasteskip L 20 m, 100 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { absent: ['lengthOverall'] }),
      ),
      say(
        'han blir 20 om ein månad',
        decides('d6.privileges', 'd6-privileges', 'allowed', { basis: 'd6-master-extension' }, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '"12 months OOW on a 7.5 m LOA boat, master on a 20 m L cargo ship": the months on ships of 8 m asked (en, round 30)',
    locale: 'en',
    turns: [
      say(
        'D6, age 20, 12 months OOW on a 7.5 m LOA boat, master on a 20 m L cargo ship 150 GT, liten kystfart?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '«jeg fylte 18 akkurat den dagen»: 18 at issue, valid two years (nb, round 30)',
    locale: 'nb',
    turns: [
      say(
        'helseerklæring utstedt 01.12.2025, jeg fylte 18 akkurat den dagen. gyldig?',
        decides('health.certificate', 'health-certificate', 'valid', { validUntil: '2027-12-01' }),
      ),
    ],
  },
  {
    name: '"I have 200 days on 12 hour shifts, how many more I need for 360 days?": 2,400 hours already reach it (en, round 30)',
    locale: 'en',
    turns: [
      say(
        'I have 200 days on 12 hour shifts, how many more I need for 360 days?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2400, reachesTarget: true }),
      ),
    ],
  },
  {
    name: "«og etter STCW-revisjonen, hva må vi sende?» after the D6 update: the STCW update's procedure (nb, round 30)",
    locale: 'nb',
    turns: [
      say('må vi oppdatere bemanningssertifikatet for D6?', { topic: 'manning.d6-update', ask: null }),
      say('og etter STCW-revisjonen, hva må vi sende?', { topic: 'manning.stcw-update', ask: null }),
    ],
  },
  {
    name: '"manning certificate for 60 GT cargo norwegian": the type before the flag, decided (en, round 30)',
    locale: 'en',
    turns: [
      say(
        'manning certificate for 60 GT cargo norwegian',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { vesselType: 'cargo', flag: 'NO', grossTonnage: 60 },
        }),
      ),
    ],
  },
  {
    name: '"Ship cargo norsk flagg 70 GT": the type before the flag and the size (en, round 30)',
    locale: 'en',
    turns: [
      say(
        'Ship cargo norsk flagg 70 GT, need manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { vesselType: 'cargo' },
        }),
      ),
    ],
  },
  {
    name: '"when expire?" after an interim ISSC\'s dates: those dates again (en, round 30)',
    locale: 'en',
    turns: [
      say('interim ISSC issued 01.10.2026', decides('isps.interim', 'issc-validity', 'dates')),
      say('when expire?', decides('isps.interim', 'issc-validity', 'dates', { expiry: '2027-04-01' })),
    ],
  },
];

describe('Round 30, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
