/**
 * What rounds 17 and 18 left open and what round 19 found, played through the real turn core after
 * the fix: the red team's texts verbatim.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: "«Mellombels ISSC utferda 5. juni 2026»: «utferda» is issued; the interim certificate's last day (nn, round 18)",
    locale: 'nn',
    turns: [
      say(
        'Mellombels ISSC utferda 5. juni 2026. Kva er siste utløpsdato?',
        decides('isps.interim', 'issc-validity', 'dates', { latestExpiry: '2026-12-05' }),
      ),
    ],
  },
  {
    name: '«norsk lastebåt på femti BT»: the size of the vessel asked about is its tonnage, not a quoted limit (nb, round 18)',
    locale: 'nb',
    turns: [
      say(
        'Trenger en norsk lastebåt på femti BT bemanningssertifikat? Den går bare i fjorden.',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { flag: 'NO', vesselType: 'cargo', grossTonnage: 50 },
        }),
      ),
    ],
  },
  {
    name: '"does a 50 GT cargo ship need a manning certificate?": the ship\'s tonnage is taken (en)',
    locale: 'en',
    turns: [
      say(
        'does a 50 GT cargo ship need a manning certificate?',
        asks('manning.which-vessels', 'flag', { facts: { vesselType: 'cargo', grossTonnage: 50 } }),
      ),
    ],
  },
  {
    name: '«frå midten av mars til slutten av mai 2026»: no whole months, so the days worked are asked (nn, round 18)',
    locale: 'nn',
    turns: [
      say(
        'Var om bord frå midten av mars til slutten av mai 2026, 8 t kvar dag. Kor mykje fartstid?',
        asks('seatime.calculate', 'days', { absent: ['days'] }),
      ),
    ],
  },
  {
    name: '"from mid-March to end of May 2026, 12 h every day": the days worked are asked, not May\'s 31 (en)',
    locale: 'en',
    turns: [
      say(
        'I was onboard from mid-March to end of May 2026, 12 h every day, how much sea time?',
        asks('seatime.calculate', 'days', { absent: ['days'] }),
      ),
    ],
  },
  {
    name: '«frå mars til mai 2026, kvar dag»: whole months are still counted (nn)',
    locale: 'nn',
    turns: [
      say(
        'Var om bord frå mars til mai 2026, 8 t kvar dag. Kor mykje fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 736 }),
      ),
    ],
  },
  {
    name: "«kva om eg får ny 1. januar?»: a new certificate's day is ahead, never the old year's (nn, round 18)",
    locale: 'nn',
    turns: [
      say(
        'Kor lenge gjeld helseerklæringa mi? Skriven ut 20.12.2024, eg var 30.',
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say('kva om eg får ny 1. januar?', { topic: 'health.certificate', absent: ['issueDate'] }),
    ],
  },
  {
    name: '"30 months on deck on 20 m LOA boats" is sea time on ships of 15 m or more; "sorry, the boats were 13 m LOA" takes it back (en, round 18)',
    locale: 'en',
    turns: [
      say(
        'sea time for first D4: I have 30 months on deck on 20 m LOA boats, 6 months bridge watch',
        asks('deck.first-issue', 'trainingProgramDays', { facts: { seaTimeDays: 900, bridgeWatchDays: 180 } }),
      ),
      say(
        'sorry, the boats were 13 m LOA',
        asks('deck.first-issue', 'trainingProgramDays', { facts: { seaTimeDays: 0 } }),
      ),
    ],
  },
  {
    name: '"no trained cook, the mate is cooking. Is this allowed and what we need to document?": the cook\'s topics, never how sea time is documented (en, round 19)',
    locale: 'en',
    turns: [
      say('We have crew of 6 and no trained cook, the mate is cooking. Is this allowed and what we need to document?', {
        offers: ['topic:cook.required', 'topic:cook.qualification'],
      }),
    ],
  },
  {
    name: '«kan eg mønstre på som lettmatros når eg er 15?»: an age limit the sources do not give, the fallback (nn, round 19)',
    locale: 'nn',
    turns: [say('kan eg mønstre på som lettmatros når eg er 15?', { topic: 'fallback', ask: null })],
  },
  {
    name: "«Sønnen min på 17 … og min egen er fra 1.2.2025, jeg er 52»: the father's date is never the son's (nb, round 19)",
    locale: 'nb',
    turns: [
      say(
        'Hei! Sønnen min på 17 har akkurat fått helseerklæring hos sjømannslegen 3. november. Hvor lenge gjelder den? og min egen er fra 1.2.2025, jeg er 52',
        asks('health.certificate', 'issueDate', { absent: ['issueDate'] }),
      ),
    ],
  },
  {
    name: '«har det midlertidige ISSC blitt forlengt …?»: the interim certificate, which cannot be extended (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'har det midlertidige ISSC blitt forlengt for oss? går ut om 2 veker og SSP er fortsatt ikkje godkjent, kan vi få 3 mnd til',
        asks('isps.interim', 'issueDate'),
      ),
    ],
  },
  {
    name: '«bemanningssertifikatet sier D5 for fører, men vi går bare i fartsområde 3. holder det med D6?»: which certificates are accepted (nb, round 19)',
    locale: 'nb',
    turns: [
      say('bemanningssertifikatet sier D5 for fører, men vi går bare i fartsområde 3. holder det med D6?', {
        topic: 'manning.accepted-certificates',
        ask: null,
      }),
    ],
  },
  {
    name: '«enn når eg fyller 20 i mars?» while the length is asked: the age to come, never a length of 20 m (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'eg er 19, har D6 og har gått 14 månader som vaktoffiser på ein 11 m arbeidsbåt. kan eg vere skipper på ein 20 m båt i liten kystfart?',
        asks('d6.privileges', 'grossTonnage'),
      ),
      say('ca 90 BT', asks('d6.privileges', 'lengthOverall')),
      say(
        'enn når eg fyller 20 i mars?',
        asks('d6.privileges', 'lengthOverall', { facts: { age: 20 }, absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '«enn når eg fyller 20?» after a D6 "no" at 19: yes at 20 (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'eg er 19, har D6 og har gått 14 månader som vaktoffiser på ein 11 m arbeidsbåt. kan eg vere skipper på ein arbeidsbåt med største lengde 20 m og L 18 m, 90 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say(
        'enn når eg fyller 20?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«i februar har eg 12 månader, kva då?» after master rights with 10: the months to come (nb → nn, round 19)',
    locale: 'nb',
    turns: [
      say(
        'Hei! Jeg heter Per og har D3 første gang fra 10. februar 2025. Jeg er 23 og har hatt 10 måneder som vaktoffiser etter det. Har jeg førerrett nå?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'i februar har eg 12 månader, kva då?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 12 },
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '«hva med for meg selv da, jeg er også skipper?» after who may sign: that answer again (nb, round 19)',
    locale: 'nb',
    turns: [
      say('Kan jeg som eier av båten skrive fartstidsbekreftelse for sønnen min?', {
        topic: 'seatime.who-can-confirm',
      }),
      say('hva med for meg selv da, jeg er også skipper?', { topic: 'seatime.who-can-confirm' }),
    ],
  },
  {
    name: '«… og har fått bedømming frå godkjend assessor»: the assessment is not asked again (nn, round 19)',
    locale: 'nn',
    turns: [
      say(
        'Eg har 36 månader på sjøgåande skip over 15 m, 6 mnd brovakt, 40 dagar etter vitnemål og har fått bedømming frå godkjend assessor. kan eg søkje D5?',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets'),
      ),
    ],
  },
  {
    name: '«takk, og kan eg få det på nynorsk?» mid-flow: the language changes, no fallback (en → nn, round 19)',
    locale: 'en',
    turns: [
      say('ISSC expiry 20 March 2028, intermediate verification when?', asks('isps.verification-dates', 'issueDate')),
      say('takk, og kan eg få det på nynorsk?', asks('isps.verification-dates', 'issueDate', { locale: 'nn' })),
    ],
  },
  {
    name: '"my employer reports only once per year. Is there a rule how often?": the employer decides (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'Hei, my employer says they report sea time only once per year. Is there a rule how often they must report?',
        { topic: 'seatime.employer-reporting' },
      ),
    ],
  },
  {
    name: '"ISSC expire 30 March 2027" with a renewal verification: the new expiry, nothing asked again (en, round 19)',
    locale: 'en',
    turns: [
      say(
        'Renewal verification is planned 2 February 2027, ISSC expire 30 March 2027. What new expiry date we get?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
    ],
  },
  {
    name: '«ISSC-en … ikkje er påteikna etter mellomliggjande verifikasjon»: when it must be returned (nn, round 19)',
    locale: 'nn',
    turns: [
      say('kva må eg gjere om ISSC-en vår ikkje er påteikna etter mellomliggjande verifikasjon?', {
        topic: 'isps.invalid',
      }),
    ],
  },
  {
    name: '«maskinpasser: 6 mnd i maskin og totalt 30 mnd i maskin»: the total is the engine time (nb, round 19)',
    locale: 'nb',
    turns: [
      say(
        'maskinpasser: 6 mnd i maskin og totalt 30 mnd i maskin. nok?',
        decides('ratings.maskinpasser', 'rating-requirements', 'uncertain', undefined, {
          facts: { monthsEngineService: 30 },
        }),
      ),
    ],
  },
  {
    name: '«har fagbrev matros og 180 dagar i kadettbok … kan eg få D4?»: a statement, then one question about D4 (nn, round 19)',
    locale: 'nn',
    turns: [
      say('har fagbrev matros og 180 dagar i kadettbok (ISF) på skip over 15 m. kan eg få D4?', {
        topic: 'deck.first-issue',
      }),
    ],
  },
];

const OUT_OF_SCOPE: { locale: 'nb' | 'nn' | 'en'; text: string }[] = [
  {
    locale: 'en',
    text: 'Accident on board last week, our deckhand injured the hand during mooring. How to report this to Sdir and which form?',
  },
  { locale: 'nn', text: 'kan vi bruke ein med D6 som maskinist om bord?' },
];

describe('rounds 17–19, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const { locale, text } of OUT_OF_SCOPE)
    it(`out of scope, the fallback: ${text.slice(0, 100)}`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topic: 'fallback', ask: null })] }));
});
