/**
 * What rounds 19 and 20 left open and what round 21 found, played through the real turn core after
 * the fix: the red team's texts verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"how many more days do I need for 365 days?" after a calculation: the days still missing at the same hours (en)',
    locale: 'en',
    turns: [
      say(
        'how much sea time 20 days at 12 hours',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 240 }),
      ),
      say(
        'and how many more days do I need for 365 days?',
        decides('seatime.calculate', 'sea-time', 'calculated', {
          hoursMissing: 1627,
          wholeDaysMissing: 136,
        }),
      ),
    ],
  },
  {
    name: '«Kor mange dagar manglar eg til 365 fartstidsdagar?» beside 200 days at 12 hours: the target is reached (nn)',
    locale: 'nn',
    turns: [
      say(
        'Eg har 200 dagar à 12 timar. Kor mange dagar manglar eg til 365 fartstidsdagar?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 2400, reachesTarget: true },
          {
            facts: { days: 200, hoursPerDay: 12, targetDays: 365 },
          },
        ),
      ),
    ],
  },
  {
    name: '«Hvor mange dager mangler jeg til 12 måneder fartstid?» beside 100 days at 12 hours: 54 more days (nb)',
    locale: 'nb',
    turns: [
      say(
        'Jeg har 100 dager à 12 timer. Hvor mange dager mangler jeg til 12 måneder fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', { reachesTarget: false, wholeDaysMissing: 54 }),
      ),
    ],
  },
  {
    name: '«Hvor mange dager à 12 timer trenger jeg for 365 fartstidsdager?»: the days needed, never the days asked (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hvor mange dager à 12 timer trenger jeg for 365 fartstidsdager?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1867, wholeDaysNeeded: 156 }),
      ),
    ],
  },
  {
    name: '"how many days at 12 h do i need to get 12 months sea time": 12 months wanted, not a period of 360 days (en)',
    locale: 'en',
    turns: [
      say(
        'how many days at 12 h do i need to get 12 months sea time',
        decides('seatime.calculate', 'sea-time', 'calculated', { wholeDaysNeeded: 154 }, { absent: ['days'] }),
      ),
    ],
  },
];

describe('Round 21 and leftovers, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
