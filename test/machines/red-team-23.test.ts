/**
 * What round 23 found, played through the real turn core after the fix: the red team's texts
 * verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, pick, playGolden, reviews, SEA_TIME_D6_FACTS, say } from './golden-helpers.js';

/** A D6 confirmation in bokmål answered up to its review, the position «navigatør». */
const TO_REVIEW_NB = [
  'lage fartstidsbekreftelse',
  'Siri Holm',
  '01.06.2002',
  'navigatør',
  '01.05.2026',
  '31.10.2026',
  '150',
  '11',
  'MS Holmen',
  'LH7766',
  '14,9',
  'Geir Dahl',
];

/** The first message of a D6 case: a master on a cargo ship in liten kystfart, 19 years old. */
const D6_MASTER_AT_19 = 'D6 skipsførar, lasteskip 300 BT liten kystfart, L 22 m, 19 år, 14 mnd vaktoffiser';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"I will sign it myself since I am owner of company" in a pasted confirmation: not accepted, self-signed (en, round 22)',
    locale: 'en',
    turns: [
      say(
        'I want to check fartstid certificate for my self. name Oleksandr Kovalenko dob 1.1.1992, skipsfører on workboat Aqua Star callsign LF9988 length 13 m, from 01.01.2025 to 01.07.2025 10 hours/day. I will sign it myself since I am owner of company',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', { problems: ['self-signed'] }),
      ),
    ],
  },
  {
    name: '"Is D6 valid on fishing vessel? please answer in norwegian, my skipper don\'t read english": answered, in bokmål (nb, round 22)',
    locale: 'nb',
    turns: [
      say(
        "Is D6 valid on fishing vessel? please answer in norwegian, my skipper don't read english",
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { vesselType: 'fishing' } }),
      ),
    ],
  },
  {
    name: '"180 sea time days … How many more calendar days at 10h do i need for 360 days?": 93 days, never 360 days worked (en, round 22)',
    locale: 'en',
    turns: [
      say(
        'I have 180 sea time days on D6 workboat, 10 hours per day. How many more calendar days at 10h do i need for 360 days?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { wholeDaysMissing: 93 },
          { facts: { seaTimeDaysHad: 180, targetDays: 360, hoursPerDay: 10 }, absent: ['days'] },
        ),
      ),
    ],
  },
  {
    name: '«nei vent, det var ikke navigatør, hun var skipsfører» at the review: the position corrected (nb, round 22)',
    locale: 'nb',
    turns: [
      say(TO_REVIEW_NB[0] ?? '', { topic: 'seatime.confirmation' }),
      pick('answer:D6', { topic: 'seatime.confirmation' }),
      ...TO_REVIEW_NB.slice(1).map((t) => say(t, { topic: 'seatime.confirmation' })),
      pick('answer:auditor', { topic: 'seatime.confirmation' }),
      pick('answer:no', reviews('seatime.confirmation', SEA_TIME_D6_FACTS)),
      say(
        'nei vent, det var ikke navigatør, hun var skipsfører',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { position: 'skipsfører' } }),
      ),
    ],
  },
  {
    name: '"I have 8 months in engine room, also 30 months service as smører": 38 months, the maskinpasser meets § 80 (en, round 23)',
    locale: 'en',
    turns: [
      say(
        'maskinpasser: I have 8 months in engine room, also 30 months service as smører',
        decides('ratings.maskinpasser', 'rating-requirements', 'meets', undefined, {
          facts: { monthsEngineService: 38 },
        }),
      ),
    ],
  },
  {
    name: '"8 months engine room and 30 months as described in 77": two engine times, asked, never decided on 8 months (en, round 23)',
    locale: 'en',
    turns: [
      say(
        'maskinpasser: 8 months engine room and 30 months as described in 77, ok?',
        asks('ratings.maskinpasser', 'monthsEngineService', { absent: ['monthsEngineService'] }),
      ),
    ],
  },
  {
    name: '"same for 2000?" after 1000 hours: the sea time of 2000 hours (en, round 23)',
    locale: 'en',
    turns: [
      say('sea time 1000 hours', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1000 })),
      say('same for 2000?', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2000, seaTimeDays: 391 })),
    ],
  },
  {
    name: '«matros på sjøgående skip 800 BT i fartsområde 2»: § 79, no certificate required (nb, round 23)',
    locale: 'nb',
    turns: [
      say(
        'matros på sjøgående skip 800 BT i fartsområde 2 - trengs ferdighetssertifikat matros?',
        asks('ratings.matros', 'hasTradeCertificate'),
      ),
    ],
  },
  {
    name: '«ja sjøgående» after fartsområde 2 was said: still § 79, the trading area kept (nb, round 23)',
    locale: 'nb',
    turns: [
      say(
        'matros på 800 BT, fartsområde 2, trenger han ferdighetssertifikat?',
        asks('ratings.matros', 'hasTradeCertificate', { facts: { tradingArea: 'area-2' } }),
      ),
      say('nei', asks('ratings.matros', 'monthsAsOrdinarySeaman')),
      say('ja sjøgående', asks('ratings.matros', 'monthsAsOrdinarySeaman', { facts: { seagoing: true } })),
      say('12', asks('ratings.matros', 'monthsDeckService')),
      say('24', decides('ratings.matros', 'matros', 'uncertain')),
    ],
  },
  {
    name: '«om eitt år?» after a D6 «nei» at 19: decided again at 20 (nn, round 23)',
    locale: 'nn',
    turns: [
      say(D6_MASTER_AT_19, decides('d6.privileges', 'd6-privileges', 'not-allowed'), 'nn'),
      say('om eitt år?', decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { age: 20 } }), 'nn'),
    ],
  },
  {
    name: '"and in a year?" after a master-rights «no» at 19: decided again at 20 (en)',
    locale: 'en',
    turns: [
      say(
        'got my first D4, I am 19, 14 months as OOW since. master rights?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'and in a year?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«og i nynorsk?» while the date of issue is asked: the question again, in nynorsk (nn, round 23)',
    locale: 'nb',
    turns: [
      say('hvor lenge gjelder helseerklæring', asks('health.certificate', 'issueDate')),
      say('og i nynorsk?', { ...asks('health.certificate', 'issueDate'), locale: 'nn' }),
    ],
  },
  {
    name: '"og på nynorsk?" after an English decision: the answer again, in nynorsk (nn, round 23)',
    locale: 'en',
    turns: [
      say(
        'cargo ship 300 GT norwegian flag manning cert?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('og på nynorsk?', { ...decides('manning.which-vessels', 'manning-certificate', 'required'), locale: 'nn' }),
    ],
  },
  {
    name: '«norsk» while the flag is asked is the flag, never a language asked for (nb)',
    locale: 'nb',
    turns: [
      say('trenger vi bemanningssertifikat?', asks('manning.which-vessels', 'flag')),
      say('norsk', asks('manning.which-vessels', 'vesselType', { facts: { flag: 'NO' } })),
    ],
  },
  {
    name: '"14 months as OOW on 3000 GT. can I get master rights?": the ship served on, not the one asked about (en, round 23)',
    locale: 'en',
    turns: [
      say(
        'I have D5 first issue from 2024, I am 24 years, since then 14 months as OOW on 3000 GT. can I get master rights?',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
    ],
  },
  {
    name: '"49 GT cargo": a vessel\'s facts alone ask whether it needs a manning certificate (en, round 23)',
    locale: 'en',
    turns: [
      say('49 GT cargo', asks('manning.which-vessels', 'flag', { facts: { grossTonnage: 49, vesselType: 'cargo' } })),
    ],
  },
  {
    name: "«norsk lasteskip 60 BT»: a vessel's facts alone, decided (nb, round 23)",
    locale: 'nb',
    turns: [say('norsk lasteskip 60 BT', decides('manning.which-vessels', 'manning-certificate', 'required'))],
  },
  {
    name: "«fiskefartøy L 26 meter, kun fartsområde 2»: a vessel's facts alone, the flag asked (nb, round 23)",
    locale: 'nb',
    turns: [
      say(
        'fiskefartøy L 26 meter, kun fartsområde 2',
        asks('manning.which-vessels', 'flag', { facts: { vesselType: 'fishing', lengthL: 26 } }),
      ),
    ],
  },
  {
    name: "«skipskokk 17 år med fagbrev»: the cook's age read (nb, round 23)",
    locale: 'nb',
    turns: [
      say(
        'skipskokk 17 år med fagbrev, bemanning 12',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
    ],
  },
  {
    name: "«fartstidsattest til matros: Ali Khan 05.05.1995, lettmatros, …»: the name beside its birth date, the length after the call sign, the signer's role after the name (nb, round 23)",
    locale: 'nb',
    turns: [
      say(
        'fartstidsattest til matros: Ali Khan 05.05.1995, lettmatros, 01.01.2025-30.06.2025, alle dager, 12 t, MS Havørn LK7777 30 m, signert Kari Berg revisor',
        asks('seatime.confirmation', 'grossTonnage', {
          facts: {
            targetCertificate: 'matros',
            seafarerName: 'Ali Khan',
            seafarerBirthDate: '1995-05-05',
            position: 'lettmatros',
            lengthOverall: 30,
            signerName: 'Kari Berg',
            signerRole: 'auditor',
          },
        }),
      ),
    ],
  },
  {
    name: '«Ole Rud 01.01.1990, navigatør, …, signert Anne Rud rederirepresentant»: the position as an item, the role a company representative (nb, round 23)',
    locale: 'nb',
    turns: [
      say(
        'fartstidsattest til D5: Ole Rud 01.01.1990, navigatør, 01.01.2025-30.06.2025, alle dager, 12 t, MS Kyst LK1212 20 m, signert Anne Rud rederirepresentant',
        asks('seatime.confirmation', 'grossTonnage', {
          facts: { position: 'navigatør', lengthOverall: 20, signerRole: 'company-representative' },
        }),
      ),
    ],
  },
  {
    name: 'an agency\'s e-mail with a whole confirmation and "Can you check if confirmation is ok?": the review, never the fallback (en, round 23)',
    locale: 'en',
    turns: [
      say(
        'Good afternoon,\n\nI write from crewing agency in Cebu. Our seaman Mark Reyes (born 14.02.1998) worked on Norwegian workboat HAVBRIS, call sign LH7788, LOA 14.5 m, as lettmatros from 01.03.2026 to 31.08.2026, average 8 hours per day all days. The owner Erik Dahl will sign. He wants apply D6. Can you check if confirmation is ok?\n\nSalamat po,\nJoy',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, {
          facts: { vesselName: 'HAVBRIS', days: 184, signerRole: 'owner', signerIsSeafarer: false },
        }),
      ),
    ],
  },
  {
    name: '"Piotr Nowak, office manager" while the signer is asked: the name and the role, never a name with a role in it (en, round 23)',
    locale: 'en',
    turns: [
      ...[
        'i want make sea time confirmation',
        'D6',
        'Anna Kowalska',
        'born 03.07.1995',
        'lettmatros',
        'from 01.02.2026 to 30.06.2026',
        'all',
        '10 hours per day',
      ].map((t) => say(t, { topic: 'seatime.confirmation' })),
      say(
        'vessel MARIA, call sign LM5678, LOA 22 m',
        asks('seatime.confirmation', 'signerName', { facts: { vesselName: 'MARIA', callSign: 'LM5678' } }),
      ),
      say(
        'Piotr Nowak, office manager',
        asks('seatime.confirmation', 'signerIsSeafarer', {
          facts: { signerName: 'Piotr Nowak', signerRole: 'company-representative' },
        }),
      ),
    ],
  },
  {
    name: "«skal skrive fartstidsattest for meg sjølv»: one's own sea time cannot be confirmed, said at once (nn, round 23)",
    locale: 'nn',
    turns: [
      say(
        'Hei. Eg er dagleg leiar og eig arbeidsbåten sjølv, og skal skrive fartstidsattest for meg sjølv til D6. Kva må stå i han?',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', { problems: ['self-signed'] }),
      ),
    ],
  },
  {
    name: '"my employer say I must make sea time confirmation myself … Is this ok?": not accepted (en, round 23)',
    locale: 'en',
    turns: [
      say(
        'Dzien dobry, I am Polish, my employer say I must make sea time confirmation myself because I am co-owner of boat. Is this ok?',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', { problems: ['self-signed'] }),
      ),
    ],
  },
  {
    name: '«jeg har 200 fartstidsdager, hvor mange flere trenger jeg for 12 måneder?»: what is missing, never a period of 12 months (nb, round 23)',
    locale: 'nb',
    turns: [
      say(
        'jeg har 200 fartstidsdager, hvor mange flere trenger jeg for 12 måneder?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hoursMissing: 818.41 },
          { facts: { seaTimeDaysHad: 200, targetDays: 360 } },
        ),
      ),
    ],
  },
  {
    name: '«kor mange dagar manglar eg til 180?» after 60 days at 10 hours: the days still missing (nn, round 23)',
    locale: 'nn',
    turns: [
      say('jobba 10 timar om dagen', asks('seatime.calculate', 'days')),
      say('i 60 dagar', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 600 })),
      say(
        'kor mange dagar manglar eg til 180?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { wholeDaysMissing: 33 },
          { facts: { targetDays: 180 } },
        ),
      ),
    ],
  },
  {
    name: '«og hvor mange timer til jeg har 12 måneder?» after 1000 hours: the hours still missing (nb, round 23)',
    locale: 'nb',
    turns: [
      say('fartstid: 1000 timer, hvor mange måneder', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'og hvor mange timer til jeg har 12 måneder?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursMissing: 841.42 }),
      ),
    ],
  },
  {
    name: 'a question in Russian or Lithuanian gets the fallback in English, not in bokmål (en, round 23)',
    locale: 'en',
    turns: [
      say('Здравствуйте, нужен ли повар на судне с экипажем 12 человек?', { topic: 'fallback' }),
      say('Labas, ar reikia laivo virėjo, jei įgula 12 žmonių?', { topic: 'fallback' }),
    ],
  },
  {
    name: '«fornyelse 15.07.2027» after a menu for «ISSC utløper 01.09.2027»: the renewal decided, then «ka om det va 01.05.2027?» (nb, round 23)',
    locale: 'nb',
    turns: [
      say('ISSC utløper 01.09.2027', { ask: null }),
      say(
        'fornyelse 15.07.2027',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-09-01' }),
      ),
      say(
        'ka om det va 01.05.2027?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-05-01' }),
      ),
    ],
  },
  {
    name: "«ok, og fullt ISSC?» after the interim: the full certificate's validity, no choice of calculation (nb, round 23)",
    locale: 'nb',
    turns: [
      say('hvor lenge gjelder interim ISSC', asks('isps.interim', 'issueDate')),
      say('ok, og fullt ISSC?', asks('isps.verification-dates', 'issueDate', { facts: { certificateKind: 'full' } })),
    ],
  },
  {
    name: '"master on 22 m L 150 GT cargo liten kystfart": the type before the trading area read, never asked (en, round 23)',
    locale: 'en',
    turns: [
      say(
        'i have D6, 23 y.o., 14 months OOW on 9 m LOA. master on 22 m L 150 GT cargo liten kystfart',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { vesselType: 'cargo' } }),
      ),
    ],
  },
  {
    name: '"14 months officer of watch after issue": the months since the first issue read (en, round 23)',
    locale: 'en',
    turns: [
      say(
        'I am Polish, I have D5 first time, 22 years, 14 months officer of watch after issue. Master rights?',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
    ],
  },
  {
    name: '"he is 19 with practical test and restaurant fagbrev": qualified, nothing asked again (en, round 23)',
    locale: 'en',
    turns: [
      say(
        'safety manning 12, cook needed? also what our cook needs, he is 19 with practical test and restaurant fagbrev',
        {
          topics: ['cook.required', 'cook.qualification', 'cook.qualification'],
          decisions: [
            { rule: 'ship-cook', outcome: 'required' },
            { rule: 'cook-qualification', outcome: 'qualified' },
          ],
        },
      ),
    ],
  },
  {
    name: '«kokk 20 år, ingen utdanning, bemanning 12, rederiet har sjekket ferdighetene»: not qualified, the manning read (nb, round 23)',
    locale: 'nb',
    turns: [
      say(
        'kokk 20 år, ingen utdanning, bemanning 12, rederiet har sjekket ferdighetene',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { crewSize: 12 } }),
      ),
    ],
  },
  {
    name: '«helseerklæring utstedt 01.06.2026, var 17 da, er 18 nå»: issued at 17, valid one year (nb, round 23)',
    locale: 'nb',
    turns: [
      say(
        'helseerklæring utstedt 01.06.2026, var 17 da, er 18 nå',
        decides('health.certificate', 'health-certificate', 'valid', { validUntil: '2027-06-01' }),
      ),
    ],
  },
];

describe('Round 23, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
