/**
 * What round 10 found, and the open items of round 9 mended beside it, played through the real
 * turn core after the fix.
 */
import { describe, it } from 'vitest';
import { decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«og tretti dagar?», «enn ni timar?» after 20 days at 12 hours ask the same with the number in words (nn)',
    locale: 'nn',
    turns: [
      say('kor mykje fartstid blir 20 dagar med 12 timar', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'og tretti dagar?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 30, hoursPerDay: 12 } }),
      ),
      say(
        'enn ni timar?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 30, hoursPerDay: 9 } }),
      ),
    ],
  },
  {
    name: '"and twenty days?" after 60 days at 10 hours asks the same for 20 days (en)',
    locale: 'en',
    turns: [
      say('how much sea time is 60 days at 10 hours', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'and twenty days?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 20, hoursPerDay: 10 } }),
      ),
    ],
  },
  {
    name: '"I-ISSC issued 05/06/2026 (american format, May 6)" is issued 6 May (en, round 9 W9)',
    locale: 'en',
    turns: [
      say(
        'I-ISSC issued 05/06/2026 (american format, May 6)',
        decides('isps.interim', 'issc-validity', 'dates', undefined, {
          facts: { issueDate: '2026-05-06' },
          says: () => ['6 November 2026'],
        }),
      ),
    ],
  },
  {
    name: '"health certificate issued 12/01/2025 (that\'s December 1st)" is issued 1 December 2025 (en, round 9 W9)',
    locale: 'en',
    turns: [
      say(
        "health certificate issued 12/01/2025 (that's December 1st), I'm 30",
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2025-12-01' },
          says: () => ['1 December 2027'],
        }),
      ),
    ],
  },
  {
    name: '«hva om hun fyller 18 neste uke?» after a cook of 17 is not qualified: still 17 today, the same answer (nb)',
    locale: 'nb',
    turns: [
      say(
        'kokken er 17 aar, har fagbrev, er hun kvalifisert?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
      say(
        'hva om hun fyller 18 neste uke?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
    ],
  },
  {
    name: '«sonnen min (16) har faatt helseerklaering 3. november 2026» gives the age and the date of issue: valid a year (nb, round 9 L03)',
    locale: 'nb',
    turns: [
      say(
        'heisann. sonnen min (16) har faatt helseerklaering 3. november 2026 fra sjomannslegen. hvor lenge gjelder den? legen sa ingenting',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2026-11-03', ageAtIssue: 16 },
          says: () => ['3. november 2027'],
        }),
      ),
    ],
  },
  {
    name: '"my son (17) starts as deckhand, his medical is from 01.10.2026" is under 18 at issue: valid a year (en)',
    locale: 'en',
    turns: [
      say(
        'my son (17) starts as deckhand, his medical is from 01.10.2026, valid how long?',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2026-10-01', ageAtIssue: 17 },
          says: () => ['1 October 2027'],
        }),
      ),
    ],
  },
];

describe('round 10: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
