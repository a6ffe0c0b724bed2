/**
 * What round 8 found (and what was seen while preparing it), played through the real turn core
 * after the fix.
 */
import { describe, it } from 'vitest';
import { decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: 'an HR e-mail ending "Could you please help with both?" gets its two questions, not the contact card (en, W3)',
    locale: 'en',
    turns: [
      say(
        'Hi, I work in HR at a shipping company. One of our seafarers has worked 180 days on board with 12 hour shifts. How do we calculate his sea time, and who should sign the confirmation? Could you please help with both?',
        {
          topics: ['seatime.calculate', 'seatime.who-can-confirm', 'seatime.who-can-confirm'],
          decision: { rule: 'sea-time', outcome: 'calculated', values: { hours: 2160 } },
        },
      ),
    ],
  },
  {
    name: '«180 dagar med 12-timars skift» is 180 days of 12 hours (nn)',
    locale: 'nn',
    turns: [
      say(
        'han har jobba 180 dagar med 12-timars skift. kor mykje fartstid blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2160 }),
      ),
    ],
  },
  {
    name: '"90 days on board at 12-hour shifts" is 90 days of 12 hours (en)',
    locale: 'en',
    turns: [
      say(
        'I did 90 days on board at 12-hour shifts, how much sea time is that?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1080 }),
      ),
    ],
  },
];

describe('round 8: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
