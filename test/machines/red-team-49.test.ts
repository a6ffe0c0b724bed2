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
];

describe('Round 49, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
