/**
 * What round 61 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Confident wrong answers on the snapshot the testers had: a 17-year-old told she may also
 * be the cook; "how many months of 30 days is that" taken as 30 days worked; "months as vaktoffiser?"
 * taken as a change of the position asked; "the hours were 15 per day" taken as the vessel's length;
 * a total as oiler read as other practice; "Q1" beside a request for English answered with Q2; two
 * periods with their year written once read as 22 years of sea time; a period added "til saman"
 * taken as the whole; "12 mnd" answered with the 36 months of the what-if before; and «på den
 * første» answered for the what-if's vessel.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«Jeg er 17 år … Kan jeg jobbe som kokk også, båten har 6 i sikkerhetsbemanning?»: not qualified (the cook must be 18), never "they may" (nb, round 61)',
    locale: 'nb',
    turns: [
      say(
        'Hei! Jeg er 17 år og skal jobbe som lettmatros i sommer. Kan jeg jobbe som kokk også, båten har 6 i sikkerhetsbemanning?',
        decides('cook.qualification', 'cook-qualification', 'not-qualified'),
      ),
    ],
  },
  {
    name: "a citizen's e-mail asking the health certificate and «kan jeg jobbe som kokk også»: both answered, the cook not qualified at 17 (nb, round 61)",
    locale: 'nb',
    turns: [
      say(
        'Citizen email: "Hei! Jeg er 17 år og skal jobbe som lettmatros i sommer. Helseerklæringen min er fra 10.06.2026. Hvor lenge gjelder den? Og kan jeg jobbe som kokk også, båten har 6 i sikkerhetsbemanning? Hilsen Emma"',
        {
          decisions: [
            { rule: 'health-certificate', outcome: 'valid' },
            { rule: 'cook-qualification', outcome: 'not-qualified' },
          ],
        },
      ),
    ],
  },
  {
    name: '"how many months of 30 days is that" while the days worked are asked: asked again, never 30 days worked (en, round 61)',
    locale: 'en',
    turns: [
      say(
        'Need to calculate seatime. period 01.03.2024 to 31.08.2024, 12 hours per day',
        asks('seatime.calculate', 'days'),
      ),
      say('how many months of 30 days is that', asks('seatime.calculate', 'days', { absent: ['days'] })),
    ],
  },
  {
    name: '"months as vaktoffiser? not sure, maybe 10-14 months" while a master\'s watch months are asked: still master, the months asked again (en, round 61)',
    locale: 'en',
    turns: [
      say(
        "D6 question. I'm twenty-three, cargo boat, L 21 m, LOA 22,5 m, GT 180, liten kystfart. Can I be master?",
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch'),
      ),
      say(
        'months as vaktoffiser? not sure, maybe 10-14 months',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { facts: { role: 'master' } }),
      ),
    ],
  },
  {
    name: '"sorry, the hours were 15 per day, not 10": the hours a day corrected, never the vessel\'s length (en, round 61)',
    locale: 'en',
    turns: [
      say(
        'Please check this fartstidsattest: Name Kari Nilsen, born 02.02.1998, position navigatør, period 01.01.2026-30.06.2026, 160 days, 10 hours per day, vessel MS Laksefjord, call sign LK2211, LOA 14,8 m, signed by Jon Berg, operations manager. For D6',
        asks('seatime.confirmation', 'signerRole'),
      ),
      say(
        'sorry, the hours were 15 per day, not 10',
        // (More than 14 hours a day is no confirmation Sdir accepts, facts.md.)
        decides('seatime.confirmation', 'sea-time-confirmation', 'invalid', undefined, {
          facts: { hoursPerDay: 15, lengthOverall: 14.8 },
        }),
      ),
    ],
  },
  {
    name: '"maskinpasser: … 24 months total as oiler": the engine rating asked, no other practice made up (en, round 61)',
    locale: 'en',
    turns: [
      say(
        "maskinpasser: I've got 8 months in the engine room and 24 months total as oiler",
        asks('ratings.maskinpasser', 'monthsMechanicalPractice', { absent: ['monthsMechanicalPractice'] }),
      ),
    ],
  },
  {
    name: '"can you answer in english please, Q1?" after an e-mail of numbered questions: question 1 (the cook), in English (en, round 61)',
    locale: 'nb',
    turns: [
      say(
        'Email from rederi: "Hei Sjøfartsdirektoratet, vi har en ferje med sikkerhetsbemanning på 12 personer. 1) Trenger vi skipskokk? 2) Kan billettøren telle med i sikkerhetsbemanningen hvis han også er matros? 3) Hva er fristen for årsgebyr? Mvh Ole, Fjord1"',
        { decision: { rule: 'ship-cook', outcome: 'required' } },
      ),
      say(
        'can you answer in english please, Q1?',
        decides('cook.required', 'ship-cook', 'required', undefined, { locale: 'en' }),
      ),
    ],
  },
  {
    name: '«Jobba 1/1-31/3 2025 med 12 t dagen og 1/5-30/6 2025 med 8 t dagen»: each period at its own hours, 1 568 hours (nn, round 61)',
    locale: 'nn',
    turns: [
      say(
        'Jobba 1/1-31/3 2025 med 12 t dagen og 1/5-30/6 2025 med 8 t dagen. Kor mykje fartstid til saman?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1568 }),
      ),
    ],
  },
  {
    name: "«i tillegg … 1. mai til 30. juni … kor mykje blir det til saman?» while the first period's days are asked: the fallback, never the second period as the whole (nn, round 61)",
    locale: 'nn',
    turns: [
      say(
        'Hei, eg var om bord frå 1. januar til 31. mars 2025, 12 timar dagleg. Kor mange fartstidsdagar?',
        asks('seatime.calculate', 'days'),
      ),
      say('i tillegg var eg om bord 1. mai til 30. juni same år, 8 t dagen. kor mykje blir det til saman?', {
        topics: ['fallback', 'seatime.calculate'],
        ask: 'days',
        absent: ['days'],
      }),
    ],
  },
  {
    name: '«kor mange kalenderdagar blir 12 mnd då?» after a what-if on 36 months: 12 months, never the 36 (nn, round 61)',
    locale: 'nn',
    turns: [
      say(
        'kor mange timar må eg jobbe for å få 12 mnd fartstid?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { targetDays: 360 } }),
      ),
      say(
        'og 36 månader?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { targetDays: 1080 } }),
      ),
      say(
        'eg jobbar ca 10 t dagen, kor mange kalenderdagar blir 12 mnd då?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, {
          facts: { targetDays: 360, hoursPerDay: 10 },
        }),
      ),
    ],
  },
  {
    name: '«og som overstyrmann på den første?» after "and if 500 BT?": the first vessel (499 BT), yes (nn, round 61)',
    locale: 'nn',
    turns: [
      say('D6 her. Kan eg vere vaktoffiser på ein lastebåt med L 22 m?', asks('d6.privileges', 'grossTonnage')),
      say('499 BT', asks('d6.privileges', 'tradingArea')),
      say('liten kystfart', decides('d6.privileges', 'd6-privileges', 'allowed')),
      say('og om han er 500 BT?', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
      say(
        'og som overstyrmann på den første?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { grossTonnage: 499, role: 'chief-mate' },
        }),
      ),
    ],
  },
  {
    name: '"Dear Losen, I am skipper …" then "what must I write in the attest?": never a signer named "Dear Losen" (en, round 60)',
    locale: 'en',
    turns: [
      say(
        'Dear Losen, I am skipper on a small aquaculture boat. My deckhand worked Mon-Fri about 3 hours a day in March 2025 (21 work days) plus 5 hours maintenance one Saturday. How many hours and sea time days is that?',
        { topic: 'seatime.calculate' },
      ),
      say('what must I write in the attest?', { topic: 'seatime.confirmation', absent: ['signerName'] }),
    ],
  },
  {
    name: '"and 360 days in a year then how many hours" after the hours of one month: 360 days, never the month again (en, round 61)',
    locale: 'en',
    turns: [
      say('How many hours is one sea-time day?', asks('seatime.calculate', 'days')),
      say(
        'and one month of sea time in hours?',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { targetDays: 30 } }),
      ),
      say(
        'and 360 days in a year then how many hours',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { targetDays: 360 } }),
      ),
    ],
  },
  {
    name: '"doctor wrote only 1 year on it, which counts?" after a health certificate found valid: the date the doctor wrote, expired (en, round 59)',
    locale: 'en',
    turns: [
      say('my helseerklæring was issued 31/8-25, when it expires?', asks('health.certificate', 'ageAtIssue')),
      say('I am 19 years old', decides('health.certificate', 'health-certificate', 'valid')),
      say(
        'doctor wrote only 1 year on it, which counts?',
        decides('health.certificate', 'health-certificate', 'expired', undefined, {
          facts: { expiryDate: '2026-08-31' },
        }),
      ),
    ],
  },
];

/** Round 61 (oos61): outside the sources, so the fallback. */
const OUTSIDE: { text: string; locale: 'nb' | 'nn' | 'en' }[] = [
  { text: 'ISSC for ein superyacht under Malta-flagg, kven gjer verifikasjonen', locale: 'nn' },
];

describe('Round 61, replayed through the turn core', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
  for (const { text, locale } of OUTSIDE)
    it(`outside the sources, so the fallback: "${text}" (${locale}, oos61)`, () =>
      playGolden({ name: text, locale, turns: [say(text, { topic: 'fallback' })] }));
});
