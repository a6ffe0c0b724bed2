/**
 * What round 14 found, and the open items of round 13 mended beside it, played through the real
 * turn core after the fix.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«27 år.» as a sentence of its own is the age: a correction of the months decides without asking it (nn, round 13)',
    locale: 'nn',
    turns: [
      say(
        'fyrste D4 fekk eg i mars 2025. har segla 10 månader som vaktoffiser sidan. 27 år. får eg førarrett?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 27 } }),
      ),
      say(
        'eg meinte 13 månader',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          facts: { age: 27, monthsAsOfficerOfTheWatchSinceIssue: 13 },
        }),
      ),
    ],
  },
  {
    name: '«Kor lenge gjeld ho?» after the health certificate is about it; the trawler to Svalbard beside it is the fallback (nn, round 13)',
    locale: 'nn',
    turns: [
      say(
        'Eg er 17 år og fekk helseerklæring 10.01.2026. Kor lenge gjeld ho? Og må eg ta ny legesjekk om eg skal på ein tråler til Svalbard?',
        {
          topics: ['health.certificate', undefined, 'fallback'],
          decision: { rule: 'health-certificate', outcome: 'valid' },
          says: (l) => [texts(l).conversation.alsoAskedOutside],
        },
      ),
    ],
  },
  {
    name: '«Fikk den i slutten av fjoråret, 28.12.2025» is the date of issue (nb, round 13)',
    locale: 'nb',
    turns: [
      say(
        'Når går helseerklæringen min ut? Fikk den i slutten av fjoråret, 28.12.2025. Jeg er 16.',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2025-12-28', ageAtIssue: 16 },
        }),
      ),
    ],
  },
  {
    name: '«eg fekk ho på bursdagen min, 3. mai i fjor, og var då 17 år»: issued 3 May last year at 17, valid one year (nn, round 13)',
    locale: 'nn',
    turns: [
      say(
        'kor lenge gjeld helseerklæringa? eg fekk ho på bursdagen min, 3. mai i fjor, og var då 17 år',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2025-05-03', ageAtIssue: 17 },
        }),
      ),
    ],
  },
  {
    name: '«vi fekk fulltids ISSC 1.10.2023» is the date of issue: not asked again (nn, round 13)',
    locale: 'nn',
    turns: [
      say(
        'vi fekk fulltids ISSC 1.10.2023. når er mellomliggjande verifikasjon?',
        asks('isps.verification-dates', 'expiryDate', { facts: { issueDate: '2023-10-01' } }),
      ),
    ],
  },
  {
    name: '«verifikasjonen ble gjort to måneder før» an expiry of 1 March 2027 is 1 January 2027 (nb, round 13)',
    locale: 'nb',
    turns: [
      say(
        'ISSC gikk ut 1. mars 2027, fornyelsesverifikasjonen ble gjort to måneder før. Ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2027-03-01', verificationDate: '2027-01-01' },
        }),
      ),
    ],
  },
  {
    name: "«blir ny utløpsdato 15.03.2032 då?» guesses the answer, it tells no expiry; the inspector's visit is the verification (nn, round 13)",
    locale: 'nn',
    turns: [
      say(
        'hei sdir, vi skal fornye ISSC. sertifikatet går ut 15. mars 2027 og inspektøren kan kome 10. januar 2027. blir ny utløpsdato 15.03.2032 då?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2027-03-15', verificationDate: '2027-01-10' },
        }),
      ),
    ],
  },
  {
    name: '"sorry, I don\'t have 7, only 5" after a decision on 7 months corrects them to 5 (en, round 13)',
    locale: 'en',
    turns: [
      say('smører requirement, I have 7 months in engine', decides('ratings.smorer', 'rating-requirements', 'meets')),
      say(
        "sorry, I don't have 7, only 5",
        asks('ratings.smorer', 'monthsMechanicalPractice', { facts: { monthsEngineService: 5 } }),
      ),
    ],
  },
  {
    name: '"I don\'t have 12 months, only 9" while the months are asked: 9, not the sea-time calculator (en, round 13)',
    locale: 'en',
    turns: [
      say("master rights D4, I'm 25", asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue')),
      say(
        "I don't have 12 months, only 9",
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 9 },
        }),
      ),
    ],
  },
  {
    name: '"im 19" is the age; "and when i turn 20 in march?" supposes 20 (en, round 13)',
    locale: 'en',
    turns: [
      say(
        'master rights D5, im 19 and have 14 months as OOW after first issue',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 19 } }),
      ),
      say(
        'and when i turn 20 in march?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '"can he work as messeman instead then?" after a cook too young: the fallback, not the cook again (en, round 13)',
    locale: 'en',
    turns: [
      say(
        'our new cook is 17, can he work as skipskokk?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
      say('can he work as messeman instead then?', { topics: ['fallback'] }),
    ],
  },
  {
    name: '"4 months engine and no other practice": no other practice, so not met, nothing asked (en, round 13)',
    locale: 'en',
    turns: [
      say(
        'smoerer - 4 months engine and no other practice, ok?',
        decides('ratings.smorer', 'rating-requirements', 'does-not-meet', undefined, {
          facts: { monthsEngineService: 4, monthsMechanicalPractice: 0 },
        }),
      ),
    ],
  },
  {
    name: '"2 months mechanical apprenticeship" is other practice, which the Authority assesses: uncertain (en, round 13)',
    locale: 'en',
    turns: [
      say(
        'smorer: I have 5 months in engine room + 2 months mechanical apprenticeship, enough?',
        decides('ratings.smorer', 'rating-requirements', 'uncertain', undefined, {
          facts: { monthsEngineService: 5, monthsMechanicalPractice: 2 },
        }),
      ),
    ],
  },
  {
    name: '"190 days in ISF cadet book" are the training-programme days: alternative C met (en, round 13)',
    locale: 'en',
    turns: [
      say(
        "i'm a cadet with fagbrev matros and 190 days in ISF cadet book, 125 days after vitnemal D4, and 400 days total sea time on 20 m ships. can I apply D4?",
        decides('deck.cadet', 'deck-officer-first-issue', 'meets', undefined, {
          facts: { trainingProgramDays: 190, daysAfterDiploma: 125 },
        }),
      ),
    ],
  },
  {
    name: '"age at issue 18" is the age the health certificate was issued at (en, round 13)',
    locale: 'en',
    turns: [
      say(
        'health certificate from 02.02.2025, age at issue 18',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2025-02-02', ageAtIssue: 18 },
        }),
      ),
    ],
  },
  {
    name: '"the auditor is coming 3 weeks before that" beside an expiry of 30 June next year: 9 June (en, round 13)',
    locale: 'en',
    turns: [
      say(
        'our ISSC runs out on the 30th of june next year, the auditor is coming 3 weeks before that. new expiry date?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2027-06-30', verificationDate: '2027-06-09' },
        }),
      ),
    ],
  },
  {
    name: '"cook is 19 with fagbrev kokk and passed praktisk prøve": qualified, then the second question (en, round 13)',
    locale: 'en',
    turns: [
      say(
        'Hi Losen,\nTwo questions from our crewing dept:\n1) our cook is 19 with fagbrev kokk and passed praktisk prøve, ok for skipskokk?\n2) safety manning on MS Froya is 11 - do we need a cook at all?\nthanks, Marta',
        // (Round 60: "safety manning on MS Froya is 11" is read, so the second question is decided too.)
        {
          decisions: [
            { rule: 'cook-qualification', outcome: 'qualified' },
            { rule: 'ship-cook', outcome: 'required' },
          ],
          topics: ['cook.qualification', 'cook.required', 'cook.required'],
        },
      ),
    ],
  },
  {
    name: '"18 months, but as matros, not OOW" is no time as officer of the watch: asked again, no new topic (en, round 14 W8)',
    locale: 'en',
    turns: [
      say('master rights on D5', asks('deck.master-rights', 'age')),
      say('24', asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue')),
      say(
        '18 months, but as matros, not OOW',
        asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue', {
          absent: ['monthsAsOfficerOfTheWatchSinceIssue'],
        }),
      ),
    ],
  },
  {
    name: 'a D6 question beside a health certificate dated two years ago: the D6 answer, and the health certificate expired (en, round 14 W3)',
    locale: 'en',
    turns: [
      say(
        'Dear Losen, my name is Rui, I am Portuguese and work for a Norwegian aquaculture company in Møre. I am 34, I have D6 since 2024 and health certificate from 20.10.2024. The company wants me to be skipper on a new 12 m (LOA) aluminium workboat, about 25 GT, trading area liten kystfart. Is my D6 enough?',
        {
          topics: ['d6.privileges', 'health.certificate', 'health.certificate'],
          says: (l) => [texts(l).outcomes['health-certificate:expired'] ?? 'missing'],
        },
      ),
    ],
  },
  {
    name: '«Skipet er 1200 BT og går i nordsjøfart»: a ship in nord- og østersjøfart is seagoing, not asked (nn, round 14)',
    locale: 'nn',
    turns: [
      say(
        'Skipet er 1200 BT og går i nordsjøfart. Treng matrosane ferdigheitssertifikat matros?',
        decides('ratings.matros', 'matros', 'certificate-required', undefined, { facts: { seagoing: true } }),
      ),
    ],
  },
  {
    name: '«12 måneder som vaktoffiser på en båt med 7 meter største lengde» is the boat served on, not the ship asked about (nb, round 14 W10)',
    locale: 'nb',
    turns: [
      say(
        'Jeg er 23, har D6 og 12 måneder som vaktoffiser på en båt med 7 meter største lengde. Kan jeg være skipper på en lastebåt med L 20 m, 100 BT, liten kystfart?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '«Er den gyldig på nyttårsaften?»: the validity on 31 December, when it has expired (nb, round 14 W2)',
    locale: 'nb',
    turns: [
      say(
        'Helseerklæringen min er datert 12.12.2024 og jeg er 40. Er den gyldig på nyttårsaften?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { onDate: '2026-12-31' } }),
      ),
    ],
  },
  {
    name: '«Er helseerklæringa mi gyldig til jul?» asks about Christmas Eve; it tells no expiry (nn, round 14 W2)',
    locale: 'nn',
    turns: [
      say(
        'Er helseerklæringa mi gyldig til jul? Ho er frå 18.12.2024 og eg er 50.',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { onDate: '2026-12-24', issueDate: '2024-12-18' },
        }),
      ),
    ],
  },
  {
    name: '«Er ho gyldig 1. februar 2027?»: the validity on that day (nn, round 14 W2)',
    locale: 'nn',
    turns: [
      say(
        'Helseerklæringa mi er frå 1.1.2025. Eg er 40. Er ho gyldig 1. februar 2027?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { onDate: '2027-02-01' } }),
      ),
    ],
  },
  {
    name: '«hva med om to uker?» after a valid health certificate: the validity in two weeks (nb, round 14 W8)',
    locale: 'nb',
    turns: [
      say(
        'Helseerklæringen min er fra 01.12.2024, jeg er 28. Er den gyldig?',
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say(
        'hva med om to uker?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { onDate: '2026-12-06' } }),
      ),
    ],
  },
  {
    name: "«og hvis det var 42 timer i uka?» after a total of 42 hours: a week's hours are not read, the fallback, not the same figure again (nb, round 14 W6)",
    locale: 'nb',
    turns: [
      say(
        'Jeg har jobbet 42 timer om bord på fire uker. Hva blir det i fartstidsdager?',
        decides('seatime.calculate', 'sea-time', 'calculated'),
      ),
      say('og hvis det var 42 timer i uka?', { topics: ['fallback'] }),
    ],
  },
  {
    name: "«Kva krav er det til smørjar?» while the cook's safe manning is asked: the smører, not the cook (nb → nn, round 14 W7)",
    locale: 'nb',
    turns: [
      say('Når er det krav om skipskokk?', asks('cook.required', 'safetyManning')),
      say('Kva krav er det til smørjar?', asks('ratings.smorer', 'monthsEngineService', { locale: 'nn' })),
    ],
  },
  {
    name: '«sikkerhetsbemanningen er 6» after a cook too young: the cook decided again with it, not the other duties (nb, round 14)',
    locale: 'nb',
    turns: [
      say(
        'Kokken vår er 17 og har fagbrev. Er han kvalifisert?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
      say(
        'sikkerhetsbemanningen er 6',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { crewSize: 6 } }),
      ),
    ],
  },
  {
    name: '«eg har ikkje fagbrev» while the training days are asked is noted, and not asked later (nn, round 14)',
    locale: 'nn',
    turns: [
      say('Kva fartstid treng eg til D3?', asks('deck.first-issue', 'trainingProgramDays')),
      say(
        'eg har ikkje fagbrev',
        asks('deck.first-issue', 'trainingProgramDays', { facts: { tradeCertificate: 'none' } }),
      ),
    ],
  },
  {
    name: '«…, og hvor mye tjener en lettmatros i snitt?» joined to an answerable question: answered, then the fallback (nb, round 14)',
    locale: 'nb',
    turns: [
      say('Hei, to ting: kven kan signere fartstidsbekreftelsen min, og hvor mye tjener en lettmatros i snitt?', {
        topics: ['seatime.who-can-confirm', undefined, 'fallback'],
      }),
    ],
  },
  {
    name: '«Legeerklæringen min ble skrevet 1/11/24, jeg er 52 år»: the date of issue, expired (nb, round 14)',
    locale: 'nb',
    turns: [
      say(
        'Legeerklæringen min ble skrevet 1/11/24, jeg er 52 år',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2024-11-01' },
        }),
      ),
    ],
  },
  {
    name: '«ISSC-en utløper om to måneder, og vi tar fornyelsesverifikasjonen i dag»: both dates from today (nb, round 14)',
    locale: 'nb',
    turns: [
      say(
        'ISSC-en utløper om to måneder, og vi tar fornyelsesverifikasjonen i dag. Hva blir ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2027-01-22', verificationDate: '2026-11-22' },
        }),
      ),
    ],
  },
  {
    name: '«godkjend assessorvurdering» is the assessment: alternative A met for D5 (nn, round 14)',
    locale: 'nn',
    turns: [
      say(
        'Eg har 1080 dagar på sjøgåande skip over 15 m, 200 dagar bruvakt, 45 dagar etter vitnemålet og godkjend assessorvurdering. Kan eg søkje D5?',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', undefined, { facts: { hasAssessment: true } }),
      ),
    ],
  },
  {
    name: '"500 days, not in webcadet, just normal work" while the training days are asked: not training days (en, round 14 W17)',
    locale: 'en',
    turns: [
      say('is my sea time enough for first D4', asks('deck.first-issue', 'trainingProgramDays')),
      say(
        '500 days, not in webcadet, just normal work',
        asks('deck.first-issue', 'trainingProgramDays', { absent: ['trainingProgramDays'] }),
      ),
    ],
  },
  {
    name: '"7 months, but not in the engine room, I was on deck" while the engine months are asked: no engine months (en, round 14 W18)',
    locale: 'en',
    turns: [
      say('smører requirement', asks('ratings.smorer', 'monthsEngineService')),
      say(
        '7 months, but not in the engine room, I was on deck',
        asks('ratings.smorer', 'monthsEngineService', { absent: ['monthsEngineService'] }),
      ),
    ],
  },
  {
    name: '"14 months, but not after first issue, it was before I got D4": no months since the issue (en, round 14 W10)',
    locale: 'en',
    turns: [
      say('master rights on D4', asks('deck.master-rights', 'age')),
      say('23', asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue')),
      say(
        '14 months, but not after first issue, it was before I got D4',
        asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue', {
          absent: ['monthsAsOfficerOfTheWatchSinceIssue'],
        }),
      ),
    ],
  },
  {
    name: '"14 months as vaktoffiser but not on boats over 8 m" are not the months the D6 extension takes (en, round 14 W19)',
    locale: 'en',
    turns: [
      say('can D6 holder be skipper on a 20 m workboat?', asks('d6.privileges', 'grossTonnage')),
      say(
        'I am 21 and have 14 months as vaktoffiser but not on boats over 8 m',
        asks('d6.privileges', 'grossTonnage', { facts: { age: 21 }, absent: ['monthsAsOfficerOfTheWatch'] }),
      ),
    ],
  },
  {
    name: '"6 months in engine but it was on a fish farm feed barge, not a ship": no service on board, asked again (en, round 14 W11)',
    locale: 'en',
    turns: [
      say(
        'smører: 6 months in engine but it was on a fish farm feed barge, not a ship',
        asks('ratings.smorer', 'monthsEngineService', { absent: ['monthsEngineService'] }),
      ),
    ],
  },
  {
    name: '"3 months at 14 hours a day": the days are asked with the months\' 90 days offered, and "all" takes them (en, round 14)',
    locale: 'en',
    turns: [
      say(
        'how many sea time days is 3 months at 14 hours a day?',
        asks('seatime.calculate', 'days', { says: (l) => [texts(l).conversation.periodDays(90)] }),
      ),
      say(
        'all',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 90, hoursPerDay: 14 } }),
      ),
    ],
  },
  {
    name: '«tre månader, ti timar dagen»: 90 days offered, «alle» takes them (nn, round 14)',
    locale: 'nn',
    turns: [
      say(
        'Eg har jobba tre månader, ti timar dagen. Kor mykje fartstid blir det?',
        asks('seatime.calculate', 'days', { says: (l) => [texts(l).conversation.periodDays(90)] }),
      ),
      say(
        'alle',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 90, hoursPerDay: 10 } }),
      ),
    ],
  },
  {
    name: '«fra mars til juni i år» without «hver dag»: its 122 days offered, «alle dagene» takes them (nb, round 13 and 14)',
    locale: 'nb',
    turns: [
      say(
        'Jeg jobbet 10 timer om dagen fra mars til juni i år, hvor mye fartstid blir det?',
        asks('seatime.calculate', 'days', { says: (l) => [texts(l).conversation.periodDays(122)] }),
      ),
      say(
        'alle dagene',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 122, hoursPerDay: 10 } }),
      ),
    ],
  },
  {
    name: "«2 måneder med 14 timers dager», then «45»: the days worked said are the days, not the months' 60 (nb, round 14)",
    locale: 'nb',
    turns: [
      say(
        'hvor mye fartstid blir 2 måneder med 14 timers dager?',
        asks('seatime.calculate', 'days', { says: (l) => [texts(l).conversation.periodDays(60)] }),
      ),
      say('45', decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 45 } })),
    ],
  },
  {
    name: '«2 måneder …», then «ja alle»: the 60 days (nb, round 14)',
    locale: 'nb',
    turns: [
      say('hvor mye fartstid blir 2 måneder med 14 timers dager?', asks('seatime.calculate', 'days')),
      say('ja alle', decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 60 } })),
    ],
  },
];

const OUT_OF_SCOPE: { locale: 'nb' | 'nn' | 'en'; text: string }[] = [
  // Round 13, left open then: the age to apply for D6 is not in the sources; nor is lay-up and the ISSC.
  { locale: 'nb', text: 'Kan jeg søke D6 når jeg er 17?' },
  { locale: 'en', text: 'Can I apply for D6 at 17?' },
  { locale: 'nb', text: 'Skipet ligger i opplag. Trenger vi ISSC da?' },
  // Round 14.
  { locale: 'nb', text: 'Hvor mange sertifikater utstedte Sdir i 2022?' },
  { locale: 'en', text: 'How do I get D6 certificate, which course and how many days fartstid do I need?' },
  { locale: 'en', text: 'My webcadet is stuck, the assessor cannot sign section 7, who do I contact?' },
  { locale: 'en', text: 'Can the ship cook also be part of the safety manning and do fire watch?' },
  {
    locale: 'en',
    text: 'we have bemanningssertifikat for trading area 4, want to go to Shetland for one trip. How to get temporary manning certificate?',
  },
  { locale: 'en', text: 'I failed the assessment (bedømmelse) for D4, how many times can I retake it?' },
  {
    locale: 'en',
    text: 'sea time on a Swedish flagged vessel - can Norwegian company report it in Min side kvalifikasjoner?',
  },
  { locale: 'nb', text: 'Kan vi ha ett bemanningssertifikat som dekker to båter?' },
  { locale: 'nn', text: 'Kan de sende meg skjema KS-0308 i Word-format? PDF-en let seg ikkje fylle ut.' },
  { locale: 'nn', text: 'Kor mykje fartstid treng eg for å gå frå D4 til D3?' },
  { locale: 'en', text: 'how many smører must a 2000 kW ship have?' },
  { locale: 'nb', text: 'Hvor mange søknader behandlet Sdir i fjor?' },
  { locale: 'en', text: 'Will the digital certificate app work without internet on board?' },
  { locale: 'en', text: 'Do we need a separate bemanningssertifikat for the rescue boat (MOB) on board?' },
  { locale: 'en', text: 'can a maskinpasser-lettmatros also be the ships cook at the same time?' },
  { locale: 'en', text: 'how many automatic certificates has Sdir issued in 2026 so far?' },
  {
    locale: 'en',
    text: 'the webcadet says my company is not approved for cadets, how do we get approval as a training company?',
  },
  { locale: 'en', text: 'Our SSO changed - do we need to update the SSP approval letter?' },
  { locale: 'en', text: 'ISPS: we changed the CSO name in the company, must we inform Sdir or send new SSP?' },
  {
    locale: 'en',
    text: "my helseerklæring says 'not valid for lookout duties' - can I still be registered as navigatør for fartstid?",
  },
  {
    locale: 'en',
    text: 'Sea time on a floating fish farm feed barge (flåte) with no engine - does it count like a mobile unit?',
  },
];

describe('round 14: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const { locale, text } of OUT_OF_SCOPE)
    it(`out of scope, the fallback: ${text}`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topics: ['fallback'] })] }));
});
