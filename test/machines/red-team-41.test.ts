/**
 * What round 41 found, played through the real turn core after the fix: the red team's texts
 * verbatim. The first was a confident wrong answer on the snapshot the testers had; the others
 * failed a follow-up to an answer just given.
 */
import { describe, it } from 'vitest';
import { texts } from '../../content/index.js';
import { topicTitle } from '../../content/render.js';
import { answersTopic, asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"can the AB do cooking without cook papers?" with a safe manning of 6: whether he may be the cook (§ 52), never "No, a cook is not required"; "what must company document?" is the skills check (en, round 41)',
    locale: 'en',
    turns: [
      say(
        'our crew is only 6 in safe manning, can the AB do cooking without cook papers?',
        asks('cook.qualification', 'age'),
      ),
      say('what must company document?', asks('cook.qualification', 'age')),
    ],
  },
  {
    name: '"why 10?" after no cook at a safe manning of 9: that answer again, never a what-if of 10 (en, round 41)',
    locale: 'en',
    turns: [
      say('do we need a cook? safe manning 9', decides('cook.required', 'ship-cook', 'not-required')),
      say('why 10?', decides('cook.required', 'ship-cook', 'not-required', undefined, { facts: { safetyManning: 9 } })),
    ],
  },
  {
    name: '"why 1867?" after a calculation: that answer again, never the fallback (en, round 41)',
    locale: 'en',
    turns: [
      say('1867 hours = how many days sea time?', decides('seatime.calculate', 'sea-time', 'calculated')),
      say('why 1867?', decides('seatime.calculate', 'sea-time', 'calculated')),
    ],
  },
  {
    name: '"is there a circular on this?" after the lay-up: that answer, which names it (en, round 41)',
    locale: 'en',
    turns: [
      say('warm lay-up, must all positions on safe manning cert be on board?', answersTopic('manning.lay-up')),
      say('is there a circular on this?', answersTopic('manning.lay-up')),
    ],
  },
  {
    name: '"via what system?" after how a ship is certified: that answer, which names Altinn (en, round 41)',
    locale: 'en',
    turns: [
      say('ISPS steps for non-delegated ship, how early must CSO request verification?', answersTopic('isps.process')),
      say('via what system?', answersTopic('isps.process')),
    ],
  },
  {
    name: '«Vi må oppdatere bemanningssertifikatet etter STCW-endringane. Må vi bruke det vanlege skjemaet KS-0308 …?»: the STCW update (not on the ordinary form), never "søk med KS-0308" (nn, round 41)',
    locale: 'nn',
    turns: [
      say(
        'Hei! Vi må oppdatere bemanningssertifikatet etter STCW-endringane. Må vi bruke det vanlege skjemaet KS-0308, eller korleis gjer vi det? Kva skal vere med?',
        { topics: ['manning.stcw-update', undefined, 'fallback'], ask: null },
      ),
    ],
  },
  {
    name: '«Vi fekk I-ISSC den 3. mars. Kan den forlengjast …?»: an interim ISSC cannot be extended, never the full ISSC’s dates (nn, round 41)',
    locale: 'nn',
    turns: [
      say(
        'Hei! Vi fekk I-ISSC den 3. mars. Kan den forlengjast om vi ikkje rekk førstegongsverifikasjonen innan september?',
        { topic: 'isps.interim' },
      ),
    ],
  },
  {
    name: '«48 BT … blir truleg mellom 50 og 55 BT etterpå. Må me ha bemanningssertifikat då?»: the tonnage asked, never "Nei" on today’s 48 BT (nn, round 41)',
    locale: 'nn',
    turns: [
      say(
        'Hei igjen. Me har ein arbeidsbåt på 48 BT. Me skal byggje om og ho blir truleg mellom 50 og 55 BT etterpå. Må me ha bemanningssertifikat då?',
        asks('manning.which-vessels', 'flag', { absent: ['grossTonnage'] }),
      ),
    ],
  },
  {
    name: '«Kor mykje fartstid blir det, kven skal stadfeste det, og kor lang tid tek det å få D6 då?»: three questions, each answered (nn, round 41)',
    locale: 'nn',
    turns: [
      say(
        'Hei Losen. Eg har nokre spørsmål om fartstid. Eg har jobba på ein arbeidsbåt i oppdrett i to år, ca 6 timar dagen. Arbeidsgivaren min har ikkje rapportert noko elektronisk. Kor mykje fartstid blir det, kven skal stadfeste det, og kor lang tid tek det å få D6 då?',
        asks('seatime.calculate', 'days', {
          says: (l) => [
            texts(l).conversation.answeredAfter([
              topicTitle(l, 'seatime.who-can-confirm'),
              topicTitle(l, 'aps.processing-time'),
            ]),
          ],
        }),
      ),
    ],
  },
  {
    name: '«hva om den er 26 m?» while the length of a 22 m boat is asked: a what-if, said as one, never the answer (nb, round 41)',
    locale: 'nn',
    turns: [
      say('fiskebåt 22 meter norsk flagg, treng vi bemanningsoppgave??', asks('manning.which-vessels', 'lengthL')),
      say(
        'hva om den er 26 m?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          says: (l) => [
            texts(l).conversation.whatIf(texts(l).conversation.whatIfItem('lengde (L)', '26 m', undefined)),
          ],
          locale: 'nb',
        }),
      ),
    ],
  },
  {
    name: '«ho er 60 BT ikkje 45» after a decision and the expiry answered beside it: the decision taken up again and corrected, never the fallback (nn, round 41)',
    locale: 'nn',
    turns: [
      say(
        'Hei! Vi har ein arbeidsbåt (norsk flagg, ca 45 BT). Må vi ha bemanningssertifikat? og går det ut på dato i så fall?',
        {
          topics: ['manning.which-vessels', 'manning.expiry', 'manning.expiry'],
          decision: { rule: 'manning-certificate', outcome: 'not-required' },
        },
      ),
      say(
        'ho er 60 BT ikkje 45',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 60 },
        }),
      ),
    ],
  },
  {
    name: '"D6 … I am skipper. Health cert expired 3 days ago. Can I sail tomorrow?": expired, and D6 is not valid without it, never the fallback (en, round 41)',
    locale: 'en',
    turns: [
      say(
        'D6, 12 m LOA workboat, 30 GT, liten kystfart, I am skipper. Health cert expired 3 days ago. Can I sail tomorrow?',
        decides('health.certificate', 'health-certificate', 'expired'),
      ),
    ],
  },
  {
    name: '"our bookkeeper … has offered to sign the sea time letters … Is that acceptable to Sdir?": who may confirm sea time, never the contact card (en, round 41)',
    locale: 'en',
    turns: [
      say(
        'Good morning, our bookkeeper (regnskapsfører) has offered to sign the sea time letters for our deckhands. Is that acceptable to Sdir?',
        { topic: 'seatime.who-can-confirm' },
      ),
    ],
  },
];

describe('Round 41, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
