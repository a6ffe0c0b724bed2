/**
 * What round 38 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each was a confident wrong answer on the snapshot the testers had.
 */
import { describe, expect, it } from 'vitest';
import { limit } from '../../rules/index.js';
import { FACT_QUESTIONS } from '../../content/facts.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"about 130 days" after a calculation on 8 days: 130 days, never "I am using what you told me earlier: 8 days" (en, round 38)',
    locale: 'en',
    turns: [
      say(
        'i work on fish farm boat 8 hours day, from 1 march to 31 august 2025 every weekday, how much sea time',
        asks('seatime.calculate', 'days'),
      ),
      say('8', decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 8 } })),
      say(
        'about 130 days',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 130 } }),
      ),
    ],
  },
  {
    name: '"and if we do it 9 December?" after a renewal verification on 10 December 2027: 9 December 2027, never 2026 (en, round 38)',
    locale: 'en',
    turns: [
      say(
        'ISSC expires 10 March 2028, we do renewal 10 December 2027, new expiry?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2033-03-10' }),
      ),
      say(
        'and if we do it 9 December?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', { newExpiry: '2032-12-09' }),
      ),
    ],
  },
  {
    name: '"360 days in ISF cadet book but all on 12 m boats": the days asked are those on ships of 15 m or more, and the question says so (en, round 38)',
    locale: 'en',
    turns: [
      say(
        'cadet, 360 days in ISF cadet book but all on 12 m boats, 150 days after vitnemål D4. can apply D4?',
        asks('deck.cadet', 'trainingProgramDays', {
          absent: ['trainingProgramDays'],
          says: (l) => [FACT_QUESTIONS.trainingProgramDays.question[l]],
        }),
      ),
    ],
  },
  {
    name: '«sikkerhetsbemanningen er 10, kan matrosen lage maten hvis vi sjekker han ut?»: the cook’s qualification (check-out only under 10), never "Det kan de" (nb, round 38)',
    locale: 'nb',
    turns: [
      say(
        'sikkerhetsbemanningen er 10, kan matrosen lage maten hvis vi sjekker han ut?',
        asks('cook.qualification', 'age'),
      ),
    ],
  },
];

describe('Round 38, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
  // The question asked names the ships whose days count (seed 004: 15 m length overall or more).
  it.each(['nb', 'nn', 'en'] as const)(
    'the question of the training programme’s days names their least length (%s)',
    (l) => {
      expect(FACT_QUESTIONS.trainingProgramDays.question[l]).toContain(String(limit('trainingMinLengthOverall')));
    },
  );
});
