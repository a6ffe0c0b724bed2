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
  {
    name: '"do we need to keep the full safe manning on board?" after a warm lay-up is the lay-up again, not relocating (en, W13)',
    locale: 'en',
    turns: [
      say('We are putting our passenger ship in warm lay-up in Bergen from January.', { topic: 'manning.lay-up' }),
      say('do we need to keep the full safe manning on board?', { topic: 'manning.lay-up' }),
    ],
  },
  {
    name: '«må vi ha full sikkerheitsbemanning om bord då?» after lay-up is the lay-up; at the quay is moored (nn)',
    locale: 'nn',
    turns: [
      say('vi skal leggje skipet i varmt opplag', { topic: 'manning.lay-up' }),
      say('må vi ha full sikkerheitsbemanning om bord då?', { topic: 'manning.lay-up' }),
      say('må alle stillingar vere om bord når vi ligg ved kai?', { topic: 'manning.moored' }),
    ],
  },
  {
    name: '"my cook is 17, is that ok? safe manning 12" asks whether he may be the cook: no, under 18 (en, C028)',
    locale: 'en',
    turns: [
      say(
        'my cook is 17, is that ok? safe manning 12',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
    ],
  },
  {
    name: "«kokken vår er berre 17, går det an?» is the cook's qualification: no, under 18 (nn)",
    locale: 'nn',
    turns: [
      say(
        'kokken vår er berre 17, går det an? sikkerheitsbemanning 12',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
    ],
  },
  {
    name: 'an age limit asked for a rating or a first deck certificate is outside the sources: the fallback (en, nb, A031)',
    locale: 'en',
    turns: [
      say('what is the minimum age to work as lettmatros?', { topic: 'fallback' }),
      say('hvor gammel må jeg være for å få D5?', { topic: 'fallback', locale: 'nb' }),
    ],
  },
  {
    name: "the status of one's own case is looked up by a person: the fallback, not what a confirmation holds (en, nb, A035)",
    locale: 'en',
    turns: [
      say(
        'My sea time confirmation was sent 3 weeks ago but no answer, case number 2026/12345, can you check the status?',
        { topic: 'fallback' },
      ),
      say('kan du sjekke status på søknaden min om D5?', { topic: 'fallback', locale: 'nb' }),
    ],
  },
];

describe('round 8: what the red team found, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
