/**
 * What round 55 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each was a confident wrong answer on the snapshot the testers had: an age "at that time"
 * read as the age now, a period's year corrected read as 2,024 days, two amounts given as
 * alternatives added up, and a what-if date taken as the ISSC's new expiry.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"age 18 at that time" of a health certificate from 15.01.2025: valid for 2 years, never "under 18" (en, round 55)',
    locale: 'en',
    turns: [
      say(
        'my helseattest is from 15.01.2025, age 18 at that time. valid?',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { ageAtIssue: 18 } }),
      ),
    ],
  },
  {
    name: '«nei vent, det var 2024 ikke 25» while the days of a 2025 period are asked: the period moved to 2024, never 2,024 days (nb, round 55)',
    locale: 'nb',
    turns: [
      say('fartstid 1.3.25 til 31.8.25, 10 timer dagen', asks('seatime.calculate', 'days')),
      say('nei vent, det var 2024 ikke 25', asks('seatime.calculate', 'days', { absent: ['days'] })),
      say('alle', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1840 })),
    ],
  },
  {
    name: '«ca 5 mnd, kanskje et halvt år» while the deck months are asked: asked again, never 11 months and "met" (nb, round 55)',
    locale: 'nb',
    turns: [
      say('lettmatros krav? har jobbet på dekk', asks('ratings.lettmatros', 'monthsDeckService')),
      say(
        'ca 5 mnd, kanskje et halvt år',
        asks('ratings.lettmatros', 'monthsDeckService', { absent: ['monthsDeckService'] }),
      ),
    ],
  },
  {
    name: '"and if we wait to 2 January 2027?" after the renewal of an ISSC expiring 31.03.2027: the verification date, never a new expiry (en, round 55)',
    locale: 'en',
    turns: [
      say(
        'our ISSC expires 31.03.2027, what will the new expiry be after renewal?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
      say(
        'and if we wait to 2 January 2027?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2027-03-31', verificationDate: '2027-01-02' },
        }),
      ),
    ],
  },
];

describe('Round 55, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
