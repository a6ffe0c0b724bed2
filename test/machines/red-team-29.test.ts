/**
 * What round 29 found, played through the real turn core after the fix: the red team's texts
 * verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"two guys: Juan 90 days 12h, Pedro 120 days 6h. sea time each?": never one total (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'two guys: Juan 90 days 12h, Pedro 120 days 6h. sea time each?',
        asks('seatime.calculate', 'days', { absent: ['totalHours'] }),
      ),
    ],
  },
  {
    name: '"I have 1200 hours, need 360 days" → "if I work 12 hours a day, how many days more?": 54 days (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'I have 1200 hours, need 360 days, how many more hours?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursMissing: 641.42 }),
      ),
      say(
        'if I work 12 hours a day, how many days more?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { wholeDaysMissing: 54 },
          { facts: { totalHours: 1200 } },
        ),
      ),
    ],
  },
  {
    name: '"… OOW on boats 12 m LOA, want to be master on cargo boat L 22 m": the extension, then the 6 m boats (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'D6 holder, 22 years old, 15 months as OOW on boats 12 m LOA, want to be master on cargo boat L 22 m, liten kystfart, 300 GT',
        decides(
          'd6.privileges',
          'd6-privileges',
          'allowed',
          { basis: 'd6-master-extension' },
          { absent: ['lengthOverall'] },
        ),
      ),
      say('same but OOW time was on 6 m boats', asks('d6.privileges', 'monthsAsOfficerOfTheWatch')),
    ],
  },
  {
    name: '«hva om båten bare var 7 m LOA der jeg seilte?»: the boat served on, not the vessel asked about (nb, round 29)',
    locale: 'nb',
    turns: [
      say(
        'D6, 25 år, 14 mnd som vaktoffiser på båter med LOA 10 m. skipper på lasteskip L 22 m, 200 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed', { basis: 'd6-master-extension' }),
      ),
      say(
        'hva om båten bare var 7 m LOA der jeg seilte?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { absent: ['lengthOverall'] }),
      ),
    ],
  },
  {
    name: '"wait, bridge watch only 150 days": the bridge watch corrected (30 days short), never the sea time (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'first D5, 1100 days on seagoing ships 20 m, 200 days bridge watch, 40 days after diploma, assessment done',
        // (Round 33: "on seagoing ships 20 m" names ships of 15 m or more, so the 1100 days are alternative A's.)
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', undefined, { facts: { seaTimeDays: 1100 } }),
      ),
      say(
        'wait, bridge watch only 150 days',
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet', undefined, {
          facts: { bridgeWatchDays: 150, seaTimeDays: 1100 },
        }),
      ),
    ],
  },
  {
    name: '"100 days sea time at 12h, then 60 days at 6h, total?": 1,560 h, 304.98 days (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'I earn 100 days sea time at 12h, then 60 days at 6h, total?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1560, seaTimeDays: 304.98 }),
      ),
    ],
  },
  {
    name: '"have 100 days need 180, 14 hours per day": 80 sea-time days to go, 30 days at 14 h (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'how many more days i need: have 100 days need 180, 14 hours per day',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursMissing: 409.21, wholeDaysMissing: 30 }),
      ),
    ],
  },
  {
    name: '"how many more hours i need for 1080 days if i have 400 days already": 3,478.25 h (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'how many more hours i need for 1080 days if i have 400 days already',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursMissing: 3478.25 }),
      ),
    ],
  },
  {
    name: '"I have 150 sea days, want 180 days": the days had and wanted (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'I have 150 sea days, want 180 days. how many hours more?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hoursMissing: 153.45 }),
      ),
    ],
  },
  {
    name: '«eg har 90 dagar og treng 180, jobbar 12 timar dagen, kor mange dagar til?»: 39 days (nn, round 29)',
    locale: 'nn',
    turns: [
      say(
        'eg har 90 dagar og treng 180, jobbar 12 timar dagen, kor mange dagar til?',
        decides('seatime.calculate', 'sea-time', 'calculated', { wholeDaysMissing: 39 }),
      ),
    ],
  },
  {
    name: '"I got D4 first time in 2024, age 23, 14 months as OOW after that": master rights, then "only 10 months?" (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'I got D4 first time in 2024, age 23, 14 months as OOW after that',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
      say(
        'and if only 10 months?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, {
          facts: { monthsAsOfficerOfTheWatchSinceIssue: 10 },
        }),
      ),
    ],
  },
  {
    name: '"what if he is 2 years younger?", then "and 3 years older?": the age known, shifted (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'D4 first issue, age 20, 12 months OOW since first issue',
        decides('deck.master-rights', 'master-rights', 'eligible'),
      ),
      say(
        'what if he is 2 years younger?',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 18 } }),
      ),
      say(
        'and 3 years older?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 21 } }),
      ),
    ],
  },
  {
    name: '«og om eg var to år yngre?» after a D6 decision at 21: 19, not allowed (nn)',
    locale: 'nn',
    turns: [
      say(
        'D6 skipper lasteskip L 20 m, 100 BT, liten kystfart, 13 mnd vaktoffiser på 12 m båt, eg er 21',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'og om eg var to år yngre?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
    ],
  },
  {
    name: '"i have 2000 hours on board. how much days?": the 2,000 hours are the total (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'i have 2000 hours on board. how much days? also how many months',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2000 }),
      ),
    ],
  },
  {
    name: '"manning cert for 40 GT cargo workboat norwegian": the flag after the work boat (en, round 29)',
    locale: 'en',
    turns: [
      say(
        'manning cert for 40 GT cargo workboat norwegian',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, { facts: { flag: 'NO' } }),
      ),
    ],
  },
];

describe('Round 29, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
