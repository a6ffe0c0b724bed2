/**
 * Long flows through the real turn core, in bokmål, nynorsk and English: each question of the
 * sea-time confirmation says where it stands ("3 of 14", counted from the facts the rule still
 * needs); the answers are reviewed before the document is made, any of them can be changed (the
 * question is asked again, and the review comes back), and going on gives the decision with its
 * documents. Short flows show no progress.
 */
import { describe, it } from 'vitest';
import type { Locale } from '../../content/topic-ids.js';
import {
  asks,
  decides,
  type Expect,
  type Golden,
  pick,
  playGolden,
  reviews,
  SEA_TIME_D6_FACTS,
  say,
  type Turn,
} from './golden-helpers.js';

const TOPIC = 'seatime.confirmation';
const RULE = 'sea-time-confirmation';

/** One answer of the flow: typed or clicked. */
type Answer = { say: string } | { pick: string };

/** The answers to a D6 confirmation, per language, in the order the rule asks (after the certificate). */
const ANSWERS: Record<Locale, Answer[]> = {
  nb: [
    { say: 'Kari Nordmann' },
    { say: '17.04.1990' },
    { say: 'lettmatros' },
    { say: '06.01.2025' },
    { say: '28.03.2025' },
    { say: '60' },
    { say: '12' },
    { say: 'MS Havbris' },
    { say: 'LK2345' },
    { say: '14,9 m' },
    { say: 'Ola Hansen' },
    { pick: 'answer:company-representative' },
    { pick: 'answer:no' },
  ],
  nn: [
    { say: 'Kari Nordmann' },
    { say: '17.04.1990' },
    { say: 'skipsførar' },
    { say: '06.01.2025' },
    { say: '28.03.2025' },
    { say: '60' },
    { say: '12' },
    { say: 'MS Havbris' },
    { say: 'LK2345' },
    { say: '14,9 m' },
    { say: 'Ola Hansen' },
    { pick: 'answer:master' },
    { pick: 'answer:no' },
  ],
  en: [
    { say: 'Kari Nordmann' },
    { say: '17.04.1990' },
    { say: 'ordinary seaman' },
    { say: '06.01.2025' },
    { say: '28.03.2025' },
    { say: '60' },
    { say: '12' },
    { say: 'MS Havbris' },
    { say: 'LK2345' },
    { say: '14.9 m' },
    { say: 'Ola Hansen' },
    { pick: 'answer:owner' },
    { pick: 'answer:no' },
  ],
};

/** A turn in the language the user picked. */
const turn = (answer: Answer, expect: Expect, locale: Locale): Turn =>
  'say' in answer ? say(answer.say, expect, locale) : pick(answer.pick, expect, locale);

/** The whole D6 flow up to its review: each question with its place, "n of 14". */
function toReview(locale: Locale): Turn[] {
  const of = SEA_TIME_D6_FACTS.length;
  const answers = ANSWERS[locale];
  return [
    pick('topic:seatime.confirmation', asks(TOPIC, 'targetCertificate', { progress: { step: 1, of } }), locale),
    pick('answer:D6', asks(TOPIC, 'seafarerName', { progress: { step: 2, of } }), locale),
    ...answers.map((answer, i) => {
      const next = SEA_TIME_D6_FACTS[i + 2];
      return turn(
        answer,
        next ? asks(TOPIC, next, { progress: { step: i + 3, of } }) : reviews(TOPIC, SEA_TIME_D6_FACTS),
        locale,
      );
    }),
  ];
}

const GOLDEN: Golden[] = [
  {
    name: 'a sea-time confirmation counts its questions, is reviewed, a name is changed, and then decided (nb)',
    locale: 'nb',
    turns: [
      ...toReview('nb'),
      pick('change:vesselName', asks(TOPIC, 'vesselName', { progress: null }), 'nb'),
      say('MS Sjøblomsten', reviews(TOPIC, SEA_TIME_D6_FACTS, { facts: { vesselName: 'MS Sjøblomsten' } }), 'nb'),
      pick('review:ok', decides(TOPIC, RULE, 'complete', undefined, { facts: { vesselName: 'MS Sjøblomsten' } }), 'nb'),
    ],
  },
  {
    name: 'ei stadfesting av fartstid tel spørsmåla, blir gått gjennom, ein dato blir endra, og så avgjord (nn)',
    locale: 'nn',
    turns: [
      ...toReview('nn'),
      pick('change:periodTo', asks(TOPIC, 'periodTo', { progress: null }), 'nn'),
      say('31.03.2025', reviews(TOPIC, SEA_TIME_D6_FACTS, { facts: { periodTo: '2025-03-31' } }), 'nn'),
      pick('review:ok', decides(TOPIC, RULE, 'complete'), 'nn'),
    ],
  },
  {
    name: 'changing the certificate to D5 from the review asks the two facts a D5 needs, then reviews them too (en)',
    locale: 'en',
    turns: [
      ...toReview('en'),
      pick('change:targetCertificate', asks(TOPIC, 'targetCertificate', { progress: null }), 'en'),
      // The flow grows by the tonnage and the trading area: 15 and 16 of 16.
      pick('answer:D5', asks(TOPIC, 'grossTonnage', { progress: { step: 15, of: 16 } }), 'en'),
      say('450 GT', asks(TOPIC, 'tradingArea', { progress: { step: 16, of: 16 } }), 'en'),
      say(
        'liten kystfart',
        reviews(TOPIC, [
          ...SEA_TIME_D6_FACTS.slice(0, 11),
          'grossTonnage',
          'tradingArea',
          ...SEA_TIME_D6_FACTS.slice(11),
        ]),
        'en',
      ),
      pick('review:ok', decides(TOPIC, RULE, 'complete', undefined, { facts: { targetCertificate: 'D5' } }), 'en'),
    ],
  },
  {
    name: 'a question outside the catalogue while the review is shown gets the fallback, then the review again (nb)',
    locale: 'nb',
    turns: [
      ...toReview('nb'),
      say('Hva er hovedstaden i Frankrike?', { topics: ['fallback', TOPIC], review: SEA_TIME_D6_FACTS }, 'nb'),
      pick('review:ok', decides(TOPIC, RULE, 'complete'), 'nb'),
    ],
  },
  {
    name: 'a short flow shows no progress (en)',
    locale: 'en',
    turns: [say('Do we need a ship’s cook?', asks('cook.required', 'safetyManning', { progress: null }))],
  },
];

describe('long flows: progress and the review before the document', () => {
  it.each(GOLDEN)('$name', playGolden, 30_000);
});
