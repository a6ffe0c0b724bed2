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
];

/** First messages out of scope that round 17 found answered as in scope: each now the fallback. */
const OUT_OF_SCOPE: { locale: 'nb' | 'nn' | 'en'; text: string }[] = [
  { locale: 'nn', text: 'treng arbeidsbåten AIS når han er under 15 meter og skipper har D6?' },
  { locale: 'nn', text: 'er det krav om kokk på ein fritidsbåt med 12 gjester om bord?' },
  { locale: 'nn', text: 'kor lenge må eg ta vare på fartstidsattestane mine?' },
];

describe('round 17 and the open items before it, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const { locale, text } of OUT_OF_SCOPE)
    it(`out of scope, the fallback: ${text.slice(0, 100)}`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topics: ['fallback'] })] }));
});
