/**
 * What round 13 found, and the open items of round 12 mended beside it, played through the real
 * turn core after the fix.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: "«fra 1. mars til 30. juni» without years, ended by today, is this year's period: 122 days to take with «alle» (nb, round 12)",
    locale: 'nb',
    turns: [
      say(
        'Hvor mye fartstid blir det? Jeg jobbet fra 1. mars til 30. juni med 12 timer per dag',
        asks('seatime.calculate', 'days', { says: (l) => [texts(l).conversation.periodDays(122)] }),
      ),
      say(
        'alle',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 122, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '«frå mars til juni» as the days worked are the days of those whole months, 122 (nn, round 12)',
    locale: 'nn',
    turns: [
      say('kor mykje fartstid får eg? eg jobba 12 timar dagen', asks('seatime.calculate', 'days')),
      say(
        'frå mars til juni',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 122, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '"jan-apr 2026" as the days worked are 120 days (en, round 12)',
    locale: 'en',
    turns: [
      say('sea time calc, 12 h per day', asks('seatime.calculate', 'days')),
      say(
        'jan-apr 2026',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 120, hoursPerDay: 12 } }),
      ),
    ],
  },
  {
    name: '«mars og juni 2026» may be two months, not the months between: asked again (nn)',
    locale: 'nn',
    turns: [
      say('fartstid 12 timar dagleg', asks('seatime.calculate', 'days')),
      say('mars og juni 2026', asks('seatime.calculate', 'days', { absent: ['days'] })),
    ],
  },
  {
    name: '«i 3 månadar, 12 timar dagleg»: months worked are no days worked, the days are asked (nn)',
    locale: 'nn',
    turns: [
      say(
        'Eg var om bord i 3 månadar, 12 timar dagleg. Kor mykje fartstid blir det?',
        asks('seatime.calculate', 'days', { facts: { hoursPerDay: 12 }, absent: ['totalHours', 'targetDays'] }),
      ),
    ],
  },
  {
    name: '«den andre» after a menu of sea-time topics picks the second option (nb, round 12)',
    locale: 'nb',
    turns: [
      say('fartstid', {
        offers: ['topic:seatime.employer-reporting', 'topic:seatime.calculate', 'topic:seatime.how-to-document'],
      }),
      say('den andre', asks('seatime.calculate', 'days')),
    ],
  },
  {
    name: '"the first one" after a menu of ISSC topics picks the first option (en, round 12)',
    locale: 'en',
    turns: [
      say('issc question', { offers: ['topic:isps.invalid', 'topic:isps.interim', 'topic:isps.process'] }),
      say('the first one', { topic: 'isps.invalid' }),
    ],
  },
  {
    name: '«4» after a menu of three options is no pick: the fallback (nb)',
    locale: 'nb',
    turns: [
      say('fartstid', {
        offers: ['topic:seatime.employer-reporting', 'topic:seatime.calculate', 'topic:seatime.how-to-document'],
      }),
      say('4', { topics: ['fallback'] }),
    ],
  },
  {
    name: 'a bare «2» while the days are asked is the days, not a pick (nb)',
    locale: 'nb',
    turns: [
      say('hvor mange dager fartstid har jeg?', asks('seatime.calculate', 'days')),
      say('2', asks('seatime.calculate', 'hoursPerDay', { facts: { days: 2 } })),
    ],
  },
  {
    name: '«enn om han ikkje har fagbrev …?» after a qualified cook is the education lacking, never the same «Ja» again (nn, round 13 C20)',
    locale: 'nb',
    turns: [
      say(
        'kokken vår er 19 og har fagbrev fra restaurant- og matfag med bestått praktisk prøve, er han kvalifisert?',
        decides('cook.qualification', 'cook-qualification', 'qualified'),
      ),
      say(
        'enn om han ikkje har fagbrev og vi er 8 om bord?',
        asks('cook.qualification', 'crewSize', { facts: { hasRelevantEducation: false }, locale: 'nn' }),
      ),
    ],
  },
  {
    name: '"what if he has no trade certificate?" about a qualified cook: not qualified by education (en)',
    locale: 'en',
    turns: [
      say(
        'our cook is 19 and has fagbrev from restaurant- og matfag with passed practical test, is he qualified?',
        decides('cook.qualification', 'cook-qualification', 'qualified'),
      ),
      say(
        'what if he has no trade certificate?',
        asks('cook.qualification', 'crewSize', { facts: { hasRelevantEducation: false } }),
      ),
    ],
  },
  {
    name: 'a what-if read as the same topic but with nothing in it to change is the fallback, never the decision again (nb)',
    locale: 'nb',
    turns: [
      say(
        'kokken vår er 19 og har fagbrev fra restaurant- og matfag med bestått praktisk prøve, er han kvalifisert?',
        decides('cook.qualification', 'cook-qualification', 'qualified'),
      ),
      say('hva om kokken er syk?', { topics: ['fallback'], facts: { hasRelevantEducation: true, age: 19 } }),
    ],
  },
  {
    name: '«kven skal signere det?» after the electronic security plan is not who signs a sea-time confirmation (nn, round 13 M8)',
    locale: 'nn',
    turns: [
      say('må originalt godkjenningsbrev vere om bord når vi har elektronisk SSP?', { topic: 'isps.electronic-plan' }),
      say('kven skal signere det?', { topics: ['fallback'] }),
    ],
  },
  {
    name: '"I have 95 days since the vitnemål" while the training days are asked is the days after the diploma (en, round 13 C2.30)',
    locale: 'en',
    turns: [
      say(
        'I am cadet with D4 vitnemål, how many days after vitnemål before i can apply?',
        asks('deck.cadet', 'trainingProgramDays'),
      ),
      say('I have 95 days since the vitnemål', {
        facts: { daysAfterDiploma: 95 },
        absent: ['trainingProgramDays'],
      }),
    ],
  },
  {
    name: '"130 after vitnemål" is the days after the diploma (en, round 13 C3.6)',
    locale: 'en',
    turns: [
      say(
        'I am cadet with D4 vitnemål, how many days after vitnemål before i can apply?',
        asks('deck.cadet', 'trainingProgramDays'),
      ),
      say('400 days in webcadet total', { facts: { trainingProgramDays: 400 } }),
      say(
        '130 after vitnemål',
        decides('deck.cadet', 'deck-officer-first-issue', 'meets', undefined, { facts: { daysAfterDiploma: 130 } }),
      ),
    ],
  },
  {
    name: '"and if the course centre reports them instead, will it be automatic?" after certificates uploaded by hand (en, round 13 C6.3)',
    locale: 'en',
    turns: [
      say(
        'why did my application go to manual processing? I uploaded course certificates myself',
        decides('aps.processing', 'aps-processing', 'manual'),
      ),
      say(
        'and if the course centre reports them instead, will it be automatic?',
        decides('aps.processing', 'aps-processing', 'automatic', undefined, { facts: { uploadedDocuments: [] } }),
      ),
    ],
  },
  {
    name: '«må jeg være fylt 20 år?» while the age is asked quotes the limit: no age of 20 (nb, round 13 Z2)',
    locale: 'nb',
    turns: [
      say('Kan jeg få førerrett på D4?', asks('deck.master-rights', 'age')),
      say('må jeg være fylt 20 år?', asks('deck.master-rights', 'age', { absent: ['age'] })),
    ],
  },
  {
    name: '«gjelder grensen på 500 BT for alle lasteskip?» quotes the limit: no gross tonnage of 500, no decision (nb, round 13 Z3)',
    locale: 'nb',
    turns: [
      say('Kan D6 brukes som skipsfører?', { topic: 'd6.privileges' }),
      say('lasteskip', { topic: 'd6.privileges' }),
      say('gjelder grensen på 500 BT for alle lasteskip?', {
        topics: ['fallback', 'd6.privileges'],
        ask: 'grossTonnage',
        absent: ['grossTonnage'],
      }),
    ],
  },
  {
    name: '«er det 50 BT som er grensa?» quotes the limit: the gross tonnage is asked again (nb, round 13 Z7)',
    locale: 'nb',
    turns: [
      say('Trenger vi bemanningssertifikat?', asks('manning.which-vessels', 'flag')),
      say('norsk', { topic: 'manning.which-vessels' }),
      say('lasteskip', asks('manning.which-vessels', 'grossTonnage')),
      say('er det 50 BT som er grensa?', asks('manning.which-vessels', 'grossTonnage', { absent: ['grossTonnage'] })),
    ],
  },
  {
    name: '«gjeld grensa på 10 personar for heile mannskapet …?» quotes the limit: no safe manning of 10 (nn, round 13 Z4)',
    locale: 'nb',
    turns: [
      say('må vi ha kokk?', asks('cook.required', 'safetyManning')),
      say(
        'gjeld grensa på 10 personar for heile mannskapet eller berre sikkerheitsbemanninga?',
        asks('cook.required', 'safetyManning', { absent: ['safetyManning'], locale: 'nn' }),
      ),
    ],
  },
  {
    name: '«teller 12 måneder som overstyrmann?» asks whether it counts: no 12 months as the time served (nb, round 13 Z6)',
    locale: 'nb',
    turns: [
      say('Kan jeg få førerrett på D4?', asks('deck.master-rights', 'age')),
      say('26', asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue')),
      say(
        'teller 12 måneder som overstyrmann?',
        asks('deck.master-rights', 'monthsAsOfficerOfTheWatchSinceIssue', {
          absent: ['monthsAsOfficerOfTheWatchSinceIssue'],
        }),
      ),
    ],
  },
  {
    name: '«hva betyr stor kystfart egentlig?» asks a meaning: no trading area corrected, no decision (nb, round 13 V2)',
    locale: 'nb',
    turns: [
      say('Kan jeg være skipsfører med D6 på en lastebåt?', { topic: 'd6.privileges' }),
      say('hva betyr stor kystfart egentlig?', asks('d6.privileges', 'grossTonnage', { absent: ['tradingArea'] })),
    ],
  },
  {
    name: '«er kravet 6 månader?» quotes the requirement: no 6 months on deck (nn, round 13)',
    locale: 'nb',
    turns: [
      say('lettmatros krav', asks('ratings.lettmatros', 'monthsDeckService')),
      say(
        'er kravet 6 månader?',
        asks('ratings.lettmatros', 'monthsDeckService', { absent: ['monthsDeckService'], locale: 'nn' }),
      ),
    ],
  },
  {
    name: '"I don\'t have 6 months on deck yet, only 4" never takes the 6 (en, round 13 W5)',
    locale: 'en',
    turns: [
      say("lettmatros: I don't have 6 months on deck yet, only 4", {
        topic: 'ratings.lettmatros',
        absent: ['monthsDeckService', 'decision'],
      }),
    ],
  },
  {
    name: '"we don\'t have 10 in the safety manning, only 8" never takes the 10 (en, round 13 W5)',
    locale: 'en',
    turns: [
      say(
        "we don't have 10 in the safety manning, only 8. cook required?",
        asks('cook.required', 'safetyManning', { absent: ['safetyManning'] }),
      ),
    ],
  },
  {
    name: '"I don\'t have 12 months as OOW yet since first issue, only 9" never takes the 12 (en, round 13 W5)',
    locale: 'en',
    turns: [
      say("master rights D4: I am 23 but I don't have 12 months as OOW yet since first issue, only 9", {
        topic: 'deck.master-rights',
        facts: { age: 23 },
        absent: ['monthsAsOfficerOfTheWatchSinceIssue', 'decision'],
      }),
    ],
  },
  {
    name: '"not six months, only four" as the months on deck is four (en, round 13 W5)',
    locale: 'en',
    turns: [
      say('lettmatros requirement', asks('ratings.lettmatros', 'monthsDeckService')),
      say('not six months, only four', { facts: { monthsDeckService: 4 } }),
    ],
  },
  {
    name: "«60 timer per uke» is neither a day's hours nor the total: asked again (nb, round 13)",
    locale: 'nb',
    turns: [
      say('regn ut fartstid', asks('seatime.calculate', 'days')),
      say('100 dager', asks('seatime.calculate', 'hoursPerDay')),
      say('60 timer per uke', asks('seatime.calculate', 'hoursPerDay', { absent: ['totalHours', 'hoursPerDay'] })),
    ],
  },
  {
    name: '"I did not upload the fartstidsattest, my employer reported …" is no upload of it: the uploads are asked, never «manual» (en, round 13 W4)',
    locale: 'en',
    turns: [
      say(
        'will it be automatic? I did not upload the fartstidsattest, my employer reported the sea time electronically',
        asks('aps.processing', 'uploadedDocuments', { absent: ['uploadedDocuments'] }),
      ),
    ],
  },
  {
    name: '«eg lasta ikkje opp helseerklæringa» is no upload of it (nn, round 13 W4)',
    locale: 'nn',
    turns: [
      say(
        'går søknaden automatisk? eg lasta ikkje opp helseerklæringa, legen sende ho',
        asks('aps.processing', 'uploadedDocuments', { absent: ['uploadedDocuments'] }),
      ),
    ],
  },
  {
    name: '"I only uploaded my photo and signature, everything else is reported by …" uploads no document: automatic (en, round 13 W3)',
    locale: 'en',
    turns: [
      say(
        'will my application go automatic? I only uploaded my photo and signature, everything else is reported by the company and course centre',
        decides('aps.processing', 'aps-processing', 'automatic', undefined, { facts: { uploadedDocuments: [] } }),
      ),
    ],
  },
  {
    name: '«nei vent, 1. juni» after «1. juli i år» keeps the year corrected: 01.06.2026, expired (nn, round 13 U4)',
    locale: 'nb',
    turns: [
      say('Når går interim ISSC ut?', asks('isps.interim', 'issueDate')),
      say(
        'den vart utferda 1. juli i år',
        decides('isps.interim', 'issc-validity', 'dates', undefined, {
          facts: { issueDate: '2026-07-01' },
          locale: 'nn',
        }),
      ),
      say(
        'nei vent, 1. juni',
        decides('isps.interim', 'issc-validity', 'dates', undefined, {
          facts: { issueDate: '2026-06-01' },
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '«enn om han ikkje har bestått praktisk prøve?» is the practical test not passed (nn, round 13 W3 10b)',
    locale: 'nb',
    turns: [
      say(
        'Kokken vår er 30 og har fagbrev i restaurant- og matfag med bestått praktisk prøve. Kvalifisert?',
        decides('cook.qualification', 'cook-qualification', 'qualified'),
      ),
      say(
        'enn om han ikkje har bestått praktisk prøve?',
        asks('cook.qualification', 'crewSize', { facts: { passedPracticalTest: false }, locale: 'nn' }),
      ),
    ],
  },
  {
    name: '«og om eg i staden er 19?» after a D6 master extension allowed at 21: not allowed at 19 (nn, round 13 W3 10c)',
    locale: 'nn',
    turns: [
      say(
        'Kan eg vere skipsførar med D6? lasteskip 100 BT, L 20 m, LOA 22 m, liten kystfart, eg er 21 og har 13 månader som vaktoffiser på båt over 8 m',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'og om eg i staden er 19?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
  {
    name: '«er det 24 meter L som er grensa?» quotes the limit: the length is asked again (nb, round 13 7f)',
    locale: 'nb',
    turns: [
      say('Trenger vi bemanningssertifikat?', asks('manning.which-vessels', 'flag')),
      say('norsk', { topic: 'manning.which-vessels' }),
      say('fiskefartøy', asks('manning.which-vessels', 'lengthL')),
      say('er det 24 meter L som er grensa?', asks('manning.which-vessels', 'lengthL', { absent: ['lengthL'] })),
    ],
  },
  {
    name: 'a pasted confirmation without labels: the name before «f.», the birth date, the rating as position, the dashed period and the call sign in brackets are read (nn, round 13 H2)',
    locale: 'nn',
    turns: [
      say(
        'sjekk attesten: Kari Lie, f. 02.02.1995, lettmatros på MS Tind (LM4455, største lengde 12 m), 01.03.2026–31.08.2026, 184 dagar, 9 t/dag. Signert Jon Tind, reiar. Søknaden gjeld D6.',
        asks('seatime.confirmation', 'signerRole', {
          facts: {
            seafarerName: 'Kari Lie',
            seafarerBirthDate: '1995-02-02',
            position: 'lettmatros',
            callSign: 'LM4455',
            periodFrom: '2026-03-01',
            periodTo: '2026-08-31',
          },
        }),
      ),
    ],
  },
  {
    name: 'a pasted confirmation with «Stilling om bord:» and «Stadfesta av:» is checked, and «skal søkje D6» under it is no second question (nn, round 13 F1)',
    locale: 'nn',
    turns: [
      say(
        'hei! kan du sjå over denne fartstidsattesten før eg sender han inn?\n\nFartstidsattest\nNamn: Per Olav Kvalnes\nFødd: 4. juli 1998\nStilling om bord: navigatør\nFartøy: MS Havørn, kallesignal LK7788, største lengde 14,2 m\nPeriode: 01.01.2026 - 30.06.2026, 181 dagar\nArbeidstid: 10 timar per dag\nStadfesta av: Per Olav Kvalnes, dagleg leiar og eigar, Havørn AS\n\nskal søkje D6',
        {
          ...decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', undefined, {
            facts: { position: 'navigatør', signerName: 'Per Olav Kvalnes' },
          }),
          topics: ['seatime.confirmation'],
        },
      ),
    ],
  },
  {
    name: '«hva regnes som sikkerhetsbemanning?» while the safe manning is asked is no answer about other duties (nb, round 13 W7)',
    locale: 'nb',
    turns: [
      say('Trenger vi kokk?', asks('cook.required', 'safetyManning')),
      say('hva regnes som sikkerhetsbemanning?', { topics: ['fallback', 'cook.required'], ask: 'safetyManning' }),
      say('11', decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 11 } })),
    ],
  },
  {
    name: '"my son is 17 and got his helseerklæring 3rd of jan 2026" gives the date of issue: decided (en, round 13 C2.19)',
    locale: 'en',
    turns: [
      say(
        'my son is 17 and got his helseerklæring 3rd of jan 2026, is it still valid for his D6?',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { issueDate: '2026-01-03' } }),
      ),
    ],
  },
  {
    name: '"helseerklæring from 5 december 2024, I was 30" is the age then, never 30 now and 27 then (en, round 13 C6.18)',
    locale: 'en',
    turns: [
      say(
        'helseerklæring from 5 december 2024, I was 30, is it valid today?',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2024-12-05', ageAtIssue: 30 },
          absent: ['age'],
        }),
      ),
    ],
  },
  {
    name: '«Helseerklæringa mi er frå 20.12.2025 og eg var 17 då» is the age then (nn, round 13 BB3)',
    locale: 'nn',
    turns: [
      say(
        'Helseerklæringa mi er frå 20.12.2025 og eg var 17 då',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2025-12-20', ageAtIssue: 17 },
        }),
      ),
    ],
  },
  {
    name: '"I was sixteen then" as the age at issue is 16 (en, round 13 C2.17)',
    locale: 'en',
    turns: [
      say('how long is my health certificate valid', asks('health.certificate', 'issueDate')),
      say('got it in the summer, 1st of july 2025', asks('health.certificate', 'ageAtIssue')),
      say(
        'I was sixteen then',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { ageAtIssue: 16 } }),
      ),
    ],
  },
  {
    name: '"I\'m seventeen" while the age at issue is asked, issued two weeks ago: under 18 then too (en, round 13 C6.17)',
    locale: 'en',
    turns: [
      say('health cert valid?', asks('health.certificate', 'issueDate')),
      say('issued two weeks ago', asks('health.certificate', 'ageAtIssue')),
      say(
        "I'm seventeen",
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { ageAtIssue: 17 } }),
      ),
    ],
  },
  {
    name: "writing a confirmation: the period's days are offered and «alle» takes them (nn, round 13 EE1)",
    locale: 'nn',
    turns: [
      say('Eg vil lage ein fartstidsattest', asks('seatime.confirmation', 'targetCertificate')),
      say('D6', asks('seatime.confirmation', 'seafarerName')),
      say('Ola Berg', asks('seatime.confirmation', 'seafarerBirthDate')),
      say('12.12.1999', asks('seatime.confirmation', 'position')),
      say('lettmatros', asks('seatime.confirmation', 'periodFrom')),
      say('01.03.2026', asks('seatime.confirmation', 'periodTo')),
      say('31.05.2026', asks('seatime.confirmation', 'days', { says: (l) => [texts(l).conversation.periodDays(92)] })),
      say('alle', asks('seatime.confirmation', 'hoursPerDay', { facts: { days: 92 } })),
    ],
  },
  {
    name: '«3 månader med 8 timar kvar dag» is 90 days worked, a month counted as 30 days (nn, round 13 C14)',
    locale: 'nn',
    turns: [
      say(
        'eg har jobba 3 månader med 8 timar kvar dag, kor mange fartstidsdagar blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 90, hoursPerDay: 8 } }),
      ),
    ],
  },
  {
    name: '«10 timer hver dag fra mars til juni i år» is the 122 days of those months (nb, round 13 C12)',
    locale: 'nb',
    turns: [
      say(
        'Jeg jobbet 10 timer hver dag fra mars til juni i år, hvor mye fartstid blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 122, hoursPerDay: 10 } }),
      ),
    ],
  },
  {
    name: '"smoerer" without æøå is the oiler (en, round 13 F6.14)',
    locale: 'en',
    turns: [say('what is required for smoerer?', { topic: 'ratings.smorer' })],
  },
  {
    name: '«det blir berre brukt til opplæring av elevar» after a manning decision: a training ship, decided case by case (nn, round 13 BB5)',
    locale: 'nn',
    turns: [
      say(
        'treng vi bemanningssertifikat? norsk lasteskip 60 BT',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say(
        'det blir berre brukt til opplæring av elevar',
        decides('manning.which-vessels', 'manning-certificate', 'case-by-case', undefined, {
          facts: { serviceOnly: 'training' },
        }),
      ),
    ],
  },
  {
    name: '"we will increase safety manning to 10 next year, what then?" after 9: with 10, a cook is required (en, round 13 C8.9)',
    locale: 'en',
    turns: [
      say('cook needed? safety manning 9', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        'we will increase safety manning to 10 next year, what then?',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '«glemte å si at vi skal øke til 10 fra nyttår» after 9: a cook is required (nb, round 13 BB2)',
    locale: 'nb',
    turns: [
      say('må vi ha kokk? vi er 9 i sikkerhetsbemanningen', decides('cook.required', 'ship-cook', 'not-required')),
      say(
        'å ja, glemte å si at vi skal øke til 10 fra nyttår',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '«Jeg har ikke lastet opp noe annet enn helseerklæringen» uploaded the health certificate: manual (nb, review)',
    locale: 'nb',
    turns: [
      say(
        'går den automatisk? Jeg har ikke lastet opp noe annet enn helseerklæringen',
        decides('aps.processing', 'aps-processing', 'manual', undefined, {
          facts: { uploadedDocuments: ['health-certificate'] },
        }),
      ),
    ],
  },
];

const OUT_OF_SCOPE: { locale: 'nb' | 'nn' | 'en'; text: string }[] = [
  {
    locale: 'en',
    text: 'Hello, I got my helseerklæring from a doctor in Manila (not norwegian sjømannslege). is it valid on norwegian flag ship or must i take new one?',
  },
  {
    locale: 'en',
    text: 'ISSC renewal verification - can it be done in port of Rotterdam or must ship be in Norway? and who pay the travel cost for ISPS inspector',
  },
  {
    locale: 'en',
    text: 'ISPS inspector found non-conformity at mellomliggende verifikasjon, how many days do we have to close it?',
  },
  {
    locale: 'en',
    text: 'Our ship cook has fagbrev kokk from Poland. must we translate it and get it godkjent by Sdir first, and how long it take?',
  },
  {
    locale: 'en',
    text: 'Hi!! in KS-0308-2 kontrollskjema, which cell do we put the GT? the excel file is locked for editing',
  },
  { locale: 'en', text: 'how do i become a approved assessor for D5 cadets?' },
  { locale: 'en', text: 'pls send me my fartstid printout from min side sjofolk, my account is locked' },
  { locale: 'en', text: 'When will D6 be required also on cargo boats under 8 m?' },
  { locale: 'en', text: 'can DNV do the ISPS verification for our ship instead of Sdir inspector?' },
  { locale: 'en', text: 'can i see my helseerklæring in the sdir app?' },
  { locale: 'en', text: 'GDPR: can I ask Sdir to delete my fartstid data from min side?' },
  {
    locale: 'en',
    text: 'we sell the ship to another norwegian company, does the bemanningssertifikat follow the ship or must the new owner apply?',
  },
  {
    locale: 'en',
    text: 'what is the deadline to update our bemanningssertifikat after the STCW revision? we got pålegg but no date',
  },
  {
    locale: 'en',
    text: 'how long does it take for Sdir to send the updated manning certificate with D6 after we email?',
  },
  { locale: 'en', text: 'dagordning - how many hours per day can the crew work maximum?' },
  {
    locale: 'en',
    text: 'how does a captain get the assessor qualification document (kvalifikasjonsbevis for assessor) from Sdir?',
  },
  { locale: 'en', text: 'how many kadetts get approved on foreign ships every year?' },
  { locale: 'nb', text: 'Må bemanningssertifikatet finnes på papir om bord eller holder det med pdf?' },
  { locale: 'nb', text: 'Kan interim ISSC utstedes to ganger på rad for samme skip?' },
  { locale: 'nn', text: 'kan eg ha helseerklæringa digitalt på mobilen om bord?' },
  { locale: 'nn', text: 'Min side sjøfolk viser feil fødselsdato på meg, kven rettar det?' },
  {
    locale: 'nn',
    text: 'Hei, eg er dagleg leiar i eit lite reiarlag med to arbeidsbåtar. Vi rapporterer fartstid via min side kvalifikasjoner, men no får eg feilmelding om at eg manglar rolla i Altinn. Kven i firmaet kan gi meg den rolla? mvh Terje',
  },
  { locale: 'nb', text: 'Hvor lang tid tar det å få godkjent ny sikkerhetsplan etter at vi har sendt den?' },
  { locale: 'nn', text: 'kor stor må bemanninga vere på ein lastebåt på 45 BT utan bemanningssertifikat?' },
  { locale: 'nb', text: 'Vi har mistet originalt godkjenningsbrev for SSP. Hvordan får vi nytt?' },
  { locale: 'en', text: 'can sdir fax me the approval letter for the SSP, original got wet' },
  { locale: 'nb', text: 'Kan en person med D6 være los på egen båt?' },
  { locale: 'nb', text: 'Kan bemanningssertifikatet trekkes tilbake av Sdir, og i så fall når?' },
  { locale: 'nb', text: 'Trenger skipskokk sikkerhetskurs, og hvor lenge gjelder det?' },
  { locale: 'en', text: 'pls check if our vessel LK1234 has valid bemanningssertifikat in your system' },
  // Mine, not the red team's: a short question after the statement it is about takes that statement's
  // outside words (message-questions.ts), which no replay above decides on its own.
  { locale: 'nb', text: 'Jeg har brukket beinet. Gjelder helseerklæringen min?' },
  { locale: 'en', text: 'Our ship is laid up. Do we need the ISSC?' },
  { locale: 'en', text: 'I broke my leg last week. Is my health certificate still valid?' },
];

describe('round 13: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const { locale, text } of OUT_OF_SCOPE)
    it(`out of scope, the fallback: ${text}`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topics: ['fallback'] })] }));
});
