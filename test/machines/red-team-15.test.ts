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
  {
    name: 'A what-if after the first question is answered after it: «Trenger vi kokk når sikkerhetsbemanningen er 9? Hva om vi blir 12?» (nb, round 14)',
    locale: 'nb',
    turns: [
      say('Trenger vi kokk når sikkerhetsbemanningen er 9? Hva om vi blir 12?', {
        topic: 'cook.required',
        decisions: [
          { rule: 'ship-cook', outcome: 'not-required' },
          { rule: 'ship-cook', outcome: 'required' },
        ],
        facts: { safetyManning: 12 },
      }),
      // The conversation goes on from the last what-if: another one changes it again.
      say(
        'hva om vi er 8?',
        decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 8 } }),
      ),
    ],
  },
  {
    name: 'A what-if naming its own value beside the question: both are answered, neither is lost (en, round 14)',
    locale: 'en',
    turns: [
      say('Do we need a cook with 9 in the safe manning? What if the safe manning is 11? And what if 15?', {
        topic: 'cook.required',
        decisions: [
          { rule: 'ship-cook', outcome: 'not-required' },
          { rule: 'ship-cook', outcome: 'required' },
          { rule: 'ship-cook', outcome: 'required' },
        ],
        facts: { safetyManning: 15 },
      }),
    ],
  },
  {
    name: '«45 BT … Hva om det er 60 BT?» in one message: 45 decides, 60 is the what-if (nb, round 14)',
    locale: 'nb',
    turns: [
      say('Trenger lasteskipet vårt på 45 BT bemanningssertifikat? Norsk flagg. Hva om det er 60 BT?', {
        topic: 'manning.which-vessels',
        decisions: [
          { rule: 'manning-certificate', outcome: 'not-required' },
          { rule: 'manning-certificate', outcome: 'required' },
        ],
      }),
    ],
  },
  {
    name: '«Kva om eg var 18?» after a dated health certificate at 17, in one message (nn, round 14)',
    locale: 'nn',
    turns: [
      say('Helseerklæringa vart skriven ut 01.03.2025, eg var 17. Gjeld ho? Kva om eg var 18?', {
        topic: 'health.certificate',
        decisions: [
          { rule: 'health-certificate', outcome: 'expired' },
          { rule: 'health-certificate', outcome: 'valid' },
        ],
      }),
    ],
  },
  {
    name: 'A what-if while a fact is still missing waits: the fact is asked, nothing decided (en, round 14)',
    locale: 'en',
    turns: [say("Do we need a ship's cook? Hva om det er 45 BT?", { topic: 'cook.required', ask: 'safetyManning' })],
  },
];

describe('round 15: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
