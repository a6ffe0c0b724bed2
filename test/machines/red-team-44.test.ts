/**
 * What round 44 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each was a confident wrong answer on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"sorry it was 4 months not 3" while the days are asked: 120 days at 6 hours, never 4 days (en, round 44)',
    locale: 'en',
    turns: [
      say('we have guy working 6 timer per dag, 3 months. fartstid?', asks('seatime.calculate', 'days')),
      say(
        'sorry it was 4 months not 3',
        decides('seatime.calculate', 'sea-time', 'calculated', undefined, { facts: { days: 120, hoursPerDay: 6 } }),
      ),
    ],
  },
  {
    name: '"does it apply to my sea time from 2014?" while the days are asked: a year, never 2,014 days (en, round 44)',
    locale: 'en',
    turns: [
      say('Hi, how is fartstid calculated now, day for day or hour for hour?', asks('seatime.calculate', 'days')),
      say('does it apply to my sea time from 2014?', asks('seatime.calculate', 'days', { absent: ['days'] })),
    ],
  },
  {
    name: '"D6 navigator here … Can I be master …?", the years as navigator on an 11 m boat, then on a 7 m boat: master, and the months on the small boat count none (en, round 44)',
    locale: 'en',
    turns: [
      say(
        'D6 navigator here, age 25. Can I be master on a cargo boat L 21 m, 200 GT, liten kystfart?',
        asks('d6.privileges', 'monthsAsOfficerOfTheWatch', { facts: { role: 'master', lengthL: 21 } }),
      ),
      say(
        'I have 2 years as navigator on 11 m LOA boat',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { role: 'master', monthsAsOfficerOfTheWatch: 24, lengthL: 21 },
        }),
      ),
      say(
        'no wait, the 2 years were on a 7 m boat',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, {
          facts: { monthsAsOfficerOfTheWatch: 0, lengthL: 21 },
        }),
      ),
    ],
  },
  {
    name: '"what papers must be onboard with it?" while an interim ISSC is on: the letter that answer names, never the approved plan’s stamped letter (en, round 44)',
    locale: 'en',
    turns: [
      say(
        'We got interim ISSC 4 months ago, the full verification is delayed. Can the I-ISSC be extended?',
        asks('isps.interim', 'issueDate'),
      ),
      say('what papers must be onboard with it?', asks('isps.interim', 'issueDate')),
    ],
  },
  {
    name: '"we change flag from NIS to Danish. what happens with ISSC?", then "and the manning certificate?": returned, and never "no expiry" (en, round 44)',
    locale: 'en',
    turns: [
      say('we change flag from NIS to Danish. what happens with ISSC?', answersTopic('isps.invalid')),
      say('and the manning certificate?', { topic: 'fallback' }),
    ],
  },
  {
    name: '«jeg fikk denne e-posten fra et rederi: "Vi har tatt over driften … Kan vi beholde ISSC-en?" Hva svarer jeg?»: returned on a new company, never the interim ISSC (nb, round 44)',
    locale: 'nb',
    turns: [
      say(
        'Hei, jeg fikk denne e-posten fra et rederi: "Vi har tatt over driften av M/S Fjordlys fra et annet selskap. Kan vi beholde ISSC-en?" Hva svarer jeg?',
        answersTopic('isps.invalid'),
      ),
    ],
  },
  {
    name: '«eg søkjer matros, trengst det noko meir?» while the certificate is asked: the answer matros, never the matros requirements (nn, round 44)',
    locale: 'nn',
    turns: [
      say('Kva må stå i ei stadfesting av fartstid?', asks('seatime.confirmation', 'targetCertificate')),
      say(
        'eg søkjer matros, trengst det noko meir?',
        asks('seatime.confirmation', 'seafarerName', { facts: { targetCertificate: 'matros' } }),
      ),
    ],
  },
  {
    name: '«hvordan dokumenterer vi det?» right after a menu of cook and matros topics: the menu again, never how sea time is documented (nb, round 44)',
    locale: 'nb',
    turns: [
      say('Hei, vi har 8 i sikkerhetsbemanningen. Kan matrosen lage maten, eller må vi ha utdannet kokk?', {
        offers: ['topic:cook.qualification', 'topic:ratings.matros'],
      }),
      say('hvordan dokumenterer vi det?', { offers: ['topic:cook.qualification', 'topic:ratings.matros'] }),
    ],
  },
  {
    name: '«hva da?» after how sea time is documented: that answer again, never who reports it (nb, round 44)',
    locale: 'nb',
    turns: [
      say('Hvordan kan jeg dokumentere fartstiden min?', answersTopic('seatime.how-to-document')),
      say('hva da?', answersTopic('seatime.how-to-document')),
    ],
  },
];

describe('Round 44, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
