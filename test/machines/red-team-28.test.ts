/**
 * What round 28 found, played through the real turn core after the fix: the red team's texts
 * verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«jeg signerer selv som daglig leder» for an employee is no self-signing: who signs is asked (nb, round 28)',
    locale: 'nb',
    turns: [
      say(
        'sjekk fartstidsbekreftelse: Lars Vik f. 01.01.1990, navigatør, 100 dager 01.03.2026-08.06.2026, 10 t/dag, MS Sula LG3030 14 m, for D6, jeg signerer selv som daglig leder',
        asks('seatime.confirmation', 'signerName', { absent: ['signerIsSeafarer'] }),
      ),
    ],
  },
  {
    name: '"Jeg som eier signerer selv for Nils": no self-signing (nb, round 28)',
    locale: 'nb',
    turns: [
      say(
        'Attest: Nils Ås f. 02.02.1980, lettmatros, 40 dager 01.09.2026-10.10.2026, 8 t/dag, MS Lo LL1010 9 m, D6. Jeg som eier signerer selv for Nils.',
        asks('seatime.confirmation', 'signerName', { absent: ['signerIsSeafarer'] }),
      ),
    ],
  },
  {
    name: '«kor mange timar må eg jobbe for å få 180 dagar fartstid med 12 timar dagleg?»: 920.71 h, 77 days (nn, round 28)',
    locale: 'nn',
    turns: [
      say(
        'kor mange timar må eg jobbe for å få 180 dagar fartstid med 12 timar dagleg?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 920.71, wholeDaysNeeded: 77 }),
      ),
    ],
  },
  {
    name: '"how many hours must I work to get 90 days sea time with 10 hours per day?": 460.36 h (en, round 28)',
    locale: 'en',
    turns: [
      say(
        'how many hours must I work to get 90 days sea time with 10 hours per day?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 460.36, wholeDaysNeeded: 47 }),
      ),
    ],
  },
  {
    name: '«kor lenge må eg jobbe for 180 dagar fartstid når eg går 12-timars skift?»: 77 days (nn, round 28)',
    locale: 'nn',
    turns: [
      say(
        'kor lenge må eg jobbe for 180 dagar fartstid når eg går 12-timars skift?',
        decides('seatime.calculate', 'sea-time', 'calculated', { wholeDaysNeeded: 77 }),
      ),
    ],
  },
  {
    name: '«fartstid 5 timer dag 200 dager», then «hvor mye mangler til 360 dager?»: 841.42 h missing (nb, round 28)',
    locale: 'nb',
    turns: [
      say('fartstid 5 timer dag 200 dager', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1000 })),
      say(
        'hvor mye mangler til 360 dager?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hoursMissing: 841.42 },
          { facts: { targetDays: 360 } },
        ),
      ),
    ],
  },
  {
    name: '"I have 200 sea-time days, … how many calendar days at 12 hours I need more for 360?": 69 days (en, round 28)',
    locale: 'en',
    turns: [
      say(
        'I have 200 sea-time days, how many calendar days at 12 hours I need more for 360?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hoursMissing: 818.41 },
          { facts: { targetDays: 360 } },
        ),
      ),
    ],
  },
  {
    name: '"and if 16 hours?" after the most hours a day: a day\'s hours, over the 14 that count (en, round 28)',
    locale: 'en',
    turns: [
      say('how many hours per day max for sea time', { topic: 'seatime.what-counts', ask: null }),
      say('and if 16 hours?', asks('seatime.calculate', 'days', { absent: ['totalHours'] })),
    ],
  },
  {
    name: '"… OOW on boats LOA 9 m, cargo, GT 120" beside "20 m L": the boats served on are not the vessel (en, round 28)',
    locale: 'en',
    turns: [
      say(
        'D6 master 20 m L, age 23, 13 months as OOW on boats LOA 9 m, cargo, GT 120, liten kystfart',
        decides(
          'd6.privileges',
          'd6-privileges',
          'allowed',
          { basis: 'd6-master-extension' },
          { absent: ['lengthOverall'] },
        ),
      ),
      say(
        'and if my OOW time was on 7 m LOA boats?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '"… change flag from NOR to Bahamas next week. ISSC what to do?": the ISSC is returned (en, round 28)',
    locale: 'en',
    turns: [
      say(
        'Good day, our vessel MV Baltic Trader change flag from NOR to Bahamas next week. ISSC what to do? and bemanningssertifikat?',
        { topics: ['isps.invalid', undefined] },
      ),
    ],
  },
  {
    name: '"seagoing, no fagbrev": the «no» is the trade certificate\'s, seagoing is asked (en, round 28)',
    locale: 'en',
    turns: [
      say(
        'bosun on 2500 GT bulk, seagoing, no fagbrev, no matros sertifikat. can he work as matros?',
        asks('ratings.matros', 'seagoing', { facts: { hasTradeCertificate: false } }),
      ),
    ],
  },
  {
    name: '"I worked 60 days 12 h, my brother 60 days 8 h. how much each?": never one total (en, round 28)',
    locale: 'en',
    turns: [
      say(
        'sea time: I worked 60 days 12 h, my brother 60 days 8 h. how much each?',
        asks('seatime.calculate', 'hoursPerDay', { absent: ['totalHours'] }),
      ),
    ],
  },
  {
    name: '"where to send papers for D4 application by post?": no manning-certificate forms, the fallback (en, round 28)',
    locale: 'en',
    turns: [say('where to send papers for D4 application by post?', { topic: 'fallback', ask: null })],
  },
  {
    name: '«01.02.2026 til 31.05.2026, 100 dagar» in a confirmation: the period and the days worked (nn, round 28)',
    locale: 'nb',
    turns: [
      say('skal lage fartstidsattest', asks('seatime.confirmation', 'targetCertificate')),
      say('D6', asks('seatime.confirmation', 'seafarerName')),
      say('Mari Olsen', asks('seatime.confirmation', 'seafarerBirthDate')),
      say('14.07.1999', asks('seatime.confirmation', 'position')),
      say('lettmatros', asks('seatime.confirmation', 'periodFrom')),
      say(
        '01.02.2026 til 31.05.2026, 100 dagar',
        asks('seatime.confirmation', 'hoursPerDay', { facts: { days: 100 }, locale: 'nn' }),
      ),
    ],
  },
  {
    name: '"MS Nordkapp Star: passenger 30 pax … MS Fjordtrans: cargo 35 GT": two vessels\' facts never merged (en, round 28)',
    locale: 'en',
    turns: [
      say(
        'Hello, MS Nordkapp Star: passenger 30 pax, Norwegian. MS Fjordtrans: cargo 35 GT Norwegian. which need manning cert?',
        asks('manning.which-vessels', 'vesselType', { absent: ['grossTonnage'] }),
      ),
      say(
        'what about the cargo one 35 GT?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, {
          facts: { vesselType: 'cargo', grossTonnage: 35 },
        }),
      ),
    ],
  },
  {
    name: '«to båter, MS Ask (lasteskip 30 BT) og MS Embla (lasteskip 90 BT)»: no one size for both (nb, round 27)',
    locale: 'nb',
    turns: [
      say(
        'Vi har to båter, MS Ask (lasteskip 30 BT) og MS Embla (lasteskip 90 BT), begge norske. Hvilke trenger bemanningssertifikat?',
        asks('manning.which-vessels', 'flag', { absent: ['grossTonnage', 'vesselType'] }),
      ),
    ],
  },
];

describe('Round 28, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
