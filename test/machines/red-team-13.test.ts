/**
 * What round 13 found, and the open items of round 12 mended beside it, played through the real
 * turn core after the fix.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: "«fra 1. mars til 30. juni» without years, ended by today, is this year's period: 122 days to take with «alle» (nb, round 12)",
    locale: 'nb',
    turns: [
      say(
        'Hvor mye fartstid blir det? Jeg jobbet fra 1. mars til 30. juni med 12 timer per dag',
        asks('seatime.calculate', 'days', { says: (l) => [texts(l).conversation.periodDays(122)] }),
      ),
      say(
        'alle',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 122, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '«frå mars til juni» as the days worked are the days of those whole months, 122 (nn, round 12)',
    locale: 'nn',
    turns: [
      say('kor mykje fartstid får eg? eg jobba 12 timar dagen', asks('seatime.calculate', 'days')),
      say(
        'frå mars til juni',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 122, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '"jan-apr 2026" as the days worked are 120 days (en, round 12)',
    locale: 'en',
    turns: [
      say('sea time calc, 12 h per day', asks('seatime.calculate', 'days')),
      say(
        'jan-apr 2026',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 120, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '«mars og juni 2026» may be two months, not the months between: asked again (nn)',
    locale: 'nn',
    turns: [
      say('fartstid 12 timar dagleg', asks('seatime.calculate', 'days')),
      say('mars og juni 2026', asks('seatime.calculate', 'days', { absent: ['days'] })),
    ],
  },
  {
    name: '«i 3 månadar, 12 timar dagleg»: months worked are no days worked, the days are asked (nn)',
    locale: 'nn',
    turns: [
      say(
        'Eg var om bord i 3 månadar, 12 timar dagleg. Kor mykje fartstid blir det?',
        asks('seatime.calculate', 'days', { facts: { hoursPerDay: 12 }, absent: ['totalHours', 'targetDays'] }),
      ),
    ],
  },
  {
    name: '«den andre» after a menu of sea-time topics picks the second option (nb, round 12)',
    locale: 'nb',
    turns: [
      say('fartstid', {
        offers: ['topic:seatime.employer-reporting', 'topic:seatime.calculate', 'topic:seatime.how-to-document'],
      }),
      say('den andre', asks('seatime.calculate', 'days')),
    ],
  },
  {
    name: '"the first one" after a menu of ISSC topics picks the first option (en, round 12)',
    locale: 'en',
    turns: [
      say('issc question', { offers: ['topic:isps.invalid', 'topic:isps.interim', 'topic:isps.process'] }),
      say('the first one', { topic: 'isps.invalid' }),
    ],
  },
  {
    name: '«4» after a menu of three options is no pick: the fallback (nb)',
    locale: 'nb',
    turns: [
      say('fartstid', {
        offers: ['topic:seatime.employer-reporting', 'topic:seatime.calculate', 'topic:seatime.how-to-document'],
      }),
      say('4', { topics: ['fallback'] }),
    ],
  },
  {
    name: 'a bare «2» while the days are asked is the days, not a pick (nb)',
    locale: 'nb',
    turns: [
      say('hvor mange dager fartstid har jeg?', asks('seatime.calculate', 'days')),
      say('2', asks('seatime.calculate', 'hoursPerDay', { facts: { days: 2 } })),
    ],
  },
];

describe('round 13: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
