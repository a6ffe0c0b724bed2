/**
 * What round 58 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The confident wrong answers on the snapshot the testers had: a health certificate's
 * validity answered for today when a month or Christmas of a later year was asked, "only 60 of the
 * days" worked out as 92 − 60, an STCW update e-mail answered with the usual application forms, a
 * CSO's question on paper copies answered with how sea time is documented, two periods with their
 * hours read as a year of days, a D6 what-if "outside liten kystfart" answered yes again, and a D4
 * renewal answered with the first issue's requirements; and from the out-of-scope probe, the facts
 * of an outside question beside a D6 question taken as the D6 case.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«Er den gyldig naar eg moenstrer paa i februar 2027?» of a health certificate from 20 January 2025: not on 28 February 2027, never "valid" today (nn, round 58)',
    locale: 'nn',
    turns: [
      say(
        'Helseerklaeringa mi er fra 20. januar 2025, eg var 20 da. Er den gyldig naar eg moenstrer paa i februar 2027?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { onDate: '2027-02-28' } }),
      ),
    ],
  },
  {
    name: '«gjeld ho til jul 2027?» of a health certificate from 5 June 2025: not on 24 December 2027 (nn, round 58)',
    locale: 'nn',
    turns: [
      say(
        'helseattesten min er fraa 5. juni 2025, eg er 40. gjeld ho til jul 2027?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, { facts: { onDate: '2027-12-24' } }),
      ),
    ],
  },
  {
    name: '«og om eg berre var om bord 60 av dagane?» after 92 days at 12 hours: 60 days, never 92 − 60 = 32 (nn, round 58)',
    locale: 'nn',
    turns: [
      say(
        'fartstid: 1/3/2026-31/5/2026, 10 timar om dagen, alle dagar. kor mykje blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 920 }),
      ),
      say('sorry, det var 12 timar', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1104 })),
      say(
        'og om eg berre var om bord 60 av dagane?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 720 }, { facts: { days: 60 } }),
      ),
    ],
  },
  {
    name: 'an STCW update e-mail, "where do we send?": the update (not on the usual forms), never how a company applies; «kan vi sende paa vanlig skjema?» is the update again (nb, round 58)',
    locale: 'nb',
    turns: [
      say(
        'Hei Losen! Fra postmottaket: «God dag. Vi er et rederi med offshorefartoy. Vi har faatt brev om at vi maa oppdatere bemanningsoppgaven pga STCW-endringer. Hva skal soknaden inneholde og hvor sender vi? Og hva er fristen? Med vennlig hilsen HR-avdelingen»',
        { topics: ['manning.stcw-update', undefined, 'fallback'] },
      ),
      say('kan vi sende paa vanlig skjema?', answersTopic('manning.stcw-update')),
    ],
  },
  {
    name: "a CSO's e-mail on an electronic security plan, «Kva dokument maa likevel vere paa papir?»: the electronic plan, never how sea time is documented (nn, round 58)",
    locale: 'nn',
    turns: [
      say(
        'kopi av e-post fraa ein CSO: "Hei! Vi har fått godkjent SSP og vil ha planen berre paa nettbrett om bord. Kva dokument maa likevel vere paa papir? Og kor lenge maa godkjenningsbrevet følgje sertifikatet? Kan de sende oss ein ny kopi av brevet? MVH Knut"',
        { topics: ['isps.electronic-plan', undefined, 'fallback'] },
      ),
    ],
  },
  {
    name: 'two periods in d/m/yyyy with their own hours: 70 days at 12 h and 92 at 8 h, 1,576 hours in all, never 2026 days (en, round 58)',
    locale: 'en',
    turns: [
      say(
        'I have 2 periods: 10/1/2026-20/3/2026 with 12h per day and 1/5/2026-31/7/2026 with 8h per day, all days on board. total fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1576 }),
      ),
    ],
  },
  {
    name: '"and if the boat go to Sweden, outside liten kystfart?" after a D6 yes: not known, never the same yes again (en, round 58)',
    locale: 'en',
    turns: [
      say(
        'Can I be skipper with D6 on workboat 18 m LOA, L 16,5 m, 120 GT, liten kystfart? I am 24 and have 14 months as vaktoffiser on 10 m boat',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say('and if the boat go to Sweden, outside liten kystfart?', answersTopic('fallback')),
    ],
  },
  {
    name: '"I want to renew my D4 next year. what sea time I need?": a renewal is no first issue, so not known (en, round 58)',
    locale: 'en',
    turns: [
      say(
        'I am first mate on D4, 32 years, I want to renew my D4 next year. what sea time I need?',
        answersTopic('fallback'),
      ),
    ],
  },
  {
    name: '«hva kan jeg være med D6 og trenger jeg båtførerbevis for fritidsbåten min?»: what D6 gives, the leisure boat of the other question never its case (nb, oos58)',
    locale: 'nb',
    turns: [
      say(
        'hva kan jeg være med D6 og trenger jeg båtførerbevis for fritidsbåten min?',
        asks('d6.privileges', 'role', {
          absent: ['vesselType'],
          says: (l) => [texts(l).conversation.answeredAfter([])],
        }),
      ),
    ],
  },
  {
    name: '«har D3 fra 2024 … 14 mnd fartstid som styrmann etter utstedelse»: the 14 months taken; at 20 the rights (nb, round 57)',
    locale: 'nb',
    turns: [
      say(
        'har D3 fra 2024 uten førerrett, 19 år, 14 mnd fartstid som styrmann etter utstedelse. får jeg førerrett?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 14 },
        }),
      ),
      say('når jeg blir 20 da?', decides('deck.master-rights', 'master-rights', 'eligible')),
    ],
  },
  {
    name: '«40 mnd på 60 m forsyningsskip» for a first D3, then «er det nok?»: the sea time taken, and the decision again (nb, round 57)',
    locale: 'nb',
    turns: [
      say(
        'skal søke D3 første gang. har 40 mnd på 60 m forsyningsskip, 8 mnd brovakt, 50 dager etter vitnemål, bedømmelse fra assessor ok',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', undefined, { facts: { seaTimeDays: 1200 } }),
      ),
      say('er det nok?', decides('deck.first-issue', 'deck-officer-first-issue', 'meets')),
    ],
  },
  {
    name: '«tilbake til bemanning: beklager, båten er 55 BT, ikke 45» after the cook: the manning certificate decided anew on 55 GT, never the cook again (nb, round 57)',
    locale: 'nb',
    turns: [
      say(
        'Hei, lastebåt 45 BT, norsk flagg. Trenger vi bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say('ok. og sikkerhetsbemanning er 4, trenger vi kokk?', decides('cook.required', 'ship-cook', 'not-required')),
      say('hva er prisen for en ny båt på 45 BT forresten?', answersTopic('fallback')),
      say(
        'tilbake til bemanning: beklager, båten er 55 BT, ikke 45',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { grossTonnage: 55 } }),
      ),
    ],
  },
  {
    name: "«og hvis rederiet bytter til et annet selskap …, gjelder sertifikatet da?» while the ISSC's expiry is asked: when it must be returned (nb, round 57)",
    locale: 'nb',
    turns: [
      say(
        'hei, vi fikk ISSC utstedt 01.09.2023. når er mellomliggende verifikasjon?',
        asks('isps.verification-dates', 'expiryDate'),
      ),
      say('og hvis rederiet bytter til et annet selskap som driver skipet, gjelder sertifikatet da?', {
        topics: ['isps.invalid', 'isps.verification-dates'],
        ask: 'expiryDate',
      }),
    ],
  },
  {
    name: '«og spm 2?», «og spm 3?» after a numbered e-mail: the second question (who corrects sea time), then the third (a fee: outside) (nb, round 57)',
    locale: 'nb',
    turns: [
      say(
        'Videresendt: «Hei! Vi er et lite rederi med to arbeidsbåter. Spørsmål: 1) Vi vil registrere fartstid elektronisk – hvem hos oss kan gjøre det, og hvilken rolle i Altinn? 2) En ansatt sier fartstiden på Min side er feil for 2023. Hva gjør vi? 3) Hva koster det å søke D6? Mvh Trine, daglig leder»',
        { topics: ['seatime.employer-reporting', undefined, 'fallback'] },
      ),
      say('og spm 2?', answersTopic('seatime.employer-reporting')),
      say('og spm 3?', answersTopic('fallback')),
    ],
  },
  {
    name: "«og spm 3?» after a CSO's e-mail of three unnumbered questions: the third (a new copy of the letter: outside), never the interim ISSC (nn, round 58)",
    locale: 'nn',
    turns: [
      say(
        'kopi av e-post fraa ein CSO: "Hei! Vi har fått godkjent SSP og vil ha planen berre paa nettbrett om bord. Kva dokument maa likevel vere paa papir? Og kor lenge maa godkjenningsbrevet følgje sertifikatet? Kan de sende oss ein ny kopi av brevet? MVH Knut"',
        { topics: ['isps.electronic-plan', undefined, 'fallback'] },
      ),
      say('og spm 3?', answersTopic('fallback')),
    ],
  },
];

describe('Round 58, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
