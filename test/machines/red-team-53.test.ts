/**
 * What round 53 found, played through the real turn core after the fix: the red team's texts
 * verbatim. Several were confident wrong answers on the snapshot the testers had: a full ISSC's
 * expiry dropped in silence as an interim one's, «og 3?» (question 3 of an e-mail) read as 3 BT, a
 * D6 what-if on the mate answered for the master, a year of school taken as deck service, "16 h
 * days" as 16 hours in all, and corrections of the hours or the days worked left unread.
 */
import { describe, it } from 'vitest';
import type { Locale } from '../../content/topic-ids.js';
import { texts } from '../../content/index.js';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

const notUnderstood = (locale: Locale) => [texts(locale).ui.notUnderstood('').split('«')[0]?.split('"')[0] ?? ''];
const corrected = (locale: Locale) => [texts(locale).conversation.corrected('').split(':')[0] ?? ''];
const backToCase = (locale: Locale) => [texts(locale).conversation.backToCase('').split(':')[0] ?? ''];

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"sorry, it was 1/3-23 not 24" while the days worked are asked: the period\'s first day corrected, and "all" is its 458 days (en, round 53)',
    locale: 'en',
    turns: [
      say('how much sea time: 1/3-24 to 31/5-24, 12 hour days', asks('seatime.calculate', 'days')),
      say('sorry, it was 1/3-23 not 24', asks('seatime.calculate', 'days', { says: corrected, never: notUnderstood })),
      say('all', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 5496 })),
    ],
  },
  {
    name: '«nei vent, perioden starta 1.3.2023» after a calculation on 92 days: the days worked asked again for the new period (nn, round 53)',
    locale: 'nn',
    turns: [
      say('kor mykje fartstid blir 1/3-24 til 31/5-24, 12 timar dagen', asks('seatime.calculate', 'days')),
      say('alle', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1104 })),
      say(
        'nei vent, perioden starta 1.3.2023',
        asks('seatime.calculate', 'days', { says: corrected, absent: ['days'] }),
      ),
      say('alle', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 5496 })),
    ],
  },
  {
    name: '"hmm, actually the start date was 15/2-24 not 15/1" after a calculation: the days asked again for the new period, never the old 92 days kept (en, round 53)',
    locale: 'en',
    turns: [
      say('I worked 12 hours per day from 15/1-24 to 15/4-24, how much sea time?', asks('seatime.calculate', 'days')),
      say('all', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1104 })),
      say('hmm, actually the start date was 15/2-24 not 15/1', asks('seatime.calculate', 'days', { absent: ['days'] })),
      say('all', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 732 })),
    ],
  },
  {
    name: '«midlertidig ISSC utstedt 05.05.2022, utløper 05.05.2027»: the expiry an interim ISSC cannot have is said and asked again, never dropped in silence (nb, round 53)',
    locale: 'nb',
    turns: [
      say(
        'midlertidig ISSC utstedt 05.05.2022, utløper 05.05.2027',
        asks('isps.interim', 'expiryDate', { absent: ['expiryDate'] }),
      ),
      say('vet ikke', decides('isps.interim', 'issc-validity', 'dates')),
    ],
  },
  {
    name: '«og 3?» after an e-mail with questions 1)–3) on a 62 BT boat: the 62 BT kept, never a what-if on 3 BT and "no certificate needed" (nb, round 53)',
    locale: 'nb',
    turns: [
      say(
        "Hei, videresender fra kunde: 'Hei. Vi har en ny arbeidsbåt, 62 BT, norsk flagg. 1) Trenger vi bemanningssertifikat? 2) Hvordan søker vi? 3) Må alle være om bord når båten ligger til kai om natta? Mvh Terje, Havservice AS, tlf 12345678' Kan du lage et svar?",
        {
          decision: { rule: 'manning-certificate', outcome: 'required' },
          never: (l) => [texts(l).conversation.alsoAskedOutside],
        },
      ),
      say('og 3?', { decision: { rule: 'manning-certificate', outcome: 'required' }, facts: { grossTonnage: 62 } }),
    ],
  },
  {
    name: '"and mate on a 22 m (L) boat?" after "can I be master?" with D6: the chief mate\'s answer, allowed on L under 24 m (en, round 53)',
    locale: 'en',
    turns: [
      say(
        'My D6 question. I am 19 years old. Boat 12 m LOA, 20 GT workboat, liten kystfart. Can I be master?',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say(
        'and mate on a 22 m (L) boat?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { role: 'chief-mate', lengthL: 22 } }),
      ),
    ],
  },
  {
    name: '"so is 12 months of school enough?" while the deck months are asked: school is no deck service, the question comes again (en, round 53)',
    locale: 'en',
    turns: [
      say(
        'Dear Losen, my son (17) wants to start working as lettmatros on a ferry this summer. What does he need? He has no experience at sea but did 1 year of vg2 maritime fag.',
        asks('ratings.lettmatros', 'monthsDeckService'),
      ),
      say(
        'so is 12 months of school enough?',
        asks('ratings.lettmatros', 'monthsDeckService', { absent: ['monthsDeckService'] }),
      ),
    ],
  },
  {
    name: '"what if I have 16 h days in the timesheet?" after 2,300 hours: 16 hours a day, refused with the 14-hour limit; never 16 hours in all (en, round 53)',
    locale: 'en',
    turns: [
      say(
        'sea time in hours question. total 2300 hours registered on my min side. how many days',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 2300 }),
      ),
      say('what if I have 16 h days in the timesheet, does the system accept?', {
        topic: 'seatime.calculate',
        absent: ['hoursPerDay', 'totalHours'],
      }),
    ],
  },
  {
    name: '«nei, 12 timar var feil, … seie 13 i snitt» after 140 days at 12 hours: 13 hours a day, never the 12 taken back (nn, round 53)',
    locale: 'nn',
    turns: [
      say(
        '140 dagar om bord, 12 timar dagen. kor mykje fartstid blir det?',
        decides('seatime.calculate', 'sea-time', 'calculated'),
      ),
      say(
        'nei, 12 timar var feil, det var ofte meir, seie 13 i snitt',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { hours: 1820 },
          { facts: { hoursPerDay: 13, days: 140 } },
        ),
      ),
    ],
  },
  {
    name: '"ok so about 130 days worked" after a calculation on 181 days: 130 days, never the 181 kept (en, round 53)',
    locale: 'en',
    turns: [
      say(
        'I worked as deckhand from 1.9.2024 until 28.2.2025, about 6 hours each day, every day. How many sea time days do I get?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 1086 }),
      ),
      say(
        'ok so about 130 days worked',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 780 }, { facts: { days: 130 } }),
      ),
    ],
  },
  {
    name: '«ok, tilbake til båten vår» after «hva om det var 20 BT?»: the 60 BT said first, a certificate required (nb, round 53)',
    locale: 'nb',
    turns: [
      say(
        'trenger vi bemanningssertifikat? norsk lasteskip 60 BT',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('hva om det var 20 BT?', decides('manning.which-vessels', 'manning-certificate', 'not-required')),
      say(
        'ok, tilbake til båten vår',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 60 },
          says: backToCase,
        }),
      ),
    ],
  },
  {
    name: '"ok back to my real boat" after "and if it was 20 GT?": 60 GT again, a certificate required (en, round 53)',
    locale: 'en',
    turns: [
      say(
        'do we need a manning certificate? norwegian cargo ship 60 GT',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('and if it was 20 GT?', decides('manning.which-vessels', 'manning-certificate', 'not-required')),
      say(
        'ok back to my real boat',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 60 },
          says: backToCase,
        }),
      ),
    ],
  },
  {
    name: '«attende til båten vår» after «kva om ho var 20 BT?»: 60 BT again (nn, round 53)',
    locale: 'nn',
    turns: [
      say(
        'treng vi bemanningssertifikat? norsk lasteskip på 60 BT',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('kva om ho var 20 BT?', decides('manning.which-vessels', 'manning-certificate', 'not-required')),
      say(
        'attende til båten vår',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 60 },
          says: backToCase,
        }),
      ),
    ],
  },
  {
    name: '«fornyingsverifikasjonen 5 månader før ISSC gjekk ut 1. mars 2026»: a new expiry five years from the verification, never "expired" (nn, oos53)',
    locale: 'nn',
    turns: [
      say(
        'Vi gjorde fornyingsverifikasjonen 5 månader før ISSC gjekk ut 1. mars 2026. Kva blir ny utløpsdato?',
        decides('isps.verification-dates', 'issc-renewal', 'new-expiry', undefined, {
          facts: { verificationDate: '2025-10-01', expiryDate: '2026-03-01' },
        }),
      ),
    ],
  },
  {
    name: '"thanks, which rule is this based on?" after a calculation: that answer again, with its sources; never the fallback (en, round 53)',
    locale: 'en',
    turns: [
      say('How many sea days is 600 hours?', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 600 })),
      say(
        'thanks, which rule is this based on?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 600 }),
      ),
    ],
  },
  {
    name: '«kva lov er det?» after a calculation: that answer again, with its sources; never the fallback (nn, round 53)',
    locale: 'nn',
    turns: [
      say(
        'jobba 12 timar i døgnet i 30 dagar på fiskebåt. kor mykje fartstid er det?',
        decides('seatime.calculate', 'sea-time', 'calculated', { hours: 360 }),
      ),
      say('kva lov er det?', decides('seatime.calculate', 'sea-time', 'calculated', { hours: 360 })),
    ],
  },
  {
    name: '"I\'m a master with D3 and master rights. How do I become a harbour master …?": outside, the fallback; never how to get master rights (en, oos53)',
    locale: 'en',
    turns: [
      say(
        "I'm a master with D3 and master rights. How do I become a harbour master in a Norwegian port?",
        answersTopic('fallback'),
      ),
    ],
  },
  {
    name: "«Eg er maskinpassar på ei ferje. Kva krav er det til hørselvern i maskinrommet?»: outside, the fallback; never the motorman's service (nn, oos53)",
    locale: 'nn',
    turns: [
      say('Eg er maskinpassar på ei ferje. Kva krav er det til hørselvern i maskinrommet?', answersTopic('fallback')),
    ],
  },
  {
    name: '«Kan vi ha elektronisk sikkerhetsplan? Og kan maskindagboka også være elektronisk?»: the plan answered, the logbook said to be outside (nb, oos53)',
    locale: 'nb',
    turns: [
      say('Kan vi ha elektronisk sikkerhetsplan? Og kan maskindagboka også være elektronisk?', {
        topics: ['isps.electronic-plan', undefined, 'fallback'],
        ask: null,
      }),
    ],
  },
];

describe('Round 53, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
