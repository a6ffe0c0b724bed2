/**
 * Facts the fourth, measuring red team (round 4) saw asked again or lost, played through the real
 * turn core after the fix: sea time on ships of 15 m said in the user's words, a flag said beside the
 * vessel, a document uploaded named before its verb, practice ashore, the certificate applied for
 * named by its rating, a health certificate got "yesterday", total hours in a second question, more
 * than 14 hours a day, and a language asked for in the same message as an answer.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { FACTS } from '../../rules/facts.js';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

const MANNING = 'manning.which-vessels';

const CONVERSATIONS: Golden[] = [
  {
    name: 'D5 with «700 dagar på sjøgåande skip over 15 m» is decided at once: alternative A needs 1080 days (nn, A-R4)',
    locale: 'nn',
    turns: [
      say(
        'kor mykje fartstid treng eg for å søkje D5 første gong? har 700 dagar på sjøgåande skip over 15 m',
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet', undefined, {
          facts: { seaTimeDays: 700 },
        }),
      ),
    ],
  },
  {
    name: 'D4 with "1100 days on seagoing vessels of 15 m or more" takes the days; the next fact asked is another (en)',
    locale: 'en',
    turns: [
      say('I want my first D4. I have 1100 days on seagoing vessels of 15 m or more, no training programme.', {
        topic: 'deck.first-issue',
        facts: { seaTimeDays: 1100 },
      }),
    ],
  },
  {
    name: 'a Norwegian leisure yacht, «norsk fritidsyacht», needs no manning certificate and neither flag nor type is asked (nb, A-L8)',
    locale: 'nb',
    turns: [
      say(
        'Trenger en 40 meter norsk fritidsyacht bemanningssertifikat?',
        decides(MANNING, 'manning-certificate', 'not-required', undefined, {
          facts: { flag: 'NO', vesselType: 'leisure' },
        }),
      ),
    ],
  },
  {
    name: '«norsk lekter» says the flag: the type is asked next, never the flag (nb, A-L8)',
    locale: 'nb',
    turns: [
      say(
        'Må en norsk lekter uten motor ha bemanningssertifikat?',
        asks(MANNING, 'vesselType', { facts: { flag: 'NO' } }),
      ),
    ],
  },
  {
    name: 'a flag listed before a dash, «L 24,0 m, norsk - krav …?», is the flag (nb without æøå, A-L5)',
    locale: 'nb',
    turns: [
      say(
        'fiskefartoy med L 24,0 m, norsk - krav om bemanningssertifikat?',
        decides(MANNING, 'manning-certificate', 'required'),
      ),
    ],
  },
  {
    name: 'a document named before its verb («men helseerklæringa lastet jeg opp selv») was uploaded: manual processing (nb, A-L5)',
    locale: 'nb',
    turns: [
      say(
        'Hei! Jeg har sendt søknad om D5 og alt av fartstid og kurs er rapportert elektronisk, men helseerklæringa lastet jeg opp selv. Går den automatisk?',
        decides('aps.processing', 'aps-processing', 'manual'),
      ),
    ],
  },
  {
    name: 'a smører with 5 months in the engine room and «2 år som mekaniker på land»: the practice is taken, and Sdir assesses it (nb, A-L5)',
    locale: 'nb',
    turns: [
      say(
        'Hei\n\nVi skal ansette en smører. Hvor mye fartstid trenger han? Han har 5 måneder i maskin og 2 år som mekaniker på land.\n\nMvh Kari',
        decides('ratings.smorer', 'rating-requirements', 'uncertain', undefined, {
          facts: { monthsEngineService: 5, monthsMechanicalPractice: 24 },
        }),
      ),
    ],
  },
  {
    name: 'the certificate a confirmation is for, named by its rating («når eg skal søkje matros»), is not asked again (nn, A-L5)',
    locale: 'nn',
    turns: [
      say('kva skal stå i ei fartstidsstadfesting når eg skal søkje matros?', {
        topic: 'seatime.confirmation',
        facts: { targetCertificate: 'matros' },
      }),
    ],
  },
  {
    name: 'a medical got "yesterday" at 52 is decided without asking the date or the age (en, A-L7)',
    locale: 'en',
    turns: [
      say(
        "I got my medical yesterday, I'm 52. Until when is it valid?",
        decides('health.certificate', 'health-certificate', 'valid', undefined, { facts: { issueDate: '2026-11-21' } }),
      ),
    ],
  },
  {
    name: 'total hours in the second question ("how many days is 500 hours?") are calculated, not asked as days (en, A-L7)',
    locale: 'en',
    turns: [
      say("What's the max hours per day that counts as sea time, and how many days is 500 hours?", {
        topics: ['seatime.what-counts', 'seatime.calculate', 'seatime.calculate'],
        ask: null,
        decision: { rule: 'sea-time', outcome: 'calculated' },
      }),
    ],
  },
  {
    name: '20 hours a day: the hours a day are asked again with why only 14 can count (seed 002), in a first message (nb, A-R5)',
    locale: 'nb',
    turns: [
      say('jobbet 20 timer om dagen i 10 dager, hvor mye fartstid?', {
        ...asks('seatime.calculate', 'hoursPerDay'),
        says: (l) => [FACTS.hoursPerDay.rangeWhy?.[l] ?? 'rangeWhy missing'],
      }),
    ],
  },
  {
    name: 'a language asked for with an answer in the same message («Kan du svare på norsk? Det er en fiskebåt») switches and takes the answer (en → nb, B-L3)',
    locale: 'en',
    turns: [
      say('Does our boat need a manning certificate?', asks(MANNING, 'flag')),
      say('Norwegian', asks(MANNING, 'vesselType')),
      say(
        'Kan du svare på norsk? Det er en fiskebåt',
        asks(MANNING, 'lengthL', { locale: 'nb', facts: { vesselType: 'fishing' } }),
      ),
    ],
  },
  {
    name: '«Kan du svare på norsk?» while the flag is asked switches the language and asks the flag again: «norsk» there is no answer (en → nb)',
    locale: 'en',
    turns: [
      say('Does our boat need a manning certificate?', asks(MANNING, 'flag')),
      say(
        'Kan du svare på norsk?',
        asks(MANNING, 'flag', { locale: 'nb', says: (l) => [texts(l).ui.languageSwitched] }),
      ),
    ],
  },
  {
    name: 'a what-if that changes two facts ("and as a 19 year old on a 20 m one?") decides again with both: master needs 20 years (en, B-L4)',
    locale: 'en',
    turns: [
      say(
        'Can I be master with D6 on a 12 m LOA work boat, 20 GT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'and as a 19 year old on a 20 m one?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19, lengthOverall: 20 } }),
      ),
    ],
  },
  {
    name: 'the same two-fact what-if in bokmål («og som 19-åring på en 20 m båt?»)',
    locale: 'nb',
    turns: [
      say(
        'Kan jeg være skipper med D6 på en arbeidsbåt, 12 m største lengde, 20 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'og som 19-åring på en 20 m båt?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19, lengthOverall: 20 } }),
      ),
    ],
  },
  {
    name: 'D6 master on a work boat of «L 23 m», aged 20 with 12 months as OOW, is decided without asking the length overall (it is at least L) (nb, B-L1)',
    locale: 'nb',
    turns: [
      say(
        'Jeg er 20 år, har D6 og nøyaktig 12 måneder som vakthavende på en 10 m båt. Kan jeg være skipper på en arbeidsbåt med L 23 m, 80 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'allowed', { evaluated: 'master', basis: 'd6-master-extension' }),
      ),
    ],
  },
];

describe('the round-4 red team, replayed', () => {
  for (const c of CONVERSATIONS) it(c.name, () => playGolden(c));
});
