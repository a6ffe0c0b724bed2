/**
 * What round 40 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first ones were confident wrong answers on the snapshot the testers had; the rest
 * failed in ways that led to one (a fact given and not taken, a source asked for sent to the fallback).
 */
import { describe, it } from 'vitest';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«130 av dagane er etter vitnemålet» beside 180 programme days and a trade certificate: the days after the diploma, alternative C met, never "130 programme days: Nei" (nn, round 40)',
    locale: 'nn',
    turns: [
      say(
        'Eg har 180 dagar i godkjent opplæringsprogram på skip over 15 m og fagbrev som fiskar. Kan eg søkje D4? 130 av dagane er etter vitnemålet.',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', undefined, {
          facts: { trainingProgramDays: 180, daysAfterDiploma: 130 },
        }),
      ),
    ],
  },
  {
    name: '«125 av dagene er etter vitnemålet» beside 200 days in webcadet: the days after the diploma (nb, round 40)',
    locale: 'nb',
    turns: [
      say(
        'Jeg har 200 dager i webcadet på skip over 15 m og fagbrev som matros. 125 av dagene er etter vitnemålet. Kan jeg søke D3?',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', undefined, {
          facts: { trainingProgramDays: 200, daysAfterDiploma: 125 },
        }),
      ),
    ],
  },
  {
    name: '«men kurset er lastet opp som PDF» after «alt er rapportert elektronisk»: the course uploaded by hand, manual processing, never "issued automatically" (nb, round 40)',
    locale: 'nb',
    turns: [
      say(
        'Søknaden min gikk til manuell behandling. Hvorfor? Alt er rapportert elektronisk av rederiet, men kurset er lastet opp som PDF.',
        decides('aps.processing', 'aps-processing', 'manual', undefined, { facts: { uploadedDocuments: ['courses'] } }),
      ),
    ],
  },
  {
    name: '«vi har D6 i bemanningsoppgaven …, kan vi bruke en med D5 i stedet?»: which certificates are accepted, never how to get D6 into the manning certificate (nb, round 40)',
    locale: 'nb',
    turns: [
      say(
        'Hei, vi har D6 i bemanningsoppgaven for overstyrmann, kan vi bruke en med D5 i stedet?',
        answersTopic('manning.accepted-certificates'),
      ),
    ],
  },
  {
    name: '"Our Norwegian flag supply vessel 2800 GT, safety manning 11, need cook?": the cook required, never the manning certificate (en, round 40)',
    locale: 'en',
    turns: [
      say(
        'Our Norwegian flag supply vessel 2800 GT, safety manning 11, need cook?',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 11 } }),
      ),
    ],
  },
  {
    name: '"plus 5 months more from before I got the certificate" after master rights refused on 8 months: time before the first issue never added, never "Yes" (en, round 40)',
    locale: 'en',
    turns: [
      say(
        "D3 first issued 2024 without master rights. I'm 27 and have 8 months as OOW since then",
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'plus 5 months more from before I got the certificate, so 13 in total',
        answersTopic('deck.master-rights', { facts: { monthsAsOfficerOfTheWatchSinceIssue: 8 } }),
      ),
    ],
  },
  {
    name: '"7 months as OOW after the issue and 6 months as OOW before the issue": the 7 months since the issue taken, not asked (en, round 40)',
    locale: 'en',
    turns: [
      say(
        'Good day. I have D4 first issue from March 2025, no master rights. age 24. I have 7 months as OOW after the issue and 6 months as OOW before the issue. Can I get the master rights now?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 7 },
        }),
      ),
    ],
  },
  {
    name: '"total sea time around 32 months, all as oiler" about a maskinpasser: the time served as an oiler, never the position changed to oiler and "Yes" (en, round 40)',
    locale: 'en',
    turns: [
      say(
        'Hello. We need to sign on one maskinpasser on our well boat. What qualification he must have? He has no fagbrev.',
        asks('ratings.maskinpasser', 'monthsEngineService'),
      ),
      say('he has 8 months in engine room', asks('ratings.maskinpasser', 'monthsMechanicalPractice')),
      say(
        'total sea time around 32 months, all as oiler',
        decides('ratings.maskinpasser', 'rating-requirements', 'uncertain', undefined, {
          facts: { position: 'maskinpasser', monthsEngineService: 32 },
        }),
      ),
    ],
  },
  {
    name: '"and what if i turn 20 next month?" after D6 master rights refused at 19: the case at 20, never the same "No" (en, round 40)',
    locale: 'en',
    turns: [
      say(
        'I am 19 yrs old with D6 and 2 years as navigator on 10 m boat, can I be skipper on boat with L 18 m?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say('and what if i turn 20 next month?', asks('d6.privileges', 'vesselType', { facts: { age: 20 } })),
    ],
  },
  {
    name: '«Sikkerheitsbemanninga vår er akkurat 10. Treng vi kokk?»: the safe manning of exactly 10 taken, a cook required (nn, round 40)',
    locale: 'nn',
    turns: [
      say(
        'Sikkerheitsbemanninga vår er akkurat 10. Treng vi kokk?',
        decides('cook.required', 'ship-cook', 'required', undefined, { facts: { safetyManning: 10 } }),
      ),
    ],
  },
  {
    name: '«kjelde?» while the days worked are asked: the topic with its sources, then the question again, never the fallback (nn, round 40)',
    locale: 'nn',
    turns: [
      say(
        'hei! kor mange fartstidsdagar får eg for 6 timar dagleg i 3 månader?',
        asks('seatime.calculate', 'days', { locale: 'nn' }),
      ),
      say('kjelde?', asks('seatime.calculate', 'days')),
    ],
  },
  {
    name: '"where is this written, which regulation?" after a cook decision: that answer again with its sources, never the fallback (en, round 40)',
    locale: 'en',
    turns: [
      say(
        'Hello, bulk carrier 5000 GT, safety manning 9, do we need cook?',
        decides('cook.required', 'ship-cook', 'not-required'),
      ),
      say('where is this written, which regulation?', decides('cook.required', 'ship-cook', 'not-required')),
    ],
  },
  // Failures of round 40 that were no confident wrong answer, mended all the same.
  {
    name: '"to shipyard in Poland, no cargo no passengers": a relocation of a Norwegian ship, never the fallback for another country (en, round 40)',
    locale: 'en',
    turns: [
      say(
        'Good day. Vessel will sail from Tromsø to shipyard in Poland, no cargo no passengers, just go for docking. Must we have full crew like in manning certificate or can be less?',
        answersTopic('manning.repositioning'),
      ),
    ],
  },
  {
    name: '"What papers the ships cook need?": what the cook must have, not whether a cook is required (en, round 40)',
    locale: 'en',
    turns: [
      say(
        'What papers the ships cook need? Our cook is Filipino with culinary diploma from Manila, 3 years working on cruise ship',
        asks('cook.qualification', 'age'),
      ),
    ],
  },
  {
    name: '"manning doc say D5 for skipper but our captain has D4, is this ok?": which certificates are accepted, no menu (en, round 40)',
    locale: 'en',
    turns: [
      say(
        'manning doc say D5 for skipper but our captain has D4, is this ok?',
        answersTopic('manning.accepted-certificates'),
      ),
    ],
  },
  {
    name: '«bemanningssertifikatet sier D5, men vi går bare i fartsområde 2. kan vi bruke en med D6?»: the lower trading area’s rule, not what D6 gives (nb, round 40)',
    locale: 'nb',
    turns: [
      say(
        'bemanningssertifikatet sier D5, men vi går bare i fartsområde 2. kan vi bruke en med D6?',
        answersTopic('manning.accepted-certificates'),
      ),
    ],
  },
  {
    name: '"vessel is Lithuanian flag": the flag taken, the Norwegian rules not hers (en, round 40)',
    locale: 'en',
    turns: [
      say(
        'Hi, vessel is Lithuanian flag but she operate in Norway, 300 GT general cargo. We need manning certificate from Sjøfartsdirektoratet?',
        decides('manning.which-vessels', 'manning-certificate', 'not-norwegian', undefined, {
          facts: { flag: 'foreign' },
        }),
      ),
    ],
  },
  {
    name: '«et skip fra Danmark som skal inn i NIS … Hva må vi gjøre for å få norsk ISSC?»: how a ship is certified, never the fallback (nb, round 40)',
    locale: 'nb',
    turns: [
      say(
        'Vi kjøper et skip fra Danmark som skal inn i NIS. Det har dansk ISSC. Hva må vi gjøre for å få norsk ISSC?',
        answersTopic('isps.process'),
      ),
    ],
  },
];

describe('Round 40, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
