/**
 * Round 15's and 16's open items, and what round 17 found, played through the real turn core
 * after the fix.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«Treng ho bemanningssertifikat og skipskokk?»: both are answered, the cook after the tonnage is given (nn, round 15)',
    locale: 'nn',
    turns: [
      say(
        'Treng ho bemanningssertifikat og skipskokk? Ho er 24 meter, norsk, lasteskip, 8 i sikkerheitsbemanninga',
        asks('manning.which-vessels', 'grossTonnage'),
      ),
      say('120 BT', {
        topics: ['manning.which-vessels', 'cook.required', 'cook.required'],
        decisions: [
          { rule: 'manning-certificate', outcome: 'required' },
          { rule: 'ship-cook', outcome: 'not-required' },
        ],
      }),
    ],
  },
  {
    name: '"sailing empty to a yard, no cargo, no pax": a cargo ship, so its tonnage is asked, not its type (en, round 15)',
    locale: 'en',
    turns: [
      say(
        'Our Norwegian 30 m cargo ship is sailing empty to a yard in Poland for docking, no cargo, no pax. Do we need a manning certificate for the trip?',
        asks('manning.which-vessels', 'grossTonnage', { facts: { flag: 'NO', vesselType: 'cargo' } }),
      ),
    ],
  },
  {
    name: '«kven bestemmer kor mange då?» after the crew at the quay: the master with the company, that answer again (nn, round 15)',
    locale: 'nn',
    turns: [
      say('må alle i bemanninga vere om bord når vi ligg til kai?', { topic: 'manning.moored' }),
      say('kven bestemmer kor mange då?', { topic: 'manning.moored' }),
    ],
  },
  {
    name: '"who decides how many then?" after the crew at the quay, in English (en, round 15)',
    locale: 'en',
    turns: [
      say('do all crew on the manning certificate need to be aboard when we are moored at the quay?', {
        topic: 'manning.moored',
      }),
      say('who decides how many then?', { topic: 'manning.moored' }),
    ],
  },
  {
    name: "«helseerklæring 02.01.2025 I'm 45»: the date after the certificate is its date of issue (en, round 15)",
    locale: 'en',
    turns: [
      say(
        "helseerklæring 02.01.2025 I'm 45, when does it expire?",
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          facts: { issueDate: '2025-01-02', ageAtIssue: 43 },
        }),
      ),
    ],
  },
  {
    name: '"issued on the twenty-second of october 2024": a date in ordinal words (en, round 15)',
    locale: 'en',
    turns: [
      say(
        'my health certificate was issued on the twenty-second of october 2024, I am 30. when does it expire?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2024-10-22' },
        }),
      ),
    ],
  },
  {
    name: '«hva koster en fornyelse?» at the ISSC menu: no rule picked by «fornyelse», the fallback, then the menu again (nb, round 15)',
    locale: 'nb',
    turns: [
      say('ISSC: mellomliggende verifikasjon og fornyelse', {
        topic: 'isps.verification-dates',
        rules: ['rule:issc-validity', 'rule:issc-renewal'],
      }),
      say('hva koster en fornyelse?', {
        topics: ['fallback', 'isps.verification-dates'],
        rules: ['rule:issc-validity', 'rule:issc-renewal'],
      }),
      say('fornyelsen', asks('isps.verification-dates', 'expiryDate')),
    ],
  },
  {
    name: '"what does renewal cost?" at the ISSC menu: the fallback and the menu again; "the renewal one?" still picks it (en, round 15)',
    locale: 'en',
    turns: [
      say('ISSC: intermediate verification and renewal', {
        topic: 'isps.verification-dates',
        rules: ['rule:issc-validity', 'rule:issc-renewal'],
      }),
      say('what does renewal cost?', {
        topics: ['fallback', 'isps.verification-dates'],
        rules: ['rule:issc-validity', 'rule:issc-renewal'],
      }),
      say('the renewal one?', asks('isps.verification-dates', 'expiryDate')),
    ],
  },
  {
    name: '«nei vent, sju» while other practice is asked: the deck months just given corrected to 7, met (nn, round 17)',
    locale: 'nn',
    turns: [
      say('lettmatros krav', asks('ratings.lettmatros', 'monthsDeckService', { locale: 'nb' })),
      say('fem månader', asks('ratings.lettmatros', 'monthsMechanicalPractice')),
      say(
        'nei vent, sju',
        decides('ratings.lettmatros', 'rating-requirements', 'meets', undefined, { facts: { monthsDeckService: 7 } }),
      ),
    ],
  },
  {
    name: '"reflagging to NOR … What are the steps for ISPS certification?": how a ship without a Norwegian ISSC is certified (en, round 17)',
    locale: 'en',
    turns: [
      say(
        'We bought a ship from Cyprus, reflagging to NOR. It has no Norwegian ISSC. What are the steps for ISPS certification?',
        { topic: 'isps.process' },
      ),
    ],
  },
  {
    name: '«12 måneder som vaktoffiser på en båt med største lengde 7,9 m. Kan jeg være skipper på en arbeidsbåt med L 20 m»: 7,9 m is the boat served on, not the one asked about, and its months do not count for the extension (nb, round 17)',
    locale: 'nb',
    turns: [
      say(
        'Jeg har D6 og er 20 år, med 12 måneder som vaktoffiser på en båt med største lengde 7,9 m. Kan jeg være skipper på en arbeidsbåt med L 20 m, 100 BT, liten kystfart?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { absent: ['lengthOverall', 'monthsAsOfficerOfTheWatch'] }),
      ),
      say('0', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
    ],
  },
  {
    name: '«2 år som vaktoffiser på ein sjark med største lengde 7 m. Kan eg vere skipper på ein arbeidsbåt med L 18 m»: never "7 m is under 15 m" (nn, round 17)',
    locale: 'nn',
    turns: [
      say(
        'Eg har D6, er 25 år og har 2 år som vaktoffiser på ein sjark med største lengde 7 m. Kan eg vere skipper på ein arbeidsbåt med L 18 m, 150 BT, liten kystfart?',
        asks('d6.privileges', 'vesselType', { absent: ['lengthOverall'] }),
      ),
      say('lasteskip', asks('d6.privileges', 'monthsAsOfficerOfTheWatch')),
    ],
  },
  {
    name: '"13 months as OOW on a 12 m LOA boat. Can I be master on a cargo boat with L 20 m": the extension, with the months (en, round 17)',
    locale: 'en',
    turns: [
      say(
        "I have D6, I'm 22, with 13 months as OOW on a 12 m LOA boat. Can I be master on a cargo boat with L 20 m, 100 GT, liten kystfart?",
        decides('d6.privileges', 'd6-privileges', 'allowed', { basis: 'd6-master-extension' }),
      ),
    ],
  },
  {
    name: "«Jeg er 45 og spør for kollegaen min som er 19 …»: the colleague's 19, never the asker's 45: not allowed (nb, round 17)",
    locale: 'nb',
    turns: [
      say(
        'Jeg er 45 og spør for kollegaen min som er 19 og har D6 med 14 måneder som vaktoffiser. Kan han være skipper på en arbeidsbåt med L 20 m, 100 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
  {
    name: "«Eg er 23, men bror min som er 18 …»: the brother's 18 (nn, round 17)",
    locale: 'nn',
    turns: [
      say(
        'Eg er 23, men bror min som er 18 har D6 og 13 månader som vaktoffiser på ein 9 m båt. Kan han vere skipper på ein arbeidsbåt med L 19 m, 80 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 18 } }),
      ),
    ],
  },
  {
    name: '«Eg er 35, men spør for sonen min på 17: helseerklæringa hans …»: under 18, one year (nn, round 17)',
    locale: 'nn',
    turns: [
      say(
        'Eg er 35, men spør for sonen min på 17: helseerklæringa hans vart skriven ut 10. januar 2026. Når går ho ut?',
        decides('health.certificate', 'health-certificate', 'valid', { validUntil: '2027-01-10' }),
      ),
    ],
  },
  {
    name: "«Eg er 35 og spør for sonen min» with no age of his: his age is asked, never the asker's taken (nn, round 17)",
    locale: 'nn',
    turns: [
      say(
        'Eg er 35 og spør for sonen min. Helseerklæringa hans vart skriven ut 10. januar 2026. Når går ho ut?',
        asks('health.certificate', 'ageAtIssue'),
      ),
    ],
  },
  {
    name: "«Eg er 55 og driv reiarlaget. Kokken vår er 17 …»: the cook's 17, not qualified (nn, round 17)",
    locale: 'nn',
    turns: [
      say(
        'Eg er 55 og driv reiarlaget. Kokken vår er 17 og har fagbrev med praktisk prøve. Sikkerheitsbemanninga er 11. Er kokken kvalifisert?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, { facts: { age: 17 } }),
      ),
    ],
  },
  {
    name: '"Does a smører need 6 months in the engine room?": the rule\'s own limit quoted, never "Given: 6 months – met" (en, round 17)',
    locale: 'en',
    turns: [
      say('Does a smører need 6 months in the engine room?', asks('ratings.smorer', 'monthsEngineService')),
      say('4', asks('ratings.smorer', 'monthsMechanicalPractice', { facts: { monthsEngineService: 4 } })),
    ],
  },
  {
    name: '"Does a lettmatros need six months on deck, or is it twelve?": a question about the rule (en, round 17)',
    locale: 'en',
    turns: [
      say(
        'Does a lettmatros need six months on deck, or is it twelve?',
        asks('ratings.lettmatros', 'monthsDeckService', { absent: ['monthsDeckService'] }),
      ),
    ],
  },
  {
    name: '"is it 6 months in the engine room?" while the months are asked: no answer; the question again (en, round 17)',
    locale: 'en',
    turns: [
      say('Requirements for smører?', asks('ratings.smorer', 'monthsEngineService')),
      say('is it 6 months in the engine room?', {
        topic: 'ratings.smorer',
        ask: 'monthsEngineService',
        absent: ['monthsEngineService'],
      }),
    ],
  },
  {
    name: '"do I also need to be 20?" while the age is asked: never "Given: 20 years – met" (en, round 17)',
    locale: 'en',
    turns: [
      say('How do I get master rights on my first D5?', asks('deck.master-rights', 'age')),
      say('do I also need to be 20?', { ask: 'age', absent: ['age'] }),
    ],
  },
  {
    name: '"is it 36 months?" while the days after the diploma are asked: no 1,080 days stored (en, round 17)',
    locale: 'en',
    turns: [
      say('First D5: do I meet it?', asks('deck.first-issue', 'daysAfterDiploma')),
      say('is it 36 months?', { ask: 'daysAfterDiploma', absent: ['daysAfterDiploma', 'seaTimeDays'] }),
    ],
  },
  {
    name: '"is it from 500 GT?" while the tonnage is asked: the limit, not our ship\'s (en, round 17)',
    locale: 'en',
    turns: [
      say('Matros certificate needed on our seagoing ship?', asks('ratings.matros', 'grossTonnage')),
      say('is it from 500 GT?', { topic: 'ratings.matros', ask: 'grossTonnage', absent: ['grossTonnage'] }),
    ],
  },
  {
    name: '"we have 10 in the safe manning, do we need a cook?": one\'s own case at the limit is still decided (en, round 17)',
    locale: 'en',
    turns: [
      say(
        'we have 10 in the safe manning, do we need a cook?',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
];

/** First messages out of scope that round 17 found answered as in scope: each now the fallback. */
const OUT_OF_SCOPE: { locale: 'nb' | 'nn' | 'en'; text: string }[] = [
  { locale: 'nn', text: 'treng arbeidsbåten AIS når han er under 15 meter og skipper har D6?' },
  { locale: 'nn', text: 'er det krav om kokk på ein fritidsbåt med 12 gjester om bord?' },
  { locale: 'nn', text: 'kor lenge må eg ta vare på fartstidsattestane mine?' },
  {
    locale: 'en',
    text: 'We want to register our vessel in NIS instead of NOR. Does this change the manning certificate and what is the procedure for NIS registration?',
  },
];

describe('round 17 and the open items before it, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const { locale, text } of OUT_OF_SCOPE)
    it(`out of scope, the fallback: ${text.slice(0, 100)}`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topics: ['fallback'] })] }));
});
