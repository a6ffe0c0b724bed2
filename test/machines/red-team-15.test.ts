/**
 * What rounds 15 and 16 found, and the open items of round 14 mended beside them, played through
 * the real turn core after the fix.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«Jeg var 18, nei ikke 18 men 17»: the age at issue is 17, and a certificate issued at 17 lasts one year (nb, round 14)',
    locale: 'nb',
    turns: [
      say(
        'Helseerklæring utstedt 01.03.2025. Jeg var 18, nei ikke 18 men 17. Er den gyldig?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2025-03-01', ageAtIssue: 17 },
        }),
      ),
    ],
  },
  {
    name: '"I was 18 then — no wait, not 18, I was 17": 17, expired (en, round 14)',
    locale: 'en',
    turns: [
      say(
        'Health certificate issued 01.03.2025. I was 18 then — no wait, not 18, I was 17. Still valid?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2025-03-01', ageAtIssue: 17 },
        }),
      ),
    ],
  },
  {
    name: 'A Norwegian fragment answering in an English conversation («tolv timer») keeps it English (en, round 14)',
    locale: 'en',
    turns: [
      say('how much sea time do I get for 20 days?', { topic: 'seatime.calculate', ask: 'hoursPerDay' }),
      say('tolv timer', {
        decision: { rule: 'sea-time', outcome: 'calculated' },
        facts: { days: 20, hoursPerDay: 12 },
        locale: 'en',
      }),
    ],
  },
  {
    name: 'A one-word English answer in a Norwegian conversation keeps it Norwegian (nn, round 14)',
    locale: 'nn',
    turns: [
      say('treng vi skipskokk om bord?', { topic: 'cook.required', ask: 'safetyManning' }),
      say('eleven persons', {
        decision: { rule: 'ship-cook', outcome: 'required' },
        locale: 'nn',
      }),
    ],
  },
  {
    name: 'A what-if after the first question is answered after it: «Trenger vi kokk når sikkerhetsbemanningen er 9? Hva om vi blir 12?» (nb, round 14)',
    locale: 'nb',
    turns: [
      say('Trenger vi kokk når sikkerhetsbemanningen er 9? Hva om vi blir 12?', {
        topic: 'cook.required',
        decisions: [
          { rule: 'ship-cook', outcome: 'not-required' },
          { rule: 'ship-cook', outcome: 'required' },
        ],
        facts: { safetyManning: 12 },
      }),
      // The conversation goes on from the last what-if: another one changes it again.
      say(
        'hva om vi er 8?',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 8 } }),
      ),
    ],
  },
  {
    name: 'A what-if naming its own value beside the question: both are answered, neither is lost (en, round 14)',
    locale: 'en',
    turns: [
      say('Do we need a cook with 9 in the safe manning? What if the safe manning is 11? And what if 15?', {
        topic: 'cook.required',
        decisions: [
          { rule: 'ship-cook', outcome: 'not-required' },
          { rule: 'ship-cook', outcome: 'required' },
          { rule: 'ship-cook', outcome: 'required' },
        ],
        facts: { safetyManning: 15 },
      }),
    ],
  },
  {
    name: '«45 BT … Hva om det er 60 BT?» in one message: 45 decides, 60 is the what-if (nb, round 14)',
    locale: 'nb',
    turns: [
      say('Trenger lasteskipet vårt på 45 BT bemanningssertifikat? Norsk flagg. Hva om det er 60 BT?', {
        topic: 'manning.which-vessels',
        decisions: [
          { rule: 'manning-certificate', outcome: 'not-required' },
          { rule: 'manning-certificate', outcome: 'required' },
        ],
      }),
    ],
  },
  {
    name: '«Kva om eg var 18?» after a dated health certificate at 17, in one message (nn, round 14)',
    locale: 'nn',
    turns: [
      say('Helseerklæringa vart skriven ut 01.03.2025, eg var 17. Gjeld ho? Kva om eg var 18?', {
        topic: 'health.certificate',
        decisions: [
          { rule: 'health-certificate', outcome: 'expired' },
          { rule: 'health-certificate', outcome: 'valid' },
        ],
      }),
    ],
  },
  {
    name: 'A what-if while a fact is still missing waits: the fact is asked, nothing decided (en, round 14)',
    locale: 'en',
    turns: [say("Do we need a ship's cook? Hva om det er 45 BT?", { topic: 'cook.required', ask: 'safetyManning' })],
  },
  {
    name: '«nei vent, eg er 18» after a certificate decided from the age now 16: the age at issue is 17, still under 18 (nn, round 15 H01)',
    locale: 'nn',
    turns: [
      say(
        'helseerklæring skriven ut 10.03.2025, eg er 16',
        decides('health.certificate', 'health-certificate', 'expired'),
      ),
      say(
        'nei vent, eg er 18',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { ageAtIssue: 17 } }),
      ),
    ],
  },
  {
    name: '"sorry, I meant 19" after "I am 17": the age now corrected can be either side of 18 at issue, so it is asked (en, round 15 H02)',
    locale: 'en',
    turns: [
      say(
        'health certificate issued 1 Feb 2025, I am 17',
        decides('health.certificate', 'health-certificate', 'expired'),
      ),
      say('sorry, I meant 19', asks('health.certificate', 'ageAtIssue', { absent: ['ageAtIssue'] })),
    ],
  },
  {
    name: '«eg skreiv feil, eg er 19» after «eg er 17»: the age at issue is asked, never 19 taken for it (nn, round 15 D41)',
    locale: 'nn',
    turns: [
      say(
        'helseerklæring utskriven 1.2.2025, eg er 17',
        decides('health.certificate', 'health-certificate', 'expired'),
      ),
      say('eg skreiv feil, eg er 19', asks('health.certificate', 'ageAtIssue')),
      say(
        '17',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { ageAtIssue: 17 } }),
      ),
    ],
  },
  {
    name: '"sorry, I meant 19" after "I was 17 then": the age at issue itself is corrected (en, round 15)',
    locale: 'en',
    turns: [
      say(
        'health certificate issued 1 Feb 2025, I was 17 then',
        decides('health.certificate', 'health-certificate', 'expired'),
      ),
      say(
        'sorry, I meant 19',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { ageAtIssue: 19 } }),
      ),
    ],
  },
  {
    name: '«kan vi ha sikkerheitsplanen elektronisk? kva må vere på papir?»: the second question is the same answer, no fallback (nn, round 15 B71)',
    locale: 'nn',
    turns: [
      say('kan vi ha sikkerheitsplanen elektronisk? kva må vere på papir?', {
        topics: ['isps.electronic-plan'],
        never: (l) => [texts(l).conversation.alsoAskedOutside],
      }),
    ],
  },
  {
    name: '«og i månader?» after a calculation is the calculation again, not who reports sea time (nn, round 15 G14)',
    locale: 'nn',
    turns: [
      say('eg jobba 3 veker med 12 t dagar', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'kor mykje i månader?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 21 } }),
      ),
    ],
  },
  {
    name: 'An out-of-scope question while an ISSC date is asked is the fallback, whatever rule its words name; then the question again (nn, round 15 D65)',
    locale: 'nn',
    turns: [
      say('når går ISSC-et ut om vi fornyar tidleg?', { topic: 'isps.verification-dates', ask: 'expiryDate' }),
      say('og kan vi ta fornyingsverifikasjonen i Singapore?', {
        topics: ['fallback', 'isps.verification-dates'],
        ask: 'expiryDate',
      }),
    ],
  },
  {
    name: '«ISSC fornyar vi 15. januar 2027, utløp 1. mars 2027. ny utløpsdato?» decides the renewal at once (nn, round 15 H10)',
    locale: 'nn',
    turns: [
      say(
        'ISSC fornyar vi 15. januar 2027, utløp 1. mars 2027. ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
    ],
  },
  {
    name: '"what if one of them is the cook himself, do we then count 9?" is not answered by counting 9: the fallback, 10 stands (en, round 15)',
    locale: 'en',
    turns: [
      say('safe manning 10 persons, cook?', decides('cook.required', 'ship-cook', 'required')),
      say('what if one of them is the cook himself, do we then count 9?', {
        topics: ['fallback'],
        facts: { safetyManning: 10 },
      }),
    ],
  },
  {
    name: '"and if I am not norwegian citizen …" after the foreign cadet berth is the fallback (en, round 15)',
    locale: 'en',
    turns: [
      say('cadet berth on foreign ship allowed?', { topic: 'deck.foreign-cadet' }),
      say('and if I am not norwegian citizen, can I still be cadet for norwegian D4?', { topics: ['fallback'] }),
    ],
  },
  {
    name: '"can we send it by fax?" after the STCW update is the fallback, not the application forms (en, round 15)',
    locale: 'en',
    turns: [
      say('how to update manning certificate after STCW revision', { topic: 'manning.stcw-update' }),
      say('can we send it by fax?', { topics: ['fallback'] }),
    ],
  },
  {
    name: '«kva skjer om nokon signerer falskt? kan dei bli straffa?» after who may sign is the fallback (nn, round 15 D12)',
    locale: 'nn',
    turns: [
      say('kven kan signere ein fartstidsattest?', { topic: 'seatime.who-can-confirm' }),
      say('kva skjer om nokon signerer falskt? kan dei bli straffa?', { topics: ['fallback'] }),
    ],
  },
  {
    name: '«og får eg overtidsbetalt for timane over 8?» after a calculation is the fallback, not the calculation again (nn, round 15 D66)',
    locale: 'nn',
    turns: [
      say('kor mange timar er 100 fartstidsdagar?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say('og får eg overtidsbetalt for timane over 8?', { topics: ['fallback'] }),
    ],
  },
  {
    name: '"what if 30 of those days were at the yard …" is not 30 days less: the sources say nothing of yard time (en, round 15)',
    locale: 'en',
    turns: [
      say('fartstid 150 days 8 hours', decides('seatime.calculate', 'sea-time', 'calculated')),
      say('and what if 30 of those days were at the yard, I was on board doing maintenance?', {
        topics: ['fallback'],
        facts: { days: 150 },
      }),
    ],
  },
  {
    name: '«nevøen min er 17 og har fagbrev kokk» gives the age: not asked again, and under 18 decides (nn, round 15 B20)',
    locale: 'nn',
    turns: [
      say(
        'nevøen min er 17 og har fagbrev kokk. kan han vere skipskokk?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
    ],
  },
  {
    name: '"13 months as OOW since then?? wait no, only 12 months": 12, in the months since the issue too (en, round 15)',
    locale: 'en',
    turns: [
      say(
        'I had D5 issued first time 10.10.2025. I am 24, now I have 13 months as OOW since then?? wait no, only 12 months. can I get master rights?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 12 },
        }),
      ),
    ],
  },
  {
    name: '"about 150 days per year … since 2 years" is no 150 days worked: the days are asked (en, round 15)',
    locale: 'en',
    turns: [
      say(
        'Hello,\nI am working as deckhand on a norwegian workboat since 2 years, 10 hours each day, about 150 days per year on board. How many fartstid days I have in total?',
        { topic: 'seatime.calculate', ask: 'days', absent: ['days'] },
      ),
    ],
  },
  {
    name: '"2800 GT tanker in open sea" is seagoing: not asked, and the certificate is required (en, round 15)',
    locale: 'en',
    turns: [
      say(
        'matros on 2800 GT tanker in open sea. certificate needed?',
        decides('ratings.matros', 'matros', 'certificate-required', undefined, { facts: { seagoing: true } }),
      ),
    ],
  },
  {
    name: 'A flag changed or a new company: the ISSC must be returned, never its dates said valid (en, round 15)',
    locale: 'en',
    turns: [
      say('interim ISSC issued 01.10.2026 — the ship is now under Panama flag. is the interim still good?', {
        topics: ['isps.invalid'],
      }),
    ],
  },
  {
    name: '"and with 13 passengers on board one day?" after a D6 cargo decision: a passenger ship, and «one day» is no sea time (en, round 15)',
    locale: 'en',
    turns: [
      say('D6 master on 13 m LOA cargo 20 GT liten kystfart ok?', decides('d6.privileges', 'd6-privileges', 'allowed')),
      say('and with 13 passengers on board one day?', {
        decision: { rule: 'd6-privileges', outcome: 'not-allowed' },
        absent: ['monthsAsOfficerOfTheWatch'],
      }),
    ],
  },
  {
    name: '«finst det sjømannslege i Florø …?» is nynorsk: the fallback in nynorsk (nn, round 15 A65)',
    locale: 'nn',
    turns: [say('finst det sjømannslege i Florø som har time før jul?', { topics: ['fallback'] })],
  },
  {
    name: '"we plan to sell the ship" beside an ISSC question: the invalid certificate\'s answer (en, round 15)',
    locale: 'en',
    turns: [
      say(
        'our ISSC expires 15.03.2027. we plan to sell the ship in february. should we still do renewal verification?',
        {
          topics: ['isps.invalid'],
        },
      ),
    ],
  },
  {
    name: "Follow-ups the sources do not answer get the fallback, then the question waiting again: handwritten, an assessor who is one's father (en, round 15)",
    locale: 'en',
    turns: [
      say('what must be in fartstidsattest for D6', asks('seatime.confirmation', 'seafarerName')),
      say('can it be handwritten?', { topics: ['fallback', 'seatime.confirmation'], ask: 'seafarerName' }),
    ],
  },
  {
    name: '"is an FPSO mobile unit with or without propulsion?" after the mobile units is the fallback (en, round 15)',
    locale: 'en',
    turns: [
      say('mobile units with and without propulsion — difference for fartstid?', { topic: 'seatime.mobile-units' }),
      say('is an FPSO mobile unit with or without propulsion?', { topics: ['fallback'] }),
    ],
  },
  {
    name: '«Ferja vår er norsk, 900 BT, passasjerskip»: the flag said after the vessel is not asked (nn, round 15 D52)',
    locale: 'nn',
    turns: [
      say(
        'Hei, vi er ein ferjeoperatør. Ferja vår er norsk, 900 BT, passasjerskip. Treng ho bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { flag: 'NO' } }),
      ),
    ],
  },
  {
    name: '"ferry norwegian, 8 m, 14 passenger": the flag after the vessel, decided (en, round 15)',
    locale: 'en',
    turns: [
      say(
        'ferry norwegian, 8 m, 14 passenger. manning doc needed?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { flag: 'NO' } }),
      ),
    ],
  },
  {
    name: '«lasteskip 70 BT norsk bemanningssertifikat»: «norsk» before the certificate is no flag, so it is asked (nn, round 15 H03)',
    locale: 'nn',
    turns: [say('treng lasteskip 70 BT norsk bemanningssertifikat', asks('manning.which-vessels', 'flag'))],
  },
  {
    name: '"90 days on board, total 1400 hours": more than 14 hours a day is not taken as sea time; the hours a day are asked (en, round 15)',
    locale: 'en',
    turns: [
      say('fartstid: 90 days on board, total 1400 hours. how many days?', {
        topic: 'seatime.calculate',
        ask: 'hoursPerDay',
        facts: { days: 90 },
        absent: ['totalHours'],
      }),
    ],
  },
  {
    name: 'A Norwegian confirmation pasted under an English line is answered in English: the pasted form lines do not tell the language (en, round 15)',
    locale: 'en',
    turns: [
      say(
        'please check this fartstidsattest:\nNavn: Ola Nordmann, f. 03.03.1995\nStilling: lettmatros\nFartøy: MS Fjordbris, LFAB, LOA 14,9 m\nPeriode: 01.03.2026 - 31.08.2026, 8 timer per dag\nSignert: Ola Nordmann (daglig leder og eier)',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid'),
      ),
    ],
  },
  {
    name: '«38 månader …, 7 av dei med brovakt»: the part is the bridge watch, asked — never 7 days of it, nor 7 months off the whole (nn, round 16 C18)',
    locale: 'nn',
    turns: [
      say(
        'eg har 38 månader fartstid på sjøgåande skip over 15 m, 7 av dei med brovakt, 40 dagar etter vitnemålet, og bedømming frå assessor. kan eg søkje D5?',
        asks('deck.first-issue', 'bridgeWatchDays', { facts: { seaTimeDays: 1140 }, absent: ['bridgeWatchDays'] }),
      ),
    ],
  },
  {
    name: '«14 t dagleg i 2 veker, så 2 veker fri. kor mykje fartstid på eit år?»: a year of rotations is not one period on; the days are asked (nn, round 16 E16)',
    locale: 'nn',
    turns: [
      say(
        'hei. jobbar på ein brønnbåt 14 t dagleg i 2 veker, så 2 veker fri. kor mykje fartstid får eg på eit år?',
        asks('seatime.calculate', 'days', { absent: ['days'] }),
      ),
    ],
  },
  {
    name: '"sorry he turned 18 last week" while the date of issue is asked is the age now: with the date, the age at issue is asked, never 18 taken (en, round 16)',
    locale: 'en',
    turns: [
      say('my son is 17 years, how long helseerklæring valid?', asks('health.certificate', 'issueDate')),
      say(
        'sorry he turned 18 last week, 15 November',
        asks('health.certificate', 'issueDate', { absent: ['ageAtIssue'] }),
      ),
      say('it was issued 10.11.2026', asks('health.certificate', 'ageAtIssue')),
    ],
  },
  {
    name: '«kan rederiet nekte å signere han?» after who may sign is the fallback, not the list again (nn, round 16 K02)',
    locale: 'nn',
    turns: [
      say('kven kan signere fartstidsattesten?', { topic: 'seatime.who-can-confirm' }),
      say('kan rederiet nekte å signere han?', { topics: ['fallback'] }),
    ],
  },
];

/** Out-of-scope first messages of rounds 15 and 16 that were answered as in scope, now the fallback. */
const OUT_OF_SCOPE: { locale: 'nb' | 'nn' | 'en'; text: string }[] = [
  { locale: 'nn', text: 'opplag: må vi ha AIS påslått når skipet ligg i varmt opplag?' },
  { locale: 'nn', text: 'når båten ligg fortøyd ved kai, kven har ansvar dersom det skjer ein arbeidsulukke om bord?' },
  { locale: 'nb', text: 'skipskokken vår har allergi mot skalldyr, kan han likevel jobbe som kokk om bord?' },
  { locale: 'nb', text: 'hvor mange dager fartstid trenger jeg for å fornye fritidsskippersertifikatet?' },
  { locale: 'nn', text: 'kor mange sjøfolk rapporterte fartstid elektronisk i fjor?' },
  {
    locale: 'nb',
    text: 'arbeidsgiver har rapportert feil fartstid og nektar å rette det. kan jeg ta det til forliksrådet?',
  },
  { locale: 'nn', text: 'treng eg helikopter-opplæring (HUET) for å jobbe som kontrollromsoperatør på rigg?' },
  { locale: 'nn', text: 'kva krav er det for å få D2 etter D3? kor mykje fartstid?' },
  { locale: 'nn', text: 'er webcadet nede? får ikkje logga inn i kadettboka' },
  { locale: 'nn', text: 'appen for digitale sertifikat krasjar på iphone 11, noko de veit om?' },
  {
    locale: 'nn',
    text: 'mobil rigg med eigen framdrift under panama-flagg – godkjenner Sdir fartstida mi der som plattformsjef til D2?',
  },
  { locale: 'nn', text: 'sikkerheitsplanen (SSP) vår er på 400 sider. kan Sdir gå gjennom han på under ein månad?' },
  { locale: 'nb', text: 'Hva er bota hvis vi seiler uten skipskokk når sikkerhetsbemanningen er 12?' },
  { locale: 'nn', text: 'hei! kan du sende meg ein kopi av bemanningssertifikatet til MS Nordkyn på e-post?' },
  {
    locale: 'en',
    text: 'I have Philippine STCW II/2 master certificate. Can I work as master on norwegian ship with it or I need a endorsement (påtegning)? how to apply',
  },
  {
    locale: 'en',
    text: 'fartstid from my military service in the Navy (Sjøforsvaret) on a frigate, does it count for D5 and how to document it?',
  },
  {
    locale: 'en',
    text: 'I did the medical in Poland with polish doctor. is that helseerklæring valid on norwegian ship?',
  },
  {
    locale: 'en',
    text: 'Good morning,\nI am manning agent in Cebu for a norwegian owner. Our crew have fartstidsbekreftelse signed by the master. Must these be apostilled or notarized before we upload to Min side?\nBR Joy',
  },
  {
    locale: 'en',
    text: 'one person registered as skipsfører at the time — but what is the legal responsibility if the master is sick and the navigator take over? who is liable',
  },
  {
    locale: 'en',
    text: 'D5 first time. 36 months fartstid done. the assessor bedømmelse - how much the assessor cost and how to find one near Stavanger?',
  },
  { locale: 'en', text: 'helseerklæring - can the sjømannslege do it by video call? I am offshore and cannot come' },
  {
    locale: 'en',
    text: 'Min side sjøfolk shows my helseerklæring missing even if I took it last week. doctor forgot to send? how do I fix',
  },
  {
    locale: 'en',
    text: 'I applied for D6 and the application went to stikkprøvekontroll (random check). how long does stikkprøve take and what do they check?',
  },
  { locale: 'en', text: 'does the cook count inside the safety manning number? we are 9 plus the cook' },
  {
    locale: 'en',
    text: 'I am chef from Philippines 10 years in hotel kitchen. Where is the praktisk prøve held for ship cook and what is the price?',
  },
  { locale: 'nn', text: 'fartstidsattest: kor mange år tilbake i tid kan fartstida vere for at ho skal telje?' },
  {
    locale: 'nn',
    text: 'bemanningsbyrå i Polen er arbeidsgivaren min – kan dei rapportere fartstid via Min side kvalifikasjoner?',
  },
  { locale: 'nn', text: 'helseerklæring: eg har hatt hjerteinfarkt for eit halvt år sidan. får eg jobbe som skipper?' },
  { locale: 'nn', text: 'maskinpasser-lettmatros: må rederiet betale for at eg tek fagbrev?' },
  { locale: 'nn', text: 'ISSC: kan vi få utsett mellomliggjande verifikasjon fordi skipet ligg i dokk i Polen?' },
  { locale: 'nn', text: 'kan D6-innehavar vere vaktsjef på ein rigg?' },
  { locale: 'nn', text: 'kva må til for å bli godkjend ISPS-inspektør hjå Sdir?' },
  {
    locale: 'en',
    text: 'Hello Losen,\nI am 2nd engineer (maskinoffiser klasse 3) with 3 years fartstid on PSV. Now I want my certificate renewed, it expire 01.03.2027. What fartstid do I need and can I send the fartstidsbekreftelse from the company by mail?\nThanks, Rafal',
  },
  {
    locale: 'en',
    text: 'fartstid 14 hours a day max — but what about overtime payment for the hours over 8, is that regulated by Sdir?',
  },
  {
    locale: 'en',
    text: 'we are 10 on the bemanningssertifikat incl. cook. the cook is sick for 2 weeks, can we sail with 9 and no cook? or need we a dispensasjon?',
  },
  { locale: 'en', text: "ship's cook - must he also have the basic safety training (STCW VI/1)?" },
  {
    locale: 'en',
    text: 'renewal verification for the ISSC - how long before must we book the ISPS inspector, is it 3 months like the first one? and what is the cost',
  },
  {
    locale: 'en',
    text: 'fartstid on an aquaculture service vessel (brønnbåt) 600 GT - which trading area certificate is required for the master?',
  },
  {
    locale: 'en',
    text: 'electronic security plan on a tablet — does the tablet need backup battery or special requirement from Sdir?',
  },
  {
    locale: 'en',
    text: 'I am pregnant 5 months, working as lettmatros. can the sjømannslege still give me helseerklæring or must I stop?',
  },
  {
    locale: 'en',
    text: 'my helseerklæring was issued when I was 17, now I am 18. can I get it extended to 2 years without new medical?',
  },
  {
    locale: 'en',
    text: 'how many days before expiry can I take the new helseerklæring? can I take it 3 months early and keep the old date?',
  },
  {
    locale: 'en',
    text: 'fartstid calculation - 1867 hours - is that the same for engine crew and for the hotel crew on cruise ships?',
  },
  { locale: 'en', text: 'Does fartstid as a watchkeeping engineer (maskinist) count for deck certificate D5?' },
  { locale: 'en', text: 'first D4: my bedømmelse was done in 2019, is the assessment still valid or does it expire?' },
  {
    locale: 'en',
    text: 'ISSC renewal - we want to do the renewal verification in Singapore, can Sdir send inspector there? who pays travel?',
  },
  {
    locale: 'en',
    text: 'interim ISSC issued but the SSP was then rejected by Sdir. what happen with the interim certificate?',
  },
  { locale: 'en', text: 'electronic security plan - how many years must we keep old versions of the SSP records?' },
  {
    locale: 'en',
    text: 'manning certificate says 2 matros. one is sick. can we sail with 1 matros and 1 lettmatros for one trip?',
  },
  { locale: 'en', text: 'ship cook: the practical test (praktisk prøve), can it be taken in English?' },
  { locale: 'nn', text: 'dagordning: kan vi søkje om unntak for éin nattseglas i månaden?' },
  { locale: 'nn', text: 'lay-up: kor lenge kan eit skip ligge i kaldt opplag før klassen må fornyast?' },
  {
    locale: 'nn',
    text: 'automatisk utstedelse – kva om systemet gjer feil og eg får eit sertifikat eg ikkje skulle hatt?',
  },
  { locale: 'nn', text: 'elektronisk sikkerheitsplan – kva krav til kryptering eller IT-sikkerheit har Sdir?' },
  { locale: 'nn', text: 'post@sdir.no svarar ikkje. kor lenge skal det ta før eg får svar?' },
  {
    locale: 'nn',
    text: 'Hei, eg er HR i eit reiarlag. Ein tilsett har fått D6 men helseerklæringa hans har avgrensing «ikkje vakt åleine». Kan vi seie han opp dersom han ikkje kan gå vakt åleine?',
  },
  { locale: 'nn', text: 'kor mange bemanningssertifikat har Sdir skrive ut for D6-fartøy sidan 2024?' },
  { locale: 'nn', text: 'kadett: kor mange timar per veke skal eg jobbe som kadett?' },
  { locale: 'en', text: 'D6 on Svalbard - is liten kystfart also around Svalbard, can I be skipper there?' },
  {
    locale: 'en',
    text: 'ISSC intermediate verification — can it be done at the same time as the ISM audit (DOC/SMC)?',
  },
  { locale: 'en', text: 'helseerklæring for a 70 year old skipper, any upper age limit?' },
  {
    locale: 'en',
    text: 'interim ISSC issued 01.09.2026, but we got the full-term ISSC on 01.11.2026. is the interim still valid until march?',
  },
  {
    locale: 'en',
    text: "helseerklæring issued 01.01.2026, I'm 30, but in november the sjømannslege found me unfit after an accident. is my helseerklæring valid?",
  },
  {
    locale: 'en',
    text: 'cargo ship 120 GT under construction at yard, not delivered yet. need bemanningssertifikat before sea trial?',
  },
  {
    locale: 'en',
    text: "first D5 in 2023, I'm 28, 13 months OOW since then but all on Bahamas flag ships. master rights?",
  },
  {
    locale: 'en',
    text: 'I worked 3000 hours on a yacht in the Mediterranean (Cayman flag). how many days fartstid is this for Norwegian D5?',
  },
  {
    locale: 'en',
    text: 'APS system - will health certificates (helseerklæringer) also come into the new system and when?',
  },
  // Round 16.
  {
    locale: 'en',
    text: 'Can Sdir help me find a cadet place (kadettplass) in a shipping company? I am student at Fagskolen',
  },
  {
    locale: 'en',
    text: 'hello, can I use electronic ship security plan also for port facility plan and does it need to be encrypted with which standard?',
  },
  {
    locale: 'en',
    text: 'helseerklæring for seafarers - it is valid 2 years, but can I use my Polish medical certificate instead of Norwegian one?',
  },
  {
    locale: 'en',
    text: 'can a maskinpasser work alone in engine room on unmanned engine room (UMS) vessel, what rules?',
  },
  {
    locale: 'en',
    text: 'kadettbok webcadet login doesnt work, who do I contact at the opplæringskontor, phone number?',
  },
  { locale: 'en', text: 'can Sdir send the ISSC by courier to the ship in Houston? how long shipping?' },
  { locale: 'en', text: 'can a lettmatros with 6 months on deck be on the bridge as lookout alone at night?' },
  { locale: 'en', text: 'can a smører with 6 months in engine room work alone on night watch in engine room?' },
  {
    locale: 'en',
    text: 'can the ship cook work also as lettmatros on deck in the same shift when safety manning is 10?',
  },
  { locale: 'en', text: 'can Sdir write the fartstidsbekreftelse for my old company that is bankrupt?' },
  {
    locale: 'en',
    text: 'does Sdir accept a Ukrainian helseerklæring (medical certificate) for work on Norwegian NIS ship?',
  },
  {
    locale: 'en',
    text: 'my Indian CDC (continuous discharge certificate) - enough as proof of sea time for Norwegian matros ferdighetssertifikat?',
  },
  { locale: 'en', text: 'Is maskinpasser allowed to start the main engine without engineer on board on 300 GT ship?' },
  { locale: 'en', text: 'helseerklæring - can my employer see my medical details from the sjømannslege?' },
  { locale: 'en', text: 'can Sdir give me the sea time calculator as Excel file by e-mail?' },
  {
    locale: 'nn',
    text: 'kokken vår har utdanning frå Filippinane. korleis søkjer vi om at Sdir godkjenner utdanninga hans, kva skjema?',
  },
  {
    locale: 'nn',
    text: 'ligg ved kai i ålesund. kor mange må gå vakt om natta etter vaktholdsforskrifta del 4, og må dei ha sertifikat?',
  },
  { locale: 'nb', text: 'Hvor finner jeg kadettplass, og hva er kadettlønna i dag?' },
  {
    locale: 'nb',
    text: 'Søknaden min har stått i manuell behandling i 7 veker nå. Kan dere sjekke saken min? saksnr 2026/48213',
  },
  { locale: 'nn', text: 'skal registrere båten i NOR, kva kostar det og kor lang tid tek det?' },
  {
    locale: 'nb',
    text: 'Vi skal bygge om en brønnbåt til passasjerbåt. Hvilke stabilitetskrav gjelder, og må vi søke ny bemanning?',
  },
  { locale: 'nn', text: 'kva stillingskode skal vi bruke i API-et for fartstid når han er kokk?' },
  { locale: 'nn', text: 'helseerklæring for ein 17-åring – må foreldra samtykkje før legen skriv ho ut?' },
  { locale: 'nn', text: 'Eg er akvatekniker med 3 år på arbeidsbåt, kan fartstida mi gje meg fagbrev som matros?' },
  { locale: 'nn', text: 'kor mange sjømannslegar finst det i Noreg som kan skrive helseerklæring?' },
  { locale: 'nn', text: 'kva gjer vi om ISSC-en blir borte om bord?' },
  { locale: 'nb', text: 'Kan rederiet nekte meg å se fartstidsbekreftelsen før de sender den inn?' },
  { locale: 'nn', text: 'helseerklæringa mi – kan eg sjå ho sjølv på min side sjøfolk?' },
  { locale: 'nn', text: 'ISSC: kor mange veker før verifikasjonen må CSO sende SSP til inspektøren?' },
  { locale: 'nn', text: 'Kor mange timar fartstid må arbeidsgivar minst rapportere inn per år?' },
  { locale: 'nb', text: 'Må vi melde fra til Sjøfartsdirektoratet når vi legger skipet i kaldt opplag?' },
  { locale: 'nb', text: 'kan de digitale sertifikatene i appen brukes som legitimasjon på flyplassen?' },
];

describe('rounds 15 and 16: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const { locale, text } of OUT_OF_SCOPE)
    it(`out of scope, the fallback: ${text.slice(0, 100)}`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topics: ['fallback'] })] }));
});
