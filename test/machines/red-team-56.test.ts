/**
 * What round 56 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Most were confident wrong answers on the snapshot the testers had: a correction "4
 * months, not 3" read as 4 days, a renewal what-if date read as a day asked about (the return of the
 * ISSC answered), a days-to-hours conversion for a D5 answered with the first issue's requirements,
 * a second count of days dropped, «treng vi kokk?» answered as the safety crew's other duties; and,
 * from the out-of-scope probe, a bank account answered with the contact card and "get it in English"
 * said of a document read as a request for another language.
 */
import { describe, it } from 'vitest';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"correction: it was 4 months, not 3" while the days worked are asked, after "back to my case, 3 months at 12": 120 days at 12 hours, never 4 days at a what-if\'s 6 (en, round 56)',
    locale: 'en',
    turns: [
      say('fartstid for 3 months at 12 hours?', asks('seatime.calculate', 'days')),
      say('and 6 months at 6 hours?', asks('seatime.calculate', 'days')),
      say('ok back to my case, 3 months at 12', asks('seatime.calculate', 'days', { facts: { hoursPerDay: 12 } })),
      say(
        'correction: it was 4 months, not 3',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 1440 },
          { facts: { days: 120, hoursPerDay: 12 } },
        ),
      ),
    ],
  },
  {
    name: '"and on 30.09.2026?", "what about 31/8-26?" after a renewal verification on 1 Oct 2026: the verification moved, never the return of the ISSC (en, round 56)',
    locale: 'en',
    turns: [
      say(
        'ISSC renewal: cert expires 31.12.2026. when is the earliest we can do the renewal verification without losing time?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry'),
      ),
      say(
        "so if we do it on 1 oct 2026, what's the new expiry",
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2026-10-01' },
        }),
      ),
      say(
        'and on 30.09.2026?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2026-12-31', verificationDate: '2026-09-30' },
        }),
      ),
      say(
        'what about 31/8-26?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { expiryDate: '2026-12-31', verificationDate: '2026-08-31' },
        }),
      ),
    ],
  },
  {
    name: '"I need 360 days fartstid for renewal of my D5. how many hours on board is that?": the hours worked out, never the first issue\'s requirements (en, round 56)',
    locale: 'en',
    turns: [
      say(
        'I need 360 days fartstid for renewal of my D5. how many hours on board is that?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { targetDays: 360 } }),
      ),
    ],
  },
  {
    name: '«20 dagar i januar og 25 i februar, 12 timar kvar dag»: 45 days, never the 20 alone (nn)',
    locale: 'nn',
    turns: [
      say(
        'kor mykje fartstid får eg? 20 dagar i januar og 25 i februar, 12 timar kvar dag',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 540 },
          { facts: { days: 45, hoursPerDay: 12 } },
        ),
      ),
    ],
  },
  {
    name: '«fartstid 20 og 25 dager, 12 t/dag»: 45 days, never the 25 alone (nb)',
    locale: 'nb',
    turns: [
      say(
        'fartstid 20 og 25 dager, 12 t/dag',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 540 }, { facts: { days: 45 } }),
      ),
    ],
  },
  {
    name: '«tilbake til oss, treng vi kokk?» after what the safety crew may do, 9 in the safe manning: no cook needed, never the other duties again (nn, round 56)',
    locale: 'nn',
    turns: [
      say(
        'vi er 9 i sikkerheitsbemanninga. kan dei selje billettar under overfarten?',
        answersTopic('manning.other-duties'),
      ),
      say('tilbake til oss, treng vi kokk?', decides('cook.required', 'ship-cook', 'not-required')),
    ],
  },
  {
    name: '«sertifikatet mitt er på bokmål, kan jeg få det på engelsk …»: the document in English is outside, never the chat switched to English (nb, oos56)',
    locale: 'nb',
    turns: [
      say(
        'sertifikatet mitt er på bokmål, kan jeg få det på engelsk til utenlandsk rederi',
        answersTopic('fallback', { locale: 'nb' }),
      ),
    ],
  },
  {
    name: '«kva er kontonummeret til sjøfartsdirektoratet»: outside the sources, never the contact card as if it said (nn, oos56)',
    locale: 'nn',
    turns: [say('kva er kontonummeret til sjøfartsdirektoratet', answersTopic('fallback'))],
  },
];

describe('Round 56, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
