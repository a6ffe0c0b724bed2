/**
 * What round 47 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each was a confident wrong answer on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { D6_HEALTH_LAPSED_HEADLINE } from '../../content/outcomes.js';
import { HEALTH_LAPSED } from '../../rules/d6-privileges.js';
import { answersTopic, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"and 6 months is how many hours?" after 42 hours: the hours for 180 sea-time days (920.71), never the 42 hours again (en, round 47)',
    locale: 'en',
    turns: [
      say(
        'how many days of sea time is 42 hours?',
        decides('seatime.calculate', 'sea-time', 'calculated', { seaTimeDays: 8.21 }),
      ),
      say(
        'and 6 months is how many hours?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 920.71, targetMonths: 6 }),
      ),
    ],
  },
  {
    name: '«og 8 måneder, hvor mange timer er det?» after 1200 hours: the hours for 240 sea-time days (nb, round 47)',
    locale: 'nb',
    turns: [
      say('hvor mye fartstid er 1200 timer?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'og 8 måneder, hvor mange timer er det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursNeeded: 1227.62, targetMonths: 8 }),
      ),
    ],
  },
  {
    name: '"how many months is 500 days of sea time?": 16.66 months of 30 days, never the days worked asked (en, round 47)',
    locale: 'en',
    turns: [
      say(
        'how many months is 500 days of sea time?',
        decides('seatime.calculate', 'sea-time', 'calculated', { targetMonths: 16.66, hoursNeeded: 2557.53 }),
      ),
    ],
  },
  {
    name: '«14 mnd fartstid, hvor mange dager blir det?»: 420 sea-time days (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        '14 mnd fartstid, hvor mange dager blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { targetMonths: 14 }, { facts: { targetDays: 420 } }),
      ),
    ],
  },
  {
    name: '«han fyller 18 i mars, kan han begynne da?» after a 17-year-old cook: qualified at 18, never the "no" on 17 again (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'Kokken vår er 17 år og har fagbrev i restaurant- og matfag med bestått praktisk prøve. Oppfyller han kravene?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified', undefined, {
          topics: ['cook.qualification'],
        }),
      ),
      say('sikkerhetsbemanningen er 12', decides('cook.qualification', 'cook-qualification', 'not-qualified')),
      say(
        'han fyller 18 i mars, kan han begynne da?',
        decides('cook.qualification', 'cook-qualification', 'qualified', undefined, { facts: { age: 18 } }),
      ),
    ],
  },
  {
    name: '«hvem utsteder bemanningssertifikatet?» after a decision: the answer that names the issuer, never the certificate’s expiry (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'trenger et lasteskip på 55 BT med norsk flagg bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('hvem utsteder bemanningssertifikatet?', answersTopic('manning.which-vessels')),
    ],
  },
  {
    name: '«har D6 og helseerklæring frå 20.11.2024. Kan eg vere skipper …?» on 7 December 2026: not now (the health certificate lapsed), never "Ja" (nn, round 47)',
    locale: 'nn',
    turns: [
      say(
        'Eg er 45, har D6 og helseerklæring frå 20.11.2024. Kan eg vere skipper på ein arbeidsbåt, 13 m største lengde, 25 BT, liten kystfart?',
        {
          topics: ['d6.privileges', 'health.certificate', 'health.certificate'],
          ask: null,
          decisions: [
            { rule: 'd6-privileges', outcome: 'not-allowed' },
            { rule: 'health-certificate', outcome: 'expired' },
          ],
          says: (l) => [D6_HEALTH_LAPSED_HEADLINE[l], HEALTH_LAPSED[l]],
        },
      ),
    ],
  },
  {
    name: 'a D6 question after a health certificate decided expired is "not now", without asking about the vessel (en)',
    locale: 'en',
    turns: [
      say(
        'How long is my health certificate valid? issued 10.01.2024, I was 30',
        decides('health.certificate', 'health-certificate', 'expired'),
      ),
      say(
        'ok. can I be master with my D6 on a workboat, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', { healthCertificateValid: false }),
      ),
    ],
  },
  {
    name: 'an ISSC’s issue date says nothing of a health certificate: a D6 question after it is asked about the vessel (en)',
    locale: 'en',
    turns: [
      say('Our ISSC was issued 20.11.2020. When is the intermediate verification?', {
        topic: 'isps.verification-dates',
      }),
      say(
        'can I be master with my D6 on a workboat, LOA 12 m, 20 GT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed', { evaluated: 'master', basis: 'd6' }),
      ),
    ],
  },
  {
    name: 'a pasted confirmation signed by the seafarer: the self-signature, and the birth date, days and call sign it lacks (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'Her er attesten min: «Navn: Ola Hansen. Stilling: navigatør. Periode 01.02.2025–31.07.2025, 8 timer per dag. Fartøy: MS Nordlys, 12 m. Signert Ola Hansen, daglig leder.» Er den godkjent?',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', {
          problems: ['self-signed'],
          unchecked: ['seafarerBirthDate', 'days', 'callSign'],
        }),
      ),
    ],
  },
  {
    name: 'a confirmation signed by the seafarer as owner, without days or length overall: both named as still required (en, round 47)',
    locale: 'en',
    turns: [
      say(
        'Hi, can you check this sea time confirmation before we send it? Name: Ola Nordmann, born 03.04.1990. Position: deckhand. Period 01.01.2024 - 30.06.2024, 8 hours per day. Vessel: MS Fjordbris, call sign LM1234. Signed: Ola Nordmann, owner.',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', {
          problems: ['self-signed'],
          unchecked: ['days', 'lengthOverall'],
        }),
      ),
    ],
  },
  {
    name: '«sorry, det er 47 BT ikke 60. endrer det noe?» after a decision on 60 BT: corrected, not required, never the fallback (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'Har et lasteskip på 60 BT, norsk flagg. Må det ha bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say(
        'sorry, det er 47 BT ikke 60. endrer det noe?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, {
          facts: { grossTonnage: 47 },
        }),
      ),
    ],
  },
  {
    name: '«… er 35 og har aldri vært vaktoffiser. Lov?» as master on LOA 15.0 m: 0 months as OOW, not allowed, never asked (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'Skipsfører med D6 på arbeidsbåt med største lengde nøyaktig 15,0 m, L 13,5 m, 35 BT, liten kystfart. Jeg er 35 og har aldri vært vaktoffiser. Lov?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, {
          facts: { monthsAsOfficerOfTheWatch: 0 },
        }),
      ),
    ],
  },
  {
    name: 'a citizen’s e-mail pasted after «hvordan svarer jeg?»: its age and date taken, its question answered, nothing said to be outside (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'Hei, jeg jobber i kundesenteret hos Sdir. Fikk denne e-posten, hvordan svarer jeg? «Hei! Jeg er 17 år og fikk helseerklæring hos sjømannslegen 1. august 2026. Hvor lenge gjelder den? Mvh Per»',
        decides('health.certificate', 'health-certificate', 'valid', undefined, {
          topics: ['health.certificate'],
          facts: { issueDate: '2026-08-01', ageAtIssue: 17 },
        }),
      ),
    ],
  },
  {
    name: '\'Support here. Customer asks: "…" what do I tell him?\': the customer’s question answered, no fallback beside it (en, round 47)',
    locale: 'en',
    turns: [
      say(
        'Support here. Customer asks: "my health certificate was issued 10.05.2024, I am 45. when does it expire?" what do I tell him?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { topics: ['health.certificate'] }),
      ),
    ],
  },
  {
    name: '"1 year as lettmatros and 2 years on deck before that": 36 months on deck, meets § 79, never the uncertain 24 (en, round 47)',
    locale: 'en',
    turns: [
      say(
        'Able seaman on a 350 GT coastal ferry, trading area 2. I have 1 year as lettmatros and 2 years on deck before that. Do I qualify? No trade certificate.',
        decides('ratings.matros', 'matros', 'meets', undefined, { facts: { monthsDeckService: 36 } }),
      ),
    ],
  },
  {
    name: '«1 år som lettmatros og 1 år til på dekk»: 24 months on deck, never asked (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'Jeg har ikke fagbrev, men 1 år som lettmatros og 1 år til på dekk. Kan jeg bli matros på et 400 BT sjøgående skip?',
        decides('ratings.matros', 'matros', 'uncertain', undefined, {
          facts: { monthsAsOrdinarySeaman: 12, monthsDeckService: 24 },
        }),
      ),
    ],
  },
  {
    name: '"can we get it extended 1 month?" after an interim ISSC’s dates: its answer again (it cannot be extended), never the fallback (en, round 47)',
    locale: 'en',
    turns: [
      say(
        'Interim ISSC issued 20 January 2025. when does it expire at the latest?',
        decides('isps.interim', 'issc-validity', 'dates'),
      ),
      say('can we get it extended 1 month because the shipyard is late?', answersTopic('isps.interim')),
    ],
  },
  {
    name: '«gjeld det uansett fartsområde?» after a fishing vessel’s decision: the answer that says so, never the fallback (nn, round 47)',
    locale: 'nb',
    turns: [
      say(
        'Fiskefartøy, L = 24,5 m, norsk flagg. Bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('gjeld det uansett fartsområde?', answersTopic('manning.which-vessels', { locale: 'nn' })),
    ],
  },
  {
    name: '«den tar 12 passasjerer, ikke flere» after the decision on a boat of 12: that decision again, never the fallback (nb, round 47)',
    locale: 'nb',
    turns: [
      say(
        'Hei! Vi driver med turistturer med en rib, 11 meter, norsk flagg. Den tar maks 12 passasjerer. Trenger vi bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'uncertain'),
      ),
      say('den tar 12 passasjerer, ikke flere', decides('manning.which-vessels', 'manning-certificate', 'uncertain')),
    ],
  },
  {
    name: '«den brukes bare i lostjeneste» after the pilot boat’s case-by-case: that decision again (nb, round 47)',
    locale: 'en',
    turns: [
      say(
        'Hi, we have a pilot boat (losbåt) 60 GT, Norwegian flag. Need bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'case-by-case'),
      ),
      say(
        'den brukes bare i lostjeneste',
        decides('manning.which-vessels', 'manning-certificate', 'case-by-case', undefined, { locale: 'nb' }),
      ),
    ],
  },
];

describe('Round 47, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
