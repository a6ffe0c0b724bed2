/**
 * What round 54 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Most were confident wrong answers on the snapshot the testers had: «og spørsmål 3?» after
 * a pasted e-mail read as the number asked for, a correction of the boat the watch was kept on taken
 * as the ship's length, a self-confirmation started as a document, a crew counted as a safe manning
 * the user said does not exist, and a second question about something else («samme for
 * fiskeskipper?») silently answered as the first.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

const comesBackTo = (l: 'nb' | 'nn' | 'en') => [texts(l).conversation.answeredAfter([])];

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: "«og spørsmål 3?» after a pasted e-mail while the cook's age is asked: never a cook of 3 years (nb, round 54)",
    locale: 'nb',
    turns: [
      say(
        'Hei, fra en kunde: "Hei, vi er et rederi i Ålesund. 1. Må vi ha kokk på MS Havlys, sikkerhetsbemanning 11? 2. Hva slags kvalifikasjoner trenger kokken? 3. Går bemanningssertifikatet ut på dato? Mvh Per Olsen, Havlys AS, 70 11 22 33"',
        { ask: 'age', decisions: [{ rule: 'ship-cook', outcome: 'required' }] },
      ),
      say('og spørsmål 3?', { absent: ['age'] }),
    ],
  },
  {
    name: '"and question 3 again?", "and question 2?" after three numbered questions: never 3 or 2 days of sea time (en, round 54)',
    locale: 'en',
    turns: [
      say(
        'I have 3 questions: 1. does cadet sea time on Norwegian ship count for D4? 2. how many days after diploma? 3. can I do cadet time on a Cyprus flag ship?',
        { topic: 'deck.cadet' },
      ),
      say('and question 3 again?', { absent: ['trainingProgramDays', 'daysAfterDiploma'] }),
      say('and question 2?', { absent: ['trainingProgramDays', 'daysAfterDiploma'] }),
    ],
  },
  {
    name: '«nei vent, båten eg gjekk vakt på var 9 m, ikkje 7» after "no" on L 26 m: the ship\'s L stays 26 m, never "yes" on 9 m (nn, round 54)',
    locale: 'nn',
    turns: [
      say(
        'eg er 25, har D6 og 14 mnd som vaktoffiser på ein 7 m båt. kan eg vere skipper på eit lasteskip med L 26 m, 200 BT, liten kystfart?',
        decides('d6.privileges', 'd6-privileges', 'not-allowed'),
      ),
      say('nei vent, båten eg gjekk vakt på var 9 m, ikkje 7', { facts: { lengthL: 26 } }),
    ],
  },
  {
    name: '«nei vent, eg har 37 mnd, ikkje 30» after a D3 without cadet book: 1,110 days of sea time (alternative A met), never the days after the diploma (nn, round 54)',
    locale: 'nn',
    turns: [
      say(
        'Eg vil ta D3 utan kadettbok. Har 30 mnd på sjøgåande skip over 15 m, 8 mnd av det med bruvakt, 40 dagar etter vitnemålet, og bedømming frå godkjend assessor. Held det?',
        decides('deck.first-issue', 'deck-officer-first-issue', 'does-not-meet'),
      ),
      say(
        'nei vent, eg har 37 mnd, ikkje 30',
        decides('deck.first-issue', 'deck-officer-first-issue', 'meets', undefined, {
          facts: { seaTimeDays: 1110, bridgeWatchDays: 240, daysAfterDiploma: 40 },
        }),
      ),
    ],
  },
  {
    name: "«signeres av Jon Berg, skipper om bord» while the signer is asked: the signer and his role, never the seafarer's position changed to skipper (nb, round 54)",
    locale: 'nb',
    turns: [
      say(
        'Kan du sette opp fartstidsbekreftelse for Lise Berg, født 3.4.1998, lettmatros på MS Havørn, kallesignal LHAV, største lengde 13 m, 1.5.2025 til 31.7.2025, 10 timer dagen? Skal til D6.',
        { topic: 'seatime.confirmation' },
      ),
      say('alle dager', asks('seatime.confirmation', 'signerName')),
      say('signeres av Jon Berg, skipper om bord', {
        topic: 'seatime.confirmation',
        facts: { position: 'lettmatros', signerName: 'Jon Berg' },
      }),
    ],
  },
  {
    name: '"Can I write fartstidsbekreftelse for myself …?" with the details of the boat: who may confirm (never oneself), not a document started (en, round 54)',
    locale: 'en',
    turns: [
      say(
        'I am owner and skipper of my own boat, 11 m. Can I write fartstidsbekreftelse for myself, I need it for D6 renewal. Period 2024-2025, 8 h per day',
        answersTopic('seatime.who-can-confirm'),
      ),
    ],
  },
  {
    name: '"oh wait, I wrote 48 GT before, it is 84 GT" after "no" on 48 GT: 84 GT, a certificate required (en, round 54)',
    locale: 'en',
    turns: [
      say(
        'cargo vessel 48 GT, norwegian. manning cert needed?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required'),
      ),
      say(
        'oh wait, I wrote 48 GT before, it is 84 GT',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { grossTonnage: 84 } }),
      ),
    ],
  },
  {
    name: '"back to sea time - earlier i said 45 days, it was 54 actually" after a health certificate: 54 days of sea time, never an age of 54 (en, round 54)',
    locale: 'en',
    turns: [
      say(
        "I'm on a well boat, 10 hours a day, 45 days. how much sea time?",
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 450 }),
      ),
      say(
        'ok other thing: my helseerklæring is from 3.3.2025, im 26. valid?',
        decides('health.certificate', 'health-certificate', 'valid'),
      ),
      say(
        'back to sea time - earlier i said 45 days, it was 54 actually',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 540 }),
      ),
    ],
  },
  {
    name: '"helse attest issued 31/8-25, i was 17 then": the health certificate, never a sea-time confirmation (en, round 54)',
    locale: 'en',
    turns: [
      say('helse attest issued 31/8-25, i was 17 then', decides('health.certificate', 'health-certificate', 'expired')),
    ],
  },
  {
    name: '"there is no safe manning. 12 crew total" while the safe manning is asked: not known, never "a safe manning of 12" (en, round 54)',
    locale: 'en',
    turns: [
      say(
        "Hi! 12 people on board our research vessel but we have no manning certificate (no safe manning set). Do we need a proper ship's cook?",
        asks('cook.required', 'safetyManning'),
      ),
      say(
        'there is no safe manning. 12 crew total',
        asks('cook.required', 'safetyManning', { absent: ['safetyManning'] }),
      ),
    ],
  },
  {
    name: '«Hva er kravene til matros? samme for fiskeskipper?»: the matros requirements, and the fishing skipper said to be another question (nb, oos54)',
    locale: 'nb',
    turns: [
      say('Hva er kravene til matros? samme for fiskeskipper?', {
        topic: 'ratings.matros',
        says: comesBackTo,
      }),
    ],
  },
  {
    name: '"What are the able seaman requirements? Same for a bosun?": the bosun said to be another question (en, oos54)',
    locale: 'en',
    turns: [
      say('What are the able seaman requirements? Same for a bosun?', {
        topic: 'ratings.matros',
        says: comesBackTo,
      }),
    ],
  },
  {
    name: "«Kor lenge gjeld helseattesten for drosjesjåførar?»: outside, the fallback; never the seafarer's health certificate (nn, oos54)",
    locale: 'nn',
    turns: [say('Kor lenge gjeld helseattesten for drosjesjåførar?', answersTopic('fallback'))],
  },
  {
    name: '"ISSC renewal question. Expiry on our certificate is 30.09.2027": the expiry taken, never asked again (en, round 53)',
    locale: 'en',
    turns: [
      say('ISSC renewal question. Expiry on our certificate is 30.09.2027', {
        topic: 'isps.verification-dates',
        decision: { rule: 'issc-renewal', outcome: 'new-expiry' },
        facts: { expiryDate: '2027-09-30' },
      }),
    ],
  },
  {
    name: '"which paragraph is that?" while the cook\'s education is asked: the cook\'s answer with its section, then the question again; never the fallback (en, round 54)',
    locale: 'en',
    turns: [
      say(
        'we have 12 in safe manning. our cook is 19, no school but he cooks since 10 years. is that ok?',
        asks('cook.qualification', 'hasRelevantEducation'),
      ),
      say(
        'which paragraph is that?',
        asks('cook.qualification', 'hasRelevantEducation', { topic: 'cook.qualification' }),
      ),
    ],
  },
  {
    name: '«Hva betyr dagordning? og hva betyr hjemmelslengde?»: the day schedule answered, the register length said to be outside (nb, oos54)',
    locale: 'nb',
    turns: [
      say('Hva betyr dagordning? og hva betyr hjemmelslengde?', {
        topics: ['manning.day-schedule', undefined, 'fallback'],
        ask: null,
      }),
    ],
  },
];

describe('Round 54, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
