/**
 * What round 59 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Confident wrong answers on the snapshot the testers had: a period with a 7-on-7-off
 * rotation taken as every day worked, «held det til 1 aar fartstid?» taken as 360 days worked, a
 * trading area taken back read as a length of 4 m, an assessment got afterwards not taken, the
 * cook's § 52 counted on a crew of 10 when the safe manning said is 8, and "ok take 11" ignored.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '«10 timers skift 7 on 7 off fra 1. mars i fjor til 1. mars i aar» while the days are asked: asked again (the period is no count of days worked), never 366 days (nb, round 59)',
    locale: 'nb',
    turns: [
      say('hvor mange timer dag regnes som normal arbeidsdag for fartstid?', asks('seatime.calculate', 'days')),
      say(
        'jeg jobber 10 timers skift 7 on 7 off fra 1. mars i fjor til 1. mars i aar',
        asks('seatime.calculate', 'days', { absent: ['days'] }),
      ),
    ],
  },
  {
    name: '«held det til 1 aar fartstid?» while the days are asked: a target asked about, never 360 days worked (nn, round 59)',
    locale: 'nn',
    turns: [
      say('jobba 10 timar dagen paa ferja i 2025. kor mykje fartstid blir det?', asks('seatime.calculate', 'days')),
      say('held det til 1 aar fartstid?', asks('seatime.calculate', 'days', { absent: ['days'] })),
    ],
  },
  {
    name: '"trading area is fartsområde 4, not liten kystfart": the area corrected, never a length of 4 m (en, round 59)',
    locale: 'en',
    turns: [
      say(
        'D6 chief mate on cargo ship L 21 m, 300 GT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say('and what if 600 GT?', decides('d6.privileges', 'd6-privileges', 'not-allowed')),
      say(
        'sorry, trading area is fartsområde 4, not liten kystfart',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, {
          facts: { tradingArea: 'area-4', lengthL: 21 },
        }),
      ),
    ],
  },
  {
    name: '«ok fikk bedømmelse nå. 40 dager etter vitnemål» after a D5 refused for want of it: the assessment taken, yes (nb, round 59)',
    locale: 'nb',
    turns: [
      say(
        'hei, jeg har 38 måneder på sjøgående skip over 15 m, 7 mnd brovakt, men ingen bedømmelse. kan jeg få D5?',
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet'),
      ),
      say(
        'ok fikk bedømmelse nå. 40 dager etter vitnemål',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', undefined, { facts: { hasAssessment: true } }),
      ),
    ],
  },
  {
    name: '«kokk 10 mann?», then 8 in the safe manning, then what the cook needs: § 52 counted on 8, never the 10 first said (nb, round 59)',
    locale: 'nb',
    turns: [
      say('kokk 10 mann?', asks('cook.required', 'safetyManning')),
      say('hva med 8', decides('cook.required', 'ship-cook', 'not-required')),
      say('hva slags utdanning må kokken ha da?', asks('cook.qualification', 'age', { facts: { crewSize: 8 } })),
    ],
  },
  {
    name: '"ok take 11. how many days then?" after 184 days at 11.5 hours: 11 hours a day taken, never 11.5 again (en, round 59)',
    locale: 'en',
    turns: [
      say(
        'Hello Losen, I have been on board from 15.03.2024 to 14.09.2024, average 11,5 hours each day. sea time days?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2116 }),
      ),
      say(
        'ok take 11. how many days then?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2024 }, { facts: { hoursPerDay: 11 } }),
      ),
    ],
  },
];

describe('Round 59, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
