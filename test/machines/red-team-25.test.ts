/**
 * What round 25 found, played through the real turn core after the fix: the red team's texts
 * verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, reviews, SEA_TIME_D6_FACTS, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"22 years and 10 months OOW": the age beside 10 months, never 274 months on watch (en, round 25)',
    locale: 'en',
    turns: [
      say(
        'D6 can be master on 16 m LOA L 14 m cargo 90 GT liten kystfart? 22 years and 10 months OOW on 12 m boats',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, {
          facts: { monthsAsOfficerOfTheWatch: 10 },
        }),
      ),
    ],
  },
  {
    name: '"safe manning 10. no wait 9 persons only": the value meant, no cook required (en, round 25)',
    locale: 'en',
    turns: [
      say(
        'cook required? safe manning 10. no wait 9 persons only',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } }),
      ),
    ],
  },
  {
    name: '"2 hours per day 20 days and 2 hours maintenance": 42 hours, 8.21 sea-time days (seed 002\'s example; en, round 25)',
    locale: 'en',
    turns: [
      say(
        'I worked 2 hours per day 20 days and 2 hours maintenance, how much fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 42, seaTimeDays: 8.21 }),
      ),
    ],
  },
  {
    name: '«2 timer x 20 dager + 2 timer vedlikehold, hvor mye fartstid?»: 42 hours (nb)',
    locale: 'nb',
    turns: [
      say(
        '2 timer x 20 dager + 2 timer vedlikehold, hvor mye fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 42 }),
      ),
    ],
  },
  {
    name: '"ISSC expired 2026-10-01 … today can do renewal?": expired, never a new expiry (en, round 25)',
    locale: 'en',
    turns: [
      say(
        'ISSC expired 2026-10-01 and verification not done yet, today can do renewal?',
        decides('isps.verification-dates', 'issc-renewal', 'expired', { expiredBeforeToday: true }),
      ),
    ],
  },
  {
    name: '"matros" as the certificate a confirmation is for: never also the seafarer\'s position (en, round 25)',
    locale: 'en',
    turns: [
      say('help me make sea time confirmation', asks('seatime.confirmation', 'targetCertificate')),
      say('matros', asks('seatime.confirmation', 'seafarerName', { absent: ['position'] })),
      say('Ramon Garcia', asks('seatime.confirmation', 'seafarerBirthDate')),
      say('1994-12-12', asks('seatime.confirmation', 'position')),
    ],
  },
  {
    name: '«lettmatros» then «matros» while the certificate is asked: the position stays lettmatros (nb, round 25)',
    locale: 'nb',
    turns: [
      say('lage fartstidsbekreftelse', asks('seatime.confirmation', 'targetCertificate')),
      say('Hanne Lund f. 22.07.1993', asks('seatime.confirmation', 'targetCertificate')),
      say('lettmatros', asks('seatime.confirmation', 'targetCertificate', { facts: { position: 'lettmatros' } })),
      say(
        'matros',
        asks('seatime.confirmation', 'periodFrom', { facts: { targetCertificate: 'matros', position: 'lettmatros' } }),
      ),
    ],
  },
  {
    name: '«og om vi gjorde den 1. desember 2026?» after a renewal: the verification moved past the expiry, expired (nb, round 25)',
    locale: 'nb',
    turns: [
      say(
        'ISSC fornyelse: utløp 30.11.2026, verifikasjon 15.10.2026',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2031-11-30' }),
      ),
      say(
        'og om vi gjorde den 1. desember 2026?',
        decides('isps.verification-dates', 'issc-renewal', 'expired', undefined, {
          facts: { expiryDate: '2026-11-30', verificationDate: '2026-12-01' },
        }),
      ),
    ],
  },
  {
    name: '«og om 15.04.2030?» after a renewal on 10.01.2030: within the window, the old expiry + 5 years (nb, round 25)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utløper 30.06.2030, fornyelse 10.01.2030, ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2035-01-10' }),
      ),
      say(
        'og om 15.04.2030?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2035-06-30' }),
      ),
    ],
  },
  {
    name: '"what if expiry is 01.07.2027?" after a renewal: the expiry named is the one changed (en)',
    locale: 'en',
    turns: [
      say(
        'our ISSC expires 01.06.2027, renewal verification 10.03.2027, new expiry?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-06-01' }),
      ),
      say(
        'what if expiry is 01.07.2027?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2027-07-01', verificationDate: '2027-03-10' },
        }),
      ),
    ],
  },
  {
    name: '«og kor mange fleire månader til 12 mnd?» after 150 days at 6 hours: 941.42 hours, 157 days (nn, round 25)',
    locale: 'nn',
    turns: [
      say(
        'fartstid: 6 timar om dagen i 150 dagar, kor mange fartstidsdagar',
        decides('seatime.calculate', 'sea-time', 'calculated'),
      ),
      say(
        'og kor mange fleire månader til 12 mnd?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hoursMissing: 941.42, wholeDaysMissing: 157 },
          { facts: { days: 150, targetDays: 360 } },
        ),
      ),
    ],
  },
  {
    name: 'near misses of round 25: an ISSC under the Liberian flag, whether two cooks are qualified (en/nn)',
    locale: 'en',
    turns: [
      say('ISSC for ship under Liberian flag by Norwegian company – Sdir issues?', { topic: 'fallback' }),
      say(
        'Hei. Vi har to kokkar: Nils 45 år med fagbrev og praktisk prøve, og Åse 16 år utan utdanning. Sikkerheitsbemanning 11. Er begge kvalifiserte?',
        { topic: 'fallback', locale: 'nn' },
      ),
    ],
  },
  {
    name: 'a pasted confirmation with ISO dates, "2024-01-01 to 2024-03-31" and "signer Kari Lie accountant": all read, the review (en, round 25)',
    locale: 'en',
    turns: [
      say(
        'sea time confirmation for Andrii Bondarenko 1988-02-14, lettmatros, 2024-01-01 to 2024-03-31, 60 days, 9 hours, MS Kvitholmen LJ7766 LOA 11 m, signer Kari Lie accountant, target D6',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, {
          facts: {
            seafarerBirthDate: '1988-02-14',
            periodFrom: '2024-01-01',
            periodTo: '2024-03-31',
            signerName: 'Kari Lie',
            signerRole: 'accountant',
          },
        }),
      ),
    ],
  },
  {
    name: '"attest for D5: … OOW, …, MV Stavfjord LNOP3 …, signed company rep Hege Dahl": a whole case pasted is the confirmation, never the fallback (en, round 25)',
    locale: 'en',
    turns: [
      say(
        'attest for D5: Vytautas Jonaitis 1997-03-30, OOW, 2025-01-10 to 2025-07-10, 160 days, 12 h/day, MV Stavfjord LNOP3 LOA 78 m, signed company rep Hege Dahl',
        asks('seatime.confirmation', 'grossTonnage', {
          facts: { position: 'OOW', callSign: 'LNOP3', signerRole: 'company-representative' },
        }),
      ),
    ],
  },
  {
    name: '"fartstid for Laila Jurkane, 14.02.2000, navigator, … 45 days …": the confirmation, its 45 days in a 30-day period asked again (en, round 25)',
    locale: 'en',
    turns: [
      say(
        'fartstid for Laila Jurkane, 14.02.2000, navigator, 2025-06-01 - 2025-06-30, 45 days, 8 hours, Måken LK1100, LOA 10 m, signed Rune Vik owner, D6',
        asks('seatime.confirmation', 'days', { facts: { seafarerName: 'Laila Jurkane', position: 'navigator' } }),
      ),
    ],
  },
  {
    name: '"I will turn 20 in March 2027 … master rights now?": 19 now, not yet (en, round 25)',
    locale: 'en',
    turns: [
      say(
        'I will turn 20 in March 2027, have 12 months OOW after first D4, master rights now?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
  {
    name: '"crew of 12 but minimum safe manning is only 8, cook required?": the safe manning read, no cook (en, round 25)',
    locale: 'en',
    turns: [
      say(
        'we have crew of 12 but minimum safe manning is only 8, cook required?',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 8 } }),
      ),
    ],
  },
  {
    name: '"my health certificate date 10.03.2025, I am 30 years, valid today?": the date of issue read (en, round 25)',
    locale: 'en',
    turns: [
      say(
        'my health certificate date 10.03.2025, I am 30 years, valid today?',
        decides('health.certificate', 'health-certificate', 'valid', { validUntil: '2027-03-10' }),
      ),
    ],
  },
];

describe('Round 25, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
