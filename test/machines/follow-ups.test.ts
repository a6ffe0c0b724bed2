/**
 * Follow-ups the red team (round 2) saw fail in four guided flows, played through the real turn core:
 * a yes/no question answered with a statement, corrections and what-ifs after a first-issue or cadet
 * decision (relative ones too), the rating position asked about against a position served in, and
 * corrections inside the sea-time confirmation builder.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, reviews, SEA_TIME_D6_FACTS, say } from './golden-helpers.js';

const MATROS = 'ratings.matros';
const FIRST = 'deck.first-issue';
const CADET_MESSAGE =
  'cadet, D4 diploma finished. webcadet. 380 days sea time on ships over 15 m, 120 days of them after the diploma. Can I apply now?';
const D5_MESSAGE =
  'Requirements for first D5? I have 30 months on ships over 15 m LOA, 6 months bridge watch, assessment done, 30 days after diploma';
const DECK = 'deck-officer-first-issue';
const OPENING = {
  en: 'help me make a sea time confirmation',
  nb: 'hjelp meg å lage fartstidsattest',
  nn: 'kan de hjelpe meg å skrive ei stadfesting av fartstid?',
} as const;

/** A first D5 decided "not yet" on 30 months, then the sea time changed in one of the ways people write it. */
const d5Changed = (text: string): Golden => ({
  name: `first D5: «${text}» after the decision decides again on 36 months (en, F19)`,
  locale: 'en',
  turns: [
    say(D5_MESSAGE, decides(FIRST, DECK, 'does-not-meet')),
    say(text, decides(FIRST, DECK, 'meets', undefined, { facts: { seaTimeDays: 1080 } })),
  ],
});

