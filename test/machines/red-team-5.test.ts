/**
 * Confident wrong answers a fifth blind red team (round 5, bokmål, nynorsk and English) found, played
 * through the real turn core after the fix: another deck certificate read as D6, a lapsed health
 * certificate, a cook question answered as whether a cook is required, a safe manning said not to
 * exist, the doctor's shorter validity in nynorsk, a correction of the kind of ISSC, a what-if that
 * changes the post and the vessel, and the seed's own fish-farm example.
 */
import { describe, it } from 'vitest';
import { HEALTH_NEEDED } from '../../rules/d6-privileges.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

const D6 = 'd6.privileges';

const CONVERSATIONS: Golden[] = [
  {
    name: 'a D4 holder asking about chief mate on 2000 GT gets the fallback, never what D6 allows (nb, B-10)',
    locale: 'nb',
    turns: [
      say('Jeg har D4. Kan jeg jobbe som overstyrmann på et skip på 2000 BT i stor kystfart?', { topic: 'fallback' }),
    ],
  },
  {
    name: 'a D5 holder asking about chief mate on L 30 m gets the fallback, never "D6 does not allow" (nn, B-10)',
    locale: 'nn',
    turns: [
      say('Eg har D5. Kan eg vere overstyrmann på eit lasteskip på 300 BT i liten kystfart, L 30 m?', {
        topic: 'fallback',
      }),
    ],
  },
  {
    name: 'a D5 holder without master rights asking to be master is master rights, never a D6 yes (nb, B-10)',
    locale: 'nb',
    turns: [
      say(
        'Jeg har D5 uten førerrett. Kan jeg være skipsfører på en arbeidsbåt med største lengde 12 m, 40 BT, liten kystfart?',
        { topic: 'deck.master-rights' },
      ),
    ],
  },
  {
    name: 'a D6 holder whose health certificate has expired gets no yes: the fallback hands it on (seed 002) (nb and nn, B-19)',
    locale: 'nb',
    turns: [
      say(
        'Jeg har D6, men helseerklæringen gikk ut i oktober. Kan jeg være skipper på en arbeidsbåt med største lengde 12 m, 40 BT, liten kystfart?',
        { topic: 'fallback' },
      ),
      say(
        'Eg har D6 men helseerklæringa mi gjekk ut i september. Kan eg vere skipsførar på ein arbeidsbåt med største lengde 12 m, 40 BT, liten kystfart?',
        { topic: 'fallback', locale: 'nn' },
      ),
    ],
  },
  {
    name: 'what D6 allows is said to hold only with a valid health certificate (seed 002) (en)',
    locale: 'en',
    turns: [
      say('Can I be master with D6 on a 12 m LOA work boat, 20 GT, liten kystfart?', {
        ...decides(D6, 'd6-privileges', 'allowed'),
        says: (l) => [HEALTH_NEEDED[l]],
      }),
    ],
  },
  {
    name: 'a what-if that changes the post and the vessel ("as mate on a 30 m (L) one?") decides for chief mate on L 30 m: no (en, F13)',
    locale: 'en',
    turns: [
      say(
        'can I be master with D6 on our 13 m LOA workboat, 40 GT, fartsområde 3?',
        decides(D6, 'd6-privileges', 'allowed'),
      ),
      say(
        'what about as mate on a 30 m (L) one?',
        decides(D6, 'd6-privileges', 'not-allowed', undefined, {
          facts: { role: 'chief-mate', lengthL: 30 },
          absent: ['lengthOverall'],
        }),
      ),
    ],
  },
  {
    name: 'a cook with a documented skills check and 12 in the safe manning is the cook’s qualification, never "yes, a cook is required" (en, F7)',
    locale: 'en',
    turns: [
      // (A menu between the cook's two topics since the model retrained in round 22; never a decision.)
      say('is a cook with documented skills check ok on a ship with 12 in safety manning?', {
        offers: ['topic:cook.qualification'],
        ask: null,
      }),
    ],
  },
  {
    name: 'whether the skipper may also be the cook gets the fallback, never "no, a cook is not required" (en, F43)',
    locale: 'en',
    turns: [
      say("Can the skipper also be the ship's cook on our boat with 8 in the safe manning?", { topic: 'fallback' }),
    ],
  },
  {
    name: '«Vi er 12 i sikkerhetsbemanninga» is the safe manning: a cook is required (nb)',
    locale: 'nb',
    turns: [say('Vi er 12 i sikkerhetsbemanninga. Må vi ha kokk?', decides('cook.required', 'ship-cook', 'required'))],
  },
  {
    name: '11 on board with no safe manning set is no safe manning of 11: it is asked, never "required" (nb and nn, B-13)',
    locale: 'nb',
    turns: [
      say(
        'Vi har 11 personer om bord, men det er ikke fastsatt noen sikkerhetsbemanning for båten. Må vi ha skipskokk?',
        asks('cook.required', 'safetyManning', { absent: ['safetyManning'] }),
      ),
    ],
  },
  {
    name: 'the same in nynorsk («det er ikkje fastsett noka sikkerheitsbemanning»)',
    locale: 'nn',
    turns: [
      say(
        'Vi har 11 personar om bord, men det er ikkje fastsett noka sikkerheitsbemanning. Må vi ha skipskokk?',
        asks('cook.required', 'safetyManning', { absent: ['safetyManning'] }),
      ),
    ],
  },
  {
    name: 'the doctor’s shorter validity in nynorsk («legen sette gyldigheit til 1 år») makes it expired (nn, B-15)',
    locale: 'nn',
    turns: [
      say(
        'Ein sjøfarar fekk helseerklæring 10.10.2025 men legen sette gyldigheit til 1 år. Gjeld ho i dag?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { expiryDate: '2026-10-10' },
        }),
      ),
    ],
  },
  {
    name: '"sorry, it\'s a full-term one" after an interim ISSC corrects the kind: the full ISSC is decided (en, F44)',
    locale: 'en',
    turns: [
      say(
        'interim ISSC issued 01.09.2026, latest expiry?',
        decides('isps.interim', 'issc-validity', 'dates', undefined, { facts: { certificateKind: 'interim' } }),
      ),
      say("sorry, it's a full-term one, expiry 01.09.2031", {
        ask: null,
        decision: { rule: 'issc-validity', outcome: 'dates' },
        facts: { certificateKind: 'full', expiryDate: '2031-09-01' },
      }),
    ],
  },
  {
    name: 'seed 002’s fish-farm example: 2 hours a day Monday to Friday over 4 weeks plus 2 hours of maintenance is 42 hours (nb, F36)',
    locale: 'nb',
    turns: [
      say(
        'I løpet av 4 uker jobbet de ca 2 timer om dagen mandag til fredag, pluss 2 timer vedlikehold en dag. Hvor mye fartstid blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 42, seaTimeDays: 8.21 }),
      ),
    ],
  },
  {
    name: 'the same example with "over 4 weeks" (a bound, not a span) asks the days, never 4 hours from two stray numbers (en, F36)',
    locale: 'en',
    turns: [
      say(
        'we are a fish farm, our guys work 2 hours a day mon-fri on the boat plus 2 hours maintenance one day, over 4 weeks. how much sea time is that?',
        asks('seatime.calculate', 'days', { absent: ['totalHours'] }),
      ),
    ],
  },
  {
    name: 'the renewal of another ship certificate (ISM, IAPP, MLC) gets the fallback, never the ISSC rule’s new expiry (en, F5)',
    locale: 'en',
    turns: [
      say('ISM Safety Management Certificate expires 30.06.2027, renewal audit 15.05.2027. new expiry date?', {
        topic: 'fallback',
      }),
      say('IAPP certificate expires 01.09.2027, renewal survey 20.04.2027. new expiry date?', { topic: 'fallback' }),
    ],
  },
  {
    name: 'the ISSC named with the same dates still gets the ISSC renewal rule (en, F5 control)',
    locale: 'en',
    turns: [
      say(
        'ISSC expires 30.06.2027, renewal verification 15.05.2027. new expiry date?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
    ],
  },
  {
    name: 'the sea time for renewing a D4 gets the fallback, never the first issue’s alternatives (en, F6)',
    locale: 'en',
    turns: [say('what is the sea time requirement for renewing my D4 certificate?', { topic: 'fallback' })],
  },
  {
    name: 'a renewal with master rights is master rights («fornye D3 med førerrett») (nb, F6 control)',
    locale: 'nb',
    turns: [say('Hvor mye fartstid må jeg ha for å fornye D3 med førerrett?', { topic: 'deck.master-rights' })],
  },
  {
    name: 'a move with passengers, a full cargo or on an assignment is outside § 13: the fallback, never "the company decides" (nb and nn, B-20)',
    locale: 'nb',
    turns: [
      say(
        'Vi skal flytte ferja til verftet i Ulsteinvik. Vi har med 5 passasjerer (ansatte fra verftet). Kan rederiet selv bestemme bemanningen?',
        { topic: 'fallback' },
      ),
      say('Vi skal flytte skipet til Bergen med full last av fisk. Kan rederiet bestemme bemanningen selv?', {
        topic: 'fallback',
      }),
      say(
        'Skipet skal forflyttast, utan last og passasjerar, men vi er på oppdrag for ein kunde. Kan reiarlaget bestemme bemanninga?',
        { topic: 'fallback', locale: 'nn' },
      ),
    ],
  },
  {
    name: 'a move without cargo or passengers keeps the § 13 answer, also for a passenger ship (en, B-20 control)',
    locale: 'en',
    turns: [
      say('We are moving our passenger ship to the yard without passengers. Who decides the manning?', {
        topic: 'manning.repositioning',
      }),
    ],
  },
  {
    name: '"we got an interim ISSC on 3 June 2026" gives the date of issue: decided at once (en, F3)',
    locale: 'en',
    turns: [
      say(
        'we got an interim ISSC on 3 June 2026. can it be extended? when does it expire at the latest?',
        decides('isps.interim', 'issc-validity', 'dates', undefined, { facts: { issueDate: '2026-06-03' } }),
      ),
    ],
  },
  {
    name: 'a cook of 25 with "no formal education" and a documented skills check: no with 11, yes after the correction to 9 (en, F25)',
    locale: 'en',
    turns: [
      say(
        'Our cook is 25, no formal education, we did a documented check of his cooking skills. Safety manning is 11.',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
      say('sorry, safety manning is 9', decides('cook.qualification', 'cook-qualification', 'qualified')),
    ],
  },
  {
    name: '"and does he need a fagbrev then?" after the cook what-if is the cook’s qualification, never the fallback (en, F26)',
    locale: 'en',
    turns: [
      say("do we need a ship's cook? we are 10 on the safe manning", decides('cook.required', 'ship-cook', 'required')),
      say("what if we're 9?", decides('cook.required', 'ship-cook', 'not-required')),
      say('and does he need a fagbrev then?', { topic: 'cook.qualification' }),
    ],
  },
  {
    name: '"and if the company reports it through the API instead?" after one document uploaded by hand is the what-if of none: automatic or a spot check (en, F30)',
    locale: 'en',
    turns: [
      say(
        'My application for D5 went to manual processing, why? I uploaded my sea time confirmation as pdf',
        decides('aps.processing', 'aps-processing', 'manual'),
      ),
      say(
        'and if the company reports it through the API instead, will it be automatic?',
        decides('aps.processing', 'aps-processing', 'automatic', undefined, { facts: { uploadedDocuments: [] } }),
      ),
    ],
  },
  {
    name: 'a pasted confirmation signed by the seafarer himself («Signert: Per Hansen (daglig leder)») is not accepted at once, no field asked again (nb, B-1)',
    locale: 'nb',
    turns: [
      say(
        'Kan du sjekke denne fartstidsattesten?\n\nFARTSTIDSATTEST\nNavn: Per Hansen, f. 12.03.1990\nStilling: lettmatros\nPeriode: 01.01.2025–30.06.2025, 181 dager\nArbeidstid: 10 timer per dag\nFartøy: MS Nordbris, kallesignal LM1234, største lengde 18 m\nSignert: Per Hansen (daglig leder)',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', undefined, {
          facts: { signerName: 'Per Hansen', signerIsSeafarer: true, position: 'lettmatros' },
        }),
      ),
    ],
  },
  {
    name: 'a pasted confirmation «Underskrive av reiar Ola Nes» gives the signer (a «reiar» may be the company or the owner, so the role is asked) (nn, B-1)',
    locale: 'nn',
    turns: [
      say(
        'Kan du sjå over denne attesten? Namn: Kari Nes, fødd 1.2.1995. Stilling: navigatør. Periode 1. mars–31. august 2026, 184 dagar, 8 timar per dag. Fartøy: Havørn, kallesignal LK9876, største lengde 14 m. Underskrive av reiar Ola Nes.',
        asks('seatime.confirmation', 'targetCertificate'),
      ),
      say('D6', {
        topic: 'seatime.confirmation',
        facts: { signerName: 'Ola Nes', signerIsSeafarer: false, seafarerName: 'Kari Nes' },
      }),
    ],
  },
  {
    name: 'a pasted English confirmation ("This is to confirm that Jonas Berg …, has served as lettmatros …, Signed: Kari Holm, daglig leder") asks nothing again (en, F18)',
    locale: 'en',
    turns: [
      say(
        'Can you check this sea time confirmation?\n\nThis is to confirm that Jonas Berg, born 12.04.1998, has served as lettmatros on board MS Vestfjord (call sign LM4512, LOA 22 m) from 01.03.2025 to 31.08.2025, 150 days, average 10 hours per day.\nSigned: Kari Holm, daglig leder, Vestfjord Sjø AS\n\nHe will apply for D6.',
        {
          topic: 'seatime.confirmation',
          facts: {
            seafarerName: 'Jonas Berg',
            position: 'lettmatros',
            signerName: 'Kari Holm',
            signerRole: 'company-representative',
            signerIsSeafarer: false,
          },
        },
      ),
    ],
  },
  {
    name: 'a date written with the month’s name ("issued 5 december 2024 … valid today?") is routed like one in digits (en, F16)',
    locale: 'en',
    turns: [
      say(
        'health cert issued 5 december 2024, age 30, valid today?',
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { issueDate: '2024-12-05' } }),
      ),
    ],
  },
  {
    name: 'a doctor abroad ("Can a Polish doctor issue my seafarer health certificate?", «fastlegen min i Litauen») gets the fallback, never the validity (en and nn, F8)',
    locale: 'en',
    turns: [
      say('My doctor is in Poland. Can a Polish doctor issue my seafarer health certificate?', { topic: 'fallback' }),
      say('Kan fastlegen min i Litauen skrive helseerklæringa mi?', { topic: 'fallback', locale: 'nn' }),
    ],
  },
  {
    name: 'the doctor’s own limit is still the health certificate («legen skrev at den bare gjelder i ett år») (nb, F8 control)',
    locale: 'nb',
    turns: [
      say(
        'Helseerklæringen min er utstedt 10.10.2025, men legen skrev at den bare gjelder i ett år. Er den gyldig nå? Jeg er 30.',
        decides('health.certificate', 'health-certificate', 'expired'),
      ),
    ],
  },
  {
    name: 'asked the age, "born 2004" is asked again (21 or 22), never an age of 2004; "born 12.04.1998" is the age today (en, F2)',
    locale: 'en',
    turns: [
      say('I got my D4 in march but there is no master rights on it. why??', asks('deck.master-rights', 'age')),
      say('born 2004', asks('deck.master-rights', 'age', { absent: ['age'] })),
      say('born 12.04.1998', { topic: 'deck.master-rights', facts: { age: 28 } }),
    ],
  },
];

describe('the round-5 red team, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
