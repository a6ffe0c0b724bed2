/**
 * What round 45 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first three were confident wrong answers on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { answersTopic, asks, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"ordinary seaman requirement - is it 6 months on deck?": the requirement quoted, never "Yes, you meet it" (en, round 45)',
    locale: 'en',
    turns: [
      say(
        'Hi, ordinary seaman requirement - is it 6 months on deck? which paragraph?',
        asks('ratings.lettmatros', 'monthsDeckService', { absent: ['monthsDeckService'] }),
      ),
    ],
  },
  {
    name: '"for oiler, is it 6 months in the engine room?": the requirement quoted, never "Yes, you meet it" (en, round 45)',
    locale: 'en',
    turns: [
      say(
        'for oiler, is it 6 months in the engine room? what paragraph?',
        asks('ratings.smorer', 'monthsEngineService', { absent: ['monthsEngineService'] }),
      ),
    ],
  },
  {
    name: '«Skal flytte båten … for verkstedsopphold, ingen last eller passasjerer. Må vi ha full bemanning …?»: the relocation (§ 13), never the certificate’s expiry (nb, round 45)',
    locale: 'nb',
    turns: [
      say(
        'Skal flytte båten fra Bergen til Ålesund for verkstedsopphold, ingen last eller passasjerer. Må vi ha full bemanning etter bemanningssertifikatet?',
        answersTopic('manning.repositioning'),
      ),
    ],
  },
  {
    name: '"a cook from Philippines with a cooking diploma from there. Is that accepted …?": the cook’s qualification, never whether a cook is required (en, round 45)',
    locale: 'en',
    turns: [
      say(
        'We want to hire a cook from Philippines with a cooking diploma from there. Is that accepted on Norwegian ship?',
        asks('cook.qualification', 'age'),
      ),
    ],
  },
  {
    name: '"14 months as vakthavende/OOW … Can I be master …?": master, the time as OOW served (en, round 45)',
    locale: 'en',
    turns: [
      say(
        "Hi, I'm 23 years old with D6, have 14 months as vakthavende/OOW on 12 m boats. Can I be master on a cargo boat with L 20 m, liten kystfart?",
        asks('d6.privileges', 'grossTonnage', { facts: { role: 'master', monthsAsOfficerOfTheWatch: 14 } }),
      ),
    ],
  },
];

describe('Round 45, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
