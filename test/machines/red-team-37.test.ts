/**
 * What round 37 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Each was a confident wrong answer on the snapshot the testers had.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"my sea time is 1000 days not 3 years" while the days after the diploma are asked: the sea time corrected, never 2,080 days after the diploma (en, round 37)',
    locale: 'en',
    turns: [
      say(
        'Hi, I am Filipino seafarer, I want D5 first time. I have about 3 years sea time on ships 20 m. what else i need?',
        asks('deck.first-issue', 'daysAfterDiploma', { facts: { seaTimeDays: 1080 } }),
      ),
      say(
        'my sea time is 1000 days not 3 years',
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet', undefined, {
          facts: { seaTimeDays: 1000 },
          absent: ['daysAfterDiploma'],
        }),
      ),
    ],
  },
  {
    name: '"3 days a week, since last summer": how often is no period of 7 days; the days worked are asked (en, round 37)',
    locale: 'en',
    turns: [
      say(
        'Hello, I work on fish farm boat as lettmatros, 6 hours a day, 3 days a week, since last summer. how much fartstid i have now?',
        asks('seatime.calculate', 'days', {
          facts: { hoursPerDay: 6 },
          absent: ['days'],
          never: (l) => [texts(l).conversation.periodDays(7)],
        }),
      ),
    ],
  },
  {
    name: '«Min arbeidsgiver har registrert feil fartstid. Kan Sdir rette det om jeg sender e-post?»: the employer has it put right, never the contact card (nb, round 37)',
    locale: 'nb',
    turns: [
      say(
        'Min arbeidsgiver har registrert feil fartstid. Kan Sdir rette det om jeg sender e-post?',
        answersTopic('seatime.employer-reporting'),
      ),
    ],
  },
  {
    name: '«fartstida mi på Mi side er feil. kan Sdir rette ho om eg sender e-post?» (nn, round 37)',
    locale: 'nn',
    turns: [
      say(
        'fartstida mi på Mi side er feil. kan Sdir rette ho om eg sender e-post?',
        answersTopic('seatime.employer-reporting'),
      ),
    ],
  },
  {
    name: '«hva må vi dokumentere da?» while a cook without a trade certificate is checked: the cook, never how sea time is documented (nb, round 37)',
    locale: 'nb',
    turns: [
      say('vi har seks i sikkerhetsbemanningen, kan vi bruke en kokk uten fagbrev?', asks('cook.qualification', 'age')),
      say('hva må vi dokumentere da?', asks('cook.qualification', 'age')),
    ],
  },
  {
    name: '«kva må vi dokumentere då?» in the same case (nn, round 37)',
    locale: 'nn',
    turns: [
      say(
        'vi har seks i sikkerheitsbemanninga, kan vi bruke ein kokk utan fagbrev?',
        asks('cook.qualification', 'age'),
      ),
      say('kva må vi dokumentere då?', asks('cook.qualification', 'age')),
    ],
  },
  {
    name: '«fyller 20 i mars» after master rights refused at 19: yes once 20, said as the age to come, never as the age now (nb, round 37)',
    locale: 'nb',
    turns: [
      say(
        'kan jeg få førerrett med D4 når jeg er 19 og har 14 mnd vakt etter utstedelse?',
        decides('deck.master-rights', 'master-rights', 'not-eligible'),
      ),
      say(
        'fyller 20 i mars',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, {
          says: (l) => [texts(l).conversation.whatIfTurning('20 år')],
        }),
      ),
    ],
  },
  {
    name: '"we sell ship to german company and change flag" after when the ISSC is returned: that answer again, never the fallback (en, round 37)',
    locale: 'en',
    turns: [
      say('ISSC must be returned when?', answersTopic('isps.invalid')),
      say('we sell ship to german company and change flag', answersTopic('isps.invalid')),
    ],
  },
  {
    name: '«kan en ISSC overføres når vi selger skipet til et annet norsk rederi?»: the return, never the fallback (nb, round 37)',
    locale: 'nb',
    turns: [say('kan en ISSC overføres når vi selger skipet til et annet norsk rederi?', answersTopic('isps.invalid'))],
  },
  {
    name: '"why 10? where is that rule" after the cook decision: that answer with its source again, never the fallback (en, round 37)',
    locale: 'en',
    turns: [
      say('cook needed? safety manning 11', decides('cook.required', 'ship-cook', 'required')),
      say('why 10? where is that rule', decides('cook.required', 'ship-cook', 'required')),
    ],
  },
];

describe('Round 37, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
