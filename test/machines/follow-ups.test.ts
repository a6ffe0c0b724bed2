/**
 * Follow-ups the red team (round 2) saw fail in four guided flows, played through the real turn core:
 * a yes/no question answered with a statement, corrections and what-ifs after a first-issue or cadet
 * decision (relative ones too), the rating position asked about against a position served in, and
 * corrections inside the sea-time confirmation builder.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

const MATROS = 'ratings.matros';

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
];

describe('follow-ups in guided flows', () => {
  it.each(CONVERSATIONS)('$name', playGolden);
});
