/**
 * What round 27 found (and what round 26 left open), played through the real turn core after the
 * fix: the red team's texts verbatim, beside a few written here for a second language.
 */
import { describe, it } from 'vitest';
import { asks, decides, type Golden, playGolden, say } from './golden-helpers.js';

// The golden conversations run on Sunday 22 November 2026.
const CONVERSATIONS: Golden[] = [
  {
    name: '"I am 19 but turn 20 in January", then "and after January?": decided at 20, allowed (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'D6 master on cargo boat L 22 m, LOA 23 m, 200 GT, liten kystfart, 14 months OOW on 10 m boat, I am 19 but turn 20 in January',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
      say(
        'and after January?',
        decides('d6.privileges', 'd6-privileges', 'allowed', { basis: 'd6-master-extension' }, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«eg fyller 20 i februar», then «kva med etter det?»: decided at 20 (nn, round 26)',
    locale: 'nn',
    turns: [
      say(
        'D6 skipper på lasteskip L 20 m, 100 BT, liten kystfart, 13 mnd vaktoffiser på 12 m båt. eg fyller 20 i februar',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
      say(
        'kva med etter det?',
        decides('d6.privileges', 'd6-privileges', 'allowed', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«jeg er 19 men fyller 20 i mars», then «og etter mars?» on master rights: eligible (nb, round 26)',
    locale: 'nb',
    turns: [
      say(
        'skipperrettigheter D4, jeg er 19 men fyller 20 i mars, har 14 mnd vakt etter D4',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 19 } }),
      ),
      say(
        'og etter mars?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '«og etterpå?» with no age to come said: nothing supposed, the same answer (nn)',
    locale: 'nn',
    turns: [
      say(
        'D6 skipper på lasteskip L 20 m, 100 BT, liten kystfart, 13 mnd vaktoffiser på 12 m båt. eg er 19',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } }),
      ),
      say('og etterpå?', decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { age: 19 } })),
    ],
  },
  {
    name: '"first I say 45 GT but sorry, correct is 145 GT": 145 GT, required (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'cargo ship need manning certificate? first I say 45 GT but sorry, correct is 145 GT. norwegian flag',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 145 },
        }),
      ),
    ],
  },
  {
    name: '«45 BT men beklager, riktig er 145 BT»: 145 GT (nb)',
    locale: 'nb',
    turns: [
      say(
        'lasteskip 45 BT men beklager, riktig er 145 BT, norsk flagg, trenger vi bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 145 },
        }),
      ),
    ],
  },
  {
    name: '"… I am 27. Second question: my health certificate …": master rights, then the health certificate (en, round 26)',
    locale: 'en',
    turns: [
      say(
        'Hello sir. My name is Rajesh, Indian national, I have D5 first issue since March 2025, no master rights. I sailed 12 months as OOW since then, I am 27. Second question: my health certificate from 10.02.2025, valid now?',
        {
          topics: ['deck.master-rights', 'health.certificate', 'health.certificate'],
          decisions: [
            { rule: 'master-rights', outcome: 'eligible' },
            { rule: 'health-certificate', outcome: 'valid' },
          ],
        },
      ),
    ],
  },
  {
    name: '«… 30 år. Et annet spørsmål: helseerklæringen min …»: master rights, then the health certificate (nb)',
    locale: 'nb',
    turns: [
      say(
        'Hei. Jeg har D5 uten skipperrettigheter, 13 mnd som vaktoffiser etter utstedelse, 30 år. Et annet spørsmål: helseerklæringen min er fra 01.03.2025, er den gyldig?',
        {
          topics: ['deck.master-rights', 'health.certificate', 'health.certificate'],
          decisions: [
            { rule: 'master-rights', outcome: 'eligible' },
            { rule: 'health-certificate', outcome: 'valid' },
          ],
        },
      ),
    ],
  },
  {
    name: '"first I wrote 45 GT but correct is 145": 145 GT, required (en, round 27)',
    locale: 'en',
    turns: [
      say(
        'hello po, cargo boat first I wrote 45 GT but correct is 145, norwegian flag, need manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 145 },
        }),
      ),
    ],
  },
  {
    name: '"first I said L 20 m but correct is 25 m" for a fishing boat: L 25 m, required (en, round 27)',
    locale: 'en',
    turns: [
      say(
        'fishing boat, first I said L 20 m but correct is 25 m, norwegian, need manning certificate?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, { facts: { lengthL: 25 } }),
      ),
    ],
  },
  {
    name: '«først skreiv eg 45 BT men rett er 145 BT»: 145 GT, required (nn, round 27)',
    locale: 'nn',
    turns: [
      say(
        'lastebåt norsk flagg, først skreiv eg 45 BT men rett er 145 BT. treng vi bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required', undefined, {
          facts: { grossTonnage: 145 },
        }),
      ),
    ],
  },
  {
    name: '"I am 19 … birthday in February", then "and after February?": master rights at 20 (en, round 27)',
    locale: 'en',
    turns: [
      say(
        'D5 master rights, I am 19, 14 months OOW since first D5, birthday in February',
        decides('deck.master-rights', 'master-rights', 'not-eligible', undefined, { facts: { age: 19 } }),
      ),
      say(
        'and after February?',
        decides('deck.master-rights', 'master-rights', 'eligible', undefined, { facts: { age: 20 } }),
      ),
    ],
  },
  {
    name: '"matros fagbrev, 10 months on deck": judged with the trade certificate, 12 months required (en, round 27)',
    locale: 'en',
    turns: [
      say(
        'matros fagbrev, 10 months on deck, 400 GT',
        decides('ratings.matros', 'matros', 'does-not-meet', undefined, { facts: { hasTradeCertificate: true } }),
      ),
    ],
  },
  {
    name: '"and on cargo?" after a passenger ferry: the type changes, its size is asked (en, round 27)',
    locale: 'en',
    turns: [
      say(
        'Labas, I want D6 as OOW on passenger ferry 20 m',
        decides('d6.privileges', 'd6-privileges', 'not-allowed', undefined, { facts: { vesselType: 'passenger' } }),
      ),
      say('and on cargo?', asks('d6.privileges', 'grossTonnage', { facts: { vesselType: 'cargo' } })),
    ],
  },
  {
    name: '"and for fishing L 20 m?" after a 300 GT cargo ship: a fishing vessel under 24 m, not required (en, round 27)',
    locale: 'en',
    turns: [
      say('manning for cargo 300 GT norwegian', decides('manning.which-vessels', 'manning-certificate', 'required')),
      say(
        'and for fishing L 20 m?',
        decides('manning.which-vessels', 'manning-certificate', 'not-required', undefined, {
          facts: { vesselType: 'fishing', lengthL: 20 },
        }),
      ),
    ],
  },
  {
    name: '«og fiske?» after a cargo ship: the type changes (nb)',
    locale: 'nb',
    turns: [
      say(
        'lasteskip 300 BT norsk flagg, bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say('og fiske?', asks('manning.which-vessels', 'lengthL', { facts: { vesselType: 'fishing' } })),
    ],
  },
  {
    name: '"and master? LOA 25 m, …" after chief mate: decided for the master (en, round 27)',
    locale: 'en',
    turns: [
      say(
        'D6 navigator on cargo boat L 23 m 200 GT liten kystfart',
        decides('d6.privileges', 'd6-privileges', 'allowed'),
      ),
      say('and chief mate?', decides('d6.privileges', 'd6-privileges', 'allowed', { evaluated: 'chief-mate' })),
      say(
        'and master? LOA 25 m, i am 30 and 2 years OOW on 15 m boats',
        decides('d6.privileges', 'd6-privileges', 'allowed', { evaluated: 'master', basis: 'd6-master-extension' }),
      ),
    ],
  },
  {
    name: '«2 t vedlikehold en gang i uka» beside 3 h a day: never one lot on top; the days are asked (nb, round 27)',
    locale: 'nb',
    turns: [
      say(
        'fartstid: 3 timer per dag i 20 dager pluss 2 timer vedlikehold hver uke',
        asks('seatime.calculate', 'days', { absent: ['totalHours'] }),
      ),
    ],
  },
  {
    name: '«kor mykje fattast for 1080?» after a calculation: the sea time wanted, what is missing (nn, round 27)',
    locale: 'nn',
    turns: [
      say('fartstid: 9 timar om dagen i 7 månader, kvar dag', decides('seatime.calculate', 'sea-time', 'calculated')),
      say(
        'kor mykje fattast for 1080?',
        decides(
          'seatime.calculate',
          'sea-time',
          'calculated',
          { reachesTarget: false },
          { facts: { targetDays: 1080 } },
        ),
      ),
    ],
  },
  {
    name: '«kva om vi flaggar ut til Færøyane?» after a manning decision: a foreign flag, not Norwegian (nn, round 27)',
    locale: 'nb',
    turns: [
      say(
        'lasteskip 300 BT norsk, bemanningssertifikat?',
        decides('manning.which-vessels', 'manning-certificate', 'required'),
      ),
      say(
        'kva om vi flaggar ut til Færøyane?',
        decides('manning.which-vessels', 'manning-certificate', 'not-norwegian', undefined, {
          facts: { flag: 'foreign' },
          locale: 'nn',
        }),
      ),
    ],
  },
  {
    name: '"what if we change flag to Bahamas next month?" after an interim ISSC: when the ISSC is returned (en, round 27)',
    locale: 'en',
    turns: [
      say('interim ISSC issued 01.10.2026', decides('isps.interim', 'issc-validity', 'dates')),
      say('what if we change flag to Bahamas next month?', { topic: 'isps.invalid', ask: null }),
    ],
  },
  {
    name: '«kva om skipet skiftar flagg til Danmark før mellomliggjande verifikasjon?» after the verification dates (nn, round 27)',
    locale: 'nb',
    turns: [
      say(
        'ISSC gyldig til 01.05.2028, første gang utstedt 01.05.2023. når er mellomliggende verifikasjon?',
        decides('isps.verification-dates', 'issc-validity', 'dates'),
      ),
      say('kva om skipet skiftar flagg til Danmark før mellomliggjande verifikasjon?', {
        topic: 'isps.invalid',
        ask: null,
        locale: 'nn',
      }),
    ],
  },
];

describe('Round 27, replayed through the turn core', () => {
  for (const golden of CONVERSATIONS) it(golden.name, () => playGolden(golden));
});
