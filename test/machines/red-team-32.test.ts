/**
 * What round 32 found, played through the real turn core after the fix: the red team's texts
 * verbatim.
 */
import { describe, it } from 'vitest';
import { asks, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"signed by Odd Vik, master": the signer\'s role, never the seafarer\'s position (en, round 32)',
    locale: 'en',
    turns: [
      say(
        'sea time confirmation D6 for Ali Khan 1.1.1990, lettmatros, 01.03.2026-31.05.2026, 60 days, 8 h, Sula LM3030 12 m',
        asks('seatime.confirmation', 'vesselName', { facts: { position: 'lettmatros' } }),
      ),
      say(
        'signed by Odd Vik, master',
        asks('seatime.confirmation', 'vesselName', {
          facts: { position: 'lettmatros', signerName: 'Odd Vik', signerRole: 'master' },
        }),
      ),
    ],
  },
  {
    name: '"and what about cook there, crew 8?" after a 400 GT vessel: the cook, never 8 GT (en, round 32)',
    locale: 'en',
    turns: [
      say('manning certificate for Norwegian well boat (bronnbat) 400 GT?', {
        topic: 'manning.which-vessels',
        ask: null,
        decision: { rule: 'manning-certificate', outcome: 'required' },
      }),
      say('and what about cook there, crew 8?', asks('cook.required', 'safetyManning')),
    ],
  },
  {
    name: '"what about crew 8?" after a 400 GT vessel: never 8 GT (en, round 32)',
    locale: 'en',
    turns: [
      say('manning certificate norwegian tug 400 GT?', {
        topic: 'manning.which-vessels',
        ask: null,
        decision: { rule: 'manning-certificate', outcome: 'required' },
      }),
      say('what about crew 8?', { topic: 'fallback', ask: null }),
    ],
  },
  {
    name: '"and the courses are from a course centre in MSK" when the uploads are asked: none uploaded, asked again (en, round 32)',
    locale: 'en',
    turns: [
      say(
        'will my certificate be issued automatically if the company reported my sea time via API?',
        asks('aps.processing', 'uploadedDocuments'),
      ),
      say(
        'and the courses are from a course centre in MSK',
        asks('aps.processing', 'uploadedDocuments', { absent: ['uploadedDocuments'] }),
      ),
    ],
  },
];

describe('Round 32, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