const CONVERSATIONS: Golden[] = [
  {
    name: 'service time given when asked about a trade certificate is taken, and the question is asked again (en, F20)',
    locale: 'en',
    turns: [
      say(
        'the safe manning document says Matros but no certificate requirement, ship is 450 GT. what does my AB need?',
        asks(MATROS, 'hasTradeCertificate'),
      ),
      say('he has 6 months as OS and 1 year on deck', {
        ...asks(MATROS, 'hasTradeCertificate'),
        facts: { monthsAsOrdinarySeaman: 6, monthsDeckService: 12 },
      }),
      say('no', decides(MATROS, 'matros', 'does-not-meet')),
    ],
  },
  {
    name: '"no fagbrev" with the service time answers the trade-certificate question no (en, F20)',
    locale: 'en',
    turns: [
      say(
        'the safe manning document says Matros but no certificate requirement, ship is 450 GT. what does my AB need?',
        asks(MATROS, 'hasTradeCertificate'),
      ),
      say('no fagbrev. 6 months as OS and 1 year on deck', decides(MATROS, 'matros', 'does-not-meet')),
    ],
  },
  ...['sorry its 36 months', 'what if I had 36 months?', 'no wait, 1080 days', 'correction: 36 months sea time'].map(
    d5Changed,
  ),
  {
    name: 'cadet: "sorry only 119 after diploma" after a yes decides again on the days after the diploma (en, F18)',
    locale: 'en',
    turns: [
      say(CADET_MESSAGE, { ask: 'trainingProgramDays' }),
      say('380', { ask: null, decision: { rule: DECK, outcome: 'meets' } }),
      say('sorry only 119 after diploma', {
        ask: null,
        decision: { rule: DECK, outcome: 'does-not-meet' },
        facts: { trainingProgramDays: 380, daysAfterDiploma: 119 },
      }),
    ],
  },
  {
    name: 'cadet: "sorry only 119 after diploma" before the answer changes the days after the diploma, not the programme days (en, F18)',
    locale: 'en',
    turns: [
      say(CADET_MESSAGE, { ask: 'trainingProgramDays' }),
      say('sorry only 119 after diploma', {
        ask: null,
        decision: { rule: DECK, outcome: 'does-not-meet' },
        facts: { daysAfterDiploma: 119, seaTimeDays: 380 },
        absent: ['trainingProgramDays'],
      }),
    ],
  },
  {
    name: 'ratings: "what if he gets 3 more months on deck?" adds them to the deck months given (en, F21)',
    locale: 'en',
    turns: [
      say('what is required for maskinpasser-lettmatros position? my guy has 7 months engine and 3 months deck', {
        ask: 'monthsMechanicalPractice',
      }),
      say('0', decides('ratings.maskinpasser-lettmatros', 'rating-requirements', 'does-not-meet')),
      say('what if he gets 3 more months on deck?', {
        ...decides('ratings.maskinpasser-lettmatros', 'rating-requirements', 'does-not-meet'),
        facts: { monthsDeckService: 6, monthsEngineService: 7 },
      }),
    ],
  },
  {
    name: 'master rights: "if I sail one more month?" adds a month to the months since the issue (en, F7)',
    locale: 'en',
    turns: [
      say(
        'D5 without master rights, I am 20 and have 11 months as officer of the watch since the first issue. Can I get master rights?',
        {
          ask: null,
          decision: { rule: 'master-rights', outcome: 'not-eligible' },
        },
      ),
      say('ok and if I sail one more month?', {
        ask: null,
        decision: { rule: 'master-rights', outcome: 'eligible' },
        facts: { monthsAsOfficerOfTheWatchSinceIssue: 12 },
      }),
    ],
  },
  {
    name: 'ratings: «og om eg får 1 månad til på dekk?» adds the month (nn)',
    locale: 'nn',
    turns: [
      say('kva krav er det til lettmatros? eg har 5 månader på dekk', { ask: 'monthsMechanicalPractice' }),
      say('0', decides('ratings.lettmatros', 'rating-requirements', 'does-not-meet')),
      say('og om eg får 1 månad til på dekk?', {
        ...decides('ratings.lettmatros', 'rating-requirements', 'meets'),
        facts: { monthsDeckService: 6 },
      }),
    ],
  },
  {
    name: 'ratings: "3 months on deck as lettmatros" while smører is asked keeps smører and is not other practice (en, F21)',
    locale: 'en',
    turns: [
      say(
        'Requirements for smører? He has 3 months in the engine room',
        asks('ratings.smorer', 'monthsMechanicalPractice'),
      ),
      say('he also has 3 months on deck as lettmatros', {
        ...asks('ratings.smorer', 'monthsMechanicalPractice'),
        facts: { position: 'smorer', monthsDeckService: 3, monthsEngineService: 3 },
        absent: ['monthsMechanicalPractice'],
      }),
      say('0', {
        ...decides('ratings.smorer', 'rating-requirements', 'does-not-meet'),
        facts: { position: 'smorer', monthsMechanicalPractice: 0 },
      }),
    ],
  },
  {
    name: '«matros på et sjøgående skip på 500 BT» is seagoing: the certificate is required at once (nb, norsk2 19)',
    locale: 'nb',
    turns: [
      say(
        'matros på et sjøgående skip på 500 BT, må jeg ha ferdighetssertifikat?',
        decides(MATROS, 'matros', 'certificate-required'),
      ),
    ],
  },
  {
    name: '«sjøgåande skip» in nynorsk is seagoing too (nn, norsk2 19)',
    locale: 'nn',
    turns: [
      say(
        'matros på eit sjøgåande skip på 500 BT, må eg ha ferdigheitssertifikat?',
        decides(MATROS, 'matros', 'certificate-required'),
      ),
    ],
  },
  {
    name: 'builder: "actually Jan will sign it himself, he is co-owner" at the review makes it self-signed (en, F16)',
    locale: 'en',
    turns: [
      ...[
        'help me make sea time confirmation',
        'D6',
        'Jan Kowalski',
        '12.04.1990',
        'deckhand',
        '1 jan 2026',
        '30.06.2026',
        '120 days',
        '6 hours per day',
        'Laksefjord',
        'LM1234',
        '14,5 meter',
        'Ola Nordmann',
        'I am the owner of the boat',
      ].map((text) => say(text, {})),
      say('no', reviews('seatime.confirmation', SEA_TIME_D6_FACTS)),
      say('actually Jan will sign it himself, he is co-owner', {
        ...decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', { problems: ['self-signed'] }),
        facts: { signerIsSeafarer: true },
      }),
    ],
  },
  ...(
    [
      ['en', 'akvatekniker', 'ok, then lettmatros', 'lettmatros'],
      ['nb', 'røkter', 'greit, da matros', 'matros'],
      ['nn', 'røktar', 'han var lettmatros', 'lettmatros'],
    ] as const
  ).map(
    ([locale, title, instead, position]): Golden => ({
      name: `builder: a fish-farm title («${title}») is refused and the position asked again; «${instead}» mends it (${locale}, F17)`,
      locale,
      turns: [
        say(OPENING[locale], {}),
        ...['D6', 'Jan Kowalski', '12.04.1990'].map((text) => say(text, {})),
        say(title, asks('seatime.confirmation', 'position', { absent: ['position'] })),
        say(instead, asks('seatime.confirmation', 'periodFrom', { facts: { position } })),
      ],
    }),
  ),
  {
    name: 'builder: a fish-farm title given again after it was refused is the decision: not accepted (en, F17)',
    locale: 'en',
    turns: [
      ...['help me make a sea time confirmation', 'D6', 'Jan Kowalski', '12.04.1990'].map((text) => say(text, {})),
      say('akvatekniker', asks('seatime.confirmation', 'position')),
      say(
        'røkter',
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', { problems: ['position-not-accepted'] }),
      ),
    ],
  },
];

describe('follow-ups in guided flows', () => {
  it.each(CONVERSATIONS)('$name', playGolden);
});
