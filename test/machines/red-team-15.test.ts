/**
 * What round 15 found, and the open items of round 14 mended beside it, played through the real
 * turn core after the fix.
 */
import { describe, it } from 'vitest';
import { decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«Jeg var 18, nei ikke 18 men 17»: the age at issue is 17, and a certificate issued at 17 lasts one year (nb, round 14)',
    locale: 'nb',
    turns: [
      say(
        'Helseerklæring utstedt 01.03.2025. Jeg var 18, nei ikke 18 men 17. Er den gyldig?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2025-03-01', ageAtIssue: 17 },
        }),
      ),
    ],
  },
  {
    name: '"I was 18 then — no wait, not 18, I was 17": 17, expired (en, round 14)',
    locale: 'en',
    turns: [
      say(
        'Health certificate issued 01.03.2025. I was 18 then — no wait, not 18, I was 17. Still valid?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { issueDate: '2025-03-01', ageAtIssue: 17 },
        }),
      ),
    ],
  },
  {
    name: 'A Norwegian fragment answering in an English conversation («tolv timer») keeps it English (en, round 14)',
    locale: 'en',
    turns: [
      say('how much sea time do I get for 20 days?', { topic: 'seatime.calculate', ask: 'hoursPerDay' }),
      say('tolv timer', {
        decision: { rule: 'sea-time', outcome: 'calculated' },
        facts: { days: 20, hoursPerDay: 12 },
        locale: 'en',
      }),
    ],
  },
  {
    name: 'A one-word English answer in a Norwegian conversation keeps it Norwegian (nn, round 14)',
    locale: 'nn',
    turns: [
      say('treng vi skipskokk om bord?', { topic: 'cook.required', ask: 'safetyManning' }),
      say('eleven persons', {
        decision: { rule: 'ship-cook', outcome: 'required' },
        locale: 'nn',
      }),
    ],
  },
];

describe('round 15: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
