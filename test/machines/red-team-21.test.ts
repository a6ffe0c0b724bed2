/**
 * What rounds 19 and 20 left open and what rounds 21 and 22 found, played through the real turn core
 * after the fix: the red team's texts verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import {
  asks,
  decides,
  type Golden,
  pick,
  playGolden,
  reviews,
  SEA_TIME_D6_FACTS,
  say,
  type Turn,
} from './golden-helpers.js';
import { REPORTED_BY } from '../../rules/aps-processing.js';

/** A D6 confirmation in nynorsk answered up to the signer's role. */
const TO_SIGNER_ROLE_NN = [
  'stadfesting av fartstid, D6',
  'Oda Lie',
  '05.05.1997',
  'lettmatros',
  '01.05.2025',
  '31.05.2025',
  'alle',
  '7',
  'Lieholm',
  'LH3030',
  '10',
  'Arvid Lie',
];

/** A D6 confirmation in nynorsk (every day worked, the period ending `periodTo`) up to its review. */
const toReviewNn = (periodTo: string): Turn[] => [
  say('kan du hjelpe meg å setje opp ei stadfesting av fartstid?', { topic: 'seatime.confirmation' }),
  pick('answer:D6', { topic: 'seatime.confirmation' }),
  ...[
    'Ingrid Solheim',
    '03.07.1995',
    'navigatør',
    '01.02.2025',
    periodTo,
    'alle',
    '10',
    'Havbris',
    'LJ7788',
    '13,9',
    'Ola Vik',
  ].map((t) => say(t, { topic: 'seatime.confirmation' })),
  pick('answer:company-representative', { topic: 'seatime.confirmation' }),
  pick('answer:no', reviews('seatime.confirmation', SEA_TIME_D6_FACTS)),
];

