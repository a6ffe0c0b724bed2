/**
 * What round 43 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each was a confident wrong answer on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"issc renewal 5 months early new expiry date? expiry 1/9-26": the verification 5 months before the expiry, a new expiry of 2031, never "expired" (en, round 43)',
    locale: 'en',
    turns: [
      say(
        'issc renewal 5 months early new expiry date? expiry 1/9-26',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2026-04-01', expiryDate: '2026-09-01' },
        }),
      ),
    ],
  },
  {
    name: '"sorry I meant 36 months not 30" while the programme days are asked: the sea time corrected to 1,080 days, never 36 programme days (en, round 43)',
    locale: 'en',
    turns: [
      say(
        'Hi, I am applying for D4 first time. I have 30 months on ships over 15 m incl. 6 months bridge watch. Is it enough?',
        asks('deck.first-issue', 'trainingProgramDays'),
      ),
      say(
        'sorry I meant 36 months not 30',
        asks('deck.first-issue', 'trainingProgramDays', {
          facts: { seaTimeDays: 1080 },
          absent: ['trainingProgramDays'],
        }),
      ),
    ],
  },
  {
    name: '"we are only 6 in safe manning, can the deckhand cook?": whether he may be the cook (§ 52), never the ticket-selling answer (en, round 43)',
    locale: 'en',
    turns: [say('we are only 6 in safe manning, can the deckhand cook?', asks('cook.qualification', 'age'))],
  },
  {
    name: '"a cook from Philippines with culinary diploma from Manila. Is that ok …? Safe manning is 14.": the cook’s qualification, never "Yes, a cook is required" (en, round 43)',
    locale: 'en',
    turns: [
      say(
        'Hello, we have a cook from Philippines with culinary diploma from Manila. Is that ok for Norwegian ship cook? Safe manning is 14.',
        { topic: 'cook.qualification' },
      ),
    ],
  },
  {
    name: '"I need to register a new boat in NIS … What documents do I need and what is the fee?": the fallback only, never how sea time is documented (en, round 43)',
    locale: 'en',
    turns: [
      say(
        'Hello, I need to register a new boat in NIS (Norwegian International Ship Register). What documents do I need and what is the fee?',
        { topic: 'fallback' },
      ),
    ],
  },
  {
    name: '«og 100 dagar med 14 t?» after 10 days at 12 hours: 100 days at 14 hours instead, never 110 days (nn, round 43)',
    locale: 'nn',
    turns: [
      say('fartstid 12 timar per dag i 10 dagar', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'og 100 dagar med 14 t?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 100, hoursPerDay: 14 } }),
      ),
    ],
  },
  {
    name: '«… oppdateres pga revidert STCW. Hva må vi sende inn og til hvem?»: the STCW update only, never also how to apply with KS-0308 (nb, round 43)',
    locale: 'nb',
    turns: [
      say(
        'Vi har fått brev om at bemanningssertifikatet må oppdateres pga revidert STCW. Hva må vi sende inn og til hvem?',
        answersTopic('manning.stcw-update'),
      ),
    ],
  },
  {
    name: '«Skipet skal i kaldt opplag … Hvor mange må være om bord? Bestemmer Sdir det?»: the lay-up answers both, no fallback beside it (nb, round 43)',
    locale: 'nb',
    turns: [
      say(
        'Skipet skal i kaldt opplag i Gulen fra november. Hvor mange må være om bord? Bestemmer Sdir det?',
        answersTopic('manning.lay-up'),
      ),
    ],
  },
];

describe('Round 43, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
