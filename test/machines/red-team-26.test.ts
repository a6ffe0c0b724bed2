/**
 * What round 26 found, played through the real turn core after the fix: the red team's texts
 * verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"we plan extension +10 GT" after 45 GT: 55 GT, required (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'cargo ship 45 GT norwegian, manning cert?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say(
        'we plan extension +10 GT',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { grossTonnage: 55 } }),
      ),
    ],
  },
  {
    name: '«vi vil fornye 01.04.2027», then «ops, 01.07.2027 meinte eg»: the verification corrected, not the expiry (nn, round 26)',
    locale: 'nb',
    turns: [
      say(
        'ISSC går ut 01.09.2027, vi vil fornye 01.04.2027',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-04-01' }),
      ),
      say(
        'ops, 01.07.2027 meinte eg',
        decides(
          'isps.verification-dates',
          'issc-renewal',
          'new-expiry',
          { newExpiry: '2032-09-01' },
          {
            facts: { expiryDate: '2027-09-01', verificationDate: '2027-07-01' },
            locale: 'nn',
          },
        ),
      ),
    ],
  },
  {
    name: '«treng 360 dagar fartstid. har 210 dagar … 12 t per dag»: the days had are sea time, 64 days to go (nn, round 26)',
    locale: 'nn',
    turns: [
      say(
        'eg treng 360 dagar fartstid. har 210 dagar. eg jobbar 12 t per dag. kor mange dagar til må eg jobbe?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { wholeDaysMissing: 64 },
          { facts: { seaTimeDaysHad: 210 } },
        ),
      ),
    ],
  },
  {
    name: '«ferdighetssertifikat motormann, hva kreves?»: the certificate itself is not in the sources (nb, round 26)',
    locale: 'nb',
    turns: [say('ferdighetssertifikat motormann, hva kreves?', { topic: 'fallback' })],
  },
  {
    name: "«og Marte?» after Jonas's health certificate: her case, her facts asked, never his reused (nb, round 26)",
    locale: 'nb',
    turns: [
      say(
        'Hei, to spørsmål: 1) Hvor lenge gjelder helseerklæringen til Jonas, utstedt 01.12.2024? 2) Og Marte sin fra 15.06.2026?',
        asks('health.certificate', 'ageAtIssue'),
      ),
      say('Jonas var 40', decides('health.certificate', 'health-certificate', 'valid', { validUntil: '2026-12-01' })),
      say('og Marte?', asks('health.certificate', 'issueDate', { absent: ['issueDate', 'ageAtIssue'] })),
      say('15.06.2026', asks('health.certificate', 'ageAtIssue')),
      say('25', decides('health.certificate', 'health-certificate', 'valid', { validUntil: '2028-06-15' })),
    ],
  },
  {
    name: '"and Petras?" after a master-rights decision: his age and months asked (en)',
    locale: 'en',
    turns: [
      say(
        'master rights D4, I am 22, 9 months OOW after first issue',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say('and Petras?', asks('deck.master-rights', 'age', { absent: ['age', 'monthsAsOfficerOfTheWatchSinceIssue'] })),
    ],
  },
  {
    name: '"cargo ship 49 GT norwegian need manning cert?": the flag read before the question goes on (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'cargo ship 49 GT norwegian need manning cert?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, { facts: { flag: 'NO' } }),
      ),
    ],
  },
  {
    name: '"our ship 600 GT cargo NOR flag needs manning certificate?": the type before the flag read (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'our ship 600 GT cargo NOR flag needs manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { vesselType: 'cargo' },
        }),
      ),
    ],
  },
  {
    name: '"and in half year more?" after master rights on 9 months: 15 months, eligible (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'master rights D4, I am 22, 9 months OOW after first issue',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'and in half year more?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 15 },
        }),
      ),
    ],
  },
  {
    name: '«om eit halvt år?» after master rights on 8 months: 14 months, eligible (nn)',
    locale: 'nn',
    turns: [
      say(
        'fekk D5 i 2025, er 23, har 8 mnd som vaktoffiser etter det. førarrett?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say('om eit halvt år?', decides('deck.master-rights', 'master-rights', 'eligible')),
    ],
  },
  {
    name: '"and double the days?" after 60 days at 6 hours: 120 days, 140.76 sea-time days (en, round 26)',
    locale: 'en',
    turns: [
      say('sea time calc 10 h per day 60 days', decides('seatime.calculate', 'sea-time', 'calculated')),
      say('no sorry 6 h per day', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 360 })),
      say(
        'and double the days?',
        decides('seatime.calculate', 'sea-time', 'calculated', { seaTimeDays: 140.76 }, { facts: { days: 120 } }),
      ),
    ],
  },
];

describe('Round 26, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