/** A D6 confirmation answered step by step up to its review (English), signed by a company representative. */
const TO_REVIEW_EN = [
  'sea time confirmation for D6',
  'Ivan Petrov',
  '04.04.1994',
  'lettmatros',
  '01.02.2025',
  '31.05.2025',
  '80',
  '9',
  'Havblikk',
  'LH4444',
  '11',
  'Anne Sør',
  'company representative',
];

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
  {
    name: '"I am the master, name Per Olsen" beside "my deckhand Juan Cruz born …": the signer is the writer, the seafarer the one born (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'I need to write sea time confirmation for my deckhand Juan Cruz born 3.4.1995, he was on MV Nordlys (call sign LNOR5, 32 m) as ordinary seaman from 1 March to 31 August 2026, 12 hours daily every day. He applies for D6. I am the master, name Per Olsen.',
        asks('seatime.confirmation', 'lengthOverall', {
          facts: {
            seafarerName: 'Juan Cruz',
            signerName: 'Per Olsen',
            signerRole: 'master',
            signerIsSeafarer: false,
            callSign: 'LNOR5',
          },
        }),
      ),
    ],
  },
  {
    name: '«oi, det var 11 timer per dag, ikke 12» while the name is asked: the hours corrected, never taken as the name (nb, round 21)',
    locale: 'nb',
    turns: [
      say(
        'Fartstidsbekreftelse til D6: født 22.11.1988, lettmatros, 01.01.2025-31.03.2025, alle dager, 12 timer per dag, M/S Storegg kallesignal LM4455 største lengde 23,4 m',
        asks('seatime.confirmation', 'seafarerName'),
      ),
      say(
        'oi, det var 11 timer per dag, ikke 12',
        asks('seatime.confirmation', 'seafarerName', { facts: { hoursPerDay: 11 }, absent: ['seafarerName'] }),
      ),
      say('Jonas Berg', asks('seatime.confirmation', 'signerName', { facts: { seafarerName: 'Jonas Berg' } })),
    ],
  },
  {
    name: '"Piotr Nowak, I am the owner of the boat" when the signer is asked: the name and the role (en, round 21)',
    locale: 'en',
    turns: [
      ...TO_REVIEW_EN.slice(0, 11).map((t) => say(t, { topic: 'seatime.confirmation' })),
      say(
        'Piotr Nowak, I am the owner of the boat',
        asks('seatime.confirmation', 'signerIsSeafarer', { facts: { signerName: 'Piotr Nowak', signerRole: 'owner' } }),
      ),
    ],
  },
  {
    name: 'corrections in words at the review: hours "11, not 9", the vessel\'s name, the position; then "everything ok, make it" (en, round 21)',
    locale: 'en',
    turns: [
      ...TO_REVIEW_EN.map((t) => say(t, { topic: 'seatime.confirmation' })),
      say('no', reviews('seatime.confirmation', SEA_TIME_D6_FACTS)),
      say(
        'the hours were 11, not 9',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { hoursPerDay: 11, lengthOverall: 11 } }),
      ),
      say(
        'change the vessel name to Nordbris please',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, {
          facts: { vesselName: 'Nordbris' },
          says: () => ['Nordbris, not Havblikk'],
        }),
      ),
      say(
        'the position was AB, not lettmatros',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { position: 'AB' } }),
      ),
      say('everything ok, make it', decides('seatime.confirmation', 'sea-time-confirmation', 'complete')),
    ],
  },
  {
    name: '«stillinga skal vere navigatør, ikkje lettmatros» and «kallesignalet er feil, det er LH3031» at the review; «ja, alt stemmer» (nn, round 21)',
    locale: 'nn',
    turns: [
      ...TO_SIGNER_ROLE_NN.map((t) => say(t, { topic: 'seatime.confirmation' })),
      pick('answer:owner', { topic: 'seatime.confirmation' }),
      pick('answer:no', reviews('seatime.confirmation', SEA_TIME_D6_FACTS)),
      say(
        'stillinga skal vere navigatør, ikkje lettmatros',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { position: 'navigatør' } }),
      ),
      say(
        'kallesignalet er feil, det er LH3031',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { callSign: 'LH3031' } }),
      ),
      say('ja, alt stemmer', decides('seatime.confirmation', 'sea-time-confirmation', 'complete')),
    ],
  },
  {
    name: '«kva om revisjonen blir 01.03.2027?» on the intermediate window: that verification, inside the window, the expiry kept (nn, round 21)',
    locale: 'nn',
    turns: [
      say(
        'Hei, ISSC-en vår vart skriven ut 12.05.2024 og går ut 11.05.2029. Når er vindauget for mellomliggjande verifikasjon?',
        decides('isps.verification-dates', 'issc-validity', 'dates', { intermediateTo: '2027-05-11' }),
      ),
      say(
        'kva om revisjonen blir 01.03.2027?',
        decides('isps.verification-dates', 'issc-validity', 'dates', {
          expiry: '2029-05-11',
          intermediateInWindow: true,
        }),
      ),
      say(
        'og om han blir 01.08.2027 då?',
        decides('isps.verification-dates', 'issc-validity', 'dates', {
          expiry: '2029-05-11',
          intermediateInWindow: false,
        }),
      ),
    ],
  },
  {
    name: '"what if intermediate audit on 2027-10-01?": after the window, never a renewal\'s new expiry (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'ISSC issued 01.09.2024, expiry 31.08.2029. intermediate window?',
        decides('isps.verification-dates', 'issc-validity', 'dates', { intermediateFrom: '2026-08-31' }),
      ),
      say(
        'what if intermediate audit on 2027-10-01?',
        decides('isps.verification-dates', 'issc-validity', 'dates', {
          expiry: '2029-08-31',
          intermediateInWindow: false,
        }),
      ),
      say(
        'and the renewal if done 1 July 2029?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2034-08-31' }),
      ),
    ],
  },
  {
    name: '«Vi har mellomliggende verifikasjon 10.04.2027 – er det innenfor?»: no, after the window (nb, round 21)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utstedt 01.03.2024, utløper 28.02.2029. Vi har mellomliggende verifikasjon 10.04.2027 – er det innenfor?',
        decides(
          'isps.verification-dates',
          'issc-validity',
          'dates',
          { intermediateTo: '2027-02-28', intermediateInWindow: false },
          { facts: { intermediateDate: '2027-04-10' } },
        ),
      ),
    ],
  },
  {
    name: '"ISSC issue 01.02.2023 … intermediate verification already on 10.01.2025, too early?": the issue date read, before the window (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'ISSC issue 01.02.2023, expiry 31.01.2028. We did intermediate verification already on 10.01.2025, is it ok or too early?',
        decides('isps.verification-dates', 'issc-validity', 'dates', {
          intermediateFrom: '2025-01-31',
          intermediateInWindow: false,
        }),
      ),
    ],
  },
  {
    name: '"we reduce crew by 2 persons next year" after a safe manning of 13: 11, a cook still required (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'safety manning on our ferry is 13 persons, do we need a ship cook?',
        decides('cook.required', 'ship-cook', 'required'),
      ),
      say(
        'we reduce crew by 2 persons next year',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 11 } }),
      ),
    ],
  },
  {
    name: '"2 persons less" after 12: 10, never a safe manning of 2 (en, round 21)',
    locale: 'en',
    turns: [
      say('safe manning 12, cook required?', decides('cook.required', 'ship-cook', 'required')),
      say(
        '2 persons less',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '«vi får 2 til neste år» after 8, «vi reduserer bemanningen med 3 personer»: 10, then 7 (nb, round 21)',
    locale: 'nb',
    turns: [
      say('sikkerhetsbemanning 8, trenger vi kokk?', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        'vi får 2 til neste år',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
      say(
        'vi reduserer bemanningen med 3 personer',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 7 } }),
      ),
    ],
  },
  {
    name: '"what if she is 3 m longer after rebuild?" after L 22 m: 25 m, then "we shorten her by 3 m": 22 m (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'Norwegian fishing vessel, L 22 m, manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say(
        'what if she is 3 m longer after rebuild?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { lengthL: 25 } }),
      ),
      say(
        'we shorten her by 3 m',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, { facts: { lengthL: 22 } }),
      ),
    ],
  },
  {
    name: '«båten er faktisk 3 m lengre» beside LOA 12 m and L 11 m: both 3 m longer, the watch months then asked (nb, round 21)',
    locale: 'nb',
    turns: [
      say(
        'Kan jeg være skipsfører med D6 på lasteskip, største lengde 12 m, L 11 m, 30 BT, liten kystfart? 30 år.',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'båten er faktisk 3 m lengre',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { facts: { lengthOverall: 15, lengthL: 14 } }),
      ),
    ],
  },
  {
    name: '"the hours was 2 less" beside days and hours a day: the hours a day (en, round 21)',
    locale: 'en',
    turns: [
      say('sea time: 100 days 12 hours', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1200 })),
      say(
        'the hours was 2 less',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 1000 },
          { facts: { days: 100, hoursPerDay: 10 } },
        ),
      ),
    ],
  },
  {
    name: '"and 20 days more at same hours?" after 100 days at 12 hours: 120 days (en, round 21)',
    locale: 'en',
    turns: [
      say('100 days at 12 hours, sea time?', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1200 })),
      say(
        'and 20 days more at same hours?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1440, seaTimeDays: 281.52 }),
      ),
    ],
  },
  {
    name: '"I have 800 hours on board … how many days more for 360 days … 8 hours per day": counted from the 800 hours (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'I have 800 hours on board. How many days more do I need for 360 days total if I work 8 hours per day?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursMissing: 1041.42, wholeDaysMissing: 131 }),
      ),
    ],
  },
  {
    name: '"I have 150 days at 12 hours. how many more days at 12 hours … 1080 sea time days?": from the 150 days (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'I have 150 days at 12 hours. how many more days at 12 hours I need to reach 1080 sea time days?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 1800, hoursMissing: 3724.27, wholeDaysMissing: 311 },
          { absent: ['totalHours'] },
        ),
      ),
    ],
  },
  {
    name: '"convert 250 sea time days into hours please": the hours 250 sea-time days take (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'convert 250 sea time days into hours please',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1278.77 }),
      ),
    ],
  },
  {
    name: '"and if I get 40 more bridge days?" after 150 days of bridge watch: 190, alternative A met (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'first D5: 1200 days sea time on 30 m ships, 150 days bridge watch, 60 days after diploma, assessment ok',
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet'),
      ),
      say(
        'and if I get 40 more bridge days?',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', undefined, {
          facts: { bridgeWatchDays: 190, daysAfterDiploma: 60 },
        }),
      ),
    ],
  },
  {
    name: '"I turn 20 next month, can I then?" after a D6 master extension refused at 19: allowed at 20 (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'D6 master question: I am 19 years, 14 months watchkeeping on 10 m boats, I want to be master on 18 m (L) cargo boat 90 GT liten kystfart',
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say(
        'I turn 20 next month, can I then?',
        decides('d6.privileges', 'd6-privileges', 'allowed', { basis: 'd6-master-extension' }, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '"I turn 20 in February, then?" after master rights refused at 19: eligible at 20 (en, round 21)',
    locale: 'en',
    turns: [
      say(
        "I'm 19 with D4 first issue, 13 months OOW since issue. master rights?",
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'I turn 20 in February, then?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '"has restaurant fagbrev … he turns 18 next week, then ok?": the education read, qualified at 18 (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'our cook is 17, has restaurant fagbrev and passed practical test, safety manning 12, can he be cook?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, {
          facts: { hasRelevantEducation: true },
        }),
      ),
      say(
        'he turns 18 next week, then ok?',
        decides('cook.qualification', 'cook-qualification', 'qualified', undefined, { facts: { age: 18 } }),
      ),
    ],
  },
  {
    name: '"why my application go to manual processing when all is reported by company?": something is missing, each source named (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'why my application go to manual processing when all is reported by company?',
        decides('aps.processing', 'aps-processing', 'automatic', undefined, {
          // Who reports each requirement, by the rule's own list (seed 000), not a copied sentence.
          says: (locale) => [REPORTED_BY.assessment[locale], REPORTED_BY['health-certificate'][locale]],
        }),
      ),
    ],
  },
  {
    name: '«300 timer fra én båt og 40 dager på 6 timer fra en annen … totalt?»: 540 hours, never the 40 days alone (nb, round 21)',
    locale: 'nb',
    turns: [
      say(
        '300 timer fra én båt og 40 dager på 6 timer fra en annen, hvor mye fartstid totalt?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 540, seaTimeDays: 105.57 },
          { absent: ['days'] },
        ),
      ),
    ],
  },
  {
    name: '«300 timar frå ein båt, og i tillegg 40 dagar à 6 timar … til saman?»: 540 hours (nn, round 21)',
    locale: 'nn',
    turns: [
      say(
        'Eg har 300 timar frå ein båt, og i tillegg 40 dagar à 6 timar på ein annan. Kor mykje fartstid er det til saman?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 540 }),
      ),
    ],
  },
  {
    name: '"14 h per day for 100 days and then 8 h per day for 50 days": 1,800 hours; "the 8 h part was 60 days" changes no whole (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'I worked 14 h per day for 100 days and then 8 h per day for 50 days, total?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1800 }, { facts: { days: 150 } }),
      ),
      say(
        'correction: the 8 h part was 60 days',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1800 }, { absent: ['hoursPerDay'] }),
      ),
    ],
  },
  {
    name: 'the period made shorter at the review after «alle»: the days asked again, never a dead end (nn, round 21)',
    locale: 'nn',
    turns: [
      ...toReviewNn('30.06.2025'),
      pick('change:periodTo', asks('seatime.confirmation', 'periodTo')),
      say('31.05.2025', asks('seatime.confirmation', 'days', { absent: ['days'], facts: { periodTo: '2025-05-31' } })),
      say('alle', reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { days: 120 } })),
      pick('review:ok', decides('seatime.confirmation', 'sea-time-confirmation', 'complete')),
    ],
  },
  {
    name: '«Kan du svare på norsk?» after an English answer: the same answer again, in bokmål (nb, round 21)',
    locale: 'en',
    turns: [
      say(
        'Hello, I need to know if our Norwegian passenger ferry needs manning certificate',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('Kan du svare på norsk?', {
        ...decides('manning.which-vessels', 'manning-certificate', 'required'),
        locale: 'nb',
      }),
    ],
  },
  {
    name: '«han er kollega, matros på same båten»: a crew mate may not sign, so the role is asked again with the reason (nn, round 21)',
    locale: 'nn',
    turns: [
      ...TO_SIGNER_ROLE_NN.map((t) => say(t, { topic: 'seatime.confirmation' })),
      say(
        'han er kollega, matros på same båten',
        asks('seatime.confirmation', 'signerRole', { absent: ['signerRole'] }),
      ),
    ],
  },
  {
    name: "«representant for reiarlaget» is the company's representative (nn, round 21)",
    locale: 'nn',
    turns: [
      ...TO_SIGNER_ROLE_NN.map((t) => say(t, { topic: 'seatime.confirmation' })),
      say(
        'representant for reiarlaget',
        asks('seatime.confirmation', 'signerIsSeafarer', { facts: { signerRole: 'company-representative' } }),
      ),
    ],
  },
  {
    name: 'a date of birth after today is asked again with the reason (en, round 21)',
    locale: 'en',
    turns: [
      say('sea time confirmation for D6', asks('seatime.confirmation', 'seafarerName')),
      say('Rokas Vilkas', asks('seatime.confirmation', 'seafarerBirthDate')),
      say('15.05.2030', asks('seatime.confirmation', 'seafarerBirthDate', { absent: ['seafarerBirthDate'] })),
    ],
  },
  {
    name: 'a short request for a confirmation is that topic: «eg vil lage ei fartstidsstadfesting for ein tilsett», "for D6 confirmation" (round 21)',
    locale: 'nn',
    turns: [
      say('eg vil lage ei fartstidsstadfesting for ein tilsett', asks('seatime.confirmation', 'targetCertificate')),
      say('D6', asks('seatime.confirmation', 'seafarerName', { facts: { targetCertificate: 'D6' } })),
    ],
  },
  {
    name: '"ISSC expire 30.09.2027. When we can do renewal so we don\'t loose any time?": the window from 30.06.2027; a date then gives the new expiry (en, round 21)',
    locale: 'en',
    turns: [
      say(
        "ISSC expire 30.09.2027. When we can do renewal so we don't loose any time on the certificate?",
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', {
          windowStart: '2027-06-30',
          newExpiry: '2032-09-30',
          windowOnly: true,
        }),
      ),
      say(
        '15.07.2027',
        decides(
          'isps.verification-dates',
          'issc-renewal',
          'new-expiry',
          { newExpiry: '2032-09-30' },
          {
            facts: { verificationDate: '2027-07-15' },
          },
        ),
      ),
    ],
  },
  {
    name: '«Når kan vi tidligst ta fornyelse og få beholde gammel utløpsdato + 5 år?»: from 04.04.2030 (nb, round 21)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utløper 04.07.2030. Når kan vi tidligst ta fornyelse og få beholde gammel utløpsdato + 5 år?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { windowStart: '2030-04-04' }),
      ),
    ],
  },
  {
    name: '"what if we postpone the audit 3 weeks?" after a renewal on 10.04.2027: 01.05.2027, inside the window (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'renewal audit 2027-04-10, ISSC expiry 2027-08-01. new expiry?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-04-10' }),
      ),
      say(
        'what if we postpone the audit 3 weeks?',
        decides(
          'isps.verification-dates',
          'issc-renewal',
          'new-expiry',
          { newExpiry: '2032-08-01' },
          {
            facts: { verificationDate: '2027-05-01' },
          },
        ),
      ),
    ],
  },
  {
    name: '«vi utsetter verifikasjonen med 4 uker»: the verification moved, the new expiry again (nb, round 21)',
    locale: 'nb',
    turns: [
      say(
        'ISSC utløper 01.08.2027, fornyelsesverifikasjon 10.04.2027. Ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-04-10' }),
      ),
      say(
        'vi utsetter verifikasjonen med 4 uker',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-08-01' }),
      ),
    ],
  },
  {
    name: '"sorry, expiry is 2028 not 2027": the expiry\'s year corrected, never the verification\'s (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'ISSC expires 15.08.2027 and renewal audit planned 20.06.2027, which new expiry?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-08-15' }),
      ),
      say(
        'sorry, expiry is 2028 not 2027',
        decides(
          'isps.verification-dates',
          'issc-renewal',
          'new-expiry',
          { newExpiry: '2032-06-20' },
          {
            facts: { expiryDate: '2028-08-15', verificationDate: '2027-06-20' },
          },
        ),
      ),
    ],
  },
  {
    name: '«og et passasjerskip på 10 meter?» after a fishing vessel: a passenger ship, required (nb, round 21)',
    locale: 'nb',
    turns: [
      say(
        'fiskefartøy, L 22 m, norsk – trenger bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say(
        'og et passasjerskip på 10 meter?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { vesselType: 'passenger' },
        }),
      ),
    ],
  },
  {
    name: "«kva brev må vere om bord saman med det?» after an interim ISSC's dates: the interim answer, which names the letter (nn, round 21)",
    locale: 'nn',
    turns: [
      say('Vi har fått mellombels ISSC. Kor lenge gjeld det?', asks('isps.interim', 'issueDate')),
      say('01.12.2026', decides('isps.interim', 'issc-validity', 'dates', { latestExpiry: '2027-06-01' })),
      say('kva brev må vere om bord saman med det?', { topic: 'isps.interim', ask: null }),
    ],
  },
  {
    name: '"ISSC issued 29.02.2024, valid 5 years": valid five years is a full-term one, so the expiry is asked next (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'ISSC issued 29.02.2024, valid 5 years. when is intermediate?',
        asks('isps.verification-dates', 'expiryDate', { facts: { certificateKind: 'full', issueDate: '2024-02-29' } }),
      ),
    ],
  },
  {
    name: '"company did documented utsjekk of his skills": the skills check read, decided without asking it (en, round 21)',
    locale: 'en',
    turns: [
      say(
        'our cook is 19, no cooking education, safety manning 6, company did documented utsjekk of his skills. ok?',
        decides('cook.qualification', 'cook-qualification', 'qualified', undefined, {
          facts: { documentedSkillsCheck: true },
        }),
      ),
    ],
  },
  // Round 22.
  {
    name: '"health cert from 20.11.2025, I turned 18 in october 2025. valid?": 18 at issue, valid two years (en, round 22)',
    locale: 'en',
    turns: [
      say(
        'health cert from 20.11.2025, I turned 18 in october 2025. valid?',
        decides(
          'health.certificate',
          'health-certificate',
          'valid',
          { validUntil: '2027-11-20' },
          {
            facts: { ageAtIssue: 18 },
          },
        ),
      ),
    ],
  },
  {
    name: '"no wait I am 18 actually" right after "I am 16" answered the age at issue: 18 at issue (en, round 22)',
    locale: 'en',
    turns: [
      say('health cert check', asks('health.certificate', 'issueDate')),
      say('10.06.2025', asks('health.certificate', 'ageAtIssue')),
      say('I am 16', decides('health.certificate', 'health-certificate', 'expired')),
      say(
        'no wait I am 18 actually',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { ageAtIssue: 18 } }),
      ),
    ],
  },
  {
    name: "«legen satt gyldighet til 1 år»: the doctor's limit read, expired (nb, round 22)",
    locale: 'nb',
    turns: [
      say(
        'helseerklæring utstedt 15.06.2025, 45 år, legen satt gyldighet til 1 år. Gyldig?',
        decides('health.certificate', 'health-certificate', 'expired', { validUntil: '2026-06-15' }),
      ),
    ],
  },
  {
    name: '«vi skal faktisk øke med to personer neste år» after 9: 11, a cook required (nb, round 22)',
    locale: 'nb',
    turns: [
      say('sikkerhetsbemanning 9, trenger vi kokk?', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        'vi skal faktisk øke med to personer neste år',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 11 } }),
      ),
    ],
  },
  {
    name: '"wait, the period ended 15.05.2025 not 31.05" while the date of birth is asked: the period\'s end, no birth date (en, round 22)',
    locale: 'en',
    turns: [
      ...[
        'sea time confirmation for D6',
        'Viktor Shevchenko',
        '17.05.1994',
        'lettmatros',
        '01.03.2025',
        '31.05.2025',
      ].map((t) => say(t, { topic: 'seatime.confirmation' })),
      say(
        'wait, the period ended 15.05.2025 not 31.05',
        asks('seatime.confirmation', 'days', { facts: { periodTo: '2025-05-15', seafarerBirthDate: '1994-05-17' } }),
      ),
    ],
  },
  {
    name: "«perioden slutta eigentleg ein månad seinare» at the review: the period's end moved, the days asked again (nn, round 22)",
    locale: 'nn',
    turns: [
      ...toReviewNn('31.05.2025'),
      say(
        'perioden slutta eigentleg ein månad seinare',
        asks('seatime.confirmation', 'days', { facts: { periodTo: '2025-06-30' }, absent: ['days'] }),
      ),
    ],
  },
  {
    name: '"Piotr Lewandowski 11.11.1987" when the name is asked: the name and the date of birth (en, round 22)',
    locale: 'en',
    turns: [
      say('sea time confirmation for D6', asks('seatime.confirmation', 'seafarerName')),
      say(
        'Piotr Lewandowski 11.11.1987',
        asks('seatime.confirmation', 'position', {
          facts: { seafarerName: 'Piotr Lewandowski', seafarerBirthDate: '1987-11-11' },
        }),
      ),
    ],
  },
  {
    name: '«jeg trenger 360 fartstidsdager, har 200. hvor mange dager til med 12 timer?»: 69 more days (nb, round 22)',
    locale: 'nb',
    turns: [
      say(
        'jeg trenger 360 fartstidsdager, har 200. hvor mange dager til med 12 timer?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hoursMissing: 818.41, wholeDaysMissing: 69 },
          {
            facts: { seaTimeDaysHad: 200, targetDays: 360, hoursPerDay: 12 },
          },
        ),
      ),
    ],
  },
  {
    name: '«jeg har 250 fartstidsdager og trenger 360 … med 8 timers dager?»: the 250 had, never wanted (nb, round 22)',
    locale: 'nb',
    turns: [
      say(
        'jeg har 250 fartstidsdager og trenger 360 for D6. hvor mange dager til med 8 timers dager?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { wholeDaysMissing: 71 },
          {
            facts: { seaTimeDaysHad: 250, targetDays: 360 },
          },
        ),
      ),
    ],
  },
  {
    name: '«har 1500 timar, treng 12 månader, jobbar 10 timar dagleg»: 35 more days (nn, round 22)',
    locale: 'nn',
    turns: [
      say(
        'kor mange dagar meir må eg jobbe? har 1500 timar, treng 12 månader, jobbar 10 timar dagleg',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursMissing: 341.42, wholeDaysMissing: 35 }),
      ),
    ],
  },
  {
    name: '"I have 1500 hours. How many more hours to reach 360 days?": 341.42 hours (en, round 22)',
    locale: 'en',
    turns: [
      say(
        'I have 1500 hours. How many more hours to reach 360 days?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursMissing: 341.42 }),
      ),
    ],
  },
  {
    name: "«Meg og kollegaen min … Jeg er 24 …, han er 19 …»: two people's ages never mixed (nb, round 22)",
    locale: 'nb',
    turns: [
      say(
        'Meg og kollegaen min lurer på førerrett. Jeg er 24 med 13 mnd som styrmann etter første D4, han er 19 med 15 mnd etter første D5.',
        { topic: 'deck.master-rights', absent: ['age', 'monthsAsOfficerOfTheWatchSinceIssue'] },
      ),
    ],
  },
  {
    name: '«to av mannskapet: Per har 7 mnd på dekk, Pål har 4 mnd. kan dei gå som lettmatros?»: no "yes" for both (nn, round 22)',
    locale: 'nn',
    turns: [
      say('to av mannskapet: Per har 7 mnd på dekk, Pål har 4 mnd. kan dei gå som lettmatros?', {
        topic: 'ratings.lettmatros',
        ask: 'monthsDeckService',
        absent: ['monthsDeckService'],
      }),
    ],
  },
  {
    name: '"Hei, kan du svare på engelsk? I need to know if health certificate from 01.03.2025 is valid, I am 35": answered in English (en, round 22)',
    locale: 'en',
    turns: [
      say(
        'Hei, kan du svare på engelsk? I need to know if health certificate from 01.03.2025 is valid, I am 35',
        decides('health.certificate', 'health-certificate', 'valid', { validUntil: '2027-03-01' }),
      ),
    ],
  },
  {
    name: '«kan du skrive det på nynorsk i staden?» after an answer: the answer again in nynorsk (nn, round 22)',
    locale: 'nb',
    turns: [
      say(
        'Trenger en norsk passasjerferje bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('kan du skrive det på nynorsk i staden?', {
        ...decides('manning.which-vessels', 'manning-certificate', 'required'),
        locale: 'nn',
      }),
    ],
  },
  {
    name: '"make confirmation" is English: the flow in English (en, round 22)',
    locale: 'en',
    turns: [say('make confirmation', asks('seatime.confirmation', 'targetCertificate'))],
  },
  {
    name: '"change the position to navigator please" at the review: "navigator", without the please (en, round 22)',
    locale: 'en',
    turns: [
      ...TO_REVIEW_EN.map((t) => say(t, { topic: 'seatime.confirmation' })),
      say('no', reviews('seatime.confirmation', SEA_TIME_D6_FACTS)),
      say(
        'change the position to navigator please',
        reviews('seatime.confirmation', SEA_TIME_D6_FACTS, { facts: { position: 'navigator' } }),
      ),
    ],
  },
  {
    name: 'the signer said while the days are asked: "I sign, Kari Nilsen, daglig leder …", "Captain Nils Berg will sign", "signed by our revisor Per Olsen" (en, round 22)',
    locale: 'en',
    turns: [
      ...TO_REVIEW_EN.slice(0, 6).map((t) => say(t, { topic: 'seatime.confirmation' })),
      say(
        'I sign, Kari Nilsen, daglig leder of Havørn AS',
        asks('seatime.confirmation', 'days', {
          facts: { signerName: 'Kari Nilsen', signerRole: 'company-representative' },
          says: () => ['Kari Nilsen'],
        }),
      ),
      say(
        'Captain Nils Berg will sign',
        asks('seatime.confirmation', 'days', { facts: { signerName: 'Nils Berg', signerRole: 'master' } }),
      ),
      say(
        'signed by our revisor Per Olsen',
        asks('seatime.confirmation', 'days', { facts: { signerName: 'Per Olsen', signerRole: 'auditor' } }),
      ),
    ],
  },
  {
    name: '"D6 officer of watch on 22 m L well boat 300 GT fartsområde 4": the position read, decided (en, round 22)',
    locale: 'en',
    turns: [
      say(
        'D6 officer of watch on 22 m L well boat 300 GT fartsområde 4',
        decides('d6.privileges', 'd6-privileges', 'allowed', { evaluated: 'officer-of-the-watch' }),
      ),
    ],
  },
];

describe('Round 21 and leftovers, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
