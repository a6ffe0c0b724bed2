/**
 * What round 49 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first seven were confident wrong answers on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import type { RoutableTopicId } from '../../rules/topics.js';
import type { Locale } from '../../rules/types.js';
import { texts } from '../../content/index.js';
import { OUTCOME_HEADLINES } from '../../content/outcomes.js';
import { topicTitle } from '../../content/render.js';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

const COOK_REQUIRED = OUTCOME_HEADLINES['ship-cook:required'];
/** The manning certificate decided, the cook decided, then how to apply: each said in turn. */
const ALL_THREE = {
  topics: ['manning.which-vessels', 'cook.required', 'cook.required', 'manning.how-to-apply', 'manning.how-to-apply'],
  decisions: [
    { rule: 'manning-certificate', outcome: 'required' },
    { rule: 'ship-cook', outcome: 'required' },
  ],
};
const also = (topic: RoutableTopicId) => (l: Locale) => [texts(l).conversation.alsoAsked(topicTitle(l, topic))];

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"I need 360 days sea time … how many actual days onboard do I need?": 360 is the sea time wanted, never 360 days worked (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'I need 360 days sea time. I work 12 hours a day. how many actual days onboard do I need?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, {
          facts: { targetDays: 360, hoursPerDay: 12 },
          absent: ['days'],
        }),
      ),
    ],
  },
  {
    name: 'a help-desk e-mail about a 26.5 m fishing vessel "and also a 45 GT workboat … Do both need …?": no one vessel\'s facts taken, never a flat "No" (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'Hi, help desk here. A shipowner writes: "Dear Sir/Madam, we own MS Nordlys, a fishing vessel with L 26.5 m, and also a 45 GT workboat, both Norwegian flag. Do both need a bemanningssertifikat? And how do we apply?" What should I answer?',
        asks('manning.which-vessels', 'vesselType', { absent: ['grossTonnage', 'lengthL'] }),
      ),
    ],
  },
  {
    name: '"why not 30.04.2032?" after the new ISSC expiry of 15.01.2032: that decision again with its reason, never when the ISSC is returned (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'ISSC expiry 30.04.2027, renewal verification planned 15.01.2027. what will the new expiry be?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-01-15' }),
      ),
      say(
        'why not 30.04.2032?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-01-15' }),
      ),
      say('why?', decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-01-15' })),
    ],
  },
  {
    name: '"most of my sea time was before I got the D4, 30 months. does that count?" after master rights: the master-rights answer (only time after the first issue), never what counts as sea time (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'D4 holder, 22 yrs, 10 months as officer of the watch after my first D4. how long until I can get master rights?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'and most of my sea time was before I got the D4, 30 months. does that count?',
        answersTopic('deck.master-rights'),
      ),
    ],
  },
  {
    name: "«legen har satt gyldighet til 10.06.2025»: the doctor's date applies, expired; never valid for two years (nb, round 49)",
    locale: 'nb',
    turns: [
      say(
        'Helseerklæringen ble utstedt 10.12.2024 og legen har satt gyldighet til 10.06.2025. Er den gyldig nå? Jeg er 45.',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { expiryDate: '2025-06-10' },
        }),
      ),
    ],
  },
  {
    name: '«legen har sett gyldigheit til 10.06.2025»: expired at once, no age asked (nn, round 49)',
    locale: 'nn',
    turns: [
      say(
        'Helseerklæringa er skriven ut 10.12.2024 og legen har sett gyldigheit til 10.06.2025. Er ho gyldig?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { expiryDate: '2025-06-10' },
        }),
      ),
    ],
  },
  {
    name: '«og om ferja gikk i stor kystfart?» after a 700 GT ferry in area 2: whether she is seagoing is asked, never "not seagoing" kept from area 2 (nb, round 49)',
    locale: 'nb',
    turns: [
      say(
        'Matros på ferje 700 BT i fartsområde 2, må han ha ferdighetssertifikat?',
        asks('ratings.matros', 'hasTradeCertificate'),
      ),
      say('nei', asks('ratings.matros', 'monthsAsOrdinarySeaman')),
      say('14', asks('ratings.matros', 'monthsDeckService')),
      say('36', decides('ratings.matros', 'matros', 'meets')),
      say('og om ferja gikk i stor kystfart?', asks('ratings.matros', 'seagoing', { absent: ['seagoing'] })),
    ],
  },
  {
    name: '«Trenger vi bemanningssertifikat, må vi ha kokk, og hvordan søker vi?» with the safe manning «blir 11»: all three answered, the cook required (nb, round 48)',
    locale: 'nb',
    turns: [
      say(
        'Hei Losen. Vi har nettopp kjøpt en brønnbåt, 480 BT, norsk flagg, liten kystfart. Sikkerhetsbemanningen blir 11. Trenger vi bemanningssertifikat, må vi ha kokk, og hvordan søker vi?',
        {
          ...ALL_THREE,
          says: (l) => [...also('cook.required')(l), COOK_REQUIRED[l], ...also('manning.how-to-apply')(l)],
        },
      ),
    ],
  },
  {
    name: '"Do we need a manning certificate, do we need a cook, and how do we apply?": the application is the certificate\'s, never the fallback (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'Do we need a manning certificate, do we need a cook, and how do we apply? 480 GT cargo, Norwegian, safe manning 11',
        {
          ...ALL_THREE,
          says: (l) => [...also('cook.required')(l), COOK_REQUIRED[l], ...also('manning.how-to-apply')(l)],
          never: (l) => [texts(l).conversation.alsoAskedOutside],
        },
      ),
    ],
  },
  {
    name: "«og hvis vi tar fornyelsesverifikasjonen 10.05.2027, hva blir ny utløpsdato?» while the issue date is asked: the renewal's rule, 30.06.2032; then 1 February gives 01.02.2032 (nb, round 49)",
    locale: 'nb',
    turns: [
      say('ISSC utløper 30.06.2027. Når er mellomliggende verifikasjon?', asks('isps.verification-dates', 'issueDate')),
      say(
        'og hvis vi tar fornyelsesverifikasjonen 10.05.2027, hva blir ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-06-30' }),
      ),
      say(
        'og om vi tar den 1. februar 2027?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-02-01' }),
      ),
    ],
  },
  {
    name: '«14 mnd som vaktoffiser FØR jeg fikk sertifikatet og 4 mnd etter»: 4 months since the issue, not met; never asked again (nb, round 49)',
    locale: 'nb',
    turns: [
      say(
        'fikk D5 i 2023, har 14 mnd som vaktoffiser FØR jeg fikk sertifikatet og 4 mnd etter, er 25. kan jeg få førerrettigheter?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 4 },
        }),
      ),
    ],
  },
  {
    name: '"6 months (180 days) in approved training programme … and fagbrev as fisker": both taken, only the days after the diploma asked (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'first D4 - I have 6 months (180 days) in approved training programme on a 90 m ship documented in webcadet, and fagbrev as fisker. enough?',
        asks('deck.first-issue', 'daysAfterDiploma', {
          facts: { trainingProgramDays: 180, tradeCertificate: 'fisker' },
        }),
      ),
      say('150 days of it after the final diploma', decides('deck.first-issue', 'deck-officer-first-issue', 'meets')),
    ],
  },
  {
    name: '«180 dager kadett med webcadet, fagbrev som fisker, 125 dager etter vitnemål»: the training days taken, decided at once (nb, round 49)',
    locale: 'nb',
    turns: [
      say(
        'D4 første gang: 180 dager kadett med webcadet, fagbrev som fisker, 125 dager etter vitnemål. holder det?',
        decides('deck.cadet', 'deck-officer-first-issue', 'meets', undefined, { facts: { trainingProgramDays: 180 } }),
      ),
    ],
  },
  {
    name: '"safe manning 9 but we have 14 persons onboard total incl hotel staff": the safe manning decides, no cook required; never the fallback (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'safe manning 9 but we have 14 persons onboard total incl hotel staff. is a ship cook required?',
        decides('cook.required', 'ship-cook', 'not-required'),
      ),
    ],
  },
  {
    name: '"How do we get D6 included in the manning certificate …? shes a 13m aluminium workboat": the D6 update, never the fallback (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'How do we get D6 included in the manning certificate of our vessel? shes a 13m aluminium workboat',
        answersTopic('manning.d6-update'),
      ),
    ],
  },
  {
    name: '"warm layup in Haugesund …": the lay-up, no menu; "where can I read more about lay-up?" that answer again (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'warm layup in Haugesund for 3 months - do all positions on the manning cert have to be onboard?',
        answersTopic('manning.lay-up'),
      ),
      say('and where can I read more about lay-up?', answersTopic('manning.lay-up')),
    ],
  },
  {
    name: 'follow-ups the answer at hand says: approval at the quay, papers with the interim ISSC, how a verification is requested, the normal manning certificate (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'When the ferry is alongside at night, must all the positions on the manning certificate be onboard?',
        answersTopic('manning.moored'),
      ),
      say('do we need to get that approved by you?', answersTopic('manning.moored')),
      say('how early must the CSO request the ISPS verification?', answersTopic('isps.process')),
      say('and how is it requested?', answersTopic('isps.process')),
      say('we have a temporary manning certificate, does it expire?', answersTopic('manning.expiry')),
      say('and the normal one?', answersTopic('manning.expiry')),
    ],
  },
  {
    name: 'follow-ups the answer at hand says, in Norwegian: what the STCW application holds and its postal address, one master at a time, the assessor, the watchkeeping regulation (nb, round 49)',
    locale: 'nb',
    turns: [
      say(
        'Vi har fått pålegg om å oppdatere bemanningssertifikatet pga revisjonen av STCW. Hvordan gjør vi det? Må vi bruke KS-0308?',
        answersTopic('manning.stcw-update'),
      ),
      say('hva må være med i søknaden?', answersTopic('manning.stcw-update')),
      say('adresse for vanlig post?', answersTopic('manning.stcw-update')),
      say(
        'Jeg er røkter i et oppdrettsselskap men kjører båten. Hvilken stilling skal registreres?',
        answersTopic('seatime.positions'),
      ),
      say('kan både jeg og kollegaen min stå som skipsfører samtidig?', answersTopic('seatime.positions')),
      say(
        'Kan jeg ta kadettplassen hos et utenlandsk rederi på et skip under Bahamas-flagg?',
        answersTopic('deck.foreign-cadet'),
      ),
      say('hva er kravene til assessor?', answersTopic('deck.foreign-cadet')),
      say(
        'må alle stillingene på bemanningsoppgaven være om bord når vi ligger fortøyd ved kai over natta?',
        answersTopic('manning.moored'),
      ),
      say('hvilken forskrift om vakthold?', answersTopic('manning.moored')),
    ],
  },
  {
    name: '«hvis jeg bare hadde 10 mnd?» after D6 master on L 17 m with 14 months: a what-if, 10 months (nb, round 49)',
    locale: 'nb',
    turns: [
      say(
        'har D6. kan jeg være skipper på en arbeidsbåt på 14 meter, 30 BT, liten kystfart?',
        asks('d6.privileges', 'lengthOverall'),
      ),
      say(
        'hva med 18 meter da (L 17)? jeg er 23 og har 14 mnd som vaktoffiser på båter over 8 m',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'hvis jeg bare hadde 10 mnd?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, {
          facts: { monthsAsOfficerOfTheWatch: 10 },
        }),
      ),
    ],
  },
  {
    name: '"and if I didnt have fagbrev?" after a first D4 with fagbrev: the trade certificate taken away, never the fallback (en, round 49)',
    locale: 'en',
    turns: [
      say(
        'I have fagbrev matros, how much sea time do I need for D4 first time?',
        asks('deck.first-issue', 'trainingProgramDays'),
      ),
      say(
        'and if I didnt have fagbrev?',
        asks('deck.first-issue', 'trainingProgramDays', { facts: { tradeCertificate: 'none' } }),
      ),
    ],
  },
  {
    name: "support staff pasting «Må me ha skipskokk? Og kokken vår er 19 og har ikkje fagbrev …» and «Korleis skal eg svare?»: the cook required, and the cook's qualification too; no fallback (nn, round 49)",
    locale: 'nn',
    turns: [
      say(
        'Hei, eg jobbar i Sdir og har fått denne e-posten: «Me er eit lite reiarlag med ein ferje som tek 80 passasjerar, 250 BT. Sikkerheitsbemanninga er 11 personar. Må me ha skipskokk? Og kokken vår er 19 og har ikkje fagbrev, men me har sjekka at ho kan lage mat.» Korleis skal eg svare?',
        {
          ask: 'hasRelevantEducation',
          topics: ['cook.required', 'cook.qualification', 'cook.qualification', 'cook.qualification'],
          says: (l) => [COOK_REQUIRED[l]],
          never: (l) => [texts(l).conversation.alsoAskedOutside],
        },
      ),
    ],
  },
];

describe('Round 49, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
