/**
 * What round 41 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first was a confident wrong answer on the snapshot the testers had; the others
 * failed a follow-up to an answer just given.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Expect, type Golden, playGolden, say } from './golden-helpers.js';

/** The topic answered with its own text: no question asked, no decision. */
const answersTopic = (topic: string, more: Partial<Expect> = {}): Expect => ({ topic, ask: null, ...more });

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"can the AB do cooking without cook papers?" with a safe manning of 6: whether he may be the cook (§ 52), never "No, a cook is not required"; "what must company document?" is the skills check (en, round 41)',
    locale: 'en',
    turns: [
      say(
        'our crew is only 6 in safe manning, can the AB do cooking without cook papers?',
        asks('cook.qualification', 'age'),
      ),
      say('what must company document?', asks('cook.qualification', 'age')),
    ],
  },
  {
    name: '"why 10?" after no cook at a safe manning of 9: that answer again, never a what-if of 10 (en, round 41)',
    locale: 'en',
    turns: [
      say('do we need a cook? safe manning 9', decides('cook.required', 'ship-cook', 'not-required')),
      say('why 10?', decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } })),
    ],
  },
  {
    name: '"why 1867?" after a calculation: that answer again, never the fallback (en, round 41)',
    locale: 'en',
    turns: [
      say('1867 hours = how many days sea time?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say('why 1867?', decides('seatime.calculate', 'sea-time', 'calculated')),
    ],
  },
  {
    name: '"is there a circular on this?" after the lay-up: that answer, which names it (en, round 41)',
    locale: 'en',
    turns: [
      say('warm lay-up, must all positions on safe manning cert be on board?', answersTopic('manning.lay-up')),
      say('is there a circular on this?', answersTopic('manning.lay-up')),
    ],
  },
  {
    name: '"via what system?" after how a ship is certified: that answer, which names Altinn (en, round 41)',
    locale: 'en',
    turns: [
      say('ISPS steps for non-delegated ship, how early must CSO request verification?', answersTopic('isps.process')),
      say('via what system?', answersTopic('isps.process')),
    ],
  },
];

describe('Round 41, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
